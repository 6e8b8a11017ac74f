// Pagination: pieces go on pages first-fit; a keep-with-next chain that would straddle a break moves whole.
#include "layout/piece.hpp"

namespace qaf::layout::detail {

namespace {

constexpr double kSlack = 1e-6;

/// The page being filled and the pieces on it.
struct Filling {
  PlacedPage page;
  std::size_t first = 0;  // index of the first piece on this page
  double y = 0;
  bool empty() const { return page.placements.empty(); }
};

}  // namespace

std::vector<PlacedPage> paginate(const std::vector<Piece>& pieces, double body_height) {
  std::vector<PlacedPage> pages;
  Filling f;
  std::vector<std::size_t> index_of;  // piece index of each placement (headers: the piece they lead)

  auto new_page = [&](std::size_t first) {
    pages.push_back(std::move(f.page));
    f = Filling{};
    f.first = first;
    index_of.clear();
  };

  for (std::size_t i = 0; i < pieces.size();) {
    const Piece& p = pieces[i];
    if (p.break_before) {
      if (!f.empty()) new_page(i);
      if (p.numbering && !f.page.numbering) f.page.numbering = p.numbering;
    }
    const bool needs_header =
        p.header && (f.empty() || pieces[index_of.back()].group != p.group);
    const double before = f.empty() ? 0 : p.space_before;
    const double header_h = needs_header ? p.header->height : 0;
    const double opening_gap = f.empty() ? p.gap_at_page_start : 0;
    if (f.empty() || f.y + before + header_h + p.height <= body_height + kSlack) {
      double y = f.y + before;
      if (needs_header) {
        f.page.placements.push_back({p.header.get(), y});
        index_of.push_back(i);
        y += header_h;
      }
      y += opening_gap;
      f.page.placements.push_back({&p, y});
      index_of.push_back(i);
      f.y = y + p.height;
      ++i;
      continue;
    }
    // p does not fit: move it with the chain of pieces that must stay with it.
    std::size_t j = i;
    while (j > f.first && pieces[j - 1].keep_with_next && !pieces[j].break_before) --j;
    if (j > f.first) {
      while (!index_of.empty() && index_of.back() >= j) {
        index_of.pop_back();
        f.page.placements.pop_back();
      }
      new_page(j);
      i = j;
      continue;
    }
    new_page(i);  // the chain fills a page on its own: break inside it
  }
  if (!f.empty() || pages.empty()) pages.push_back(std::move(f.page));
  return pages;
}

}  // namespace qaf::layout::detail

