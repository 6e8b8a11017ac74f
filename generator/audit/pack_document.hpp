// The layout of an audit pack: cover, contents, summary of the aggregates, then the filled audits.
#pragma once
#include <string>
#include <vector>

#include "audit/aggregate.hpp"
#include "layout/document.hpp"

namespace qaf {

/// Which audits a pack covers: one team or one service, in one period.
struct PackScope {
  std::string kind;    ///< "team", "service", or "all" (records of a form with no team field)
  std::string name;    ///< the team or service
  std::string period;  ///< "2026-Q2"
};

/// The same scope in the period before, for the comparison columns of a pack.
struct PackComparison {
  std::string period;               ///< "2026-Q1"; "" when the pack's period has none before it ("undated")
  const Aggregates* agg = nullptr;  ///< that period's aggregates (no audits is fine); not owned
};

/// Builds the pack for `scope` from the aggregates of its records, each figure beside the
/// same figure of `previous` and the change (when `previous.agg` is set). `filled` holds the
/// blocks of each filled audit (in the order they appear), each started on a new page.
/// Pure. The pack names people: it belongs in the restricted output only.
layout::Document pack_document(const Framework& fw, const PackScope& scope, const Aggregates& agg,
                               const PackComparison& previous, const std::vector<std::vector<layout::Block>>& filled, const Date& printed);

}  // namespace qaf
