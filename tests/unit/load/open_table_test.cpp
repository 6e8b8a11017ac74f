// Open tables (`kind: table`): typed columns in the template, rows in records, each cell read as its column's type.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

const char* kTemplate = R"(scales:
  - { id: si, title: SI, kind: choices, options: [{ id: strength, label: Strength }, { id: improve, label: Area for improvement }] }
template:
  id: review
  title: Review
  kind: service-review
  sections:
    - id: learning
      title: Key learning points
      kind: table
      rows: 3
      columns:
        - { id: point, title: Learning point, required: true }
        - { id: finding, title: Finding, type: choice, scale: si }
        - { id: audits, title: Audits, type: number }
        - { id: by, title: By, type: date }
    - id: people
      title: People interviewed
      kind: table
      columns:
        - { id: name }
)";

std::string record(const std::string& tables) {
  return "id: r1\nframework: f\ntemplate: review\ntables:\n" + tables;
}

}  // namespace

TEST_CASE("a table section reads typed columns and its blank rows") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/review.yaml", kTemplate);
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Template& tpl = *p.frameworks[0].find_template("review");
  const Section& learning = tpl.sections.at(0);
  CHECK(learning.kind == SectionKind::table);
  CHECK(learning.blank_rows == 3);
  REQUIRE(learning.table_columns.size() == 4);
  CHECK(learning.table_columns[0].required);
  CHECK(!learning.table_columns[1].required);  // a table's cells are optional unless said
  CHECK(learning.table_columns[1].type == AnswerType::choice);
  CHECK(learning.table_columns[1].scale.id == "si");
  CHECK(learning.table_columns[2].type == AnswerType::number);
  CHECK(learning.table_columns[3].type == AnswerType::date);
  CHECK(tpl.sections.at(1).blank_rows == 5);
  CHECK(tpl.sections.at(1).table_columns.at(0).title == "name");  // the id when there is no title
}

TEST_CASE("a record gives each table its rows, each cell read as its column's type") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/review.yaml", kTemplate);
  t.file("content/audits/r1.yaml", record(R"(  learning:
    - { point: Plans are shared early., finding: Strength, audits: 9, by: 2026-05-01 }
    - { point: Analysis repeats the history., finding: improve }
  people: []
)"));
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  REQUIRE(p.audits.size() == 1);
  const TableEntry* learning = p.audits[0].find_table("learning");
  REQUIRE(learning);
  REQUIRE(learning->rows.size() == 2);
  const TableRow& first = learning->rows[0];
  CHECK(first.cell("point")->text.markdown == "Plans are shared early.");
  CHECK(first.cell("finding")->values == std::vector<std::string>{"strength"});  // normalised to the option id
  CHECK(first.cell("audits")->number == 9.0);
  CHECK(first.cell("by")->values == std::vector<std::string>{"2026-05-01"});
  CHECK(learning->rows[1].cell("audits")->values.empty());
  REQUIRE(p.audits[0].find_table("people"));
  CHECK(p.audits[0].find_table("people")->rows.empty());
}

TEST_CASE("table rows: unknown tables and columns, wrong cells and missing required cells are errors at the row") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/review.yaml", kTemplate);
  t.file("content/audits/r1.yaml", record(R"(  learning:
    - { point: A point., finding: maybe, audits: many, by: soon }
    - { finding: strength, poin: Misspelt. }
  learnin: []
  people: { name: Alex }
)"));
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("content/audits/r1.yaml:6:35: error: 'maybe' is not on scale 'si' (column 'finding' of table 'learning')"));
  CHECK(t.has("content/audits/r1.yaml:6:50: error: the answer to column 'audits' of table 'learning' must be a number, not 'many'"));
  CHECK(t.has("content/audits/r1.yaml:6:60: error: 'soon' is not a date (column 'by' of table 'learning')"));  // 'soon' is not a date
  CHECK(t.has("content/audits/r1.yaml:7:28: error: unknown key 'poin' in table-row"));
  CHECK(t.has("content/audits/r1.yaml:7:7: error: a row of table 'learning' has no 'point' (Learning point)"));
  CHECK(t.has("content/audits/r1.yaml:8:3: error: unknown table section 'learnin'"));
  CHECK(t.has("content/audits/r1.yaml:9:11: error: the rows of table 'people' must be a list, not a map"));
}

TEST_CASE("a table's columns: choice needs a scale, others have none; actions columns take no type") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/review.yaml", R"(template:
  id: review
  title: Review
  kind: service-review
  sections:
    - id: s
      title: S
      columns: [{ id: a, type: text }, { id: b }]
      questions:
        - { id: q, text: Q, type: text }
    - id: learning
      title: Learning
      kind: table
      columns:
        - { id: finding, type: choice }
        - { id: point, scale: si }
    - id: empty
      title: Empty
      kind: table
    - id: actions
      title: Actions
      kind: actions
      columns: [{ id: due, type: text }]
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  // A questions section's parallel column may be answered its own way (typed_columns_test.cpp).
  CHECK_FALSE(t.has("review.yaml:8:"));
  CHECK(t.has("frameworks/f/review.yaml:15:11: error: column 'finding' of type choice needs a 'scale'"));
  CHECK(t.has("frameworks/f/review.yaml:16:31: error: only choice columns have a 'scale'"));
  CHECK(t.has("frameworks/f/review.yaml:17:7: error: table section 'empty' has no 'columns'"));
  CHECK(t.has("frameworks/f/review.yaml:23:34: error: 'type' does not apply to an actions column"));
  CHECK(t.diags.error_count() == 4);
}
