// Drawing horizontal stacked bar charts as HTML rows with a legend and an optional scale.
#include "site/html_chart.hpp"

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

std::string pct(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", std::clamp(v, 0.0, 100.0));
  return buf;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, v == static_cast<long>(v) ? "%.0f" : "%.1f", v);
  return buf;
}

}  // namespace

std::string bar_chart_html(const BarChart& c) {
  double max = c.max;
  if (max <= c.min)
    for (const ChartBar& b : c.bars) {
      double sum = 0;
      for (const ChartSegment& s : b.segments) sum += s.value;
      max = std::max(max, sum);
    }
  const double span = max > c.min ? max - c.min : 1;
  std::string out = "<figure class=\"qaf-chart\" id=\"" + escape_html(c.id) + "\">\n<figcaption class=\"qaf-chart__title\">" +
                    escape_html(c.title) + "</figcaption>\n";
  // Legend: each labelled segment once, in order of first appearance.
  std::vector<std::pair<std::string, std::string>> legend;
  std::set<std::string> seen;
  for (const ChartBar& b : c.bars)
    for (const ChartSegment& s : b.segments)
      if (!s.label.empty() && seen.insert(s.label).second) legend.emplace_back(s.label, s.colour);
  if (!legend.empty()) {
    out += "<ul class=\"qaf-chart__legend\">";
    for (const auto& [label, colour] : legend)
      out += "<li><span class=\"qaf-chart__key\" style=\"background:" + escape_html(colour) + "\"></span>" + escape_html(label) +
             "</li>";
    out += "</ul>\n";
  }
  const bool drawn = std::any_of(c.bars.begin(), c.bars.end(), [](const ChartBar& b) { return !b.segments.empty(); });
  if (!drawn && !c.empty_note.empty()) return out + "<p class=\"qaf-chart__empty\">" + escape_html(c.empty_note) + "</p>\n</figure>";
  out += "<div class=\"qaf-chart__rows\">\n";
  for (const ChartBar& b : c.bars) {
    std::string alt;
    for (const ChartSegment& s : b.segments)
      alt += (alt.empty() ? "" : ", ") + (s.label.empty() ? std::string() : s.label + " ") + number(s.value);
    out += "<div class=\"qaf-chart__row\"><span class=\"qaf-chart__label\">" + escape_html(b.label) + "</span>";
    if (b.segments.empty()) {
      out += "<span class=\"qaf-chart__track\"></span>";
    } else {
      out += "<span class=\"qaf-chart__track\" role=\"img\" aria-label=\"" + escape_html(alt) + "\">";
      for (const ChartSegment& s : b.segments) {
        // The first segment starts at the scale's minimum; the others stack on it.
        const double width = 100.0 * (s.value - (&s == &b.segments.front() ? c.min : 0)) / span;
        out += "<span class=\"qaf-chart__bar\" style=\"width:" + pct(width) + ";background:" + escape_html(s.colour) + "\"></span>";
      }
      out += "</span>";
    }
    const std::string data = b.note_data.first.empty() ? ""
                              : " data-" + escape_html(b.note_data.first) + "=\"" + escape_html(b.note_data.second) + "\"";
    out += "<span class=\"qaf-chart__note\"" + data + ">" + escape_html(b.note) + "</span></div>\n";
  }
  if (!c.ticks.empty()) {
    out += "<div class=\"qaf-chart__row qaf-chart__axis\" aria-hidden=\"true\"><span class=\"qaf-chart__label\"></span><span class=\"qaf-chart__scale\">";
    for (double t : c.ticks)
      out += "<span class=\"qaf-chart__tick\" style=\"left:" + pct(100.0 * (t - c.min) / span) + "\">" + number(t) + "</span>";
    out += "</span><span class=\"qaf-chart__note\"></span></div>\n";
  }
  out += "</div>\n</figure>";
  return out;
}

}  // namespace qaf::site
