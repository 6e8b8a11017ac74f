// The mapping file of `qaf import`: which spreadsheet column fills which part of an audit record.
#pragma once
#include <string>
#include <vector>

#include "model/common.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

/// One line of the mapping file: a column heading (or, under `values`, nothing) and the part of
/// the record it fills, as a path: `header.FIELD`, `answers.QUESTION`, `answers.QUESTION.COLUMN`,
/// `answers.QUESTION.comment`, `judgement`, `judgement_reason`, `id`, ... or `ignore`.
struct ImportTarget {
  std::string heading;  ///< `columns`: the heading as written in the mapping file
  std::string path;     ///< where it goes in the record
  std::string value;    ///< `values`: the value every record gets
  SourcePos pos;        ///< where the line is in the mapping file
};

/// How dates written with slashes are read: `iso` (only YYYY-MM-DD), `day-first` (31/03/2026)
/// or `month-first` (03/31/2026, as US exports write them).
enum class DateOrder { iso, day_first, month_first };

struct ImportMapping {
  std::string file;                       ///< as named on the command line ("" when none)
  std::vector<ImportTarget> columns{};    ///< `columns:` heading -> path
  std::vector<Ref> ignore{};              ///< `ignore:` headings to leave out
  std::vector<ImportTarget> values{};     ///< `values:` path -> the value every record gets
  std::string id_pattern{};               ///< `id:` "{Case number}-{row}"; "" when not given
  SourcePos id_pos{};
  DateOrder dates = DateOrder::iso;
};

/// Reads the mapping file's `text` (named `display_path` in diagnostics). Problems go to `diags`;
/// what could be read is returned.
ImportMapping read_import_mapping(const std::string& display_path, const std::string& text, Diagnostics& diags);

}  // namespace qaf
