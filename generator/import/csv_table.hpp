// Reading a spreadsheet's CSV export (libcsv) into headings and rows, each cell kept with its row and column.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.hpp"

namespace qaf::importing {

/// One row of a CSV file below its headings. `number` is the row as a spreadsheet shows it (the
/// heading row is 1, so the first row of answers is 2); a quoted cell holding line breaks does
/// not make the rows after it count differently.
struct CsvRow {
  int number = 0;
  std::vector<std::string> cells{};  ///< as many as the headings (missing cells are "")
  bool blank() const;                 ///< every cell empty or spaces
};

/// A whole CSV file: its heading row and its rows, blank rows left out.
struct CsvTable {
  std::vector<std::string> headings{};
  std::vector<CsvRow> rows{};
  char delimiter = ',';  ///< as detected: ',', ';' or a tab
};

/// Parses `bytes`, the text of `display_path`. A UTF-8 byte-order mark (Excel's "CSV UTF-8") is
/// skipped; rows may end in CRLF, LF or CR; quoted cells may hold commas, quotes ("") and line
/// breaks (kept as '\n'). The delimiter is the one of ',', ';' and tab that the heading row
/// holds most of (',' when none). Each cell is trimmed of surrounding spaces.
/// Problems (text that is not UTF-8, a quote never closed, an empty or duplicate heading, a
/// cell beyond the last heading) go to `diags` at display_path:row:column.
CsvTable read_csv(const std::string& bytes, const std::string& display_path, Diagnostics& diags);

/// Whether `bytes` starts like a spreadsheet workbook rather than text: a zip (.xlsx, .ods) or
/// an OLE2 compound file (.xls).
bool looks_like_workbook(const std::string& bytes);

/// `text` without spaces, tabs, line breaks and no-break spaces (U+00A0) at either end: a cell,
/// or one choice of a cell that gives several.
std::string trim_blank(std::string_view text);

}  // namespace qaf::importing
