// Block builder for the table of contents: one linked entry per heading, page numbers from the first pass.
#include <algorithm>

#include "layout/block_pieces.hpp"

namespace qaf::layout::detail {

void add_contents(const TableOfContents& b, BlockContext& c, std::vector<Piece>& out) {
  if (!c.headings) return;
  const TextStyle style{c.body_size};
  const auto box = line_box(c.shaper.fonts(), style.size);
  const double number_col = 3.5 * c.body_size;  // fixed, so page numbers never change the layout
  bool first = true;
  const int toc = add_node(c.structure, "TOC", c.parent);
  for (const auto& h : *c.headings) {
    if (h.level > b.depth || !h.in_contents) continue;
    const double indent = (h.level - 1) * 1.4 * c.body_size;
    TextStyle s = style;
    s.bold = h.level == 1;
    Runs runs = h.runs;
    for (auto& r : runs) r.link.clear();  // the whole entry is one link
    const auto lines = wrap(c.shaper, runs, s, std::max(1.0, c.width - indent - number_col));
    Piece p;
    double y = 0;
    for (const auto& line : lines) {
      paint_line(line, c.left + indent, y + box.baseline, p.items);
      y += box.height;
    }
    p.height = std::max(y, box.height);
    std::string number;
    if (c.page_of)
      if (auto it = c.page_of->find(h.id); it != c.page_of->end()) number = it->second;
    if (!number.empty()) {
      const auto n = wrap(c.shaper, Runs{Run{number, Style::regular, {}, false}}, style, number_col);
      if (!n.empty()) paint_line(n.front(), c.left + c.width - n.front().width, p.height - box.height + box.baseline, p.items);
    }
    p.items.links.push_back(LinkItem{c.left + indent, 0, c.width - indent, p.height, h.id});
    tag_since(p.items, Mark{}, add_node(c.structure, "TOCI", toc));
    p.space_before = first ? 0.6 * c.body_size : (h.level == 1 ? 0.5 : 0.15) * c.body_size;
    first = false;
    out.push_back(std::move(p));
  }
}

}  // namespace qaf::layout::detail
