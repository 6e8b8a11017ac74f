// Unit tests for bar charts: bar lengths in proportion, stacked segments, legend, notes, one page.
#include <doctest/doctest.h>

#include "layout_fixture.hpp"

using namespace qaf;
using namespace qaf::layout;

namespace {

// Filled rectangles of a page with the given fill colour.
std::vector<RectItem> filled(const Page& p, const Color& c) {
  std::vector<RectItem> out;
  for (const RectItem& r : p.rects)
    if (r.fill && *r.fill == c) out.push_back(r);
  return out;
}

}  // namespace

TEST_CASE("bars are drawn in proportion, stacked, with a legend and notes") {
  Document doc;
  BarChart chart;
  chart.bars = {{"2026-Q1", {{2, "Good", 0, 0.4, 0.2}, {1, "Inadequate", 0.8, 0.2, 0.1}}, "3"},
                {"2026-Q2", {{4, "Good", 0, 0.4, 0.2}}, "4"}};
  doc.blocks.push_back({chart, {"chart.yaml", 1, 1}});
  const LaidOutDocument d = test::lay_out(doc);
  REQUIRE(d.pages.size() == 1);
  const auto green = filled(d.pages[0], Color{0, 0.4, 0.2});
  const auto red = filled(d.pages[0], Color{0.8, 0.2, 0.1});
  REQUIRE(green.size() == 3);  // legend box + two bars
  REQUIRE(red.size() == 2);    // legend box + one segment
  // Legend boxes are the small squares; bar segments follow them down the page.
  const RectItem& q1_good = green[1];
  const RectItem& q2_good = green[2];
  const RectItem& q1_bad = red[1];
  CHECK(q2_good.w == doctest::Approx(2 * q1_good.w));  // 4 against 2
  CHECK(q1_bad.w == doctest::Approx(q1_good.w / 2));   // 1 against 2
  CHECK(q1_bad.x == doctest::Approx(q1_good.x + q1_good.w));  // stacked after it
  CHECK(q2_good.y > q1_good.y);
  CHECK(test::find_all(d, "Good").size() == 1);  // in the legend, once
  CHECK(test::find_all(d, "2026-Q2").size() == 1);
  CHECK(test::find_all(d, "4").size() >= 1);
}

TEST_CASE("a chart is kept on one page, wherever it falls") {
  // Sweep the filler so that some positions put the chart across a page boundary.
  int moved = 0;
  for (int filler = 30; filler < 90; ++filler) {
    Document doc;
    for (int i = 0; i < filler; ++i) doc.blocks.push_back(test::para("Filler paragraph " + std::to_string(i)));
    BarChart chart;
    for (int i = 0; i < 6; ++i) chart.bars.push_back({"Bar " + std::to_string(i), {{1.0 + i, "Audits", 0.1, 0.4, 0.7}}, ""});
    doc.blocks.push_back({chart, {"chart.yaml", 1, 1}});
    const LaidOutDocument d = test::lay_out(doc);
    const auto first = test::find_one(d, "Bar 0");
    const auto last = test::find_one(d, "Bar 5");
    const auto filler_end = test::find_one(d, "Filler paragraph " + std::to_string(filler - 1));
    INFO("filler paragraphs: " << filler);
    CHECK(first.page == last.page);
    if (first.page != filler_end.page) ++moved;  // the chart went to the next page whole
  }
  CHECK(moved > 0);
}
