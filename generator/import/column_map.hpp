// Which part of an audit record each spreadsheet column fills: by its heading, or as the mapping file says.
#pragma once
#include <string>
#include <vector>

#include "import/csv_table.hpp"
#include "load/import_map.hpp"
#include "model/framework.hpp"
#include "support/diagnostics.hpp"

namespace qaf::importing {

/// Where a cell's value goes in the record, and how it is read on the way.
struct CellTarget {
  std::vector<std::string> path{};  ///< {"answers", "seen-alone", "file"}; empty: the column is left out
  bool list = false;                ///< a choice on a 'multiple' scale: the cell is split at ';'
  bool date = false;                ///< a date: read in the mapping file's date order
  std::string dotted() const;       ///< "answers.seen-alone.file"
};

/// A value every record gets (the mapping file's `values`).
struct FixedValue {
  CellTarget target;
  std::string value;
  SourcePos pos;  ///< in the mapping file
};

/// How each record's id is made: from a column, or from a pattern of headings.
struct IdRule {
  int column = -1;        ///< 0-based column holding the id, or -1
  std::string pattern{};  ///< "{Case number}-{row}" (from the mapping file), or ""
  SourcePos pattern_pos{};
  /// The pattern's pieces: literal text, or a column's cell (column >= 0), `{row}` (column -2).
  struct Piece {
    std::string text{};
    int column = -1;
  };
  std::vector<Piece> pieces{};
};

/// Every column's target, the fixed values and the id rule.
struct ColumnMap {
  std::vector<CellTarget> columns{};  ///< one per heading of the table
  std::vector<FixedValue> fixed{};
  IdRule id{};
};

/// Maps the headings of `table` (read from `csv_path`) onto template `t` of framework `fw`. A
/// heading named in the mapping file's `columns` goes where it says (or nowhere: `ignore`); one
/// listed under `ignore` is left out; any other must match, ignoring case and spacing, a header
/// field's id or label, a question's id, number ("2.3"), words, or number and words, `id`,
/// `judgement` or `judgement_reason`; a question answered in columns takes "QUESTION.COLUMN",
/// "QUESTION - COLUMN", "QUESTION (COLUMN)" and the like, and "QUESTION - comment". Problems
/// (a heading that matches nothing or two things, two columns filling one part, a path that is
/// not a part of the record) go to `diags`, at the heading's cell or the mapping file's line.
ColumnMap map_columns(const CsvTable& table, const std::string& csv_path, const Framework& fw, const Template& t,
                      const ImportMapping& mapping, Diagnostics& diags);

/// A heading or a question's words as they are compared: lower case, single spaces, curly
/// quotes made straight, no Markdown '*' or '`'.
std::string heading_key(std::string_view text);

}  // namespace qaf::importing
