// Questions in parts and blank cells on the printed form: a stem and its lettered parts in one cell, rows as the author paired them.
#include <algorithm>

#include "../load/question_parts_fixture.hpp"
#include "../load/test_project.hpp"
#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

Project load_parts(TempProject& t, bool with_record) {
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", question_parts_framework());
  if (with_record) t.file("content/audits/r1.yaml", question_parts_record());
  return t.load();
}

std::vector<std::string> ticked(const layout::Runs& cell) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i + 1 < cell.size(); ++i)
    if (cell[i].tick_box && cell[i].ticked) out.push_back(cell[i + 1].text);
  return out;
}

}  // namespace

TEST_CASE("side by side: a question in parts in one cell beside one question, a blank cell where the author left one") {
  TempProject t;
  const Project p = load_parts(t, false);
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.at(0);
  const layout::Document doc = print::template_document(fw, *fw.find_template("conv"), options());
  const auto tables = all_of<layout::Table>(doc);
  REQUIRE(!tables.empty());
  const layout::Table& table = *tables.front();
  REQUIRE(table.rows.size() == 4);  // the column titles, then three rows
  CHECK(text_of(table.rows[0][0]) == "Talking with the practitioner");
  CHECK(text_of(table.rows[1][0]).rfind("1.1  Walk me through the plan.", 0) == 0);
  // The stem once, with its number and notes, then each part lettered with its own boxes.
  const std::string parts = text_of(table.rows[1][1]);
  CHECK(parts.rfind("1.3  Is the plan clear about:\nAnswer every part.\n(a)  what the family will do?", 0) == 0);
  const auto b = parts.find("(b)  what the worker will do?"), c = parts.find("Children in care only\n(c)  what the carers think? (optional)");
  REQUIRE(b != std::string::npos);
  REQUIRE(c != std::string::npos);
  CHECK(b < c);
  CHECK(std::count_if(table.rows[1][1].begin(), table.rows[1][1].end(), [](const layout::Run& r) { return r.tick_box; }) == 9);
  // Comment room for the parts that ask for one: (a) and (c), not (b).
  std::size_t comments = 0;
  for (std::size_t at = parts.find("Comment:"); at != std::string::npos; at = parts.find("Comment:", at + 1)) ++comments;
  CHECK(comments == 2);
  // Row 2: nothing on the left, the record's next question on the right; row 3 pairs the last two.
  CHECK(table.rows[2][0].empty());
  CHECK(text_of(table.rows[2][1]).rfind("1.4  Reviewed on time?", 0) == 0);
  CHECK(text_of(table.rows[3][0]).rfind("1.2  Is the plan working?", 0) == 0);
  CHECK(text_of(table.rows[3][1]).rfind("1.5  Outcomes agreed?", 0) == 0);
  // With no columns: the stem as a numbered paragraph, the parts under it.
  const std::vector<std::string> text = texts(doc);
  const auto stem = std::find(text.begin(), text.end(), "2.1  Were the visits");
  REQUIRE(stem != text.end());
  CHECK(std::find(stem, text.end(), "(a)  as often as the plan says?") != text.end());
  CHECK(std::find(stem, text.end(), "(b)  with the child seen alone?") != text.end());
}

TEST_CASE("filled: each part's own answer ticked in the shared cell, with its comment") {
  TempProject t;
  const Project p = load_parts(t, true);
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.at(0);
  const layout::Document doc = print::template_document(fw, *fw.find_template("conv"), options(), &p.audits.at(0));
  const layout::Table& table = *all_of<layout::Table>(doc).front();
  CHECK(ticked(table.rows[1][1]) == std::vector<std::string>{"Yes", "No", "Partly"});
  CHECK(text_of(table.rows[1][1]).find("Named tasks for each parent.") != std::string::npos);
  CHECK(table.rows[2][0].empty());
  CHECK(text_of(table.rows[3][0]).find("Partly; school is better.") != std::string::npos);
}
