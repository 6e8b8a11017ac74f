// A feedback source's own questions on the printed form: blank with tick boxes and lines, filled with the record's answers.
#include <algorithm>

#include "print/print_blocks.hpp"
#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

// The sample form's parent source, with a yes/no question, a follow-up and an open question.
Framework feedback_framework() {
  Framework fw = sample_framework();
  fw.scales.push_back(choices_scale("yn", {{"yes", "Yes"}, {"no", "No"}}));
  for (Section& s : fw.templates.front().sections)
    if (s.kind == SectionKind::feedback) {
      FeedbackSource& src = s.sources.front();
      src.questions = {question("listened", "Were you listened to?", AnswerType::choice, "yn", 42),
                       question("how", "How did you know?", AnswerType::text, "", 43),
                       question("better", "What could be better?", AnswerType::text, "", 44)};
      src.questions[1].when = Condition{Ref{"listened", {}}, {}, {Ref{"yes", {}}}, "", at(43)};
    }
  return fw;
}

std::string all_text(const layout::Document& doc) {
  std::string out;
  for (const auto& b : doc.blocks)
    if (const auto* p = std::get_if<layout::Paragraph>(&b.content)) out += text_of(p->runs) + "\n";
    else if (const auto* h = std::get_if<layout::Heading>(&b.content)) out += text_of(h->runs) + "\n";
  return out;
}

}  // namespace

TEST_CASE("blank form: a source's questions numbered within it, yes/no as tick boxes, follow-up named") {
  const Framework fw = feedback_framework();
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options());
  const std::string text = all_text(doc);
  const auto source = text.find("Parent or carer"), first = text.find("1  Were you listened to?"),
             follow = text.find("Only when the answer to question 1 is Yes"), second = text.find("2  How did you know?"),
             third = text.find("3  What could be better?"), reasons = text.find("Feedback not given because:");
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  REQUIRE(third != std::string::npos);
  REQUIRE(follow != std::string::npos);
  CHECK(source < first);
  CHECK(first < follow);
  CHECK(follow < second);
  CHECK(second < third);
  CHECK(third < reasons);
  CHECK(text.find("Anything else said") != std::string::npos);
  const auto boxes = all_of<layout::TickBoxes>(doc);
  CHECK(std::any_of(boxes.begin(), boxes.end(), [](const layout::TickBoxes* b) {
    return b->options.size() == 2 && text_of(b->options[0]) == "Yes" && text_of(b->options[1]) == "No";
  }));
}

TEST_CASE("filled form: a source's answers ticked and written; feedback not given leaves its questions out") {
  const Framework fw = feedback_framework();
  AuditRecord record = sample_record();
  FeedbackEntry given{"parent", true, {}, "", {}};
  given.answers = {Answer{"listened", {AnswerValue{"", {"no"}, std::nullopt, {}, {}}}, {}, {}},
                   Answer{"better", {AnswerValue{"", {}, std::nullopt, Text{"Ring back when you say.", {}}, {}}}, {}, {}}};
  record.feedback = {given};
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options(), &record);
  const auto boxes = all_of<layout::TickBoxes>(doc);
  CHECK(std::any_of(boxes.begin(), boxes.end(), [](const layout::TickBoxes* b) {
    return b->options.size() == 2 && text_of(b->options[0]) == "Yes" && b->ticked == std::vector<bool>{false, true};
  }));
  const auto tables = all_of<layout::Table>(doc);
  CHECK(std::any_of(tables.begin(), tables.end(), [](const layout::Table* t) {
    return t->rows.size() == 1 && text_of(t->rows[0][0]) == "Ring back when you say.";
  }));

  record.feedback = {FeedbackEntry{"parent", false, {}, "Declined", {}}};
  const layout::Document not_given = print::template_document(fw, fw.templates.front(), options(), &record);
  CHECK(all_text(not_given).find("Were you listened to?") == std::string::npos);
}
