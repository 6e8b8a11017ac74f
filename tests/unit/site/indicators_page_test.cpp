// The performance indicators page: a section per indicator; owner and reviewers linked, words escaped.
#include <doctest/doctest.h>

#include <regex>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("each indicator has a section with its unit, direction, source, reporting, owner and reviewers") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: hos, title: Head of service }
bodies:
  - { id: board, title: QA board }
indicators:
  - id: re-referrals
    title: Re-referrals within 12 months
    description: Referrals about a child referred in the *year* before.
    unit: percentage
    better: lower
    source: "Performance & data <team>"
    reported: { count: 1, per: month }
    owner: hos
    reviewed_at: [board, hos]
  - { id: bare, title: Children in need }
)");
  const test::BuiltSite built = test::build_test_site(t);
  REQUIRE(built.site.has("f/indicators.html"));
  const std::string& html = *built.site.find("f/indicators.html");
  CHECK(html.find("id=\"indicator-re-referrals\"") != std::string::npos);
  CHECK(html.find("<em>year</em>") != std::string::npos);
  CHECK(html.find("Performance &amp; data &lt;team&gt;") != std::string::npos);
  CHECK(html.find("<a href=\"../f/roles.html#role-hos\">Head of service</a>") != std::string::npos);
  CHECK(html.find("<a href=\"../f/bodies.html#body-board\">QA board</a> and <a href=\"../f/roles.html#role-hos\">Head of service</a>") !=
        std::string::npos);
  const std::string text = std::regex_replace(html, std::regex("<[^>]*>"), "");
  CHECK(text.find("Percentage. Lower is better") != std::string::npos);
  CHECK(text.find("1 a month") != std::string::npos);
  // An indicator with nothing but a title has no empty facts.
  const std::string bare = html.substr(html.find("id=\"indicator-bare\""));
  CHECK(bare.find("Measured as") == std::string::npos);
  CHECK(bare.find("Owner") == std::string::npos);
  CHECK(built.site.find("f/index.html")->find("href=\"../f/indicators.html\"") != std::string::npos);
}
