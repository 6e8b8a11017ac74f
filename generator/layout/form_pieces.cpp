// Block builders for blank-template form parts: writing lines, tick boxes, rating rows, signature lines.
#include <algorithm>

#include "layout/block_pieces.hpp"

namespace qaf::layout::detail {

namespace {

constexpr Color kInk{0, 0, 0};
constexpr Color kRuled{0.5, 0.5, 0.5};

/// An empty square box whose bottom sits on `baseline`.
RectItem tick_box(double x, double baseline, double size) {
  const double side = 0.8 * size;
  return RectItem{x, baseline - side + 0.1 * size, side, side, 0.7, kInk, std::nullopt};
}

}  // namespace

void add_writing_lines(const WritingLines& b, BlockContext& c, std::vector<Piece>& out) {
  const double gap = 2.4 * c.body_size;  // room for handwriting
  for (int i = 0; i < b.count; ++i) {
    Piece p;
    p.height = gap;
    p.items.lines.push_back(LineItem{c.left, gap, c.left + c.width, gap, 0.5, kRuled});
    if (i == 0) {
      p.space_before = 0.3 * c.body_size;
      p.keep_with_next = b.count > 1;  // at least two lines together
    }
    out.push_back(std::move(p));
  }
}

void add_tick_boxes(const TickBoxes& b, BlockContext& c, std::vector<Piece>& out) {
  const TextStyle style{c.body_size};
  const auto box = line_box(c.shaper.fonts(), style.size);
  const double indent = 1.6 * c.body_size;
  for (std::size_t i = 0; i < b.options.size(); ++i) {
    auto pieces = line_pieces(wrap(c.shaper, b.options[i], style, c.width - indent), c.left + indent, box);
    if (pieces.empty()) {  // an option with no label still gets its box
      pieces.emplace_back();
      pieces.back().height = box.height;
    }
    pieces.front().items.rects.push_back(tick_box(c.left, box.baseline, style.size));
    pieces.front().space_before = (i == 0 ? 0.6 : 0.35) * c.body_size;
    for (auto& p : pieces) out.push_back(std::move(p));
  }
}

void add_rating_row(const RatingRow& b, BlockContext& c, std::vector<Piece>& out) {
  if (b.labels.empty()) return;
  const TextStyle style{c.body_size - 1};
  const auto box = line_box(c.shaper.fonts(), style.size);
  const double cell = c.width / static_cast<double>(b.labels.size());
  const double indent = 1.5 * style.size;
  Piece p;
  p.space_before = 0.6 * c.body_size;
  std::size_t most = 1;
  for (std::size_t i = 0; i < b.labels.size(); ++i) {
    const double x = c.left + static_cast<double>(i) * cell;
    const auto lines =
        wrap(c.shaper, Runs{Run{b.labels[i], Style::regular, {}, false}}, style, std::max(1.0, cell - indent - 6));
    p.items.rects.push_back(tick_box(x, box.baseline, style.size + 2));
    for (std::size_t k = 0; k < lines.size(); ++k)
      paint_line(lines[k], x + indent, static_cast<double>(k) * box.height + box.baseline, p.items);
    most = std::max(most, lines.size());
  }
  p.height = static_cast<double>(most) * box.height;
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
  Piece p;
  p.space_before = 1.2 * c.body_size;
  // Room to sign above the line; a label of several lines ends on the line.
  p.height = 2.6 * c.body_size + static_cast<double>(most - 1) * box.height;
  const double baseline = p.height - 0.3 * c.body_size;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const double x = c.left + static_cast<double>(i) * field;
    const double end = x + field - (i + 1 < labels.size() ? gutter : 0);
    const auto& lines = labels[i];
    for (std::size_t k = 0; k < lines.size(); ++k)
      paint_line(lines[k], x, baseline - static_cast<double>(lines.size() - 1 - k) * box.height, p.items);
    const double start = x + (lines.empty() ? 0 : lines.back().width + 0.5 * c.body_size);
    p.items.lines.push_back(LineItem{start, baseline + 1, std::max(start, end), baseline + 1, 0.6, kInk});
  }
  out.push_back(std::move(p));
}

}  // namespace qaf::layout::detail
