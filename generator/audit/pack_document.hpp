// The layout of an audit pack: cover, contents, summary of the aggregates, then room for the filled audits.
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

/// A filled audit in a pack: its record's id and the pages of its own PDF, which the pack
/// copies in whole after the summary (see pdf/page_copy.hpp).
struct PackAudit {
  std::string id;
  const layout::AppendedPart* pages = nullptr;  ///< its own ids for headings; not owned
};

/// Builds the pack for `scope` from the aggregates of its records, each figure beside the
/// same figure of `previous` and the change (when `previous.agg` is set). The `filled` audits
/// follow as appended parts, in order: in the contents and bookmarks under their ids, their
/// pages numbered on from the summary's (the number printed in the top margin; each keeps its
/// own "Page n of m" at the foot). Pure. The pack names people: it belongs in the restricted
/// output only.
layout::Document pack_document(const Framework& fw, const PackScope& scope, const Aggregates& agg,
                               const PackComparison& previous, const std::vector<PackAudit>& filled, const Date& printed);

}  // namespace qaf
