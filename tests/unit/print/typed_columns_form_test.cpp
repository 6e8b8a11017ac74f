// Parallel columns answered their own way on the printed form: evidence prompts in their column, grade boxes, a totals row counting the grades.
#include <algorithm>

#include "../load/test_project.hpp"
#include "../load/typed_columns_fixture.hpp"
#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

std::vector<std::string> ticked(const layout::Runs& cell) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i + 1 < cell.size(); ++i)
    if (cell[i].tick_box && cell[i].ticked) out.push_back(cell[i + 1].text);
  return out;
}

std::size_t boxes(const layout::Runs& cell) {
  return static_cast<std::size_t>(std::count_if(cell.begin(), cell.end(), [](const layout::Run& r) { return r.tick_box; }));
}

}  // namespace

TEST_CASE("audit elements: the question, its evidence prompts, comments, actions and the grade's boxes in one row; totals last") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", typed_columns_framework());
  t.file("content/audits/r1.yaml", typed_columns_record());
  const Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.at(0);
  const Template& tpl = *fw.find_template("review");

  const layout::Document blank = print::template_document(fw, tpl, options());
  const layout::Table& table = *all_of<layout::Table>(blank).front();
  REQUIRE(table.rows.size() == 4);  // headings, two elements, totals
  std::vector<std::string> heads;
  for (const auto& cell : table.rows[0]) heads.push_back(text_of(cell));
  CHECK(heads == std::vector<std::string>{"Question", "Evidence", "Comments", "Actions", "Action rating", "Seen"});
  // The guidance is printed in its column, not under the question.
  CHECK(text_of(table.rows[1][0]) == "1.1  Waiting work is risk assessed.");
  CHECK(text_of(table.rows[1][1]).find("Workload figures") != std::string::npos);
  CHECK(text_of(table.rows[1][1]).find("Reallocations") != std::string::npos);
  CHECK(text_of(table.rows[2][1]) == "Files found when asked for.");
  // Written columns are empty room; the grade and the tick take their own scales' boxes.
  CHECK(table.rows[1][2].empty());
  CHECK(table.rows[1][3].empty());
  CHECK(boxes(table.rows[1][4]) == 2);
  CHECK(text_of(table.rows[1][4]) == "Good\nPoor");
  CHECK(boxes(table.rows[1][5]) == 2);
  // Totals: a line to count each grade and each tick.
  CHECK(text_of(table.rows[3][0]) == "Total");
  CHECK(text_of(table.rows[3][4]) == "Good: \nPoor: ");
  CHECK(text_of(table.rows[3][5]) == "Yes: \nNo: ");
  CHECK(table.rows[3][2].empty());

  // Filled: each column's answer in its cell; the totals count the record's grades.
  const layout::Document filled = print::template_document(fw, tpl, options(), &p.audits.at(0));
  const layout::Table& ft = *all_of<layout::Table>(filled).front();
  CHECK(text_of(ft.rows[1][2]) == "Every case had a risk note.");
  CHECK(text_of(ft.rows[1][3]) == "Keep it up.");
  CHECK(ticked(ft.rows[1][4]) == std::vector<std::string>{"Good"});
  CHECK(ticked(ft.rows[2][4]) == std::vector<std::string>{"Poor"});
  CHECK(ticked(ft.rows[2][5]) == std::vector<std::string>{"No"});
  CHECK(text_of(ft.rows[3][4]) == "Good: 1\nPoor: 1");
  CHECK(text_of(ft.rows[3][5]) == "Yes: 1\nNo: 1");
}
