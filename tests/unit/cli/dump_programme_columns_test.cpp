// qaf dump: a programme's columns (one per service area) and each entry's cells by column id.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../load/test_project.hpp"
#include "render/model_json.hpp"

using namespace qaf;

TEST_CASE("the dump keeps a programme's columns in order and each entry's cells under every column's id") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: by-service
    title: Focus by service
    kind: focus
    columns:
      - { id: in-care, title: Children in care }
      - { id: protection, title: Child protection }
    entries:
      - { period: 2018-02, cells: { protection: ["Core groups"] } }
  - id: plain
    title: Focus
    kind: focus
    entries:
      - { period: April, items: ["Neglect"] }
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const auto j = nlohmann::ordered_json::parse(model_to_json(p));
  const auto& progs = j["frameworks"][0]["programmes"];
  const auto& cols = progs[0]["columns"];
  REQUIRE(cols.size() == 2);
  CHECK(cols[0]["id"] == "in-care");
  CHECK(cols[1]["title"] == "Child protection");
  const auto& cells = progs[0]["entries"][0]["cells"];
  CHECK(cells.begin().key() == "in-care");
  CHECK(cells["in-care"].empty());
  CHECK(cells["protection"][0] == "Core groups");
  CHECK_FALSE(progs[1].contains("columns"));
  CHECK_FALSE(progs[1]["entries"][0].contains("cells"));
}
