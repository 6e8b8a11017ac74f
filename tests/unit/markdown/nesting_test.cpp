// Unit tests for deep nesting: measured without recursion, limited at kMaxMarkdownNesting, and
// flattened (not a stack overflow) by markdown_blocks when a text is deeper.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "markdown/markdown.hpp"

using namespace qaf;

namespace {
std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}
}  // namespace

TEST_CASE("nesting up to the limit is fine; one level more is reported where it starts") {
  CHECK(markdown_too_deep("plain text, - a dash, 3.5 > 2").depth == 0);
  CHECK(markdown_too_deep(repeat(">", kMaxMarkdownNesting) + " x").depth == 0);
  const MarkdownNesting q = markdown_too_deep("fine\n\n" + repeat(">", kMaxMarkdownNesting + 1) + " x");
  CHECK(q.depth == kMaxMarkdownNesting + 1);
  CHECK(q.line == 3);
  CHECK(q.column == kMaxMarkdownNesting + 1);
  std::string list;
  for (int i = 0; i <= kMaxMarkdownNesting; ++i) list += std::string(2 * static_cast<std::size_t>(i), ' ') + "- item\n";
  CHECK(markdown_too_deep(list).line == kMaxMarkdownNesting + 1);
  CHECK(markdown_too_deep(repeat("*", 200) + "x" + repeat("*", 200)).depth > 0);
  CHECK(markdown_too_deep(repeat("- ", 60) + "x").depth > 0);
}

TEST_CASE("lines that end in blanks, or are only blanks, are measured in a text that is too deep") {
  // The cut at the limit reads each line's markers up to its end: blanks at the end of a line
  // (after its markers, or a line of nothing but blanks) must stop there, not read past it.
  // A list marker as the last character of a line is looked past too ("> -", "> *", "> +").
  const std::string deep = repeat("> ", kMaxMarkdownNesting + 1) + "x\n   \n> > \t\n> -\n> *\n+\n" + repeat("- ", 3) + "  ";
  const MarkdownNesting q = markdown_too_deep(deep);
  CHECK(q.depth == kMaxMarkdownNesting + 1);
  CHECK(q.line == 1);
  const std::vector<MarkdownBlock> blocks = markdown_blocks(deep);
  CHECK_FALSE(blocks.empty());
}

TEST_CASE("markdown_blocks survives texts nested tens of thousands of levels") {
  for (const std::string& deep : {repeat(">", 20000) + " deep", repeat("- ", 25000) + "deep",
                                  repeat("*", 20000) + "deep" + repeat("*", 20000), repeat("1. ", 20000) + "deep"}) {
    const std::vector<MarkdownBlock> blocks = markdown_blocks(deep);
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].kind == MarkdownBlockKind::paragraph);
    REQUIRE(blocks[0].spans.size() == 1);
    CHECK(blocks[0].spans[0].text.find("deep") != std::string::npos);
  }
  // Within the limit the structure is kept.
  const std::vector<MarkdownBlock> ok = markdown_blocks(repeat("> ", 10) + "quoted");
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].kind == MarkdownBlockKind::quote);
}

TEST_CASE("a text thousands of levels deep with many nodes inside is measured quickly and exactly") {
  // cmark-gfm checks each appended node against all its ancestors: 30,000 nested quotes with
  // 30,000 en dashes inside took about a minute before lines were cut at the limit (found by fuzzing).
  std::string deep = "fine\n\n" + repeat("> ", 30000) + "a";
  for (int i = 0; i < 30000; ++i) deep += " --";
  const auto start = std::chrono::steady_clock::now();
  const MarkdownNesting q = markdown_too_deep(deep);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(q.depth == kMaxMarkdownNesting + 1);
  CHECK(q.line == 3);
  CHECK(q.column == 2 * kMaxMarkdownNesting + 1);
  CHECK(seconds < 5.0);
  // Cutting a line never hides depth that is there, nor invents it: a thematic break after the
  // markers, or markers inside a code block, are not nesting.
  CHECK(markdown_too_deep(repeat("- ", 80) + "x").line == 1);
  CHECK(markdown_too_deep(repeat("1. ", 80) + "x").column == 3 * kMaxMarkdownNesting + 1);
  CHECK(markdown_too_deep(repeat("- ", 80)).depth == 0);
  CHECK(markdown_too_deep("```\n" + repeat("> ", 80) + "x\n```\n").depth == 0);
  CHECK(markdown_too_deep("    " + repeat("> ", 80) + "x\n").depth == 0);
}

TEST_CASE("a lone CR ends a line for the nesting cap too (else a deep line escapes it, and cmark-gfm crawls)") {
  std::string deep = "x\r";
  for (int i = 0; i < 25000; ++i) deep += "> ";
  deep += "--";
  const MarkdownNesting n = markdown_too_deep(deep);
  CHECK(n.depth == kMaxMarkdownNesting + 1);
  CHECK(n.line == 2);
}
