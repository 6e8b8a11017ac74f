// A kept build brought up to date: a page whose words alone changed is rendered again at once;
// anything else (front matter, YAML, errors) asks for a full build.
#include <doctest/doctest.h>

#include <fstream>

#include "../load/test_project.hpp"
#include "pipeline/live_build.hpp"

using namespace qaf;

namespace {

void save(const test::TempProject& t, const std::string& rel, const std::string& text) {
  std::ofstream(t.dir() / rel, std::ios::binary) << text;
}

struct Kept {
  test::TempProject t;
  std::unique_ptr<LiveBuild> build;
  Kept() {
    t.file("qaf.yaml", "title: Intranet\n");
    t.file("content/guide.md", "---\ntitle: Guide\nsummary: How to\n---\n# Guide\n\nFirst words.\n");
    t.file("content/other.md", "---\ntitle: Other\n---\n# Other\n\nSee [the guide](page:guide).\n");
    t.file("frameworks/fw/framework.yaml", test::meta());
    t.file("frameworks/fw/pages/about.md", "---\ntitle: About\n---\n# About\n\nAbout words.\n");
    t.load();
    REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
    Diagnostics d;
    build = std::make_unique<LiveBuild>(t.dir(), LoadOptions{}, d);
    REQUIRE(build->ok());
  }
  std::string page(const std::string& path) const {
    const std::string* bytes = build->site().find(path);
    return bytes ? *bytes : "";
  }
};

}  // namespace

TEST_CASE("pages whose words changed are rendered again alone, site pages and framework pages") {
  Kept k;
  CHECK(k.page("pages/guide.html").find("First words.") != std::string::npos);
  save(k.t, "content/guide.md", "---\ntitle: Guide\nsummary: How to\n---\n# Guide\n\nSecond words.\n");
  save(k.t, "frameworks/fw/pages/about.md", "---\ntitle: About\n---\n# About\n\nNew about words.\n");
  Diagnostics d;
  const auto paths = k.build->rebuild_pages({"content/guide.md", "frameworks/fw/pages/about.md"}, d);
  REQUIRE(paths);
  CHECK(*paths == std::vector<std::string>{"pages/guide.html", "fw/pages/about.html"});
  CHECK(!d.has_errors());
  CHECK(k.page("pages/guide.html").find("Second words.") != std::string::npos);
  CHECK(k.page("pages/guide.html").find("First words.") == std::string::npos);
  CHECK(k.page("fw/pages/about.html").find("New about words.") != std::string::npos);
  // And again: the kept build stays usable.
  save(k.t, "content/guide.md", "---\ntitle: Guide\nsummary: How to\n---\n# Guide\n\nThird words.\n");
  REQUIRE(k.build->rebuild_pages({"content/guide.md"}, d));
  CHECK(k.page("pages/guide.html").find("Third words.") != std::string::npos);
}

TEST_CASE("a change in front matter, a file that is not a page, or an error asks for a full build") {
  Diagnostics d;
  SUBCASE("a new title: navigation and other pages show it") {
    Kept k;
    save(k.t, "content/guide.md", "---\ntitle: The guide\nsummary: How to\n---\n# Guide\n\nFirst words.\n");
    CHECK(!k.build->rebuild_pages({"content/guide.md"}, d));
  }
  SUBCASE("a new summary") {
    Kept k;
    save(k.t, "content/guide.md", "---\ntitle: Guide\nsummary: Why\n---\n# Guide\n\nFirst words.\n");
    CHECK(!k.build->rebuild_pages({"content/guide.md"}, d));
  }
  SUBCASE("a YAML file, a new page, the home page's introduction") {
    Kept k;
    CHECK(!k.build->rebuild_pages({"frameworks/fw/framework.yaml"}, d));
    CHECK(!k.build->rebuild_pages({"content/new.md"}, d));
    CHECK(!k.build->rebuild_pages({"content/guide.md", "qaf.yaml"}, d));
    CHECK(!k.build->rebuild_pages({}, d));
  }
  SUBCASE("a broken link: errors are the full build's to report, and the kept build is spent") {
    Kept k;
    save(k.t, "content/guide.md", "---\ntitle: Guide\nsummary: How to\n---\n# Guide\n\n[x](page:nowhere)\n");
    CHECK(!k.build->rebuild_pages({"content/guide.md"}, d));
    save(k.t, "content/guide.md", "---\ntitle: Guide\nsummary: How to\n---\n# Guide\n\nFine again.\n");
    CHECK(!k.build->rebuild_pages({"content/guide.md"}, d));
  }
  SUBCASE("broken front matter, or the file gone") {
    Kept k;
    save(k.t, "content/guide.md", "---\ntitle: [Guide\n---\nWords.\n");
    CHECK(!k.build->rebuild_pages({"content/guide.md"}, d));
    std::filesystem::remove(k.t.dir() / "content/other.md");
    CHECK(!k.build->rebuild_pages({"content/other.md"}, d));
  }
  CHECK(!d.has_errors());  // nothing is reported when a full build is asked for
}

TEST_CASE("the home page's introduction asks for a full build and leaves the kept build usable; a temporary file is no change") {
  Diagnostics d;
  Kept fresh;  // and an introduction for its home page, built again with it
  save(fresh.t, "content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
  Diagnostics d0;
  LiveBuild with_home(fresh.t.dir(), LoadOptions{}, d0);
  REQUIRE(with_home.ok());
  save(fresh.t, "content/index.md", "---\ntitle: Home\n---\nWelcome back.\n");
  CHECK(!with_home.rebuild_pages({"content/index.md"}, d));
  save(fresh.t, "content/guide.md", "---\ntitle: Guide\nsummary: How to\n---\n# Guide\n\nStill quick.\n");
  // Vim's probe file "4913", made and removed while saving, comes with the page.
  REQUIRE(with_home.rebuild_pages({"content/4913", "content/guide.md"}, d));
  CHECK(with_home.site().find("pages/guide.html")->find("Still quick.") != std::string::npos);
  CHECK(!with_home.rebuild_pages({"content/4913"}, d));  // nothing to render
}

TEST_CASE("a project with errors is not built, and rebuilds nothing") {
  test::TempProject t;
  t.file("content/guide.md", "no front matter\n");
  t.load();
  Diagnostics d;
  LiveBuild b(t.dir(), LoadOptions{}, d);
  CHECK(d.has_errors());
  CHECK(!b.ok());
  CHECK(b.site().size() == 0);
  Diagnostics d2;
  CHECK(!b.rebuild_pages({"content/guide.md"}, d2));
}
