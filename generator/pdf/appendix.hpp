// The appendix of a laid-out document: what it leaves to page copying (see page_copy.hpp).
#pragma once
#include "layout/pages.hpp"
#include "pdf/page_copy.hpp"

namespace qaf::pdf {

/// What append_pages needs of `doc` (LaidOutDocument::appended and what points at those
/// pages): taken before the document is written, since writing consumes it.
/// `part_pages`: the pages of each appended part, in order (their sum is doc.appended.size()).
Appendix appendix_of(const layout::LaidOutDocument& doc, std::vector<std::size_t> part_pages);

}  // namespace qaf::pdf
