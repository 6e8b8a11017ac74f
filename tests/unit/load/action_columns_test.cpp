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
