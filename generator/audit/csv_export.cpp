// Rows of the CSV exports and their RFC 4180 encoding.
#include "audit/csv_export.hpp"

#include <cstdio>

#include "audit/export_tables.hpp"

namespace qaf {
namespace {

std::string field(const std::string& v) {
  std::string s = v;
  // OWASP CSV injection: a leading tab or carriage return also starts a formula once Excel trims it.
  if (!s.empty() && std::string("=+-@\t\r", 6).find(s[0]) != std::string::npos) s = "'" + s;
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

}  // namespace

std::string to_csv(const std::vector<std::vector<std::string>>& rows) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + field(row[i]);
    out += "\r\n";
  }
  return out;
}

OutputTree csv_files(const Framework& fw, const Aggregates& agg, const std::vector<AggregateSlice>& slices) {
  OutputTree out;
  for (const ExportTable& t : export_tables(fw, agg, slices)) {
    std::vector<std::vector<std::string>> rows = {t.header};
    for (const auto& cells : t.rows) {
      std::vector<std::string>& row = rows.emplace_back();
      for (const ExportCell& c : cells)
        row.push_back(c.kind == ExportCell::Kind::text    ? c.text
                      : c.kind == ExportCell::Kind::count ? std::to_string(static_cast<long long>(c.number))
                                                          : num(c.number));
    }
    out.add(t.name + ".csv", to_csv(rows));
  }
  return out;
}

}  // namespace qaf
