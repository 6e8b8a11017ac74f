// A template whose columns hold questions of their own: the page sets the columns next to each other, numbered on.
#include <doctest/doctest.h>

#include <regex>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("side-by-side columns: a titled list per column, numbered on from the column before") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: t
  title: T
  kind: case-audit
  sections:
    - id: first
      title: First
      questions:
        - { id: intro, text: "Before the columns", type: text }
    - id: s
      title: S
      columns:
        - id: talk
          title: Talking <with> the practitioner
          questions:
            - { id: story, text: "Tell me the story", type: text }
            - { id: worries, text: "What worries you?", type: text }
        - id: record
          title: From the record
          questions:
            - { id: chronology, text: "Chronology up to date?", type: choice, scale: yn }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const OutputTree& site = built.site;
  REQUIRE(site.has("f/templates/t.html"));
  const std::string& html = *site.find("f/templates/t.html");
  // Two columns, each with its escaped title and its own list, numbered as on the printed form.
  const auto grid = html.find("class=\"qaf-side-by-side\"");
  REQUIRE(grid != std::string::npos);
  const std::string part = html.substr(grid);
  CHECK(part.find("<th scope=\"col\">Talking &lt;with&gt; the practitioner</th>") != std::string::npos);
  const std::string text = std::regex_replace(part, std::regex("<[^>]*>"), "");
  const auto talk = text.find("2.1 Tell me the story"), record = text.find("2.3 Chronology up to date?");
  REQUIRE(talk != std::string::npos);
  REQUIRE(record != std::string::npos);
  CHECK(talk < record);
  CHECK(text.find("2.2 What worries you?") != std::string::npos);
  CHECK(html.find(">2. S</h2>") != std::string::npos);  // the section's heading carries its number
  // Not described as parallel columns, where each question is answered in every column.
  CHECK(html.find("Each question is answered in these columns") == std::string::npos);
}
