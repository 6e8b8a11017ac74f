// Grid sections: questions on one scale against its answers; what a grid cannot hold is an error where it is written.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {
const char* kScales = R"(scales:
  - id: grades
    title: Grades
    kind: grades
    grades: [{ id: good, label: Good, code: 1 }, { id: poor, label: Poor, code: 2 }]
  - id: yn
    title: Yes or no
    kind: choices
    options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }]
  - id: ticks
    title: Ticks
    kind: choices
    multiple: true
    options: [{ id: a, label: A }, { id: b, label: B }]
)";
}  // namespace

TEST_CASE("a grid section reads its order and totals") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", kScales);
  t.file("frameworks/f/audit.yaml", R"(template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: s
      title: Checks
      layout: grid
      grid_order: reversed
      totals: true
      questions:
        - { id: a, text: A, type: rating, scale: grades }
        - { id: b, text: B, type: rating, scale: grades, not_applicable: true }
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Section& s = p.frameworks[0].find_template("audit")->sections.at(0);
  CHECK(s.grid);
  CHECK(s.reversed);
  CHECK(s.totals);
}

TEST_CASE("a grid holds only ratings or choices on one scale that takes one answer, and no columns") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", kScales);
  t.file("frameworks/f/audit.yaml", R"(template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: mixed
      title: Mixed
      layout: grid
      questions:
        - { id: a, text: A, type: rating, scale: grades }
        - { id: b, text: B, type: choice, scale: yn }
        - { id: c, text: C, type: text }
    - id: many
      title: Many
      layout: grid
      questions:
        - { id: d, text: D, type: choice, scale: ticks }
    - id: listed
      title: Listed
      totals: true
      questions:
        - { id: e, text: E, type: rating, scale: grades }
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  const std::string file = "frameworks/f/audit.yaml:";
  CHECK(t.has(file + "11:11: error: question 'b' is on scale 'yn', but the grid's first question is on 'grades'"));
  CHECK(t.has(file + "12:11: error: question 'c' is in a grid, so it must be a rating or a choice"));
  CHECK(t.has(file + "13:7: error: section 'many' is a grid, but scale 'ticks' takes several answers"));
  CHECK(t.has(file + "20:15: error: 'totals' applies to a grid"));
  CHECK(t.diags.error_count() == 4);
}
