// An open table's rows are never counted on the dashboard: rows are not audits, so a count of them would slip under the threshold.
#include <doctest/doctest.h>

#include "audit/aggregate.hpp"
#include "../load/test_project.hpp"

using namespace qaf;

TEST_CASE("an open table's choice column is not counted: five rows of one audit would pass a threshold of five") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/review.yaml", R"(scales:
  - { id: si, title: SI, kind: choices, options: [{ id: strength, label: Strength }, { id: improve, label: Improve }] }
template:
  id: review
  title: Review
  kind: service-review
  sections:
    - id: learning
      title: Key learning points
      kind: table
      columns:
        - { id: point, title: Learning point }
        - { id: finding, title: Strength or area for improvement, type: choice, scale: si }
)");
  t.file("content/audits/r1.yaml", R"(id: r1
framework: f
template: review
tables:
  learning:
    - { point: A, finding: strength }
    - { point: B, finding: improve }
    - { point: C, finding: improve }
)");
  t.file("content/audits/r2.yaml", "id: r2\nframework: f\ntemplate: review\ntables:\n  learning: [{ point: D, finding: improve }]\n");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.front();
  const Aggregates agg = aggregate(p, fw, AggregateOptions{}, records_of(p, fw));
  // Three "improve" rows across two audits, two of them in one audit: no figure is made of them.
  CHECK(agg.questions.empty());
  CHECK(agg.audits == 2);
}
