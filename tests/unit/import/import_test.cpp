// qaf import's pieces: CSV cells and their rows, values written as YAML and read back, ids, dates, headings.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "import/column_map.hpp"
#include "import/csv_table.hpp"
#include "import/record_builder.hpp"

using namespace qaf;
using namespace qaf::importing;

namespace {

CsvTable parse(const std::string& text, Diagnostics& d) { return read_csv(text, "t.csv", d); }

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.all()) out += x.pos.str() + ": " + x.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("CSV from Excel: a byte-order mark, CRLF, quoted cells with commas, quotes and line breaks") {
  Diagnostics d;
  const CsvTable t = parse("\xEF\xBB\xBFid,Words,Grade\r\n"
                           "a-1,\"Seen twice, once alone\",Good\r\n"
                           "a-2,\"Line one\r\nLine \"\"two\"\"\",  Outstanding \r\n"
                           ",,\r\n"
                           "a-3,x,y\r\n",
                           d);
  CHECK(messages(d) == "");
  REQUIRE(t.headings == std::vector<std::string>{"id", "Words", "Grade"});
  REQUIRE(t.rows.size() == 3);  // the blank row is left out
  CHECK(t.rows[0].number == 2);
  CHECK(t.rows[0].cells[1] == "Seen twice, once alone");
  // The line break inside a cell does not count as a row: a spreadsheet shows a-2 on row 3.
  CHECK(t.rows[1].number == 3);
  CHECK(t.rows[1].cells[1] == "Line one\nLine \"two\"");
  CHECK(t.rows[1].cells[2] == "Outstanding");
  CHECK(t.rows[2].number == 5);
  CHECK(t.rows[2].cells[0] == "a-3");
}

TEST_CASE("CSV with LF or CR line ends, fewer cells than headings, and ';' or tabs between cells") {
  Diagnostics d;
  CsvTable t = parse("id,a,b\na-1,x\n", d);
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].cells == std::vector<std::string>{"a-1", "x", ""});
  t = parse("id;Words, with a comma;b\ra-1;x, y;z\r", d);
  CHECK(t.delimiter == ';');
  REQUIRE(t.headings.size() == 3);
  CHECK(t.headings[1] == "Words, with a comma");
  CHECK(t.rows[0].cells[1] == "x, y");
  t = parse("id\tb\na-1\tx y\n", d);
  CHECK(t.delimiter == '\t');
  CHECK(t.rows[0].cells[1] == "x y");
  CHECK(messages(d) == "");
}

TEST_CASE("CSV problems are reported at their row and column") {
  Diagnostics d;
  parse("id,a\na-1,x,extra\n", d);
  CHECK(messages(d) == "t.csv:2:3: a cell beyond the last heading (column 2)\n");
  Diagnostics open;
  parse("id,a\na-1,x\na-2,\"never closed\n", open);
  CHECK(messages(open) == "t.csv:3:1: a quoted cell is never closed: its '\"' takes in the rest of the file\n");
  Diagnostics latin;
  parse("id,a\na-1,caf\xE9\n", latin);
  CHECK(messages(latin) == "t.csv: not UTF-8 text: line 2 holds a byte that UTF-8 does not allow\n");
  Diagnostics unnamed;
  parse("id,,b\na-1,x,y\n", unnamed);
  CHECK(messages(unnamed) == "t.csv:1:2: a column with answers has no heading\n");
}

TEST_CASE("a workbook is told from text by its first bytes") {
  CHECK(looks_like_workbook(std::string("PK\x03\x04rest", 8)));
  CHECK(looks_like_workbook("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
  CHECK_FALSE(looks_like_workbook("id,a\n"));
}

TEST_CASE("every value written as YAML reads back as it was") {
  for (const std::string& s : {std::string("plain"), std::string("with \"quotes\" and \\ backslash"),
                              std::string("two\nlines"), std::string("line\n  indented second line"),
                              std::string("tab\there"), std::string("a: colon, # hash"), std::string("yes"),
                              std::string("bell\x07"), std::string("\n\nblank lines\n")}) {
    const std::string yaml = "key: " + yaml_quoted(s, 2) + "\nnext: 1\n";
    INFO(yaml);
    const YAML::Node n = YAML::Load(yaml);
    CHECK(n["key"].Scalar() == s);
    CHECK(n["next"].Mark().line == static_cast<int>(std::count(s.begin(), s.end(), '\n')) + 1);
  }
}

TEST_CASE("ids, dates and headings as the import reads them") {
  CHECK(id_from("EB 0042") == "eb-0042");
  CHECK(id_from("  C/0301 (draft) ") == "c-0301-draft");
  CHECK(id_from("case-audit-C.12") == "case-audit-c.12");
  CHECK(normal_date("2026-04-22", DateOrder::iso) == "2026-04-22");
  CHECK(normal_date("22/04/2026", DateOrder::iso) == "22/04/2026");  // the loader reports it
  CHECK(normal_date("22/04/2026", DateOrder::day_first) == "2026-04-22");
  CHECK(normal_date("4/22/2026", DateOrder::month_first) == "2026-04-22");
  CHECK(normal_date("22.4.2026 10:15:00", DateOrder::day_first) == "2026-04-22");
  CHECK(normal_date("2026/04/22", DateOrder::iso) == "2026-04-22");
  CHECK(normal_date("31/02/2026", DateOrder::day_first) == "31/02/2026");  // no such day: left for the loader
  CHECK(normal_date("ASAP", DateOrder::day_first) == "ASAP");
  CHECK(heading_key("  Child\xE2\x80\x99s   NAME ") == "child's name");
  CHECK(heading_key("Is the **plan** clear?") == "is the plan clear?");
  // A no-break space (C2 A0) is a space; an 'à' (C3 A0) keeps its second byte.
  CHECK(heading_key("Child's\xC2\xA0name\xC2\xA0") == "child's name");
  CHECK(heading_key("D\xC3\xA0 visit") == "d\xC3\xA0 visit");
  // Nothing an id can keep: the importer reports the cell rather than leave the row out.
  CHECK(id_from("\xE2\x80\x94") == "");
  CHECK(id_from("\xE6\x97\xA5\xE6\x9C\xAC") == "");
}

TEST_CASE("no-break spaces around a cell are trimmed, inside it they are kept") {
  Diagnostics d;
  const CsvTable t = parse("id,Words\n\xC2\xA0" "a-1\xC2\xA0,\xC2\xA0\n a-2 ,x\xC2\xA0y \xC2\xA0\n", d);
  CHECK(messages(d) == "");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].cells[0] == "a-1");
  CHECK(t.rows[0].cells[1] == "");
  CHECK(t.rows[1].cells[1] == "x\xC2\xA0y");
}
