// The restricted output: audit packs and CSV exports, by framework (never written into the site).
#pragma once
#include <functional>

#include "audit/aggregate.hpp"
#include "layout/document.hpp"
#include "output/output_tree.hpp"
#include "support/diagnostics.hpp"
#include "support/progress.hpp"

namespace qaf {

namespace layout {
class FontSet;
}

/// Lays out one filled audit in the form of its template (supplied by the print module).
using FilledAudit = std::function<layout::Document(const Framework&, const Template&, const AuditRecord&)>;

struct PackOptions {
  Period period = Period::quarter;
  Date as_of;                              ///< actions are counted on this day; also the printed date
  const layout::FontSet* fonts = nullptr;  ///< for the PDFs; none: CSV files only
  FilledAudit filled;                      ///< with it, each audit's own PDF, and every pack ends with its audits
  bool layout_only = false;  ///< qaf check: every PDF laid out (for its warnings), no PDF or workbook written: empty files
  Progress* progress = nullptr;  ///< counts each filled audit laid out; none: not reported
  /// With it, each file goes into the staging folder of this output folder as soon as it is
  /// made, rather than being held in memory (OutputTree::stream_to); write_trees() swaps it in.
  const WritableDir* stream_to = nullptr;
};

/// Renders the packs output for every framework that has audit records:
/// `<fw>/csv/*.csv` (aggregates and the actions register), `<fw>/<fw>-figures.xlsx` (the
/// same tables, one sheet each) and, with fonts,
/// `<fw>/<period>/team-<team>.pdf` and `service-<service>.pdf`, and with `filled`
/// `<fw>/audits/<record id>.pdf`. The caller writes the tree (the workbook alone passes through a private temporary
/// folder: libxlsxwriter writes only to files). Documents are laid out on this thread and
/// written on every core; the files do not depend on it. Layout warnings go to `diags`; throws
/// std::runtime_error when that folder cannot be used, and, streaming, WriteError or
/// WriteInterrupted (see OutputTree::add).
OutputTree build_packs(const Project& project, const PackOptions& options, Diagnostics& diags);

}  // namespace qaf
