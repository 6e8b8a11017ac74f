// Unit tests for the build's link check: missing files and anchors, external URLs, escaped attribute values.
#include <doctest/doctest.h>

#include "site/link_checker.hpp"

#include <sstream>

#include "site_fixture.hpp"

using namespace qaf;

namespace {

std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const Diagnostic& x : d.all()) out.push_back(x.pos.file + ": " + x.message);
  return out;
}

}  // namespace

TEST_CASE("relative links and anchors resolve within the tree") {
  OutputTree tree;
  tree.add("index.html", R"(<a href="fw/standards.html#standard-1.4">x</a><a href="https://example.org/">e</a>)"
                         R"(<a href="mailto:a@b">m</a><img src="assets/logo.png" alt="">)");
  tree.add("fw/standards.html", R"(<h2 id="standard-1.4">1.4</h2><a href="../index.html">home</a><a href="#standard-1.4">me</a>)");
  tree.add("assets/logo.png", "");
  Diagnostics d;
  CHECK(site::check_links(tree, {}, d) == 4);
  CHECK(messages(d).empty());
}

TEST_CASE("a missing file, a missing anchor and a climb out of the site are errors at the page's source") {
  OutputTree tree;
  tree.add("a/page.html", R"(<a href="gone.html">1</a><a href="../index.html#nowhere">2</a><a href="../../up.html">3</a>)"
                          R"(<a href="gone.html">again</a>)");
  tree.add("index.html", R"(<p id="here">x</p>)");
  Diagnostics d;
  site::check_links(tree, {{"a/page.html", SourcePos{"content/page.md", 3, 1}}}, d);
  const std::vector<std::string> m = messages(d);
  REQUIRE(m.size() == 3);  // the repeated broken link is reported once
  CHECK(m[0] == "content/page.md: page a/page.html links to a missing file: 'gone.html'");
  CHECK(m[1] == "content/page.md: page a/page.html links to a missing anchor: '../index.html#nowhere'");
  CHECK(m[2] == "content/page.md: page a/page.html links to a missing file: '../../up.html'");
}

TEST_CASE("character references in attribute values are decoded on both sides") {
  OutputTree tree;
  tree.add("index.html", R"(<h2 id="it&#x27;s">x</h2><a href="#it&#39;s">1</a><a href="page.html?a=1&amp;b=2#it&apos;s">2</a>)");
  tree.add("page.html", R"(<h2 id="it's">y</h2>)");
  Diagnostics d;
  CHECK(site::check_links(tree, {}, d) == 2);
  CHECK(messages(d).empty());
}

// A link that climbs above the site root is broken even when, with the extra '..' ignored,
// it would name a page that exists: the site is copied as a folder, so such a link leaves it.
TEST_CASE("a link that climbs above the site root is reported even if the file it names exists") {
  OutputTree tree;
  tree.add("index.html", R"(<a href="../index.html">1</a><a href="./../a/page.html">2</a>)");
  tree.add("a/page.html", R"(<a href="../../index.html">3</a><a href="../../../a/page.html#top">4</a>)"
                          R"(<img src="../../a/logo.png" alt=""><a href="../index.html">fine</a>)");
  tree.add("a/b/deep.html", R"(<a href="../../index.html">fine</a><a href="../../a/../index.html">fine</a>)");
  tree.add("a/logo.png", "");
  Diagnostics d;
  CHECK(site::check_links(tree, {}, d) == 8);
  const std::vector<std::string> m = messages(d);
  REQUIRE(m.size() == 5);
  CHECK(m[0] == "a/page.html: page a/page.html links to a missing file: '../../index.html'");
  CHECK(m[1] == "a/page.html: page a/page.html links to a missing file: '../../../a/page.html#top'");
  CHECK(m[2] == "a/page.html: page a/page.html links to a missing file: '../../a/logo.png'");
  CHECK(m[3] == "index.html: page index.html links to a missing file: '../index.html'");
  CHECK(m[4] == "index.html: page index.html links to a missing file: './../a/page.html'");
}

TEST_CASE("files written beside the tree count as present, but not above the root") {
  OutputTree tree;
  tree.add("fw/index.html", R"(<a href="pdf/book.pdf">1</a><a href="../../fw/pdf/book.pdf">2</a>)");
  Diagnostics d;
  site::check_links(tree, {}, d, {"fw/pdf/book.pdf"});
  const std::vector<std::string> m = messages(d);
  REQUIRE(m.size() == 1);
  CHECK(m[0] == "fw/index.html: page fw/index.html links to a missing file: '../../fw/pdf/book.pdf'");
}

TEST_CASE("script addresses in Markdown are dropped without a message; they are not qaf links") {
  test::TempProject t;
  t.file("content/about.md", "---\ntitle: About\n---\n[one](javascript:alert(1)) and [two](vbscript:msgbox) and "
                             "[three](JavaScript:x)\n");
  const test::BuiltSite built = test::build_test_site(t);
  const OutputTree& site = built.site;
  std::ostringstream out;
  built.diags.print(out);
  CHECK_MESSAGE(built.diags.error_count() == 0, out.str());
  REQUIRE(site.has("pages/about.html"));
  const std::string& page = *site.find("pages/about.html");
  CHECK(page.find("javascript:") == std::string::npos);
  CHECK(page.find("vbscript:") == std::string::npos);
  CHECK(page.find("JavaScript:") == std::string::npos);
}

TEST_CASE("one page's links are checked alone: its own, not those of the pages it links to") {
  OutputTree tree;
  tree.add("a.html", R"(<a href="b.html#here">1</a><a href="b.html#gone">2</a><a href="c.html">3</a><a href="d.html#x">4</a>)");
  tree.add("b.html", R"(<h2 id="here">x</h2><a href="nowhere.html">broken, but not a.html's</a>)");
  tree.add("d.html", R"(<p>no ids: anchors into it are not checked, as in check_links</p>)");
  Diagnostics d;
  CHECK(site::check_page_links(tree, "a.html", {{"a.html", SourcePos{"content/a.md", 1, 1}}}, d) == 4);
  const std::vector<std::string> m = messages(d);
  REQUIRE(m.size() == 2);
  CHECK(m[0] == "content/a.md: page a.html links to a missing anchor: 'b.html#gone'");
  CHECK(m[1] == "content/a.md: page a.html links to a missing file: 'c.html'");
  Diagnostics none;
  CHECK(site::check_page_links(tree, "nothing.html", {}, none) == 0);
  CHECK(!none.has_errors());
}
