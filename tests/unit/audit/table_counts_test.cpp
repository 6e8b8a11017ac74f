// The choices in an open table's choice columns are counted, one line per column, every row's answer.
#include <doctest/doctest.h>

#include "audit/aggregate.hpp"
#include "../load/test_project.hpp"

using namespace qaf;

TEST_CASE("an open table's choice column is counted over every row of every record, titled with the table") {
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
    - { point: C }
)");
  t.file("content/audits/r2.yaml", "id: r2\nframework: f\ntemplate: review\ntables:\n  learning: [{ point: D, finding: improve }]\n");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.front();
  const Aggregates agg = aggregate(p, fw, AggregateOptions{}, records_of(p, fw));
  REQUIRE(agg.questions.size() == 1);  // the text column is not counted
  const QuestionRates& q = agg.questions.front();
  CHECK(q.question == "table:learning:finding");
  CHECK(q.text == "Strength or area for improvement");
  CHECK(q.column_title == "Key learning points");
  CHECK(q.counts == std::vector<std::pair<std::string, int>>{{"strength", 1}, {"improve", 2}});
  CHECK(q.answered == 3);
}
