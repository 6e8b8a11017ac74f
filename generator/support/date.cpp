// Strict date parsing and civil-calendar arithmetic for dates in content and audits.
#include "support/date.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace qaf {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::string Date::iso() const {
  char buf[16];
  if (year_only())
    std::snprintf(buf, sizeof buf, "%04d", year);
  else if (month_only())
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::quarter() const { return std::to_string(year) + "-Q" + std::to_string((month - 1) / 3 + 1); }

std::string Date::long_form() const {
  if (year_only()) return std::to_string(year);
  std::string m(month_name(month));
  if (month_only()) return m + " " + std::to_string(year);
  return std::to_string(day) + " " + m + " " + std::to_string(year);
}

long Date::days_since_epoch() const {
  // Howard Hinnant's days_from_civil algorithm.
  int y = year, m = year_only() ? 12 : month, d = month_only() ? days_in_month(year, m) : day;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date date_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::optional<Date> parse_date(std::string_view t, bool allow_month) {
  if (t.size() != 10 && !(allow_month && t.size() == 7)) return std::nullopt;
  if (t[4] != '-' || !all_digits(t.substr(0, 4)) || !all_digits(t.substr(5, 2))) return std::nullopt;
  Date d{to_int(t.substr(0, 4)), to_int(t.substr(5, 2)), 0};
  if (d.year < 1900 || d.month < 1 || d.month > 12) return std::nullopt;
  if (t.size() == 7) return d;
  if (t[7] != '-' || !all_digits(t.substr(8, 2))) return std::nullopt;
  d.day = to_int(t.substr(8, 2));
  if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
}

std::optional<Date> parse_partial_date(std::string_view t) {
  if (t.size() == 4) {
    if (!all_digits(t) || to_int(t) < 1900) return std::nullopt;
    return Date{to_int(t), 0, 0};
  }
  return parse_date(t, true);
}

Date today() {
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) {
    char* end = nullptr;
    const long long secs = std::strtoll(sde, &end, 10);
    if (end && *end == '\0' && secs >= 0) return date_from_days(static_cast<long>(secs / 86400));
  }
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::duration_cast<std::chrono::days>(now.time_since_epoch()).count();
  return date_from_days(static_cast<long>(days));
}

std::string_view month_name(int month) {
  static const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? names[month - 1] : "?";
}

}  // namespace qaf
