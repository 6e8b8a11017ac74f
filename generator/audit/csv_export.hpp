// CSV exports of aggregates and of the actions register, for Excel (written with the packs, never the site).
#pragma once
#include <string>
#include <vector>

#include "audit/aggregate.hpp"
#include "output/output_tree.hpp"

namespace qaf {

/// One CSV file from rows of fields: UTF-8 with a byte order mark (so Excel reads it as
/// UTF-8), CRLF line ends, RFC 4180 quoting. A text field starting with = + - @, a tab or a
/// carriage return is prefixed with ' so a spreadsheet never runs it as a formula.
std::string to_csv(const std::vector<std::vector<std::string>>& rows);

/// The CSV files for one framework's aggregates, one per table of export_tables() (`agg`
/// over all its records, `slices` by team and period): grades.csv, questions.csv,
/// skills.csv, moderation.csv, disagreements.csv, escalations.csv, actions.csv.
OutputTree csv_files(const Framework& fw, const Aggregates& agg, const std::vector<AggregateSlice>& slices);

}  // namespace qaf
