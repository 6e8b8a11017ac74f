// The figures exports as one Excel workbook (the only file that calls libxlsxwriter).
#pragma once
#include <string>
#include <vector>

#include "audit/export_tables.hpp"
#include "support/date.hpp"

namespace qaf {

/// The bytes of an .xlsx workbook with one sheet per table (named as the table): a bold,
/// frozen header row with filters, numbers stored as numbers (counts whole, shares as
/// percentages, means to three places), columns sized to their contents. `created` (midnight
/// UTC) is the workbook's creation time, so the same tables give the same bytes. Uses a
/// private temporary folder, removed before returning. Throws std::runtime_error when the
/// workbook cannot be written there.
std::string xlsx_workbook(const std::vector<ExportTable>& tables, const Date& created);

}  // namespace qaf
