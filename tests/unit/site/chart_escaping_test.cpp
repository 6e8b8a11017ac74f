// Dashboard charts: every text placed in the chart's HTML is escaped, the bars' spoken alternative included.
#include <doctest/doctest.h>

#include "site/html_chart.hpp"

using namespace qaf;

TEST_CASE("a chart escapes its title, labels, legend, spoken alternative and colours") {
  site::BarChart c;
  c.id = "c1";
  c.title = "Grades <b>&</b>";
  site::ChartBar bar;
  bar.label = "Team \"A\" <North>";
  bar.segments = {{3, "Good & \"better\" <3", "#00703c"}, {2, "Poor", "red\" onclick=\"x()"}};
  bar.note = "5 <all>";
  c.bars = {bar};
  const std::string html = site::bar_chart_html(c);
  INFO(html);
  CHECK(html.find("aria-label=\"Good &amp; &quot;better&quot; &lt;3 3, Poor 2\"") != std::string::npos);
  CHECK(html.find("Team &quot;A&quot; &lt;North&gt;") != std::string::npos);
  CHECK(html.find("Grades &lt;b&gt;&amp;&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("onclick=\"") == std::string::npos);
  CHECK(html.find("<North>") == std::string::npos);
  CHECK(html.find("<3") == std::string::npos);
}
