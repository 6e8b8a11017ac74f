// The tables of the figures exports, one per CSV file and workbook sheet, with typed cells.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "audit/aggregate.hpp"

namespace qaf {

/// One cell: text, or a number that a workbook keeps a number (and a CSV prints as text).
struct ExportCell {
  enum class Kind { text, count, decimal, share };
  Kind kind = Kind::text;
  std::string text;   ///< the text of a text cell
  double number = 0;  ///< the value of a count (whole), decimal (a mean) or share (0 to 1)
  /// A blank cell (a share without a base) is text "".
  static ExportCell of(std::string s) { return {Kind::text, std::move(s), 0}; }
  static ExportCell count(long long n) { return {Kind::count, "", static_cast<double>(n)}; }
  static ExportCell decimal(double v) { return {Kind::decimal, "", v}; }
  static ExportCell share(double v) { return {Kind::share, "", v}; }
  static ExportCell maybe_decimal(const std::optional<double>& v) { return v ? decimal(*v) : of(""); }
  static ExportCell maybe_share(const std::optional<double>& v) { return v ? share(*v) : of(""); }
};

/// One table: its name (the file "grades.csv", the sheet "grades"), header and rows.
struct ExportTable {
  std::string name;
  std::vector<std::string> header;
  std::vector<std::vector<ExportCell>> rows;
};

/// The exported tables of one framework's audits, in order: grades, questions, skills and
/// moderation by team and period from `slices` (totals rows labelled "All teams" and "All
/// periods"); disagreements, escalations (one row per escalated audit, its rules listed)
/// and actions from `all`. Pure; the tables name people, so they belong to the packs only.
std::vector<ExportTable> export_tables(const Framework& fw, const Aggregates& all,
                                       const std::vector<AggregateSlice>& slices);

}  // namespace qaf
