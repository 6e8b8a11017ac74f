// Calendar dates as authors write them (YYYY-MM-DD, or YYYY-MM for month-only fields).
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace qaf {

/// A calendar date. `day == 0` means the author gave only a month ("2027-03"); `month == 0`
/// (and day 0) only a year ("2017"), as historic frameworks record their dates.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  /// True when no day was given (a month-only or year-only date).
  bool month_only() const { return day == 0; }
  bool year_only() const { return month == 0; }
  /// ISO form: "2027-03-31", "2027-03" or "2017".
  std::string iso() const;
  /// Quarter label of this date, e.g. "2025-Q3" (calendar quarters).
  std::string quarter() const;
  /// Days since 1970-01-01 (a partial date counts as the last day of its month or year).
  long days_since_epoch() const;
  /// Human form: "31 March 2027", "March 2027" or "2017".
  std::string long_form() const;
  auto operator<=>(const Date&) const = default;
};

/// Parses "YYYY-MM-DD" (a real calendar date), or "YYYY-MM" when `allow_month` is set.
std::optional<Date> parse_date(std::string_view text, bool allow_month = false);
/// Parses a date known to the day, the month or only the year: "2017-09-14", "2017-09", "2017".
std::optional<Date> parse_partial_date(std::string_view text);

/// The date "today" for reproducible builds: SOURCE_DATE_EPOCH when set, else the clock.
Date today();

/// Date from days since 1970-01-01.
Date date_from_days(long days);

/// Name of a month 1-12 ("January").
std::string_view month_name(int month);

}  // namespace qaf
