// Unit tests for the build's link check: missing files and anchors, external URLs, escaped attribute values.
#include <doctest/doctest.h>

#include "site/link_checker.hpp"

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
