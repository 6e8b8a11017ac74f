// A focus programme with a column per service area: columns, and each entry's items per column.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

std::vector<std::string> markdown(const std::vector<Text>& texts) {
  std::vector<std::string> out;
  for (const Text& t : texts) out.push_back(t.markdown);
  return out;
}

}  // namespace

TEST_CASE("a focus programme's columns, and each entry's cells in the columns' order, blank where left out") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: by-service
    title: Focus by service
    kind: focus
    columns:
      - { id: in-care, title: Children in care }
      - { id: protection, title: Child protection }
    entries:
      - period: 2018-01
        cells:
          protection: ["Strategy discussions"]
          in-care: ["Visits", "Health assessments"]
      - period: 2018-02
        cells: { protection: ["Core groups"] }
      - period: 2018-03
        cells: { in-care: ["Reviews"], protection: [] }
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Programme& prog = p.frameworks.at(0).programmes.at(0);
  REQUIRE(prog.columns.size() == 2);
  CHECK(prog.columns[0].id == "in-care");
  CHECK(prog.columns[0].title == "Children in care");
  CHECK(prog.columns[1].title == "Child protection");
  REQUIRE(prog.entries.size() == 3);
  const ProgrammeEntry& jan = prog.entries[0];
  CHECK(jan.items.empty());
  REQUIRE(jan.cells.size() == 2);
  CHECK(markdown(jan.cells[0]) == std::vector<std::string>{"Visits", "Health assessments"});
  CHECK(markdown(jan.cells[1]) == std::vector<std::string>{"Strategy discussions"});
  REQUIRE(prog.entries[1].cells.size() == 2);
  CHECK(prog.entries[1].cells[0].empty());
  CHECK(markdown(prog.entries[1].cells[1]) == std::vector<std::string>{"Core groups"});
  CHECK(markdown(prog.entries[2].cells[0]) == std::vector<std::string>{"Reviews"});
  CHECK(prog.entries[2].cells[1].empty());
}

TEST_CASE("a programme without columns keeps 'items', and its entries have no cells") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: plain
    title: Focus
    kind: focus
    entries:
      - { period: April, items: ["Neglect"] }
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const ProgrammeEntry& e = p.frameworks.at(0).programmes.at(0).entries.at(0);
  CHECK(markdown(e.items) == std::vector<std::string>{"Neglect"});
  CHECK(e.cells.empty());
}

TEST_CASE("column errors: items with columns, an unknown column with a suggestion, cells without columns, "
          "empty cells, no items at all, a duplicate column, columns on a frequency programme") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", "roles:\n  - { id: psw, title: PSW }\n");
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: by-service
    title: Focus by service
    kind: focus
    columns:
      - { id: in-care, title: Children in care }
      - { id: protection, title: Child protection }
      - { id: in-care, title: Again }
    entries:
      - { period: 2018-01, items: ["Visits"] }
      - { period: 2018-02, cells: { protecton: ["Core groups"], in-care: ["Plans"] } }
      - { period: 2018-03, cells: { in-care: [] } }
      - { period: 2018-04 }
      - { period: 2018-05, cells: {} }
  - id: plain
    title: Focus
    kind: focus
    entries:
      - { period: April, cells: { a: ["Neglect"] } }
      - { period: May }
  - id: freq
    title: How often
    kind: frequency
    columns: [{ id: a, title: A }]
    rows:
      - { role: psw, activity: Audits, count: 1, per: month }
)");
  t.load();
  INFO(t.output());
  CHECK(t.has("programmes.yaml:8:15: error: duplicate column 'in-care' in programme 'by-service'"));
  CHECK(t.has("programmes.yaml:10:35: error: programme 'by-service' has columns: give the entry's 'cells', not 'items'"));
  CHECK(t.has("programmes.yaml:11:37: error: unknown column 'protecton' in programme 'by-service'"));
  CHECK(t.has("did you mean 'protection'?"));
  CHECK(t.has("programmes.yaml:12:35: error: the entry's 'cells' list no items"));
  CHECK(t.has("programmes.yaml:13:9: error: an entry needs 'cells': the items under each column"));
  CHECK(t.has("and 1 more like this: frameworks/f/programmes.yaml:14:35"));  // an empty map lists no items too
  CHECK(t.has("programmes.yaml:19:33: error: 'cells' needs the programme's 'columns'"));
  CHECK(t.has("programmes.yaml:20:9: error: an entry needs 'items': what is done or looked at"));
  CHECK(t.has("programmes.yaml:24:14: error: a frequency programme has no 'columns'"));
  CHECK_FALSE(t.has("unknown key 'protecton'"));  // one error for one mistake
}
