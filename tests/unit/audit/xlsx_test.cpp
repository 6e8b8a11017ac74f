// The figures workbook read back with unzip (Info-ZIP): sheets, frozen header, typed numbers, known values.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <unistd.h>

#include "audit/export_tables.hpp"
#include "audit/packs.hpp"
#include "audit/xlsx_writer.hpp"
#include "load/project_loader.hpp"

using namespace qaf;

namespace {

bool have_unzip() { return std::system("unzip -v >/dev/null 2>&1") == 0; }

// One member of the zip `bytes`, as `unzip -p` prints it.
std::string unzip_member(const std::string& bytes, const std::string& member) {
  static int counter = 0;
  const std::filesystem::path tmp = std::filesystem::temp_directory_path() /
                                    ("qaf-xlsx-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".xlsx");
  std::ofstream(tmp, std::ios::binary) << bytes;
  std::string out;
  {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("unzip -p " + tmp.string() + " " + member).c_str(), "r"), pclose);
    if (pipe) {
      std::array<char, 4096> buf{};
      while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe.get())) out.append(buf.data(), n);
    }
  }
  std::filesystem::remove(tmp);
  return out;
}

// The XML of cell `ref` ("E3") in a sheet, or "".
std::string cell(const std::string& sheet, const std::string& ref) {
  std::smatch m;
  if (std::regex_search(sheet, m, std::regex("<c r=\"" + ref + "\"[^>]*(/>|>.*?</c>)"))) return m.str(0);
  return "";
}

struct Fixture {
  Fixture() {
    project = load_project(std::string(QAF_TEST_DATA) + "/fixture", {}, diags);
    REQUIRE(!diags.has_errors());
    fw = project.find_framework("fx");
    AggregateOptions o;
    o.as_of = *parse_date("2026-06-30");
    const auto records = records_of(project, *fw);
    tables = export_tables(*fw, aggregate(project, *fw, o, records), slices_by_team_and_period(project, *fw, o, records));
    bytes = xlsx_workbook(tables, o.as_of);
  }
  Diagnostics diags;
  Project project;
  const Framework* fw = nullptr;
  std::vector<ExportTable> tables;
  std::string bytes;
};

}  // namespace

TEST_CASE("the workbook: one sheet per table, in order") {
  REQUIRE_MESSAGE(have_unzip(), "unzip is needed to read the workbook: bash .ci/setup test installs it");
  Fixture f;
  const std::string wb = unzip_member(f.bytes, "xl/workbook.xml");
  std::vector<std::string> names;
  const std::regex sheet("<sheet name=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(wb.begin(), wb.end(), sheet); it != std::sregex_iterator(); ++it)
    names.push_back((*it)[1]);
  CHECK(names == std::vector<std::string>{"grades", "questions", "skills", "moderation", "disagreements", "escalations",
                                          "actions"});
}

TEST_CASE("the workbook: bold frozen header, numbers stored as numbers, known values") {
  REQUIRE_MESSAGE(have_unzip(), "unzip is needed to read the workbook: bash .ci/setup test installs it");
  Fixture f;
  const std::string grades = unzip_member(f.bytes, "xl/worksheets/sheet1.xml");
  INFO(grades.substr(0, 2000));
  REQUIRE(!grades.empty());
  CHECK(std::regex_search(grades, std::regex("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"")));
  CHECK(grades.find("xSplit") == std::string::npos);  // the header row only: no column is frozen
  CHECK(grades.find("<autoFilter ref=\"A1:E") != std::string::npos);
  // The header is text in a bold style.
  const std::string a1 = cell(grades, "A1");
  CHECK(a1.find("t=\"s\"") != std::string::npos);
  const std::string styles = unzip_member(f.bytes, "xl/styles.xml");
  CHECK(styles.find("<b/>") != std::string::npos);
  // Row 3 is North, 2026-Q1, Good: a1. The count is a number cell, not a string.
  const std::string e3 = cell(grades, "E3");
  CHECK(e3.find("t=\"s\"") == std::string::npos);
  CHECK(e3.find("<v>1</v>") != std::string::npos);

  // Moderation, last row: all teams, all periods: 3 moderated, 2 agreed, a share of 2/3 as a percentage.
  const std::string mod = unzip_member(f.bytes, "xl/worksheets/sheet4.xml");
  const ExportTable& mt = f.tables[3];
  REQUIRE(mt.name == "moderation");
  const std::string last = std::to_string(mt.rows.size() + 1);
  CHECK(cell(mod, "D" + last).find("<v>3</v>") != std::string::npos);
  CHECK(cell(mod, "E" + last).find("<v>2</v>") != std::string::npos);
  const std::string rate = cell(mod, "F" + last);
  CHECK(rate.find("t=\"s\"") == std::string::npos);
  CHECK(rate.find("<v>0.66666") != std::string::npos);
  CHECK(styles.find("formatCode=\"0.0%\"") != std::string::npos);
  // The totals row is marked in words (shared strings hold the text).
  const std::string strings = unzip_member(f.bytes, "xl/sharedStrings.xml");
  CHECK(strings.find("<t>All teams</t>") != std::string::npos);
  CHECK(strings.find("<t>All periods</t>") != std::string::npos);
  // A formula-like action stays text: a workbook string is never a formula.
  CHECK(strings.find("=HYPERLINK") != std::string::npos);
  CHECK(unzip_member(f.bytes, "xl/worksheets/sheet7.xml").find("<f>") == std::string::npos);
}

TEST_CASE("the workbook: the same tables and date give the same bytes; the date is the creation time") {
  REQUIRE_MESSAGE(have_unzip(), "unzip is needed to read the workbook: bash .ci/setup test installs it");
  Fixture f;
  CHECK(xlsx_workbook(f.tables, *parse_date("2026-06-30")) == f.bytes);
  CHECK(unzip_member(f.bytes, "docProps/core.xml").find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-06-30T00:00:00Z") !=
        std::string::npos);
  CHECK(xlsx_workbook(f.tables, *parse_date("2026-07-01")) != f.bytes);
}

TEST_CASE("the packs hold the workbook beside the CSV files") {
  Fixture f;
  PackOptions o;
  o.as_of = *parse_date("2026-06-30");
  const OutputTree tree = build_packs(f.project, o, f.diags);
  REQUIRE(tree.find("fx/fx-figures.xlsx"));
  CHECK(*tree.find("fx/fx-figures.xlsx") == f.bytes);
  CHECK(tree.has("fx/csv/grades.csv"));
}

TEST_CASE("the workbook: a column is as wide as its longest text in characters, not bytes, within 8 and 60") {
  REQUIRE_MESSAGE(have_unzip(), "unzip is needed to read the workbook: bash .ci/setup test installs it");
  ExportTable t;
  t.name = "Widths";
  t.header = {"T", "U", "V"};
  // 19 ASCII characters and 3 two-byte letters: 22 characters, 25 bytes. Then a short and a very long text.
  t.rows = {{ExportCell::of("Ashford team \u00e9\u00e9\u00e9 north"), ExportCell::of("ab"), ExportCell::of(std::string(100, 'x'))}};
  Date created;
  created.year = 2026, created.month = 6, created.day = 30;
  const std::string sheet = unzip_member(xlsx_workbook({t}, created), "xl/worksheets/sheet1.xml");
  std::vector<double> widths;
  const std::regex col("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([0-9.]+)\"");
  for (auto it = std::sregex_iterator(sheet.begin(), sheet.end(), col); it != std::sregex_iterator(); ++it)
    widths.push_back(std::stod((*it)[2]));
  INFO(sheet.substr(0, 600));
  REQUIRE(widths.size() == 3);
  // libxlsxwriter stores the width asked for plus Excel's cell padding, 0.7109375 of a character.
  CHECK(widths[0] == doctest::Approx(22 + 2 + 0.7109375));  // 22 characters + 2
  CHECK(widths[1] == doctest::Approx(8 + 0.7109375));       // at least 8
  CHECK(widths[2] == doctest::Approx(60 + 0.7109375));      // at most 60
}

TEST_CASE("the workbook: a row longer than the header is written whole, its extra cell without a heading") {
  REQUIRE_MESSAGE(have_unzip(), "unzip is needed to read the workbook: bash .ci/setup test installs it");
  ExportTable t;
  t.name = "Ragged";
  t.header = {"Team"};
  t.rows = {{ExportCell::of("North"), ExportCell::of("an extra note")}};
  Date created;
  created.year = 2026, created.month = 6, created.day = 30;
  const std::string bytes = xlsx_workbook({t}, created);
  const std::string sheet = unzip_member(bytes, "xl/worksheets/sheet1.xml");
  INFO(sheet.substr(0, 600));
  CHECK_FALSE(cell(sheet, "B2").empty());  // the extra cell is there
  CHECK(cell(sheet, "B1").empty());        // with no heading above it
  CHECK(unzip_member(bytes, "xl/sharedStrings.xml").find("an extra note") != std::string::npos);
}
