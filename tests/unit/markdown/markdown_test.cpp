// Unit tests for Markdown rendering: GFM extensions, raw HTML policy, heading anchors, plain text.
#include <doctest/doctest.h>

#include "markdown/markdown.hpp"

using namespace qaf;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("GFM tables, strikethrough, autolinks and task lists render") {
  const std::string html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ www.example.org\n\n- [x] done\n- [ ] todo\n").html;
  CHECK(contains(html, "<table>"));
  CHECK(contains(html, "<td>2</td>"));
  CHECK(contains(html, "<del>old</del>"));
  CHECK(contains(html, "<a href=\"http://www.example.org\">"));
  CHECK(contains(html, "type=\"checkbox\" checked=\"\" disabled=\"\""));
}

TEST_CASE("raw HTML is left out unless allowed") {
  const std::string md = "Hello <script>alert(1)</script> <b>bold</b>\n\n<div onclick=\"x()\">block</div>\n";
  const std::string safe = render_markdown(md).html;
  CHECK_FALSE(contains(safe, "<script"));
  CHECK_FALSE(contains(safe, "<b>"));
  CHECK_FALSE(contains(safe, "onclick"));
  CHECK(contains(safe, "raw HTML omitted"));
  MarkdownOptions allow;
  allow.allow_raw_html = true;
  const std::string allowed = render_markdown(md, allow).html;
  CHECK(contains(allowed, "<b>bold</b>"));
  CHECK_FALSE(contains(allowed, "<script>"));  // the tag filter still disarms script
}

TEST_CASE("dangerous link targets are dropped") {
  const std::string html = render_markdown("[x](javascript:alert(1)) [y](vbscript:msgbox)").html;
  CHECK_FALSE(contains(html, "javascript:"));
  CHECK_FALSE(contains(html, "vbscript:"));
}

TEST_CASE("headings get unique anchors and are listed") {
  const RenderedMarkdown r = render_markdown("# Seen alone?\n\ntext\n\n## Seen alone?\n\n### 1.4 Plans & \\<reviews\\>\n");
  REQUIRE(r.headings.size() == 3);
  CHECK(r.headings[0].id == "seen-alone");
  CHECK(r.headings[1].id == "seen-alone-2");
  CHECK(r.headings[2].id == "1.4-plans-reviews");
  CHECK(r.headings[2].text == "1.4 Plans & <reviews>");
  CHECK(contains(r.html, "<h1 id=\"seen-alone\">Seen alone?</h1>"));
  CHECK(contains(r.html, "<h3 id=\"1.4-plans-reviews\">1.4 Plans &amp; &lt;reviews&gt;</h3>"));
}

TEST_CASE("plain text keeps words and block breaks, drops markup") {
  CHECK(markdown_to_text("# Title\n\nSome **bold** and *it*.\n\n- one\n- two\n") == "Title\nSome bold and it.\none\ntwo");
  CHECK(render_inline_markdown("A **b**") == "A <strong>b</strong>");
  CHECK(render_inline_markdown("one\n\ntwo") == "<p>one</p>\n<p>two</p>\n");
}

TEST_CASE("link targets can be rewritten, with the line each link is on") {
  MarkdownOptions o;
  std::vector<std::pair<std::string, int>> seen;
  o.rewrite_link = [&](const std::string& url, int line, int) -> std::optional<std::string> {
    seen.emplace_back(url, line);
    if (url.rfind("standard:", 0) == 0) return "standards.html#standard-" + url.substr(9);
    return std::nullopt;
  };
  const std::string html = render_markdown("See [1.4](standard:1.4).\n\nAnd [the web](https://example.org).\n", o).html;
  CHECK(contains(html, "<a href=\"standards.html#standard-1.4\">1.4</a>"));
  CHECK(contains(html, "<a href=\"https://example.org\">"));
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].second == 1);
  CHECK(seen[1].second == 3);
}

TEST_CASE("each link target's line and column are where it is written, also inside a long paragraph") {
  MarkdownOptions o;
  std::vector<std::tuple<std::string, int, int>> seen;
  o.rewrite_link = [&](const std::string& url, int line, int column) -> std::optional<std::string> {
    seen.emplace_back(url, line, column);
    return std::nullopt;
  };
  render_markdown("A paragraph that runs\nover lines: [x](page:a) and\n  then [y](page:a) and <https://example.org>.\n\n"
                  "- [z](standard:1.1)\n",
                  o);
  REQUIRE(seen.size() == 4);
  CHECK(seen[0] == std::make_tuple(std::string("page:a"), 2, 17));
  CHECK(seen[1] == std::make_tuple(std::string("page:a"), 3, 12));  // the same target again: the next one
  CHECK(seen[2] == std::make_tuple(std::string("https://example.org"), 3, 25));
  CHECK(seen[3] == std::make_tuple(std::string("standard:1.1"), 5, 7));
  // A target cmark-gfm decoded (an entity) is not found as written: column 0, the line cmark-gfm gives.
  seen.clear();
  render_markdown("one\n\ntwo\n[w](a&amp;b)\n", o);
  REQUIRE(seen.size() == 1);
  CHECK(std::get<1>(seen[0]) == 4);
  CHECK(std::get<2>(seen[0]) == 0);
}

TEST_CASE("markdown_blocks: paragraphs, headings, emphasis, lists, tables, with lines") {
  const auto blocks = markdown_blocks(
      "# Title\n\nA **bold** and *italic* word, `code` and [a link](standard:1.4).\n\n"
      "- one\n- two\n  1. nested\n\n3. three\n4. four\n\n> quoted \"words\"\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n");
  REQUIRE(blocks.size() == 10);
  CHECK(blocks[0].kind == MarkdownBlockKind::heading);
  CHECK(blocks[0].level == 1);
  CHECK(blocks[0].spans.at(0).text == "Title");
  const auto& p = blocks[1];
  CHECK(p.kind == MarkdownBlockKind::paragraph);
  CHECK(p.line == 3);
  REQUIRE(p.spans.size() >= 7);
  CHECK(p.spans[0].text == "A ");
  CHECK(p.spans[1].text == "bold");
  CHECK(p.spans[1].strong);
  CHECK(p.spans[3].emphasis);
  CHECK(p.spans[5].code);
  CHECK(p.spans[7].url == "standard:1.4");
  CHECK(p.spans[7].text == "a link");
  CHECK(blocks[2].kind == MarkdownBlockKind::list_item);
  CHECK(blocks[2].level == 1);
  CHECK_FALSE(blocks[2].ordered);
  CHECK(blocks[4].level == 2);
  CHECK(blocks[4].ordered);
  CHECK(blocks[4].number == 1);
  CHECK(blocks[5].number == 3);
  CHECK(blocks[6].number == 4);
  CHECK(blocks[7].kind == MarkdownBlockKind::quote);
  CHECK(blocks[7].spans.at(0).text == "quoted \u201cwords\u201d");  // typographic quotes, as on the site
  REQUIRE(blocks[8].kind == MarkdownBlockKind::table);
  REQUIRE(blocks[8].rows.size() == 2);
  CHECK(blocks[8].rows[1][1].at(0).text == "2");
  CHECK(blocks[9].kind == MarkdownBlockKind::rule);
}

TEST_CASE("markdown_blocks leave raw HTML out and join a list item's paragraphs") {
  const auto blocks = markdown_blocks("<div>x</div>\n\n- first\n\n  second <b>b</b>\n");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].kind == MarkdownBlockKind::list_item);
  std::string text;
  for (const auto& s : blocks[0].spans) text += s.text;
  CHECK(text == "first\nsecond b");
}

TEST_CASE("an image on a line of its own is an image block; inside a sentence it is its alternative text") {
  const auto blocks = markdown_blocks("Intro.\n\n![The *board* chart](images/board.png)\n\nSee ![a logo](x.png) here.\n\n"
                                      "![One](a.png) ![Two](b.png)\n");
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[1].kind == MarkdownBlockKind::image);
  CHECK(blocks[1].url == "images/board.png");
  REQUIRE(blocks[1].spans.size() == 3);
  CHECK(blocks[1].spans[0].text + blocks[1].spans[1].text + blocks[1].spans[2].text == "The board chart");
  CHECK(blocks[1].line == 3);
  CHECK(blocks[2].kind == MarkdownBlockKind::paragraph);
  CHECK(blocks[2].url.empty());
  CHECK(blocks[3].kind == MarkdownBlockKind::paragraph);  // two images: a paragraph of their words
}

TEST_CASE("image targets go to rewrite_image with their alternative text and position; links to rewrite_link") {
  std::vector<std::string> images, links;
  MarkdownOptions o;
  o.rewrite_image = [&](const std::string& url, const std::string& alt, int line, int column) {
    images.push_back(url + "|" + alt + "|" + std::to_string(line) + ":" + std::to_string(column));
    return std::optional<std::string>("media/" + url);
  };
  o.rewrite_link = [&](const std::string& url, int, int) {
    links.push_back(url);
    return std::optional<std::string>();
  };
  const auto out = render_markdown("A [link](page:x).\n\n  ![The *QA* board](b.png)\n", o);
  REQUIRE(images.size() == 1);
  CHECK(images[0] == "b.png|The QA board|3:21");
  CHECK(links == std::vector<std::string>{"page:x"});
  CHECK(out.html.find("<img src=\"media/b.png\" alt=\"The QA board\"") != std::string::npos);
  // Without rewrite_image, images go to rewrite_link as before.
  MarkdownOptions only_links;
  only_links.rewrite_link = o.rewrite_link;
  links.clear();
  render_markdown("![x](c.png)", only_links);
  CHECK(links == std::vector<std::string>{"c.png"});
}

TEST_CASE("an image inside a link: both targets found where they are written, the image's first") {
  std::vector<std::string> seen;
  MarkdownOptions o;
  o.rewrite_image = [&](const std::string& url, const std::string&, int line, int column) {
    seen.push_back("image " + url + " " + std::to_string(line) + ":" + std::to_string(column));
    return std::optional<std::string>(url);
  };
  o.rewrite_link = [&](const std::string& url, int line, int column) {
    seen.push_back("link " + url + " " + std::to_string(line) + ":" + std::to_string(column));
    return std::optional<std::string>();
  };
  render_markdown("Intro.\n\nSee [![the diagram](d.png)](page:x) and [![again](d.png)](page:y).\n", o);
  CHECK(seen == std::vector<std::string>{"image d.png 3:21", "link page:x 3:29", "image d.png 3:51", "link page:y 3:59"});
}
