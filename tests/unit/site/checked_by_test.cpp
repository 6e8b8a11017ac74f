// Rubric pages list the questions that check an area grouped by template: each template once, its questions together.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

namespace {
std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("questions that check a rubric area are grouped under their template, in the order first met") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/rubric.yaml", R"(rubric:
  id: wgll
  title: What good looks like
  shape: measures
  areas:
    - { id: seeing, title: Seeing children, good: Seen alone, measured: Case audit }
)");
  // Two questions of the first template and one of the second check the same area.
  for (const std::string id : {"first", "second"})
    t.file("frameworks/f/" + id + ".yaml", "template:\n  id: " + id + "\n  title: Template " + id +
                                              "\n  kind: case-audit\n  sections:\n    - id: s\n      title: S\n"
                                              "      questions:\n"
                                              "        - { id: a, text: \"Seen alone?\", type: text, rubric_areas: [wgll/seeing] }\n" +
                                              (id == "first" ? "        - { id: b, text: \"Seen often?\", type: text, "
                                                               "rubric_areas: [wgll/seeing] }\n"
                                                             : ""));
  const test::BuiltSite built = test::build_test_site(t);
  REQUIRE(built.site.has("f/rubrics/wgll.html"));
  const std::string& whole = *built.site.find("f/rubrics/wgll.html");
  const std::size_t from = whole.find("Checked by:");
  REQUIRE(from != std::string::npos);
  const std::string page = whole.substr(from, whole.find("</ul>", from) - from);
  INFO(page);
  CHECK(occurrences(page, ">Template first</a>, questions ") == 1);
  CHECK(occurrences(page, ">Template first</a>") == 1);
  CHECK(occurrences(page, ">Template second</a>, question ") == 1);
  CHECK(page.find(">Template first</a>") < page.find(">Template second</a>"));
  CHECK(occurrences(page, "first.html#q-a\"") == 1);
  CHECK(occurrences(page, "first.html#q-b\"") == 1);
}
