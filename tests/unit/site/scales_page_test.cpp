// The scales page: a bands scale lists its bands from the bottom of the range up, each row with its own notes.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("a bands table lists bands in scale order and does not repeat the scale's description") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  // Written top-down, as some councils do; shown bottom-up, as the range runs.
  t.file("frameworks/f/scales.yaml", R"(scales:
  - id: grades
    title: Grades
    kind: grades
    grades:
      - { id: good, label: Good, code: 1 }
      - { id: poor, label: Poor, code: 2 }
  - id: scaling
    title: Scaling
    kind: bands
    description: A long paragraph about how the scaling question is asked.
    min: 0
    max: 10
    maps_to: grades
    bands:
      - { from: 6, to: 10, grade: good }
      - { from: 0, to: 5, grade: poor }
  - id: numbered
    title: Numbered levels
    kind: levels
    levels: [{ value: 1 }, { value: 2, label: Secure }]
)");
  const test::BuiltSite built = test::build_test_site(t);
  const OutputTree& site = built.site;
  REQUIRE(site.has("f/scales.html"));
  const std::string& page = *site.find("f/scales.html");
  const std::size_t low = page.find("0–5"), high = page.find("6–10");
  REQUIRE(low != std::string::npos);
  REQUIRE(high != std::string::npos);
  CHECK(low < high);
  std::size_t count = 0;
  for (std::size_t at = page.find("how the scaling question"); at != std::string::npos;
       at = page.find("how the scaling question", at + 1))
    ++count;
  CHECK(count == 1);  // once, above the table; not again on each band's row
  // Levels named only by their number read "Level 1"; a named one keeps its name.
  CHECK(page.find("<td>1</td><td><span class=\"qaf-tag\">Level 1</span>") != std::string::npos);
  CHECK(page.find("<td>2</td><td><span class=\"qaf-tag\">Secure</span>") != std::string::npos);
}
