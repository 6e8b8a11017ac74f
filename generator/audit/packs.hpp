// The restricted output: audit packs and CSV exports, by framework (never written into the site).
#pragma once
#include "audit/aggregate.hpp"
#include "output/output_tree.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

namespace layout {
class FontSet;
}

struct PackOptions {
  Period period = Period::quarter;
  Date as_of;                              ///< actions are counted on this day; also the printed date
  const layout::FontSet* fonts = nullptr;  ///< for the PDFs; none: CSV files only
};

/// Renders the packs output for every framework that has audit records:
/// `<fw>/csv/*.csv` (aggregates and the actions register) and, with fonts,
/// `<fw>/<period>/team-<team>.pdf` and `service-<service>.pdf`. Pure: the caller writes
/// the tree. Layout warnings go to `diags`.
OutputTree build_packs(const Project& project, const PackOptions& options, Diagnostics& diags);

}  // namespace qaf
