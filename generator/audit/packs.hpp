// The restricted output: audit packs and CSV exports, by framework (never written into the site).
#pragma once
#include "audit/aggregate.hpp"
#include "output/output_tree.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

struct PackOptions {
  Period period = Period::quarter;
  Date as_of;
};

/// Renders the packs output for every framework that has audit records:
/// `<fw>/csv/*.csv` (aggregates and the actions register). Pure; the caller writes it.
OutputTree build_packs(const Project& project, const PackOptions& options, Diagnostics& diags);

}  // namespace qaf
