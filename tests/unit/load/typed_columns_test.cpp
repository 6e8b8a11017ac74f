// Parallel columns answered their own way: a grade column beside written comments, an optional column, one that prints guidance; checked in records.
#include <doctest/doctest.h>

#include "test_project.hpp"
#include "typed_columns_fixture.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

TEST_CASE("typed parallel columns: each column answered its own way, the grade column checked and counted in the judgement") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", test::typed_columns_framework());
  t.file("content/audits/r1.yaml", test::typed_columns_record());
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Section& s = p.frameworks.at(0).find_template("review")->sections.at(0);
  REQUIRE(s.parallel());
  REQUIRE(s.columns.size() == 5);
  CHECK(s.columns[0].shows_guidance);
  CHECK_FALSE(s.columns[1].type);
  CHECK_FALSE(s.columns[2].required);
  CHECK(s.columns[3].type == AnswerType::rating);
  CHECK(s.columns[3].scale.id == "grades");
  CHECK(s.totals);
  const Question asked = s.asked_as(s.questions.at(0), "grade");
  CHECK(asked.type == AnswerType::rating);
  CHECK(asked.scale.id == "grades");
  CHECK(s.asked_as(s.questions.at(0), "comments").type == AnswerType::text);
  CHECK_FALSE(s.asked_as(s.questions.at(0), "actions").required);

  const AuditRecord& r = p.audits.at(0);
  const Answer* waiting = r.find_answer("waiting");
  REQUIRE(waiting);
  REQUIRE(waiting->values.size() == 4);  // the evidence column is not answered
  CHECK(waiting->values[0].column == "comments");
  CHECK(waiting->values[0].text.markdown == "Every case had a risk note.");
  CHECK(waiting->values[2].column == "grade");
  CHECK(waiting->values[2].values == std::vector<std::string>{"good"});
  CHECK(waiting->values[3].values == std::vector<std::string>{"yes"});
  // The worst grade of the grade column: records is poor.
  CHECK(r.judgement == "poor");
  CHECK(r.judgement_computed);
}

TEST_CASE("typed parallel columns in records: a grade off the column's scale, a missing required column, an answer to the evidence column") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", test::typed_columns_framework());
  t.file("content/audits/r1.yaml", R"(id: r1
framework: f
template: review
header: { service: North, date: 2026-03-02 }
answers:
  waiting: { comments: "Fine.", grade: goood, seen: "yes" }
  records: { actions: "Chase.", grade: poor, seen: "no", evidence: "Files." }
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("r1.yaml:6:40: error: 'goood' is not on scale 'grades' (question 'waiting')"));
  CHECK(t.has("hint: did you mean 'good'?"));
  CHECK(t.has("r1.yaml:7:12: error: question 'records' has no answer in column 'comments'"));
  CHECK_FALSE(t.has("in column 'actions'"));  // optional
  CHECK(t.has("r1.yaml:7:58: error: unknown key 'evidence' in answer"));
}

TEST_CASE("typed parallel columns: mistakes in the template reported where they are written") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: t
  title: T
  kind: other
  sections:
    - id: a
      title: A
      columns:
        - { id: c1, scale: yn }
        - { id: c2, type: rating }
        - { id: c3, shows: guidance, type: text }
        - { id: c4, type: rating, scale: yn }
      questions: [{ id: q1, text: Q, type: text }]
    - id: b
      title: B
      totals: true
      columns: [{ id: x }, { id: y }]
      questions: [{ id: q2, text: Q, type: text }]
    - id: c
      title: C
      columns:
        - { id: l, questions: [{ id: q3, text: Q, type: text }], type: text }
        - { id: r, questions: [{ id: q4, text: Q, type: text }] }
    - id: d
      title: D
      columns: [{ id: g1, shows: guidance }, { id: g2, shows: guidance }]
      questions: [{ id: q5, text: Q, type: text }]
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("all.yaml:11:28: error: column 'c1' has a 'scale' but no 'type'"));
  CHECK(t.has("all.yaml:12:27: error: column 'c2' of type rating needs a 'scale'"));
  CHECK(t.has("all.yaml:13:44: error: column 'c3' shows the questions' guidance, so it takes no answer"));
  CHECK(t.has("all.yaml:14:42: error: scale 'yn' is of kind 'choices', but a rating column needs a grades, levels or bands scale"));
  CHECK(t.has("all.yaml:18:15: error: 'totals' applies to a grid, or to parallel columns with a rating or choice column"));
  CHECK(t.has("all.yaml:24:72: error: 'type' applies to parallel columns, not to a column with questions of its own"));
  CHECK(t.has("error: every column of section 'd' shows guidance, so nothing is answered"));
}
