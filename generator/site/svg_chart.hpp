// Accessible SVG bar charts for the dashboards (the page puts a data table beside each).
#pragma once
#include <string>
#include <vector>

namespace qaf::site {

struct ChartSegment {
  double value = 0;
  std::string label;   ///< legend entry
  std::string colour;  ///< CSS colour
};

struct ChartBar {
  std::string label;
  std::vector<ChartSegment> segments;  ///< stacked left to right
  std::string note;                    ///< printed at the bar's end ("67%")
};

struct BarChart {
  std::string id;     ///< unique on the page, for title/desc ids
  std::string title;
  std::string description;  ///< what the chart shows, for screen readers
  double max = 0;           ///< value of a full-width bar (0: the largest bar)
  std::vector<ChartBar> bars;
};

/// A horizontal (stacked) bar chart as inline SVG: role="img" with <title> and <desc>;
/// every text is escaped. Deterministic output.
std::string bar_chart_svg(const BarChart& chart);

/// HTML-escapes text for element content and attribute values.
std::string escape_html(const std::string& text);

}  // namespace qaf::site
