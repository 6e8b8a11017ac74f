// Notifications about events in a case (not audits): read from rules, listed on the rules page with roles and outside bodies.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

namespace {

const char* kRules = R"(roles:
  - { id: sm, title: Service manager }
  - { id: psw, title: Principal <social> worker }
rules:
  case_events:
    - id: missing
      event: A child goes <missing>
      notify: [sm, psw]
      outside: [the police, Ofsted & co]
      within: the same day
      note: Start with the police.
    - id: medication
      event: A medication error
      outside: [the GP]
)";

}  // namespace

TEST_CASE("load: case events keep their roles, outside bodies and time") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/rules.yaml", kRules);
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const std::vector<CaseEventRule>& rules = p.frameworks.at(0).rules.case_events;
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].event == "A child goes <missing>");
  CHECK(ids_of(rules[0].notify) == std::vector<std::string>{"sm", "psw"});
  CHECK(rules[0].outside == std::vector<std::string>{"the police", "Ofsted & co"});
  CHECK(rules[0].within == "the same day");
  CHECK(case_event_recipients({"Service manager"}, rules[0]) ==
        std::vector<std::string>{"Service manager", "the police", "Ofsted & co"});
  CHECK(rules[1].notify.empty());
}

TEST_CASE("load: a case event tells someone, and names roles the framework has") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/rules.yaml", R"(roles:
  - { id: sm, title: Service manager }
rules:
  case_events:
    - { id: missing, event: A child goes missing }
    - { id: injury, event: A serious injury, notify: [sn] }
)");
  t.load();
  CHECK(t.has("rules.yaml:5:7: error: case event rule 'missing' tells no one"));
  CHECK(t.has("hint: list the roles to tell in 'notify', or the bodies outside the council in 'outside'"));
  CHECK(t.has("rules.yaml:6:55: error: unknown role 'sn'"));
}

TEST_CASE("site: the rules page lists case events, roles as links, outside bodies as words, all escaped") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/rules.yaml", kRules);
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/rules.html");
  CHECK(html.find("When something happens in a case</h2>") != std::string::npos);
  CHECK(html.find("<div class=\"qaf-rule\" id=\"rule-missing\">\n  <p><strong>A child goes &lt;missing&gt;</strong>: tell "
                  "<a href=\"../f/roles.html#role-sm\">Service manager</a>, <a href=\"../f/roles.html#role-psw\">Principal "
                  "&lt;social&gt; worker</a>, the police and Ofsted &amp; co within the same day.</p>") != std::string::npos);
  CHECK(html.find("<strong>A medication error</strong>: tell the GP.</p>") != std::string::npos);
  CHECK(html.find("Start with the police.") != std::string::npos);
}
