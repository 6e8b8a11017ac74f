// Block builders for running text: paragraphs, headings and lists.
#include <algorithm>

#include "layout/block_pieces.hpp"

namespace qaf::layout::detail {

namespace {

constexpr Color kRule{0.55, 0.55, 0.55};

void append(std::vector<Piece>& out, std::vector<Piece> more) {
  for (auto& p : more) out.push_back(std::move(p));
}

/// Gives everything `pieces` draw (their rules apart) to element `node`.
void tag_all(std::vector<Piece>& pieces, int node) {
  for (auto& p : pieces) tag_since(p.items, Mark{}, node);
}

}  // namespace

std::vector<Piece> line_pieces(const std::vector<Line>& lines, double x, const LineBox& box) {
  std::vector<Piece> out;
  for (const auto& line : lines) {
    Piece p;
    const LineBox own = line_box_of(line, box);
    p.height = own.height;
    paint_line(line, x, own.baseline, p.items);
    out.push_back(std::move(p));
  }
  if (out.size() >= 2) {
    out.front().keep_with_next = true;        // no orphan: first two lines together
    out[out.size() - 2].keep_with_next = true;  // no widow: last two lines together
  }
  return out;
}

std::string plain_text(const Runs& runs) {
  std::string s;
  for (const auto& r : runs) s += r.tick_box ? std::string() : r.text;
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

double heading_size(int level, double body_size) {
  return level <= 1 ? body_size * 1.6 : level == 2 ? body_size * 1.3 : body_size * 1.1;
}

void add_paragraph(const Paragraph& b, BlockContext& c, std::vector<Piece>& out) {
  const TextStyle style{b.small ? c.small_size : c.body_size};
  const double indent = std::clamp(b.indent, 0.0, c.width / 2);
  auto pieces = line_pieces(wrap(c.shaper, b.runs, style, c.width - indent), c.left + indent,
                            line_box(c.shaper.fonts(), style.size));
  if (!pieces.empty()) pieces.front().space_before = b.space_before >= 0 ? b.space_before : 0.6 * c.body_size;
  tag_all(pieces, add_node(c.structure, "P", c.parent));
  append(out, std::move(pieces));
}

void add_heading(const Heading& b, BlockContext& c, std::vector<Piece>& out) {
  const int level = std::clamp(b.level, 1, 3);
  TextStyle style{heading_size(level, c.body_size)};
  style.bold = true;
  const auto box = line_box(c.shaper.fonts(), style.size);
  const auto lines = wrap(c.shaper, b.runs, style, c.width);
  // The id was assigned when headings were collected; count to find this one.
  std::string id = b.id;
  if (c.headings && c.heading_index < c.headings->size()) id = (*c.headings)[c.heading_index].id;
  ++c.heading_index;

  Piece p;
  p.space_before = level == 1 ? 1.6 * c.body_size : level == 2 ? 1.2 * c.body_size : 0.9 * c.body_size;
  double y = 0;
  for (const auto& line : lines) {
    paint_line(line, c.left, y + box.baseline, p.items);
    y += box.height;
  }
  if (level == 1) {
    y += 2;
    p.items.lines.push_back(LineItem{c.left, y, c.left + c.width, y, 0.6, kRule});
  }
  tag_since(p.items, Mark{}, add_node(c.structure, "H" + std::to_string(level), c.parent));
  p.height = y + 0.3 * c.body_size;
  p.keep_with_next = true;  // never alone at the bottom of a page
  p.dests.push_back(Destination{id, 0, c.left, 0});
  p.outline.push_back(OutlineEntry{plain_text(b.runs), level, id});
  out.push_back(std::move(p));
}

void add_list(const List& b, BlockContext& c, std::vector<Piece>& out) {
  const TextStyle style{c.body_size};
  const auto box = line_box(c.shaper.fonts(), style.size);
  auto marker = [&](std::size_t i) {
    if (b.numbered) return std::to_string(static_cast<long>(i) + b.start) + ".";
    return std::string(b.level > 1 ? "\u2013" : "\u2022");  // en dash for nested items
  };
  const double marker_w = c.shaper.width(marker(b.items.empty() ? 0 : b.items.size() - 1), style);
  const double indent = std::max(1.4 * c.body_size, marker_w + 0.6 * c.body_size);
  // Nested lists start further in; the marker column moves with them.
  const double left = c.left + std::min(c.width / 3, std::max(0, b.level - 1) * 1.4 * c.body_size);
  const double width = c.width - (left - c.left);
  // A nested list belongs to the body of the item above it; a list back at a level after a nested
  // one goes on with the list open there ("- A", "  - a", "- B" is one list holding another).
  const std::size_t level = static_cast<std::size_t>(std::max(1, b.level));
  const bool nested = level > 1 && c.last_bodies.size() >= level - 1 && c.last_bodies[level - 2] >= 0;
  const bool back = c.open_lists.size() > level && c.open_lists[level - 1] >= 0;
  const int list = back ? c.open_lists[level - 1] : add_node(c.structure, "L", nested ? c.last_bodies[level - 2] : c.parent);
  c.open_lists.resize(level, kArtifact);
  c.last_bodies.resize(level, kArtifact);
  c.open_lists[level - 1] = list;
  for (std::size_t i = 0; i < b.items.size(); ++i) {
    auto pieces = line_pieces(wrap(c.shaper, b.items[i], style, width - indent), left + indent, box);
    if (pieces.empty()) continue;
    const int item = add_node(c.structure, "LI", list);
    const int label = add_node(c.structure, "Lbl", item);
    c.last_bodies[level - 1] = add_node(c.structure, "LBody", item);
    tag_all(pieces, c.last_bodies[level - 1]);
    // Numbers are right-aligned in the marker column, bullets centred in it.
    const auto m = wrap(c.shaper, Runs{Run{marker(i), Style::regular, {}, false}}, style, indent);
    if (!m.empty()) {
      const double w = m.front().width;
      const double x = b.numbered ? left + indent - 0.5 * c.body_size - w : left + (indent - w) / 2 - 0.2 * c.body_size;
      // The marker goes first in drawing order, so text extraction reads it before the item.
      Page marker;
      paint_line(m.front(), x, box.baseline, marker);
      tag_since(marker, Mark{}, label);
      auto& texts = pieces.front().items.texts;
      texts.insert(texts.begin(), marker.texts.begin(), marker.texts.end());
    }
    pieces.front().space_before = i == 0 ? 0.6 * c.body_size : 0.25 * c.body_size;
    append(out, std::move(pieces));
  }
}

}  // namespace qaf::layout::detail
