// Links from a site page, which belongs to no framework, name the framework first; rule, body and indicator links reach their pages.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("a site page links into a framework by naming it first; rule, body and indicator links land on them") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: tm, title: Team manager }
templates:
  - id: visit
    title: Visit audit
    kind: other
    sections:
      - id: s
        title: The visit
        questions:
          - { id: seen, text: "Was the child seen?", type: text }
rules:
  deadlines:
    - { id: within-30, max_days: 30 }
  case_events:
    - { id: missing, event: A child goes missing, notify: [tm], within: 1 hour }
bodies:
  - { id: board, title: Quality board }
indicators:
  - { id: re-referrals, title: Re-referrals within a year, unit: percentage }
)");
  t.file("frameworks/f/pages/intro.md", "---\ntitle: Introduction\n---\nSee [the deadline](rule:within-30).\n");
  t.file("content/examples.md", "---\ntitle: Examples\n---\n"
         "[form](template:f/visit) [question](question:f/visit/seen) [role](role:f/tm) "
         "[rule](rule:f/within-30) [intro](page:f/intro) [board](body:f/board) [kpi](indicator:f/re-referrals) "
         "[event](rule:f/missing)\n");
  const test::BuiltSite built = test::build_test_site(t);
  REQUIRE(!built.diags.has_errors());
  const std::string& page = *built.site.find("pages/examples.html");
  CHECK(page.find("href=\"../f/templates/visit.html\"") != std::string::npos);
  CHECK(page.find("href=\"../f/templates/visit.html#q-seen\"") != std::string::npos);
  CHECK(page.find("href=\"../f/roles.html#role-tm\"") != std::string::npos);
  CHECK(page.find("href=\"../f/rules.html#rule-within-30\"") != std::string::npos);
  CHECK(page.find("href=\"../f/pages/intro.html\"") != std::string::npos);
  CHECK(page.find("href=\"../f/bodies.html#body-board\"") != std::string::npos);
  CHECK(page.find("href=\"../f/indicators.html#indicator-re-referrals\"") != std::string::npos);
  CHECK(page.find("href=\"../f/rules.html#rule-missing\"") != std::string::npos);
  // Each target is there on its page (the build's own link check would also refuse a missing one).
  CHECK(built.site.find("f/bodies.html")->find("id=\"body-board\"") != std::string::npos);
  CHECK(built.site.find("f/indicators.html")->find("id=\"indicator-re-referrals\"") != std::string::npos);
  CHECK(built.site.find("f/rules.html")->find("id=\"rule-within-30\"") != std::string::npos);
  CHECK(built.site.find("f/rules.html")->find("id=\"rule-missing\"") != std::string::npos);
  const std::string& intro = *built.site.find("f/pages/intro.html");
  CHECK(intro.find("href=\"../../f/rules.html#rule-within-30\"") != std::string::npos);
}
