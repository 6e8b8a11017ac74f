// Internal: a piece is an unbreakable slice of a block (a line, a table row) that pagination places.
#pragma once
#include <memory>
#include <optional>
#include <vector>

#include "layout/pages.hpp"

namespace qaf::layout::detail {

struct Piece {
  double height = 0;
  double space_before = 0;      // dropped at the top of a page
  bool keep_with_next = false;  // no page break between this piece and the next
  bool break_before = false;    // starts a new page
  std::optional<PageBreak> numbering;  // with break_before: numbering range that starts here
  Page items;                            // x on the page, y from the piece's top
  double gap_at_page_start = 0;          // space above the piece when it opens a page
  Page at_page_start;                    // drawn too when the piece opens a page, at y = -gap_at_page_start and below
  Page at_page_end;                      // drawn too when a page break follows the piece
  std::vector<Destination> dests;        // y from the piece's top; page set when placed
  std::vector<OutlineEntry> outline;
  std::shared_ptr<const Piece> header;  // drawn above this piece when it starts a page or its table
  int group = -1;                       // pieces of one table share a group
};

/// Where a piece landed: its index and its top, measured from the body's top.
struct Placement {
  const Piece* piece = nullptr;
  double y = 0;
};

/// A page of placements and the numbering range it starts, if any.
struct PlacedPage {
  std::vector<Placement> placements;
  std::optional<PageBreak> numbering;
};

/// Distributes pieces over pages of body height `body_height`, honouring
/// keep-with-next, forced breaks and repeated table headers.
std::vector<PlacedPage> paginate(const std::vector<Piece>& pieces, double body_height);

}  // namespace qaf::layout::detail
