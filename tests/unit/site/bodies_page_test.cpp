// The bodies page: one section per body with chair, meetings, reporting line and members; roles linked, words escaped.
#include <doctest/doctest.h>

#include <regex>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("each body has its own section: roles link to the roles page, words are escaped, reports_to links to the body") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: hos, title: Head of service }
  - { id: psw, title: Principal social worker }
bodies:
  - id: board
    title: QA board
    purpose: Looks at what *audits* find.
    chair: hos
    members: [psw, "Health & police <partners>"]
    meets: { count: 1, per: month }
  - id: forum
    title: Practice forum
    chair: "The Director"
    meets: { every: 6, per: week, note: Dates set each April }
    reports_to: [board, psw]
)");
  const test::BuiltSite built = test::build_test_site(t);
  const OutputTree& site = built.site;
  REQUIRE(site.has("f/bodies.html"));
  const std::string& html = *site.find("f/bodies.html");
  CHECK(html.find("id=\"body-board\"") != std::string::npos);
  CHECK(html.find("id=\"body-forum\"") != std::string::npos);
  CHECK(html.find("<em>audits</em>") != std::string::npos);
  CHECK(html.find("<a href=\"../f/roles.html#role-hos\">Head of service</a>") != std::string::npos);
  CHECK(html.find("Health &amp; police &lt;partners&gt;") != std::string::npos);
  CHECK(html.find("<partners>") == std::string::npos);
  const std::string text = std::regex_replace(html, std::regex("<[^>]*>"), "");
  CHECK(text.find("1 a month") != std::string::npos);
  CHECK(text.find("Every 6 weeks. Dates set each April") != std::string::npos);
  CHECK(text.find("QA board and Principal social worker") != std::string::npos);
  CHECK(html.find("href=\"../f/bodies.html#body-board\"") != std::string::npos);
  CHECK(html.find("The Director") != std::string::npos);
  // The overview lists the page among the framework's parts.
  const std::string& overview = *site.find("f/index.html");
  CHECK(overview.find("href=\"../f/bodies.html\"") != std::string::npos);
}

TEST_CASE("a framework with no bodies has no bodies page") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/roles.yaml", "roles:\n  - { id: hos, title: Head of service }\n");
  const test::BuiltSite built = test::build_test_site(t);
  CHECK_FALSE(built.site.has("f/bodies.html"));
  CHECK(built.site.has("f/roles.html"));
}
