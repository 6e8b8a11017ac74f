// The printed moderation section with checks and returns: yes/no boxes per check, an outcome row, ticked when filled.
#include <algorithm>

#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

Framework with_checks(bool returns) {
  Framework fw = sample_framework();
  for (Section& s : fw.templates.front().sections)
    if (s.kind == SectionKind::moderation) {
      s.returns = returns;
      s.checks = {ModerationCheck{"reflects", Text{"Does the audit reflect the practice?", at(51)}, at(51)},
                  ModerationCheck{"learning", Text{"Is there learning for the worker?", at(52)}, at(52)}};
    }
  return fw;
}

/// The tick boxes that follow the paragraph reading `label`.
const layout::TickBoxes* boxes_after(const layout::Document& doc, const std::string& label) {
  bool seen = false;
  for (const auto& b : doc.blocks) {
    if (const auto* p = std::get_if<layout::Paragraph>(&b.content)) seen = text_of(p->runs) == label;
    else if (const auto* t = std::get_if<layout::TickBoxes>(&b.content); t && seen) return t;
    else seen = false;
  }
  return nullptr;
}

std::vector<std::string> labels(const layout::TickBoxes& b) {
  std::vector<std::string> out;
  for (const auto& o : b.options) out.push_back(text_of(o));
  return out;
}

}  // namespace

TEST_CASE("blank form: each check with Yes / No boxes, then the outcome, and what returning means") {
  const Framework fw = with_checks(true);
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options());
  const auto* reflects = boxes_after(doc, "Does the audit reflect the practice?");
  REQUIRE(reflects);
  CHECK(labels(*reflects) == std::vector<std::string>{"Yes", "No"});
  REQUIRE(boxes_after(doc, "Is there learning for the worker?"));
  const auto* outcome = boxes_after(doc, "Outcome");
  REQUIRE(outcome);
  CHECK(labels(*outcome) == std::vector<std::string>{"Accepted", "Returned to the auditor for rework"});
  CHECK(std::none_of(outcome->ticked.begin(), outcome->ticked.end(), [](bool b) { return b; }));
  CHECK(has_text(doc, "Returning it does not move the deadline."));
  CHECK(has_text(doc, "Comments (if returned, what must change)"));
  // The checks come after the grade, and before the outcome.
  const auto t = texts(doc);
  const auto grade = std::find(t.begin(), t.end(), "If not, your own grade:");
  const auto check = std::find(t.begin(), t.end(), "Does the audit reflect the practice?");
  const auto out = std::find(t.begin(), t.end(), "Outcome");
  CHECK(grade < check);
  CHECK(check < out);
}

TEST_CASE("filled form: the record's answers and outcome are ticked") {
  const Framework fw = with_checks(true);
  AuditRecord record = sample_record();
  record.moderation->returned = true;
  record.moderation->comment = Text{"Add the child's views.", {}};
  record.moderation->checks = {CheckAnswer{"reflects", false, {}}, CheckAnswer{"learning", true, {}}};
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options(), &record);
  CHECK(boxes_after(doc, "Does the audit reflect the practice?")->ticked == std::vector<bool>{false, true});
  CHECK(boxes_after(doc, "Is there learning for the worker?")->ticked == std::vector<bool>{true, false});
  CHECK(boxes_after(doc, "Outcome")->ticked == std::vector<bool>{false, true});
  CHECK_FALSE(has_text(doc, "Returning it does not move the deadline."));  // the blank form's instruction only
}

TEST_CASE("a moderation section without returns prints no outcome; without checks no check") {
  const Framework fw = sample_framework();
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options());
  CHECK_FALSE(has_text(doc, "Outcome"));
  CHECK(has_text(doc, "Comments"));
  CHECK_FALSE(has_text(doc, "Comments (if returned"));
  CHECK_FALSE(boxes_after(doc, "Does the audit reflect the practice?"));
}
