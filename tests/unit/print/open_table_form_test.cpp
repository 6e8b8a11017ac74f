// An open table on the printed form: blank rows with tick boxes in choice columns, or the record's rows.
#include <algorithm>

#include "print/print_blocks.hpp"
#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

// The sample form with a key learning points table before its signatures.
Framework table_framework() {
  Framework fw = sample_framework();
  fw.scales.push_back(choices_scale("si", {{"strength", "Strength"}, {"improve", "Area for improvement"}}));
  Section table;
  table.id = "learning";
  table.title = "Key learning points";
  table.kind = SectionKind::table;
  table.blank_rows = 3;
  table.pos = at(70);
  TableColumn finding{"finding", "Finding", AnswerType::choice, false, at(72)};
  finding.scale = Ref{"si", {}};
  table.table_columns = {TableColumn{"point", "Learning point", AnswerType::text, true, at(71)}, finding,
                         TableColumn{"audits", "Audits", AnswerType::number, false, at(73)},
                         TableColumn{"by", "By", AnswerType::date, false, at(74)}};
  auto& sections = fw.templates.front().sections;
  sections.insert(sections.end() - 1, table);
  return fw;
}

const layout::Table* learning_table(const layout::Document& doc) {
  for (const layout::Table* t : all_of<layout::Table>(doc))
    if (!t->rows.empty() && t->rows[0].size() == 4 && text_of(t->rows[0][0]) == "Learning point") return t;
  return nullptr;
}

}  // namespace

TEST_CASE("blank form: an open table prints its columns and blank rows, a tick box per option in a choice column") {
  const Framework fw = table_framework();
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options());
  CHECK(has_text(doc, "Key learning points"));
  const layout::Table* t = learning_table(doc);
  REQUIRE(t);
  CHECK(text_of(t->rows[0][1]) == "Finding");
  CHECK(t->rows.size() == 4);  // the header and three blank rows
  CHECK(text_of(t->rows[1][0]).empty());
  CHECK(text_of(t->rows[1][1]) == "Strength\nArea for improvement");
  CHECK(std::count_if(t->rows[3][1].begin(), t->rows[3][1].end(), [](const layout::Run& r) { return r.tick_box; }) == 2);
  CHECK(t->columns[3].fixed);  // a date column
}

TEST_CASE("filled form: an open table prints the record's rows, a choice by its label, or says there are none") {
  const Framework fw = table_framework();
  AuditRecord record = sample_record();
  TableRow row;
  row.cells = {AnswerValue{"point", {}, std::nullopt, Text{"Plans are shared **early**.", {}}, {}},
               AnswerValue{"finding", {"improve"}, std::nullopt, {}, {}}, AnswerValue{"audits", {"9"}, 9.0, {}, {}},
               AnswerValue{"by", {"2026-05-01"}, std::nullopt, {}, {}}};
  record.tables = {TableEntry{"learning", {row}, {}}};
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options(), &record);
  const layout::Table* t = learning_table(doc);
  REQUIRE(t);
  REQUIRE(t->rows.size() == 2);
  CHECK(text_of(t->rows[1][0]) == "Plans are shared early.");
  CHECK(text_of(t->rows[1][1]) == "Area for improvement");
  CHECK(text_of(t->rows[1][2]) == "9");
  CHECK(text_of(t->rows[1][3]) == "1 May 2026");

  record.tables.clear();
  const layout::Document none = print::template_document(fw, fw.templates.front(), options(), &record);
  const layout::Table* empty = learning_table(none);
  REQUIRE(empty);
  REQUIRE(empty->rows.size() == 2);
  CHECK(text_of(empty->rows[1][0]) == "No rows recorded.");
}
