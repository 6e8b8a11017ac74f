// Images in pages on the site: copied under media/, placed with a relative address; web images and images outside pages reported.
#include <doctest/doctest.h>

#include <sstream>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("a page's images are copied into the site and placed from every page's folder") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/pages/images/board.png", test::image_fixture("tiny.png"));
  t.file("frameworks/f/pages/governance.md",
         "---\ntitle: Governance\n---\n![The board & its teams](images/board.png)\n");
  t.file("content/images/room.svg", test::image_fixture("tiny.svg"));
  t.file("content/about.md", "---\ntitle: About\n---\nOur room: ![The team room](images/room.svg)\n");
  const test::BuiltSite built = test::build_test_site(t);
  const OutputTree& site = built.site;
  INFO(built.diags.error_count());
  CHECK_FALSE(built.diags.has_errors());  // the link check found both images
  REQUIRE(site.has("media/frameworks/f/pages/images/board.png"));
  CHECK(*site.find("media/frameworks/f/pages/images/board.png") == test::image_fixture("tiny.png"));
  REQUIRE(site.has("media/content/images/room.svg"));
  REQUIRE(site.has("f/pages/governance.html"));
  const std::string& gov = *site.find("f/pages/governance.html");
  INFO(gov.substr(gov.find("<img"), 200));
  CHECK(gov.find("<img src=\"../../media/frameworks/f/pages/images/board.png\" alt=\"The board &amp; its teams\"") !=
        std::string::npos);
  REQUIRE(site.has("pages/about.html"));
  CHECK(site.find("pages/about.html")->find("<img src=\"../media/content/images/room.svg\" alt=\"The team room\"") !=
        std::string::npos);
}

TEST_CASE("an image on the web is a warning; an image outside a page is an error") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/standards.yaml", R"(standards:
  - id: "1"
    title: Seeing children
    standards:
      - id: "1.1"
        title: Seen alone
        text: "See ![the room](images/room.png) first."
)");
  t.file("content/about.md", "---\ntitle: About\n---\n![Our logo](https://example.org/logo.png)\n");
  const test::BuiltSite built = test::build_test_site(t);
  std::ostringstream out;
  built.diags.print(out);
  INFO(out.str());
  CHECK(out.str().find("content/about.md:4:13: warning: image 'https://example.org/logo.png' is on the web: it is not "
                       "copied into the site and is not printed") != std::string::npos);
  CHECK(out.str().find("frameworks/f/standards.yaml:7:32: error: image 'images/room.png' is not in a page") != std::string::npos);
  CHECK(out.str().find("hint: images can be placed in pages") != std::string::npos);
  CHECK(built.diags.error_count() == 1);
}
