// Bar charts as vector shapes: a legend row, then one row per bar (label, stacked boxes, note), kept together.
#include <algorithm>
#include <cstdio>
#include <set>

#include "layout/block_pieces.hpp"

namespace qaf::layout::detail {

void add_bar_chart(const BarChart& b, BlockContext& c, std::vector<Piece>& out) {
  if (b.bars.empty()) return;
  const TextStyle style{c.small_size};
  const auto box = line_box(c.shaper.fonts(), style.size);
  const double row = box.height + 6;
  const double label_w = c.width * 0.3, note_w = c.width * 0.1;
  const double bar_w = c.width - label_w - note_w - 8;
  double max = b.max;
  for (const ChartBar& bar : b.bars) {
    double sum = 0;
    for (const ChartSegment& s : bar.segments) sum += std::max(0.0, s.value);
    max = std::max(max, sum);
  }
  if (max <= 0) max = 1;
  auto text = [&](const std::string& t, double x, double width, Page& page, double baseline) {
    const auto lines = wrap(c.shaper, Runs{Run{t, Style::regular, {}, false}}, style, std::max(1.0, width));
    if (!lines.empty()) paint_line(lines.front(), x, baseline, page);
  };
  std::vector<Piece> pieces;
  // Legend: the segments' labels in first-seen order.
  Piece legend;
  legend.space_before = 0.6 * c.body_size;
  legend.height = row;
  double x = c.left + label_w;
  std::set<std::string> seen;
  for (const ChartBar& bar : b.bars)
    for (const ChartSegment& s : bar.segments) {
      if (s.label.empty() || s.value <= 0 || !seen.insert(s.label).second) continue;
      legend.items.rects.push_back({x, 3, 9, 9, 0.5, std::nullopt, Color{s.red, s.green, s.blue}});
      text(s.label, x + 12, c.width, legend.items, box.baseline);
      x += 24 + c.shaper.width(s.label, style);
    }
  if (!seen.empty()) pieces.push_back(std::move(legend));
  for (const ChartBar& bar : b.bars) {
    Piece p;
    p.height = row;
    text(bar.label, c.left, label_w - 6, p.items, box.baseline + 3);
    double bx = c.left + label_w;
    for (const ChartSegment& s : bar.segments) {
      const double w = bar_w * std::max(0.0, s.value) / max;
      if (w <= 0) continue;
      p.items.rects.push_back({bx, 2, w, row - 4, 0.5, std::nullopt, Color{s.red, s.green, s.blue}});
      bx += w;
    }
    if (!bar.note.empty()) text(bar.note, bx + 4, note_w + 4, p.items, box.baseline + 3);
    pieces.push_back(std::move(p));
  }
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) pieces[i].keep_with_next = true;
  // Read as one figure whose alternative text gives its figures.
  const int figure = add_node(c.structure, "Figure", c.parent, chart_alt(b));
  for (auto& p : pieces) tag_since(p.items, Mark{}, figure, true);
  for (auto& p : pieces) out.push_back(std::move(p));
}

std::string chart_alt(const BarChart& b) {
  auto number = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return std::string(buf);
  };
  std::string alt = "Bar chart";
  for (std::size_t i = 0; i < b.bars.size(); ++i) {
    const ChartBar& bar = b.bars[i];
    alt += (i == 0 ? ". " : "; ") + bar.label + ":";
    bool any = false;
    for (const ChartSegment& s : bar.segments) {
      if (s.value <= 0) continue;
      alt += std::string(any ? ", " : " ") + (s.label.empty() ? "" : s.label + " ") + number(s.value);
      any = true;
    }
    if (!any) alt += " none";
    // The note printed after the bar ("43%"), unless it only repeats the bar's one value.
    double total = 0;
    for (const ChartSegment& s : bar.segments) total += std::max(0.0, s.value);
    if (!bar.note.empty() && bar.note != number(total)) alt += " (" + bar.note + ")";
  }
  return alt + ".";
}

}  // namespace qaf::layout::detail
