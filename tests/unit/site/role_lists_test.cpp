// Role lists read as a sentence on the rules page: "A", "A and B", "A, B and C", each role a link.
#include <doctest/doctest.h>

#include <regex>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("roles to tell are listed with commas and 'and'") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(scales:
  - id: grades
    title: Grades
    kind: grades
    grades:
      - { id: good, label: Good, code: 1 }
      - { id: ri, label: Requires improvement, code: 2 }
      - { id: poor, label: Poor, code: 3 }
roles:
  - { id: a, title: Team manager }
  - { id: b, title: Service manager }
  - { id: c, title: Head of service }
rules:
  escalation:
    - { id: one, scale: grades, grade: good, notify: [a] }
    - { id: two, scale: grades, grade: ri, notify: [a, b], within: 5 days }
    - { id: three, scale: grades, grade: poor, notify: [a, b, c], within: 1 day }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const OutputTree& site = built.site;
  REQUIRE(site.has("f/rules.html"));
  // The page's text with the tags taken out, one rule to a line.
  const std::string text = std::regex_replace(*site.find("f/rules.html"), std::regex("<[^>]*>"), "");
  CHECK(text.find("tell Team manager.") != std::string::npos);
  CHECK(text.find("tell Team manager and Service manager within 5 days.") != std::string::npos);
  CHECK(text.find("tell Team manager, Service manager and Head of service within 1 day.") != std::string::npos);
  const std::string& html = *site.find("f/rules.html");
  INFO(html.substr(html.find("Head of service") - 60, 80));
  CHECK(html.find(">Head of service</a>") != std::string::npos);
  CHECK(html.find("#role-c\"") != std::string::npos);
}
