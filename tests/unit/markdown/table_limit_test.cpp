// Unit tests for the table-size limit: found from the delimiter row before parsing, exact at the
// column and cell bounds, and an oversized table is never parsed into cells.
#include <doctest/doctest.h>

#include <string>

#include "markdown/markdown.hpp"

using namespace qaf;

namespace {
// A table of `columns` columns, a header row and `rows` body rows, after `before` lines of text.
std::string table(int columns, int rows, const std::string& prefix = "", int before = 0) {
  std::string out;
  for (int i = 0; i < before; ++i) out += "text\n";
  out += prefix;
  for (int c = 0; c < columns; ++c) out += "| h ";
  out += "|\n" + prefix;
  for (int c = 0; c < columns; ++c) out += c % 2 ? "| :-: " : "| --- ";
  out += "|\n";
  for (int r = 0; r < rows; ++r) out += prefix + "| x |\n";
  return out;
}
}  // namespace

TEST_CASE("an ordinary table, text with dashes and pipes, and a rule are within the limits") {
  CHECK(markdown_table_too_big(table(4, 10)).columns == 0);
  CHECK(markdown_table_too_big("a | b\n---\nnot a table: a setext heading").columns == 0);
  CHECK(markdown_table_too_big("x - y | z\n\n---\n").columns == 0);
  CHECK(markdown_table_too_big("").columns == 0);
}

TEST_CASE("columns: 100 are fine, 101 are reported at the table's first line") {
  CHECK(markdown_table_too_big(table(kMaxTableColumns, 1)).columns == 0);
  const MarkdownTableSize t = markdown_table_too_big(table(kMaxTableColumns + 1, 1, "", 3));
  CHECK(t.columns == kMaxTableColumns + 1);
  CHECK(t.line == 4);
}

TEST_CASE("cells: columns times the lines from the header to the next blank line, bound exact") {
  // 50 columns: the header and 999 rows are 50,000 cells; one row more is over.
  CHECK(markdown_table_too_big(table(50, 999)).columns == 0);
  const MarkdownTableSize t = markdown_table_too_big(table(50, 1000));
  CHECK(t.columns == 50);
  CHECK(t.cells == 50 * 1001);
  CHECK(t.line == 1);
  // A blank line ends the table: the lines after it are not its rows.
  CHECK(markdown_table_too_big(table(50, 500) + "\n" + table(50, 500)).columns == 0);
  // Each table is measured on its own, and the second one is the one reported.
  const MarkdownTableSize second = markdown_table_too_big(table(2, 3) + "\n" + table(50, 1000));
  CHECK(second.line == 7);
}

TEST_CASE("a table inside a block quote or a list item is measured too") {
  CHECK(markdown_table_too_big(table(kMaxTableColumns + 1, 1, "> > ")).columns == kMaxTableColumns + 1);
  CHECK(markdown_table_too_big("- item\n\n" + table(kMaxTableColumns + 1, 1, "  ")).line == 3);
}

TEST_CASE("an oversized table is never parsed into cells (2,000 columns x 4,000 rows of '|a')") {
  std::string big = "|";
  for (int c = 0; c < 2000; ++c) big += "a|";
  big += "\n|";
  for (int c = 0; c < 2000; ++c) big += "-|";
  big += "\n";
  for (int r = 0; r < 4000; ++r) big += "|a\n";
  for (const MarkdownBlock& b : markdown_blocks(big)) CHECK(b.kind != MarkdownBlockKind::table);
  CHECK(render_markdown(big).html.find("<table") == std::string::npos);
  // Within the limits the same shape is a table.
  const std::vector<MarkdownBlock> small = markdown_blocks(table(3, 2));
  REQUIRE(small.size() == 1);
  CHECK(small[0].kind == MarkdownBlockKind::table);
  CHECK(small[0].rows.size() == 3);
}

TEST_CASE("lines ending in a lone CR or CRLF, and \\v or \\f in the delimiter row, do not hide a table") {
  std::string cr = table(kMaxTableColumns + 1, 1);
  for (char& c : cr)
    if (c == '\n') c = '\r';
  CHECK(markdown_table_too_big(cr).columns == kMaxTableColumns + 1);
  std::string crlf;
  for (const char c : table(50, 1000)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  CHECK(markdown_table_too_big(crlf).cells == 50 * 1001);
  std::string blanks = "|";
  for (int c = 0; c < 2000; ++c) blanks += "a|";
  blanks += "\n";
  for (int c = 0; c < 2000; ++c) blanks += "-\f|";
  blanks += "\n|a\n";
  CHECK(markdown_table_too_big(blanks).columns == 2000);
}
