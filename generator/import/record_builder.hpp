// One spreadsheet row made into the YAML text of an audit record, remembering which cell each line came from.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "import/column_map.hpp"

namespace qaf::importing {

/// The record a row makes, before it is checked.
struct BuiltRecord {
  int row = 0;                     ///< as a spreadsheet numbers it
  std::string id;                  ///< "" when the row gives none (reported)
  int id_column = 0;               ///< 1-based column the id comes from; 0 for a pattern
  std::string text;                ///< the record as YAML, as it will be written
  /// [line - 1]: the 1-based column that line's value came from; -1 - i for the mapping file's
  /// fixed value i (ColumnMap::fixed); 0 for neither.
  std::vector<int> line_column{};
  std::map<std::string, int> path_column{};  ///< "answers.q.file" -> its 1-based column
  std::map<int, std::string> cell_text{};    ///< 1-based column -> the cell as written
  bool empty = false;              ///< the row fills nothing but its id: left out
};

/// Builds the record of `row`: its id (from `map.id`), framework and template, then every cell
/// with a target, and the fixed values. Empty cells are left out. A choice on a 'multiple'
/// scale is split at ';'; a date is written as YYYY-MM-DD when `dates` says how to read one
/// with slashes (a time after it is dropped). Every value is written on a line (or lines) of
/// its own, so that a problem the loader finds there is put back on the cell. Problems with the
/// id go to `diags` at csv_path:row:column.
BuiltRecord build_record(const CsvRow& row, const CsvTable& table, const ColumnMap& map, const Framework& fw,
                         const Template& t, DateOrder dates, const std::string& csv_path, Diagnostics& diags);

/// `text` as a YAML double-quoted scalar; line breaks continue on lines indented by `indent`.
std::string yaml_quoted(const std::string& text, int indent);

/// `raw` made into an id: lower case, runs of anything but letters, digits, '.', '_' and '-'
/// as one '-'. "EB 0042" -> "eb-0042".
std::string id_from(const std::string& raw);

/// A date cell as a record writes it: unchanged when it is YYYY-MM-DD already or cannot be read
/// in `order`; "2026-04-22" from "22/04/2026" (day first) or "4/22/2026" (month first).
std::string normal_date(const std::string& raw, DateOrder order);

}  // namespace qaf::importing
