// Bar charts for the dashboards as HTML and CSS: their text is page text at the body size at any
// width (an SVG's text shrinks with it). The page puts a data table beside each chart.
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
  std::vector<ChartSegment> segments;  ///< stacked left to right; none: nothing safe to draw
  std::string note;                    ///< printed after the bar ("67%", "3.2", "hidden")
  std::pair<std::string, std::string> note_data;  ///< a data-* attribute for the note: (name, value)
};

struct BarChart {
  std::string id;     ///< unique on the page
  std::string title;
  double min = 0;     ///< value at the left edge
  double max = 0;     ///< value of a full-width bar (0: the largest bar)
  std::vector<double> ticks;  ///< scale marks under the bars (for means); none: no axis
  std::vector<ChartBar> bars;
  std::string empty_note;  ///< said instead of the rows when no bar has a segment
};

/// A horizontal (stacked) bar chart: a <figure> whose rows are text, each bar an image with a
/// text alternative naming every segment; a legend when segments have labels. Every text escaped.
std::string bar_chart_html(const BarChart& chart);

/// HTML-escapes text for element content and attribute values.
std::string escape_html(const std::string& text);

}  // namespace qaf::site
