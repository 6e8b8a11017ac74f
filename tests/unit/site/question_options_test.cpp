// A question's answers on its template page: the scale's, then N/A for a rating that may not apply.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

namespace {
// A template of two ratings, the first of which may not apply; `layout` is put into its section.
std::string practice_template(const std::string& layout) {
  return R"(scales:
  - id: grades
    title: Grades
    kind: grades
    grades: [{ id: good, label: Good, code: 1 }, { id: poor, label: Poor, code: 2 }]
template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: s
      title: Practice
)" + layout + R"(      questions:
        - { id: plan, text: Care plan, type: rating, scale: grades, not_applicable: true }
        - { id: visits, text: Visits, type: rating, scale: grades }
)";
}
}  // namespace

TEST_CASE("a rating that may not apply lists N/A after its grades on the template page; others do not") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/audit.yaml", practice_template(""));
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/templates/audit.html");
  const std::size_t plan = page.find("id=\"q-plan\""), visits = page.find("id=\"q-visits\"");
  REQUIRE(plan != std::string::npos);
  REQUIRE(visits != std::string::npos);
  const std::string plan_part = page.substr(plan, visits - plan), visits_part = page.substr(visits);
  CHECK(plan_part.find(">Poor<") < plan_part.find(">N/A<"));
  CHECK(plan_part.find(">N/A<") != std::string::npos);
  CHECK(visits_part.find(">N/A<") == std::string::npos);
}

TEST_CASE("a grid section's page says how the printed grid reads: its columns in order, and the totals row") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/audit.yaml", practice_template("      layout: grid\n      grid_order: reversed\n      totals: true\n"));
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/templates/audit.html");
  CHECK(page.find("On the printed form these questions make one grid, a column for each answer: Poor, Good or N/A. "
                  "A last row counts the ticks in each column.") != std::string::npos);
}
