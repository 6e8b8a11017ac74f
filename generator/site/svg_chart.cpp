// Drawing horizontal stacked bar charts as SVG with a legend.
#include "site/svg_chart.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

namespace qaf::site {

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {
std::string f(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}
}  // namespace

std::string bar_chart_svg(const BarChart& c) {
  const double label_w = 170, bar_w = 420, note_w = 60, row_h = 28, legend_h = 26;
  double max = c.max;
  for (const ChartBar& b : c.bars) {
    double sum = 0;
    for (const ChartSegment& s : b.segments) sum += s.value;
    max = std::max(max, sum);
  }
  if (max <= 0) max = 1;
  // Legend entries in first-seen order.
  std::vector<std::pair<std::string, std::string>> legend;
  std::set<std::string> seen;
  for (const ChartBar& b : c.bars)
    for (const ChartSegment& s : b.segments)
      if (s.value > 0 && !s.label.empty() && seen.insert(s.label).second) legend.emplace_back(s.label, s.colour);
  const double width = label_w + bar_w + note_w;
  const double height = legend_h + row_h * static_cast<double>(c.bars.size()) + 8;
  std::string o = "<svg class=\"qaf-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + f(width) + " " +
                  f(height) + "\" role=\"img\" aria-labelledby=\"" + c.id + "-title " + c.id + "-desc\">";
  o += "<title id=\"" + c.id + "-title\">" + escape_html(c.title) + "</title>";
  o += "<desc id=\"" + c.id + "-desc\">" + escape_html(c.description) + "</desc>";
  double lx = label_w;
  for (const auto& [label, colour] : legend) {
    o += "<rect x=\"" + f(lx) + "\" y=\"4\" width=\"14\" height=\"14\" fill=\"" + escape_html(colour) + "\"/>";
    o += "<text x=\"" + f(lx + 18) + "\" y=\"16\" font-size=\"13\">" + escape_html(label) + "</text>";
    lx += 26 + 7.5 * static_cast<double>(label.size());
  }
  double y = legend_h;
  for (const ChartBar& b : c.bars) {
    o += "<text x=\"" + f(label_w - 8) + "\" y=\"" + f(y + 18) + "\" font-size=\"13\" text-anchor=\"end\">" +
         escape_html(b.label) + "</text>";
    double x = label_w;
    for (const ChartSegment& s : b.segments) {
      const double w = bar_w * s.value / max;
      if (w <= 0) continue;
      o += "<rect x=\"" + f(x) + "\" y=\"" + f(y + 4) + "\" width=\"" + f(w) + "\" height=\"" + f(row_h - 8) +
           "\" fill=\"" + escape_html(s.colour) + "\"/>";
      x += w;
    }
    if (!b.note.empty())
      o += "<text x=\"" + f(x + 6) + "\" y=\"" + f(y + 18) + "\" font-size=\"13\">" + escape_html(b.note) + "</text>";
    y += row_h;
  }
  o += "</svg>";
  return o;
}

}  // namespace qaf::site
