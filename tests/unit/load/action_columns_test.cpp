// The actions table's columns: an initials column, read from records.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

TEST_CASE("an actions table may have an initials column, and a record's initials are read") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", R"(template:
  id: audit
  title: Audit
  kind: case-audit
  header:
    - { id: team, label: Team, role: team }
    - { id: date, label: Date, type: date, role: audit-date }
  sections:
    - id: s
      title: Notes
      questions: [{ id: note, text: Note, type: text }]
    - id: actions
      title: Actions
      kind: actions
      columns: [{ id: action }, { id: completed, required: false }, { id: initials, required: false }]
)");
  t.file("content/audits/a1.yaml", R"(id: a1
framework: f
template: audit
header: { team: North, date: 2026-03-02 }
answers: { note: Fine }
actions:
  - { action: Update the chronology, completed: 2026-03-20, initials: JB }
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Template& tpl = *p.frameworks[0].find_template("audit");
  REQUIRE(tpl.sections.at(1).table_columns.size() == 3);
  CHECK(tpl.sections.at(1).table_columns[2].title == "Initials");
  CHECK(p.audits.at(0).actions.at(0).initials == "JB");
}

TEST_CASE("columns share a group heading when they stand together; a group split by another column is an error") {
  auto project = [](const std::string& columns) {
    return R"(template:
  id: audit
  title: Audit
  kind: case-audit
  header:
    - { id: team, label: Team, role: team }
  sections:
    - id: s
      title: Notes
      questions: [{ id: note, text: Note, type: text }]
    - id: actions
      title: Actions
      kind: actions
      columns:
)" + columns;
  };
  TempProject good;
  good.file("frameworks/f/framework.yaml", meta());
  good.file("frameworks/f/audit.yaml", project("        - { id: action, group: By the auditor }\n"
                                               "        - { id: due, group: By the auditor }\n"
                                               "        - { id: completed, required: false, group: At supervision }\n"
                                               "        - { id: initials, required: false }\n"));
  Project p = good.load();
  REQUIRE_MESSAGE(!good.diags.has_errors(), good.output());
  const auto spans = column_groups(p.frameworks[0].find_template("audit")->sections.at(1).table_columns);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].first == 0);
  CHECK(spans[0].count == 2);
  CHECK(spans[0].title == "By the auditor");
  CHECK(spans[1].first == 2);
  CHECK(spans[1].count == 1);

  TempProject split;
  split.file("frameworks/f/framework.yaml", meta());
  split.file("frameworks/f/audit.yaml", project("        - { id: action, group: By the auditor }\n"
                                                "        - { id: completed, required: false, group: At supervision }\n"
                                                "        - { id: due, group: By the auditor }\n"));
  split.load();
  CHECK(split.has("frameworks/f/audit.yaml:17:11: error: column 'due' is in group 'By the auditor', which another column has already split"));

  TempProject questions;
  questions.file("frameworks/f/framework.yaml", meta());
  questions.file("frameworks/f/audit.yaml", R"(template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: s
      title: Notes
      columns: [{ id: a, title: A, group: G }, { id: b, title: B }]
      questions: [{ id: note, text: Note, type: text }]
)");
  questions.load();
  CHECK(questions.has("'group' applies to the columns of an actions or table section"));
}
