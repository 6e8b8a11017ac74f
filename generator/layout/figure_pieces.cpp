// Figures: an image as one unbreakable piece, at its natural size or shrunk to fit the body, centred.
#include <algorithm>

#include "layout/block_pieces.hpp"

namespace qaf::layout::detail {

void add_figure(const Figure& b, BlockContext& c, std::vector<Piece>& out) {
  if (!b.bytes || b.width <= 0 || b.height <= 0) return;
  // 96 pixels to the inch, 72 points to the inch; at most the body's width and 70% of its height
  // (room for the heading or the sentence that introduces it).
  const double w0 = b.width * 0.75, h0 = b.height * 0.75;
  const double scale = std::min({1.0, c.width / w0, 0.7 * c.max_height / h0});
  const double w = w0 * scale, h = h0 * scale;
  Piece p;
  p.space_before = 0.8 * c.body_size;
  p.height = h + 0.4 * c.body_size;
  p.items.images.push_back(ImageItem{c.left + (c.width - w) / 2, 0, w, h, b.bytes, b.jpeg, b.alt});
  tag_since(p.items, Mark{}, add_node(c.structure, "Figure", c.parent, b.alt));
  out.push_back(std::move(p));
}

}  // namespace qaf::layout::detail
