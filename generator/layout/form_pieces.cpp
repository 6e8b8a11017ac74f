// Block builders for blank-template form parts: writing lines, tick boxes, rating rows, signature lines.
#include <algorithm>

#include "layout/block_pieces.hpp"

namespace qaf::layout::detail {

namespace {

constexpr Color kInk{0, 0, 0};
constexpr Color kRuled{0.5, 0.5, 0.5};

/// The side of a tick box beside text of `size`: the document's, else in proportion.
double box_side(const BlockContext& c, double size) { return c.tick_box > 0 ? c.tick_box : 0.8 * size; }

/// An empty square box of side `side`, centred on the middle of the small letters of text of
/// `size` on `baseline`.
RectItem tick_box(double x, double baseline, double size, double side) {
  return RectItem{x, baseline - 0.3 * size - side / 2, side, side, 0.7, kInk, std::nullopt};
}

/// A line box for text of `size` beside tick boxes of `side`.
LineBox box_line(const BlockContext& c, double size, double side) {
  return room_for_box(line_box(c.shaper.fonts(), size), side);
}

/// A tick drawn in a box of side `side` whose top-left corner is (x, y).
void tick_mark(double x, double y, double side, Page& out) {
  const double w = std::max(0.9, side * 0.14);
  out.lines.push_back(LineItem{x + 0.18 * side, y + 0.52 * side, x + 0.42 * side, y + 0.8 * side, w, kInk});
  out.lines.push_back(LineItem{x + 0.42 * side, y + 0.8 * side, x + 0.86 * side, y + 0.18 * side, w, kInk});
}

void box_with_tick(double x, double baseline, double size, double side, bool ticked, Page& out) {
  const RectItem r = tick_box(x, baseline, size, side);
  out.rects.push_back(r);
  if (ticked) tick_mark(r.x, r.y, r.w, out);
}

/// An option's elements, as a list item: its box (the label, which says whether it is ticked)
/// and its words (the body).
struct OptionNodes {
  int label = kArtifact, body = kArtifact;
};
OptionNodes option_nodes(BlockContext& c, int list, bool ticked) {
  const int item = add_node(c.structure, "LI", list);
  OptionNodes n;
  n.label = add_node(c.structure, "Lbl", item, "", ticked ? "\u2612" : "\u2610");  // ☒ or ☐
  n.body = add_node(c.structure, "LBody", item);
  return n;
}

/// Options side by side: box, label, a gap; a row that is full starts another.
/// Returns false (and adds nothing) when some label is too long to sit beside others.
bool add_tick_boxes_across(const TickBoxes& b, BlockContext& c, std::vector<Piece>& out) {
  const TextStyle style{c.body_size};
  const double side = box_side(c, style.size);
  const auto box = box_line(c, style.size, side);
  const double indent = side + 0.5 * c.body_size, gap = 1.6 * c.body_size;
  std::vector<Line> labels;
  for (const auto& option : b.options) {
    auto lines = wrap(c.shaper, option, style, c.width - indent);
    if (lines.size() > 1 || (!lines.empty() && lines.front().width > c.width / 2)) return false;
    labels.push_back(lines.empty() ? Line{} : std::move(lines.front()));
  }
  std::vector<Piece> rows(1);
  double x = 0;
  const int list = add_node(c.structure, "L", c.parent);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const double w = indent + labels[i].width;
    if (x > 0 && x + w > c.width) {
      rows.emplace_back();
      x = 0;
    }
    Piece& p = rows.back();
    const bool ticked = i < b.ticked.size() && b.ticked[i];
    const OptionNodes n = option_nodes(c, list, ticked);
    Mark at = mark(p.items);
    box_with_tick(c.left + x, box.baseline, style.size, side, ticked, p.items);
    tag_since(p.items, at, n.label, true);
    at = mark(p.items);
    paint_line(labels[i], c.left + x + indent, box.baseline, p.items);
    tag_since(p.items, at, n.body);
    x += w + gap;
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    rows[r].height = box.height;
    rows[r].space_before = (r == 0 ? 0.6 : 0.35) * c.body_size;
    rows[r].keep_with_next = r + 1 < rows.size();  // a short set of options stays whole
    out.push_back(std::move(rows[r]));
  }
  return true;
}

}  // namespace

void add_writing_lines(const WritingLines& b, BlockContext& c, std::vector<Piece>& out) {
  const double gap = 2.4 * c.body_size;  // room for handwriting
  // Up to three lines stay together (a lone line at the top of a page reads as nobody's); a
  // longer run may break, leaving at least two lines on each side, rather than leave the page
  // before it half empty.
  constexpr int kWhole = 3;
  for (int i = 0; i < b.count; ++i) {
    Piece p;
    p.height = gap;
    p.items.lines.push_back(LineItem{c.left, gap, c.left + c.width, gap, 0.5, kRuled});
    if (i == 0) p.space_before = 0.3 * c.body_size;
    p.keep_with_next = i + 1 < b.count && (b.count <= kWhole || i == 0 || i + 2 == b.count);
    out.push_back(std::move(p));
  }
}

void add_tick_boxes(const TickBoxes& b, BlockContext& c, std::vector<Piece>& out) {
  if (b.across && add_tick_boxes_across(b, c, out)) return;
  const TextStyle style{c.body_size};
  const double side = box_side(c, style.size);
  const auto text = line_box(c.shaper.fonts(), style.size), box = box_line(c, style.size, side);
  const double indent = std::max(1.6 * c.body_size, side + 0.5 * c.body_size);
  const int list = add_node(c.structure, "L", c.parent);
  for (std::size_t i = 0; i < b.options.size(); ++i) {
    const bool ticked = i < b.ticked.size() && b.ticked[i];
    const OptionNodes n = option_nodes(c, list, ticked);
    auto lines = wrap(c.shaper, b.options[i], style, c.width - indent);
    // The first line stands beside the box, as tall as it; the rest are set as text.
    auto pieces = line_pieces(lines, c.left + indent, text);
    if (pieces.empty()) pieces.emplace_back();  // an option with no label still gets its box
    pieces.front() = Piece{};
    pieces.front().height = box.height;
    // The box first, so that it is read before the words beside it.
    box_with_tick(c.left, box.baseline, style.size, side, ticked, pieces.front().items);
    tag_since(pieces.front().items, Mark{}, n.label, true);
    const Mark words = mark(pieces.front().items);
    if (!lines.empty()) paint_line(lines.front(), c.left + indent, box.baseline, pieces.front().items);
    tag_since(pieces.front().items, words, n.body);
    for (std::size_t k = 1; k < pieces.size(); ++k) tag_since(pieces[k].items, Mark{}, n.body);
    if (pieces.size() >= 2) pieces.front().keep_with_next = true;
    pieces.front().space_before = (i == 0 ? 0.6 : 0.35) * c.body_size;
    for (auto& p : pieces) out.push_back(std::move(p));
  }
}

void add_rating_row(const RatingRow& b, BlockContext& c, std::vector<Piece>& out) {
  if (b.labels.empty()) return;
  const TextStyle style{c.small_size};
  const double side = c.tick_box > 0 ? c.tick_box : 0.8 * (style.size + 2);
  const auto box = line_box(c.shaper.fonts(), style.size), first = box_line(c, style.size, side);
  const double cell = c.width / static_cast<double>(b.labels.size());
  const double indent = std::max(1.5 * style.size, side + 0.45 * style.size);
  Piece p;
  p.space_before = 0.6 * c.body_size;
  std::size_t most = 1;
  const int list = add_node(c.structure, "L", c.parent);
  for (std::size_t i = 0; i < b.labels.size(); ++i) {
    const double x = c.left + static_cast<double>(i) * cell;
    const bool chosen = static_cast<int>(i) == b.chosen;
    const auto lines = wrap(c.shaper, Runs{Run{b.labels[i], chosen ? Style::bold : Style::regular, {}, false}}, style,
                            std::max(1.0, cell - indent - 6));
    const OptionNodes n = option_nodes(c, list, chosen);
    Mark at = mark(p.items);
    box_with_tick(x, first.baseline, style.size, side, chosen, p.items);
    tag_since(p.items, at, n.label, true);
    at = mark(p.items);
    for (std::size_t k = 0; k < lines.size(); ++k)
      paint_line(lines[k], x + indent, (k == 0 ? 0 : first.height - box.height) + static_cast<double>(k) * box.height +
                                           (k == 0 ? first.baseline : box.baseline), p.items);
    tag_since(p.items, at, n.body);
    most = std::max(most, lines.size());
  }
  p.height = first.height + static_cast<double>(most - 1) * box.height;
  out.push_back(std::move(p));
}

void add_signature_lines(const SignatureLines& b, BlockContext& c, std::vector<Piece>& out) {
  if (b.labels.empty()) return;
  const TextStyle style{c.body_size};
  const auto box = line_box(c.shaper.fonts(), style.size);
  const double field = c.width / static_cast<double>(b.labels.size());
  const double gutter = 1.5 * c.body_size;
  std::vector<std::vector<Line>> labels;
  std::size_t most = 1;
  for (const auto& label : b.labels) {
    labels.push_back(wrap(c.shaper, Runs{Run{label, Style::bold, {}, false}}, style, std::max(1.0, field / 2)));
    most = std::max(most, labels.back().size());
  }
  // A filled form writes its values on the lines, wrapped to the line's length.
  std::vector<std::vector<Line>> values(labels.size());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i >= b.values.size() || b.values[i].empty()) continue;
    const double x = c.left + static_cast<double>(i) * field;
    const double end = x + field - (i + 1 < labels.size() ? gutter : 0);
    const double start = x + (labels[i].empty() ? 0 : labels[i].back().width + 0.5 * c.body_size);
    values[i] = wrap(c.shaper, Runs{Run{b.values[i], Style::regular, {}, false}}, style, std::max(1.0, end - start - 4));
    most = std::max(most, values[i].size());
  }
  Piece p;
  p.space_before = 1.2 * c.body_size;
  // Room to sign above the line; a label of several lines ends on the line.
  p.height = 2.6 * c.body_size + static_cast<double>(most - 1) * box.height;
  const double baseline = p.height - 0.3 * c.body_size;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    // Each field is read as one paragraph: its label, then what is written on its line.
    const Mark at = mark(p.items);
    const double x = c.left + static_cast<double>(i) * field;
    const double end = x + field - (i + 1 < labels.size() ? gutter : 0);
    const auto& lines = labels[i];
    for (std::size_t k = 0; k < lines.size(); ++k)
      paint_line(lines[k], x, baseline - static_cast<double>(lines.size() - 1 - k) * box.height, p.items);
    const double start = x + (lines.empty() ? 0 : lines.back().width + 0.5 * c.body_size);
    p.items.lines.push_back(LineItem{start, baseline + 1, std::max(start, end), baseline + 1, 0.6, kInk});
    const auto& v = values[i];
    for (std::size_t k = 0; k < v.size(); ++k)
      paint_line(v[k], start + 2, baseline - 1.5 - static_cast<double>(v.size() - 1 - k) * box.height, p.items);
    tag_since(p.items, at, add_node(c.structure, "P", c.parent));
  }
  out.push_back(std::move(p));
}

}  // namespace qaf::layout::detail
