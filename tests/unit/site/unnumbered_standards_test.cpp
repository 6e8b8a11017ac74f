// Standards the council wrote without numbers: kept by id for links, shown by title alone on the site.
#include <doctest/doctest.h>

#include <regex>

#include "site_fixture.hpp"

using namespace qaf;

namespace {

const char* kStandards = R"(standards:
  - id: "1"
    title: Numbered
    standards:
      - { id: "1.1", title: Visits, text: "I visit." }
  - id: promises
    title: Our promises
    numbered: false
    standards:
      - { id: promise-heard, title: Heard <in> their words, text: "Every child is heard." }
      - { id: promise-plan, title: A plan to read, text: "Every child has a plan they can read." }
template:
  id: t
  title: T
  kind: case-audit
  sections:
    - id: s
      title: S
      questions:
        - { id: q, text: "Is the child heard?", type: text, standards: ["1.1", promise-heard] }
)";

std::string strip_tags(const std::string& html) { return std::regex_replace(html, std::regex("<[^>]*>"), ""); }

}  // namespace

TEST_CASE("an unnumbered section: no number on its heading or its standards; links name the standard's title") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", kStandards);
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/standards.html");
  // The numbered section keeps its numbers.
  CHECK(page.find(">1. Numbered</h2>") != std::string::npos);
  CHECK(page.find("<span class=\"qaf-standard__number\">1.1</span> Visits") != std::string::npos);
  // The unnumbered one shows titles alone, escaped; the ids stay as anchors.
  CHECK(page.find(">Our promises</h2>") != std::string::npos);
  CHECK(page.find("id=\"standard-promise-heard-title\">Heard &lt;in&gt; their words</h3>") != std::string::npos);
  CHECK(page.find("promises. Our promises") == std::string::npos);
  CHECK(strip_tags(page).find("promise-heard") == std::string::npos);
  CHECK(strip_tags(page).find("promise-plan") == std::string::npos);

  const std::string& form = *built.site.find("f/templates/t.html");
  CHECK(form.find(">Standard 1.1</a>") != std::string::npos);
  CHECK(form.find("#standard-promise-heard\">Heard &lt;in&gt; their words</a>") != std::string::npos);
  CHECK(form.find("Standard promise-heard") == std::string::npos);
}

TEST_CASE("load: a standard without a number needs a title") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/standards.yaml", R"(standards:
  - id: promises
    title: Our promises
    numbered: false
    standards:
      - { id: promise-heard, text: "Every child is heard." }
)");
  t.load();
  CHECK(t.has("standards.yaml:6:9: error: standard 'promise-heard' has no number to show (its section says "
              "'numbered: false'), so it needs a 'title'"));
  CHECK(t.has("hint: give it a short title"));
}
