// A form due on a programme's day says so at the top of its page, with a link to the programme.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("the template page says when the form is due, linking to the programme") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: week
    title: Practice <week>
    kind: timeline
    entries:
      - { day: 4, items: [Summaries sent] }
)");
  t.file("frameworks/f/templates/summary.yaml", R"(template:
  id: summary
  title: Summary
  kind: feedback-summary
  due: { programme: week, day: 4, time: "17:00" }
  sections:
    - id: s
      title: S
      questions:
        - { id: q, text: "What did you see?", type: text }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/templates/summary.html");
  CHECK(html.find("<p class=\"qaf-due\"><strong>Due by 5 p.m. on Day 4 of Practice &lt;week&gt;.</strong> "
                  "<a href=\"../../f/programmes.html#programme-week\">See the programme</a></p>") != std::string::npos);
  REQUIRE(built.site.has("f/programmes.html"));
  CHECK(built.site.find("f/programmes.html")->find("id=\"programme-week\"") != std::string::npos);
}
