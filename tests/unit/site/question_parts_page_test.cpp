// Questions in parts and blank cells on the template's page: rows as on the form, each part anchored and lettered under its stem.
#include <doctest/doctest.h>

#include <regex>

#include "../load/question_parts_fixture.hpp"
#include "site_fixture.hpp"

using namespace qaf;

namespace {

std::string visible(const std::string& html) {
  return std::regex_replace(std::regex_replace(html, std::regex("<[^>]*>"), " "), std::regex("\\s+"), " ");
}

}  // namespace

TEST_CASE("the page sets side-by-side columns out row by row, blank cells and questions in parts as the form has them") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", test::question_parts_framework());
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/templates/conv.html");
  const auto table = html.find("<table class=\"qaf-side-by-side\">");
  REQUIRE(table != std::string::npos);
  const std::string grid = html.substr(table, html.find("</table>", table) - table);
  CHECK(grid.find("<th scope=\"col\">Talking with the practitioner</th><th scope=\"col\">From the record</th>") != std::string::npos);
  // Three rows; the second's first cell is blank, and says so to a screen reader.
  std::vector<std::string> rows;
  for (std::size_t at = grid.find("<tr>", grid.find("<tbody>")); at != std::string::npos; at = grid.find("<tr>", at + 1))
    rows.push_back(grid.substr(at, grid.find("</tr>", at) - at));
  REQUIRE(rows.size() == 3);
  CHECK(visible(rows[0]).find("1.1 Walk me through the plan.") != std::string::npos);
  CHECK(visible(rows[0]).find("1.3 Is the plan clear about: Answer every part. (a) what the family will do?") != std::string::npos);
  CHECK(rows[1].find("<td class=\"qaf-side-by-side__blank\"><span class=\"qaf-visually-hidden\">Talking with the practitioner: nothing asked in this row</span></td>") == 4);
  CHECK(visible(rows[1]).find("1.4 Reviewed on time?") != std::string::npos);
  CHECK(visible(rows[2]).find("1.2 Is the plan working?") != std::string::npos);
  CHECK(visible(rows[2]).find("1.5 Outcomes agreed?") != std::string::npos);
  // Each part is a list item of its own, anchored for links, under the stem's item; the part
  // with a condition of its own shows it on the part, not on the stem.
  CHECK(rows[0].find("<li class=\"qaf-question qaf-question--in-parts\" id=\"q-clear\">") != std::string::npos);
  CHECK(rows[0].find("id=\"q-clear-family\"") != std::string::npos);
  const auto carers = rows[0].find("id=\"q-clear-carers\"");
  REQUIRE(carers != std::string::npos);
  CHECK(visible(rows[0].substr(carers)).find("(c) what the carers think? Conditional Children in care only") != std::string::npos);
  CHECK(visible(rows[0].substr(0, carers)).find("Conditional") == std::string::npos);
  // A question in parts with no columns lists the same way.
  CHECK(visible(html).find("2.1 Were the visits (a) as often as the plan says?") != std::string::npos);
}
