// An open table on the template page: its columns with their types and a choice column's options, escaped.
#include <doctest/doctest.h>

#include <regex>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("a table section lists its columns, each with its type, and its blank rows") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(scales:
  - { id: si, title: SI, kind: choices, options: [{ id: strength, label: Strength }, { id: improve, label: "Area <for> improvement" }] }
template:
  id: t
  title: T
  kind: service-review
  sections:
    - id: learning
      title: Key learning points
      kind: table
      rows: 7
      columns:
        - { id: point, title: "Learning & point" }
        - { id: finding, title: Finding, type: choice, scale: si }
        - { id: by, title: By, type: date }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/templates/t.html");
  const auto at = html.find("id=\"section-learning\"");
  REQUIRE(at != std::string::npos);
  const std::string part = html.substr(at);
  CHECK(part.find("Learning &amp; point") != std::string::npos);
  CHECK(part.find("Area &lt;for&gt; improvement") != std::string::npos);
  const std::string text = std::regex_replace(part, std::regex("<[^>]*>"), "");
  CHECK(text.find("(7 blank rows on the printed form)") != std::string::npos);
  CHECK(text.find("Finding: Choice") != std::string::npos);
  CHECK(text.find("By: Date") != std::string::npos);
}

TEST_CASE("the template page lists an actions table's columns under their group headings") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/audit.yaml", R"(template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: s
      title: Notes
      questions: [{ id: note, text: Note, type: text }]
    - id: actions
      title: Actions
      kind: actions
      columns:
        - { id: action, group: "Filled in by the auditor & manager" }
        - { id: due, group: "Filled in by the auditor & manager" }
        - { id: completed, required: false, group: Filled in at supervision }
        - { id: outcome, required: false }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/templates/audit.html");
  const std::size_t first = page.find("<p class=\"qaf-column-group\">Filled in by the auditor &amp; manager:</p>");
  const std::size_t second = page.find("<p class=\"qaf-column-group\">Filled in at supervision:</p>");
  REQUIRE(first != std::string::npos);  // escaped, once
  REQUIRE(second != std::string::npos);
  CHECK(page.find("qaf-column-group\">Filled in by the auditor", first + 11) == std::string::npos);
  CHECK(first < page.find("<li>By when</li>"));
  CHECK(page.find("<li>By when</li>") < second);
  CHECK(second < page.find("<li>Completed</li>"));
  // The last column is in no group: its list has no heading of its own.
  const std::size_t outcome = page.find("<li>Outcome</li>");
  REQUIRE(outcome != std::string::npos);
  CHECK(page.rfind("qaf-column-group", outcome) == second + std::string("<p class=\"").size());
  CHECK(page.find("</ul>", page.find("<li>Completed</li>")) < outcome);
}
