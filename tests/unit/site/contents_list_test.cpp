// "On this page": a page with two or more parts lists them after its heading; a page of one part does not.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("a page lists its parts from two of them on; one part needs no list") {
  test::TempProject t;
  t.file("content/one.md", "---\ntitle: One\n---\n# One\n\n## Only part\n\nText.\n");
  t.file("content/two.md", "---\ntitle: Two\n---\n# Two\n\n## First part\n\nText.\n\n## Second part\n\nText.\n");
  t.file("content/three.md", "---\ntitle: Three\n---\n# Three\n\n## A\n\n## B\n\n## C\n");
  const test::BuiltSite built = test::build_test_site(t);
  const OutputTree& site = built.site;
  REQUIRE(site.has("pages/one.html"));
  CHECK(site.find("pages/one.html")->find("On this page") == std::string::npos);
  const std::string& two = *site.find("pages/two.html");
  const std::size_t list = two.find("On this page");
  REQUIRE(list != std::string::npos);
  CHECK(list > two.find("</h1>"));  // after the page's heading
  CHECK(two.find("href=\"#first-part\"", list) != std::string::npos);
  CHECK(two.find("href=\"#second-part\"", list) != std::string::npos);
  CHECK(site.find("pages/three.html")->find("href=\"#c\"") != std::string::npos);
}
