// The skills page: a skill's named parts are listed under it, and levels with no name are headed by their number alone.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("a skill made of named parts lists them under its title; unnamed levels read '1', not '1 '") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/scales.yaml", R"(scales:
  - { id: five, title: Five levels, kind: levels, levels: [{ value: 1 }, { value: 2, label: Strong }] }
)");
  t.file("frameworks/f/skills.yaml", R"(skill_set:
  id: set
  title: Skills
  scale: five
  skills:
    - id: relating
      title: Relating
      components:
        - { title: Collaboration, description: "Works *with* the family" }
        - { title: Empathy }
      levels:
        1: [Talks over the family]
        2: [Hears the family out]
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Skill& sk = *p.frameworks[0].find_skill("relating");
  REQUIRE(sk.components.size() == 2);
  CHECK(sk.components[1].title == "Empathy");
  CHECK(sk.components[1].description.empty());
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/skills/set.html");
  CHECK(page.find("<dt class=\"qaf-summary-list__key\">Collaboration</dt><dd class=\"qaf-summary-list__value\">Works "
                  "<em>with</em> the family</dd>") != std::string::npos);
  CHECK(page.find("<dt class=\"qaf-summary-list__key\">Empathy</dt>") != std::string::npos);
  CHECK(page.find("Made up of:") < page.find("Collaboration"));
  CHECK(page.find("<th scope=\"row\">1</th>") != std::string::npos);
  CHECK(page.find("<th scope=\"row\">2 Strong</th>") != std::string::npos);
  CHECK(page.find("<dt class=\"qaf-summary-list__key\">1</dt>") != std::string::npos);
}
