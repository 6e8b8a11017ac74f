// Questions in parts and side-by-side cells left blank: read into the model, numbered, answered part by part, errors placed.
#include <doctest/doctest.h>

#include <algorithm>

#include "question_parts_fixture.hpp"
#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

TEST_CASE("a question in parts: each part a question of its own, taking the stem's type, scale and comment") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", test::question_parts_framework());
  t.file("content/audits/r1.yaml", test::question_parts_record());
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Template& tpl = *p.frameworks.at(0).find_template("conv");
  // The stem is not a question; its parts are, in order, in the stem's column.
  CHECK(tpl.find_question("clear") == nullptr);
  const Question* family = tpl.find_question("clear-family");
  const Question* worker = tpl.find_question("clear-worker");
  const Question* carers = tpl.find_question("clear-carers");
  REQUIRE(family);
  REQUIRE(worker);
  REQUIRE(carers);
  CHECK(family->part == 1);
  CHECK(carers->part == 3);
  CHECK(family->stem_id == "clear");
  CHECK(family->stem.markdown == "Is the plan clear about:");
  CHECK(family->stem_guidance.markdown == "Answer every part.");
  CHECK(family->guidance.empty());  // the stem's notes are printed once, with the stem
  CHECK(family->column == "record");
  CHECK(family->type == AnswerType::choice);
  CHECK(family->scale.id == "ynp");
  CHECK(family->comment);
  CHECK_FALSE(worker->comment);  // a part overrides what it gives
  CHECK_FALSE(carers->required);
  REQUIRE(carers->when);
  CHECK(carers->own_condition);
  CHECK(carers->when->label == "Children in care only");
  CHECK_FALSE(family->when);
  CHECK(carers->part_label() == "(c)");
  CHECK(family->full_markdown() == "Is the plan clear about: what the family will do?");

  // One numbering: the stem takes the next number, its parts share it with a letter. Side-by-side
  // columns number down the first column, then on down the next.
  CHECK(tpl.question_number("walk") == "1.1");
  CHECK(tpl.question_number("working") == "1.2");
  CHECK(tpl.question_number("clear") == "1.3");
  CHECK(tpl.question_number("clear-family") == "1.3(a)");
  CHECK(tpl.question_number("clear-carers") == "1.3(c)");
  CHECK(tpl.question_number("reviewed") == "1.4");
  CHECK(tpl.question_number("visits-alone") == "2.1(b)");
  CHECK(tpl.question_reference(*carers) == "question 1.3(c)");

  // Rows as the author wrote them: the talk column's second cell is blank; the parts share a cell.
  const Section& plan = tpl.sections.at(0);
  CHECK(plan.columns.at(0).cells == std::vector<std::string>{"walk", "", "working"});
  CHECK(plan.columns.at(1).cells == std::vector<std::string>{"clear", "reviewed", "outcomes"});
  const auto rows = plan.side_by_side_rows();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][0].size() == 1);
  CHECK(rows[0][1].size() == 3);  // the three parts of "clear", beside "walk"
  CHECK(rows[1][0].empty());      // left blank
  CHECK(rows[1][1].at(0)->id == "reviewed");
  CHECK(rows[2][0].at(0)->id == "working");
  CHECK(rows[2][1].at(0)->id == "outcomes");

  // Each part answered on its own.
  const AuditRecord& r = p.audits.at(0);
  REQUIRE(r.find_answer("clear-family"));
  CHECK(r.find_answer("clear-family")->values.at(0).values == std::vector<std::string>{"yes"});
  CHECK(r.find_answer("clear-family")->comment.markdown == "Named tasks for each parent.");
  CHECK(r.find_answer("visits-alone")->values.at(0).values == std::vector<std::string>{"no"});
}

TEST_CASE("questions in parts and blank cells: mistakes reported where they are written") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: t
  title: T
  kind: case-audit
  sections:
    - id: s
      title: S
      columns:
        - id: a
          questions:
            - { id: q1, text: Q1, type: text }
            - { blank: false }
        - id: b
          questions:
            - { blank: true }
            - id: only
              text: "Only one:"
              type: choice
              scale: yn
              when: { label: Sometimes }
              parts:
                - { id: p1, text: "part", when: { label: Other times } }
    - id: t2
      title: T2
      questions:
        - id: dup
          text: "Stem"
          type: rating
          parts:
            - { id: q1, text: "part one" }
            - { id: d2, text: "part two", type: text }
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("all.yaml:14:24: error: 'blank' can only be true"));
  CHECK(t.has("hint: write '{ blank: true }' for a cell left empty, or remove the entry"));
  CHECK(t.has("all.yaml:24:17: error: question 'only' has only one part"));
  CHECK(t.has("hint: a question in parts has two or more"));
  CHECK(t.has("all.yaml:24:49: error: part 'p1' has a condition of its own, but question 'only' has one for all its parts"));
  CHECK(t.has("all.yaml:28:11: error: question 'dup' of type rating needs a 'scale'"));
  CHECK(t.has("all.yaml:32:15: error: duplicate question id 'q1' in template 't'"));
  // A part that sets its own type is checked as a question (a text part, no scale to carry).
  CHECK_FALSE(t.has("part 'd2'"));
}

TEST_CASE("a record answers a question's parts, not the question in parts") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", test::question_parts_framework());
  std::string record = test::question_parts_record();
  record += "  visits: \"yes\"\n";
  t.file("content/audits/r1.yaml", record);
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("r1.yaml:15:3: error: question 'visits' is asked in parts, and each part is answered on its own"));
  CHECK(t.has("hint: answer 'visits-often' and 'visits-alone' instead"));
}

TEST_CASE("a feedback source's question is not asked in parts") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(template:
  id: t
  title: T
  kind: case-audit
  sections:
    - id: fb
      title: Feedback
      kind: feedback
      sources:
        - id: parent
          title: Parent
          questions:
            - { id: q, text: Q, type: text, parts: [{ id: a, text: A }, { id: b, text: B }] }
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("all.yaml:13:52: error: a feedback question is not asked in parts"));
}
