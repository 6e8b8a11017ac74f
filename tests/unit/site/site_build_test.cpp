// A kept site build renders one changed page again: the same bytes a whole new build gives it.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

namespace {

// A project with site pages in two folders and a framework with a page, linking to each other.
void write_project(test::TempProject& t, const std::string& guide_body) {
  t.file("qaf.yaml", "title: Intranet\n");
  t.file("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
  t.file("content/guide.md", "---\ntitle: Guide\norder: 1\nsummary: How to\n---\n" + guide_body);
  t.file("content/more/other.md", "---\ntitle: Other\n---\n# Other\n\nSee [the guide](page:guide).\n");
  t.file("frameworks/fw/framework.yaml", test::meta());
  t.file("frameworks/fw/standards.yaml",
         "standards:\n  - id: \"1\"\n    title: S\n    standards:\n      - id: \"1.1\"\n        text: I see the child.\n");
  t.file("frameworks/fw/pages/about.md", "---\ntitle: About\n---\n# About\n\nRead [1.1](standard:1.1).\n");
}

}  // namespace

TEST_CASE("a page rendered again alone is the page a whole build makes of the new words") {
  const std::string before = "# Guide\n\n## Part one\n\nSee [1.1](standard:fw/1.1) and [other](page:other).\n";
  const std::string after = "# Guide\n\n## Part one\n\nNew words.\n\n## Part two\n\nSee [other](page:other#other).\n";
  test::TempProject t;
  write_project(t, before);
  Project project = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  Diagnostics d;
  const Theme theme = load_theme(t.dir().string(), project, d);
  SiteBuild kept(project, theme, {}, d);
  std::ostringstream printed;
  d.print(printed);
  REQUIRE_MESSAGE(!d.has_errors(), printed.str());
  const std::string old_page = *kept.tree().find("pages/guide.html");

  // The guide's words change; a whole build of the new files is the reference.
  test::TempProject t2;
  write_project(t2, after);
  const test::BuiltSite fresh = test::build_test_site(t2);
  REQUIRE(!fresh.diags.has_errors());

  Page* guide = nullptr;
  for (Page& p : project.pages)
    if (p.id == "guide") guide = &p;
  REQUIRE(guide);
  guide->body = after;
  Diagnostics d2;
  CHECK(kept.rebuild_page(*guide, d2) == std::optional<std::string>("pages/guide.html"));
  CHECK(!d2.has_errors());
  const std::string& new_page = *kept.tree().find("pages/guide.html");
  CHECK(new_page != old_page);
  CHECK(new_page == *fresh.site.find("pages/guide.html"));

  // A framework's page too.
  Framework& fw = project.frameworks.at(0);
  fw.pages.at(0).body = "# About\n\nOther words about [1.1](standard:1.1).\n";
  CHECK(kept.rebuild_page(fw.pages.at(0), d2) == std::optional<std::string>("fw/pages/about.html"));
  CHECK(kept.tree().find("fw/pages/about.html")->find("Other words about") != std::string::npos);

  // The home page's introduction is not one page's alone (it is the home page's), nor is a page
  // of another project.
  Page* index = nullptr;
  for (Page& p : project.pages)
    if (p.id == "index") index = &p;
  REQUIRE(index);
  CHECK(!kept.rebuild_page(*index, d2));
  Page stranger = *guide;
  CHECK(!kept.rebuild_page(stranger, d2));
}

TEST_CASE("a page rendered again has its own links checked") {
  test::TempProject t;
  write_project(t, "# Guide\n\nText.\n");
  Project project = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  Diagnostics d;
  const Theme theme = load_theme(t.dir().string(), project, d);
  SiteBuild kept(project, theme, {}, d);
  REQUIRE(!d.has_errors());
  for (Page& p : project.pages)
    if (p.id == "guide") {
      p.body = "# Guide\n\nSee [other](page:other#nowhere) and [missing](page:missing).\n";
      Diagnostics d2;
      REQUIRE(kept.rebuild_page(p, d2));
      std::ostringstream out;
      d2.print(out);
      INFO(out.str());
      CHECK(out.str().find("content/guide.md:") != std::string::npos);
      CHECK(out.str().find("links to a missing anchor: '../pages/other.html#nowhere'") != std::string::npos);
      CHECK(out.str().find("broken link 'page:missing'") != std::string::npos);
    }
}

TEST_CASE("every page says the language qaf.yaml gives, en-GB when it gives none") {
  test::TempProject welsh;
  write_project(welsh, "# Guide\n");
  welsh.file("qaf.yaml", "title: Intranet\nlanguage: cy\n");
  const test::BuiltSite built = test::build_test_site(welsh);
  REQUIRE(!built.diags.has_errors());
  int pages = 0;
  for (const std::string path : {"index.html", "pages/guide.html", "fw/pages/about.html", "search.html"}) {
    const std::string* page = built.site.find(path);
    REQUIRE_MESSAGE(page, path);
    CHECK_MESSAGE(page->find("<html lang=\"cy\"") != std::string::npos, path);
    ++pages;
  }
  CHECK(pages == 4);
  test::TempProject english;
  write_project(english, "# Guide\n");
  const test::BuiltSite plain = test::build_test_site(english);
  REQUIRE(plain.site.find("index.html"));
  CHECK(plain.site.find("index.html")->find("<html lang=\"en-GB\"") != std::string::npos);
}
