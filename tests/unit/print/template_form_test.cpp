// Unit tests for printed templates: the blank form's parts, the filled variant, furniture, and missing glyphs.
#include <algorithm>
#include <cmath>

#include "pdf/pdf_writer.hpp"
#include "print/print_blocks.hpp"
#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

const Template& form(const Framework& fw) { return fw.templates.front(); }

}  // namespace

TEST_CASE("blank form: header fields with lines, tick boxes per option, rating rows, writing space") {
  const Framework fw = sample_framework();
  const layout::Document doc = print::template_document(fw, form(fw), options());
  CHECK(doc.orientation == layout::Orientation::portrait);
  CHECK(doc.title == "Case file audit");

  // Header fields: text and date fields on labelled lines, the choice field as tick boxes.
  const auto lines = all_of<layout::SignatureLines>(doc);
  REQUIRE(!lines.empty());
  CHECK(lines.front()->labels == std::vector<std::string>{"Child's name", "Date of audit"});
  const auto boxes = all_of<layout::TickBoxes>(doc);
  REQUIRE(boxes.size() >= 2);
  REQUIRE(boxes.front()->options.size() == 2);
  CHECK(text_of(boxes.front()->options[1]) == "Child looked after");
  CHECK(std::none_of(boxes.front()->ticked.begin(), boxes.front()->ticked.end(), [](bool b) { return b; }));

  // The categorical question: one box per option, side by side.
  const auto pep = std::find_if(boxes.begin(), boxes.end(), [](const layout::TickBoxes* b) {
    return b->options.size() == 3 && text_of(b->options[1]) == "Partly";
  });
  REQUIRE(pep != boxes.end());
  CHECK((*pep)->across);

  // Rating rows: the grades by label, the bands scale by its numbers 0-10.
  const auto ratings = all_of<layout::RatingRow>(doc);
  REQUIRE(ratings.size() >= 2);
  CHECK(ratings[0]->labels == std::vector<std::string>{"Outstanding", "Good", "Requires improvement", "Inadequate"});
  CHECK(ratings[0]->chosen == -1);
  CHECK(ratings[1]->labels.size() == 11);
  CHECK(ratings[1]->labels.front() == "0");
  CHECK(ratings[1]->labels.back() == "10");
  CHECK(has_text(doc, "0\u20134 Inadequate \u00b7 5\u201310 Good"));

  // Writing space: the question's own `lines`, else the template's writing_lines.
  const auto writing = all_of<layout::WritingLines>(doc);
  CHECK(std::any_of(writing.begin(), writing.end(), [](const layout::WritingLines* w) { return w->count == 6; }));
  // Number and date questions get a labelled line.
  CHECK(std::any_of(lines.begin(), lines.end(), [](const layout::SignatureLines* l) {
    return l->labels == std::vector<std::string>{"Number (0 to 20)"};
  }));
  CHECK(std::any_of(lines.begin(), lines.end(),
                    [](const layout::SignatureLines* l) { return l->labels == std::vector<std::string>{"Date"}; }));
  // The conditional question is marked with its label, before the question.
  const auto t = texts(doc);
  const auto cond = std::find(t.begin(), t.end(), "Looked-after children only");
  REQUIRE(cond != t.end());
  CHECK((cond + 1)->find("Is there a current PEP?") != std::string::npos);
  // Emphasis in Markdown becomes bold and italic runs.
  CHECK(has_text(doc, "Audit one case with the practitioner."));
}

TEST_CASE("blank form: parallel columns, actions table, feedback, moderation, signatures") {
  const Framework fw = sample_framework();
  const layout::Document doc = print::template_document(fw, form(fw), options());
  const auto tables = all_of<layout::Table>(doc);
  REQUIRE(tables.size() >= 3);
  // Columns: Question + a column per column; the answer cells hold a tick box per option.
  const layout::Table& columns = *tables[0];
  REQUIRE(columns.rows.size() == 2);
  CHECK(text_of(columns.rows[0][0]) == "Question");
  CHECK(text_of(columns.rows[0][1]) == "Discussion");
  CHECK(text_of(columns.rows[0][2]) == "File audit");
  const auto ticks = std::count_if(columns.rows[1][1].begin(), columns.rows[1][1].end(),
                                   [](const layout::Run& r) { return r.tick_box; });
  CHECK(ticks == 3);
  CHECK(text_of(columns.rows[1][2]).find("Comment:") != std::string::npos);
  // Actions: a header row and `rows` empty rows with room to write.
  const layout::Table& actions = *tables[1];
  REQUIRE(actions.rows.size() == 5);
  CHECK(text_of(actions.rows[0][2]) == "By when");
  CHECK(actions.columns[2].fixed);
  CHECK(actions.min_row_height > 20);
  CHECK(text_of(actions.rows[3][0]).empty());
  // Feedback: "not given because" options as tick boxes.
  CHECK(has_text(doc, "Feedback not given because:"));
  const auto boxes = all_of<layout::TickBoxes>(doc);
  CHECK(std::any_of(boxes.begin(), boxes.end(), [](const layout::TickBoxes* b) {
    return b->options.size() == 2 && text_of(b->options[0]) == "Declined";
  }));
  // Moderation: moderator and date lines, agrees yes/no, own grade, further actions (3 rows).
  const auto lines = all_of<layout::SignatureLines>(doc);
  CHECK(std::any_of(lines.begin(), lines.end(), [](const layout::SignatureLines* l) {
    return l->labels == std::vector<std::string>{"Moderator", "Date"};
  }));
  CHECK(has_text(doc, "Do you agree with the overall grade?"));
  CHECK(has_text(doc, "If not, your own grade:"));
  REQUIRE(tables.size() >= 3);
  CHECK(tables[2]->rows.size() == 4);
  // Signatures: name, signature and date for each signatory.
  CHECK(has_text(doc, "Auditor"));
  CHECK(lines.back()->labels == std::vector<std::string>{"Name", "Signature", "Date"});
}

// Side-by-side columns: the story section's two columns each hold questions of their own.
Framework side_by_side_framework() {
  Framework fw = sample_framework();
  Section& story = fw.templates.front().sections.front();
  story.side_by_side = true;
  story.questions.front().column = "discussion";
  story.questions.push_back(question("chronology", "Is the chronology up to date?", AnswerType::choice, "ynpn", 14));
  story.questions.back().column = "file";
  story.questions.push_back(question("visits", "Are visits on time?", AnswerType::text, "", 15));
  story.questions.back().column = "file";
  return fw;
}

TEST_CASE("side-by-side columns: each column's questions read across the page, numbered on from column to column") {
  const Framework fw = side_by_side_framework();
  const layout::Document doc = print::template_document(fw, form(fw), options());
  const layout::Table& table = *all_of<layout::Table>(doc).front();
  // No "Question" column: a column per column, a row per k-th question of each.
  REQUIRE(table.columns.size() == 2);
  REQUIRE(table.rows.size() == 3);
  CHECK(text_of(table.rows[0][0]) == "Discussion");
  CHECK(text_of(table.rows[0][1]) == "File audit");
  CHECK(text_of(table.rows[1][0]).rfind("1.1  Was the child seen alone?", 0) == 0);
  CHECK(text_of(table.rows[1][1]).rfind("1.2  Is the chronology up to date?", 0) == 0);
  CHECK(text_of(table.rows[2][0]).empty());  // the first column has only one question
  CHECK(text_of(table.rows[2][1]).rfind("1.3  Are visits on time?", 0) == 0);
  // Each cell holds its own question's boxes; the commented one its "Comment:".
  auto ticks = [](const layout::Runs& cell) {
    return std::count_if(cell.begin(), cell.end(), [](const layout::Run& r) { return r.tick_box; });
  };
  CHECK(ticks(table.rows[1][0]) == 3);
  CHECK(ticks(table.rows[1][1]) == 3);
  CHECK(text_of(table.rows[1][0]).find("Comment:") != std::string::npos);
  CHECK(text_of(table.rows[1][1]).find("Comment:") == std::string::npos);
  // A written answer in a column: rows tall enough to write in on a blank form.
  CHECK(table.min_row_height >= 2.2 * 10 * 3);

  // Filled: each column's answer ticked in its own cell, the written answer in words.
  AuditRecord record = sample_record();
  record.answers.front() = Answer{"seen", {AnswerValue{"", {"yes"}, std::nullopt, {}, {}}}, Text{"Seen at school.", {}}, {}};
  record.answers.push_back(Answer{"chronology", {AnswerValue{"", {"no"}, std::nullopt, {}, {}}}, {}, {}});
  record.answers.push_back(Answer{"visits", {AnswerValue{"", {}, std::nullopt, Text{"Every two weeks.", {}}, {}}}, {}, {}});
  const layout::Document filled = print::template_document(fw, form(fw), options(), &record);
  const layout::Table& ft = *all_of<layout::Table>(filled).front();
  auto ticked = [](const layout::Runs& cell) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i + 1 < cell.size(); ++i)
      if (cell[i].tick_box && cell[i].ticked) out.push_back(cell[i + 1].text);
    return out;
  };
  CHECK(ticked(ft.rows[1][0]) == std::vector<std::string>{"Yes"});
  CHECK(ticked(ft.rows[1][1]) == std::vector<std::string>{"No"});
  CHECK(text_of(ft.rows[1][0]).find("Seen at school.") != std::string::npos);
  CHECK(text_of(ft.rows[2][1]).find("Every two weeks.") != std::string::npos);
}

TEST_CASE("furniture: titles, version, status, printed-from date, the online page's full address and a draft's watermark") {
  const Framework fw = sample_framework();
  const layout::Document doc = print::template_document(fw, form(fw), options());
  CHECK(doc.furniture.header_left == "Test Council \u00b7 Practice Framework");
  CHECK(doc.furniture.header_right == "Case file audit");
  REQUIRE(doc.furniture.footer_lines.size() == 2);
  // No site address in qaf.yaml: no "Online version", since a path means nothing on paper.
  CHECK(doc.furniture.footer_lines[0] == "Version 3.1 \u00b7 Approved");
  CHECK(doc.furniture.watermark.empty());
  CHECK(doc.furniture.footer_lines[1] ==
        "Printed from version 3.1 on 5 January 2026 \u2014 check the intranet for the current version");
  CHECK(doc.furniture.page_number == "Page {n} of {m}");
  print::PrintOptions o = options();
  o.site_url = "https://intranet.example/qaf/";
  const auto online = print::template_document(fw, form(fw), o);
  CHECK(online.furniture.footer_lines[0] ==
        "Version 3.1 \u00b7 Approved \u00b7 Online version: https://intranet.example/qaf/fw/templates/form.html");
  // A draft framework's documents carry DRAFT across every page.
  Framework draft = sample_framework();
  draft.meta.status = "draft";
  CHECK(print::template_document(draft, form(draft), options()).furniture.watermark == "DRAFT");
  CHECK(print::standards_document(draft, options()).furniture.watermark == "DRAFT");
}

TEST_CASE("the moderation and signature parts each stay whole on a page when they fit") {
  const Framework fw = sample_framework();
  const layout::Document doc = print::template_document(fw, form(fw), options());
  // From each part's heading to the end of the part, every block is kept together and with the next.
  for (const char* title : {"Moderation", "Signatures"}) {
    INFO(title);
    auto at = std::find_if(doc.blocks.begin(), doc.blocks.end(), [&](const layout::Block& b) {
      const auto* h = std::get_if<layout::Heading>(&b.content);
      return h && text_of(h->runs).find(title) != std::string::npos;
    });
    REQUIRE(at != doc.blocks.end());
    auto end = std::find_if(at + 1, doc.blocks.end(), [](const layout::Block& b) {
      const auto* h = std::get_if<layout::Heading>(&b.content);
      return h && h->level == 2;
    });
    for (auto it = at; it != end; ++it) {
      CHECK(it->keep_together);
      CHECK(it->keep_with_next == (it + 1 != end));
    }
  }
  // A questions part is not: it may run over several pages.
  const auto first = std::find_if(doc.blocks.begin(), doc.blocks.end(), [](const layout::Block& b) {
    return std::holds_alternative<layout::Heading>(b.content) && std::get<layout::Heading>(b.content).level == 2;
  });
  REQUIRE(first != doc.blocks.end());
  CHECK_FALSE(first->keep_together);
}

TEST_CASE("a blank form's pages each carry a strip for the case reference; a filled form's name the audit") {
  // With no case reference field, the first written field stands in.
  CHECK(print::template_document(sample_framework(), form(sample_framework()), options()).furniture.reference_label ==
        "Child's name");
  Framework fw = sample_framework();
  fw.templates.front().header.push_back(
      HeaderField{"case", "Case reference", AnswerType::text, {}, FieldRole::case_id, true, true, at(7)});
  const layout::Document doc = print::template_document(fw, form(fw), options());
  const HeaderField* ref = form(fw).field_with_role(FieldRole::case_id);
  REQUIRE(ref);
  CHECK(doc.furniture.reference_label == "Case reference");
  // Laid out: on every page, the label and a line to write on, under the header's rule.
  Diagnostics diags;
  const auto laid = layout::layout_document(doc, fonts(), diags);
  REQUIRE(laid.pages.size() >= 2);
  for (const auto& page : laid.pages) {
    const auto label = std::find_if(page.texts.begin(), page.texts.end(),
                                    [&](const layout::TextItem& t) { return t.text == ref->label + ":"; });
    REQUIRE(label != page.texts.end());
    CHECK(std::any_of(page.lines.begin(), page.lines.end(), [&](const layout::LineItem& l) {
      return l.x1 > label->x && l.x2 - l.x1 >= 140 && std::abs(l.y1 - label->y) < 3;
    }));
  }
  // Filled: the header names the audit; no strip to write in.
  const AuditRecord record = sample_record();
  CHECK(print::template_document(fw, form(fw), options(), &record).furniture.reference_label.empty());
}

TEST_CASE("a landscape template prints landscape, with three header fields a row") {
  Framework fw = sample_framework();
  fw.templates.front().landscape = true;
  fw.templates.front().header.push_back(HeaderField{"team", "Team", AnswerType::text, {}, FieldRole::team, false, true, at(7)});
  const layout::Document doc = print::template_document(fw, form(fw), options());
  CHECK(doc.orientation == layout::Orientation::landscape);
  CHECK(all_of<layout::SignatureLines>(doc).front()->labels.size() == 3);
  Diagnostics diags;
  const auto laid = layout::layout_document(doc, fonts(), diags);
  CHECK(diags.all().empty());
  CHECK(laid.pages.front().width > laid.pages.front().height);
}

TEST_CASE("filled form: ticks, chosen grades, written answers, actions, feedback, moderation, signatures") {
  const Framework fw = sample_framework();
  const AuditRecord record = sample_record();
  const layout::Document doc = print::template_document(fw, form(fw), options(), &record);
  CHECK(doc.furniture.footer_lines.front().find("personal data") != std::string::npos);
  CHECK(doc.furniture.header_right.find("a-0001") != std::string::npos);
  const auto lines = all_of<layout::SignatureLines>(doc);
  CHECK(lines.front()->values == std::vector<std::string>{"Sam Example", "2 March 2026"});
  const auto boxes = all_of<layout::TickBoxes>(doc);
  CHECK(boxes.front()->ticked == std::vector<bool>{false, true});  // category: looked after
  const auto pep = std::find_if(boxes.begin(), boxes.end(), [](const layout::TickBoxes* b) {
    return b->options.size() == 3 && text_of(b->options[1]) == "Partly";
  });
  REQUIRE(pep != boxes.end());
  CHECK((*pep)->ticked == std::vector<bool>{false, true, false});
  // Columns: each column's own answer ticked in its cell.
  const auto tables = all_of<layout::Table>(doc);
  auto ticked_label = [](const layout::Runs& cell) {
    for (std::size_t i = 0; i + 1 < cell.size(); ++i)
      if (cell[i].tick_box && cell[i].ticked) return cell[i + 1].text;
    return std::string();
  };
  CHECK(ticked_label(tables[0]->rows[1][1]) == "Yes");
  CHECK(ticked_label(tables[0]->rows[1][2]) == "No");
  CHECK(text_of(tables[0]->rows[1][2]).find("Seen at school.") != std::string::npos);
  // Ratings: the quality grade, the scaling score 7, the judgement, the moderator's grade.
  const auto ratings = all_of<layout::RatingRow>(doc);
  REQUIRE(ratings.size() == 4);
  CHECK(ratings[0]->chosen == 1);
  CHECK(ratings[1]->chosen == 7);
  CHECK(ratings[2]->chosen == 2);
  CHECK(ratings[3]->chosen == 3);
  CHECK(has_text(doc, "Overall judgement: Requires improvement (worked out from the grades above)"));
  // Both ends of the scaling line are marked too: 0 (its first box) and 10 (its last).
  for (const double score : {0.0, 10.0}) {
    AuditRecord edge = sample_record();
    for (Answer& a : edge.answers)
      if (a.question == "scale") a.values.front().number = score;
    const layout::Document edged = print::template_document(fw, form(fw), options(), &edge);
    CHECK_MESSAGE(all_of<layout::RatingRow>(edged)[1]->chosen == static_cast<int>(score), score);
  }
  // Text instead of writing lines; number and date on their lines.
  CHECK(all_of<layout::WritingLines>(doc).empty());
  bool working = false;
  for (const auto* t : tables)
    for (const auto& row : t->rows)
      for (const auto& cell : row) working = working || text_of(cell) == "The plan is working.";
  CHECK(working);
  CHECK(std::any_of(lines.begin(), lines.end(), [](const layout::SignatureLines* l) { return l->values == std::vector<std::string>{"3"}; }));
  CHECK(std::any_of(lines.begin(), lines.end(),
                    [](const layout::SignatureLines* l) { return l->values == std::vector<std::string>{"20 February 2026"}; }));
  // Actions filled; feedback reason ticked; moderation; signature.
  const auto actions = std::find_if(tables.begin(), tables.end(), [](const layout::Table* t) {
    return !t->rows.empty() && !t->rows[0].empty() && text_of(t->rows[0][0]) == "Action";
  });
  REQUIRE(actions != tables.end());
  REQUIRE((*actions)->rows.size() == 2);
  CHECK(text_of((*actions)->rows[1][0]) == "Update the chronology");
  CHECK(text_of((*actions)->rows[1][2]) == "30 April 2026");
  CHECK(std::any_of(boxes.begin(), boxes.end(), [](const layout::TickBoxes* b) {
    return b->options.size() == 2 && text_of(b->options[0]) == "Declined" && b->ticked == std::vector<bool>{true, false};
  }));
  CHECK(std::any_of(boxes.begin(), boxes.end(), [](const layout::TickBoxes* b) {
    return b->options.size() == 2 && text_of(b->options[0]) == "Yes" && b->ticked == std::vector<bool>{false, true};
  }));
  CHECK(lines.back()->values == std::vector<std::string>{"Alex Auditor", "", "2 March 2026"});
  // It lays out cleanly, ticks drawn as strokes.
  Diagnostics diags;
  const auto laid = layout::layout_document(doc, fonts(), diags);
  CHECK(diags.all().empty());
}

TEST_CASE("a character the fonts lack is warned about at the question that holds it") {
  Framework fw = sample_framework();
  fw.templates.front().sections[1].questions[3].text.markdown = "What is working well \U0001F600?";
  const layout::Document doc = print::template_document(fw, form(fw), options());
  Diagnostics diags;
  layout::layout_document(doc, fonts(), diags);
  REQUIRE(diags.all().size() == 1);
  const Diagnostic& d = diags.all().front();
  CHECK(d.severity == Severity::warning);
  CHECK(d.message.find("U+1F600") != std::string::npos);
  CHECK(d.pos == at(24));
}

TEST_CASE("a filled form of an audit that was not moderated says so, with no blank moderation block") {
  const Framework fw = sample_framework();
  AuditRecord record = sample_record();
  record.moderation.reset();
  const layout::Document doc = print::template_document(fw, form(fw), options(), &record);
  CHECK(has_text(doc, "Not moderated."));
  CHECK_FALSE(has_text(doc, "Do you agree with the overall grade?"));
}

// A grade answered in parallel columns is ticked in each column's cell, the scale's first grade too.
TEST_CASE("filled form: a rating in columns ticks the chosen grade, the first one included") {
  Framework fw = sample_framework();
  fw.templates.front().sections.front().questions.push_back(
      question("grade", "How good is the work?", AnswerType::rating, "grades", 14));
  AuditRecord record = sample_record();
  record.answers.push_back(Answer{"grade",
                                  {AnswerValue{"discussion", {"outstanding"}, std::nullopt, {}, {}},
                                   AnswerValue{"file", {"inadequate"}, std::nullopt, {}, {}}},
                                  {}, {}});
  const layout::Document doc = print::template_document(fw, form(fw), options(), &record);
  const auto tables = all_of<layout::Table>(doc);
  REQUIRE(!tables.empty());
  REQUIRE(tables[0]->rows.size() == 3);
  auto ticked = [](const layout::Runs& cell) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i + 1 < cell.size(); ++i)
      if (cell[i].tick_box && cell[i].ticked) out.push_back(cell[i + 1].text);
    return out;
  };
  CHECK(ticked(tables[0]->rows[2][1]) == std::vector<std::string>{"Outstanding"});  // the first grade
  CHECK(ticked(tables[0]->rows[2][2]) == std::vector<std::string>{"Inadequate"});   // the last
}

TEST_CASE("a condition without a label names the field or question and the options by their labels") {
  Framework fw = sample_framework();
  Template& t = fw.templates.front();
  Condition on_field{{}, Ref{"category", {}}, {Ref{"cin", {}}, Ref{"cla", {}}}, "", at(23)};
  CHECK(fw.condition_text(t, on_field) == "Only when Category is Child in need or Child looked after");
  // Questions by their number, the same on paper and on the web; an id not on the scale stays as written.
  Condition on_question{Ref{"pep", {}}, {}, {Ref{"no", {}}, Ref{"partly", {}}, Ref{"nonesuch", {}}}, "", at(23)};
  CHECK(fw.condition_text(t, on_question) == "Only when the answer to question 2.3 is No, Partly or nonesuch");
  CHECK(t.question_number("seen") == "1.1");
  CHECK(t.question_number("seen-on") == "2.6");
  CHECK(t.question_number("nonesuch").empty());
  // Numbered 1 to N through the form, as some councils do; or not numbered at all.
  t.numbering = Numbering::continuous;
  CHECK(t.question_number("seen") == "1");
  CHECK(t.question_number("seen-on") == "7");
  CHECK(fw.condition_text(t, on_question) == "Only when the answer to question 4 is No, Partly or nonesuch");
  t.numbering = Numbering::none;
  CHECK(t.question_number("seen").empty());
  CHECK(fw.condition_text(t, on_question) ==
        "Only when the answer to the question \u201cIs there a current PEP?\u201d is No, Partly or nonesuch");
  on_field.label = "Looked-after children only";
  CHECK(fw.condition_text(t, on_field) == "Looked-after children only");
}

TEST_CASE("sections are numbered as the template says, and a title that carries its own number keeps it alone") {
  Framework fw = sample_framework();
  Template& t = fw.templates.front();
  auto headings = [&] {
    std::vector<std::string> out;
    for (const auto& b : print::template_document(fw, t, options()).blocks)
      if (const auto* h = std::get_if<layout::Heading>(&b.content)) out.push_back(text_of(h->runs));
    return out;
  };
  auto has = [](const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); };
  CHECK(has(headings(), "1. The child's story"));
  CHECK(has(headings(), "2. Assessment"));
  t.sections[1].title = "2. Assessment";  // the council's own number
  CHECK(has(headings(), "2. Assessment"));
  CHECK_FALSE(has(headings(), "2. 2. Assessment"));
  t.sections[1].title = "Section B: Assessment";
  CHECK(has(headings(), "Section B: Assessment"));
  t.numbering = Numbering::continuous;
  CHECK(has(headings(), "The child's story"));
  CHECK(has_text(print::template_document(fw, t, options()), "7  When was the child last seen?"));
}

TEST_CASE("a grades scale with show_codes names its grades with their codes on the form") {
  Framework fw = sample_framework();
  for (Scale& s : fw.scales)
    if (s.id == "grades") s.show_codes = true;
  const layout::Document doc = print::template_document(fw, form(fw), options());
  const auto ratings = all_of<layout::RatingRow>(doc);
  REQUIRE(!ratings.empty());
  CHECK(ratings[0]->labels == std::vector<std::string>{"1 Outstanding", "2 Good", "3 Requires improvement", "4 Inadequate"});
  // The default: labels alone.
  const layout::Document plain_doc = print::template_document(sample_framework(), form(fw), options());
  CHECK(all_of<layout::RatingRow>(plain_doc).at(0)->labels.at(0) == "Outstanding");
}

TEST_CASE("filled form: an audit with no overall grade yet ticks no grade in the judgement row") {
  const Framework fw = sample_framework();
  AuditRecord record = sample_record();
  record.judgement.clear();
  record.moderation.reset();  // so that the last grade row is the judgement's
  const layout::Document doc = print::template_document(fw, form(fw), options(), &record);
  const auto rows = all_of<layout::RatingRow>(doc);
  REQUIRE_FALSE(rows.empty());
  CHECK(rows.back()->labels.size() == 4);  // the judgement, on the four grades
  CHECK(rows.back()->chosen == -1);
}

TEST_CASE("a rating that may not apply offers an N/A box after the grades, ticked when the record says N/A") {
  Framework fw = sample_framework();
  Question plan = question("plan", "Grade for the care plan", AnswerType::rating, "grades", 14);
  plan.not_applicable = true;
  fw.templates.front().sections.at(1).questions.push_back(plan);
  auto row_of = [](const layout::Document& doc) {
    for (const auto* r : all_of<layout::RatingRow>(doc))
      if (!r->labels.empty() && r->labels.back() == "N/A") return r;
    return static_cast<const layout::RatingRow*>(nullptr);
  };
  const layout::Document blank = print::template_document(fw, form(fw), options());
  const layout::RatingRow* row = row_of(blank);
  REQUIRE(row);
  CHECK(row->labels.size() == 5);  // four grades, then N/A
  CHECK(row->chosen == -1);
  AuditRecord record = sample_record();
  record.answers.push_back(Answer{"plan", {AnswerValue{"", {kNotApplicable}, std::nullopt, {}, {}}}, {}, {}});
  const layout::Document filled = print::template_document(fw, form(fw), options(), &record);
  row = row_of(filled);
  REQUIRE(row);
  CHECK(row->chosen == 4);
  // Without not_applicable there is no N/A box.
  fw.templates.front().sections.at(1).questions.back().not_applicable = false;
  CHECK_FALSE(row_of(print::template_document(fw, form(fw), options())));
}

TEST_CASE("a grid section prints one table: questions against the answers, reversed, N/A last, evidence and totals") {
  Framework fw = sample_framework();
  Section grid;
  grid.id = "grid";
  grid.title = "Tier 2 checks";
  grid.pos = at(40);
  grid.grid = true;
  grid.reversed = true;
  grid.totals = true;
  grid.questions = {question("g1", "Chronology current", AnswerType::rating, "grades", 41),
                    question("g2", "Plan clear", AnswerType::rating, "grades", 42),
                    question("g3", "Pathway plan current", AnswerType::rating, "grades", 43)};
  grid.questions[1].comment = true;
  grid.questions[2].not_applicable = true;
  fw.templates.front().sections.insert(fw.templates.front().sections.begin() + 2, grid);
  auto grid_table = [](const layout::Document& doc) {
    for (const auto* t : all_of<layout::Table>(doc))
      if (!t->rows.empty() && text_of(t->rows[0][0]) == "Question" && text_of(t->rows[0][1]) == "Inadequate") return t;
    return static_cast<const layout::Table*>(nullptr);
  };
  const layout::Document blank_doc = print::template_document(fw, form(fw), options());
  const layout::Table* blank = grid_table(blank_doc);
  REQUIRE(blank);
  std::vector<std::string> header;
  for (const auto& cell : blank->rows[0]) header.push_back(text_of(cell));
  CHECK(header == std::vector<std::string>{"Question", "Inadequate", "Requires improvement", "Good", "Outstanding",
                                           "N/A", "Evidence"});
  REQUIRE(blank->rows.size() == 5);  // header, three questions, totals
  auto boxes = [](const layout::Runs& cell) {
    int n = 0;
    for (const auto& r : cell) n += r.tick_box ? 1 : 0;
    return n;
  };
  CHECK(boxes(blank->rows[1][5]) == 0);  // no N/A box for a question that always applies
  CHECK(boxes(blank->rows[3][5]) == 1);
  CHECK(text_of(blank->rows[4][0]) == "Total");
  CHECK(text_of(blank->rows[4][1]).empty());  // counted by hand on paper
  AuditRecord record = sample_record();
  record.answers.push_back(Answer{"g1", {AnswerValue{"", {"good"}, std::nullopt, {}, {}}}, {}, {}});
  record.answers.push_back(Answer{"g2", {AnswerValue{"", {"good"}, std::nullopt, {}, {}}}, Text{"Plan read well.", {}}, {}});
  record.answers.push_back(Answer{"g3", {AnswerValue{"", {kNotApplicable}, std::nullopt, {}, {}}}, {}, {}});
  const layout::Document filled_doc = print::template_document(fw, form(fw), options(), &record);
  const layout::Table* filled = grid_table(filled_doc);
  REQUIRE(filled);
  auto ticked = [](const layout::Runs& cell) {
    return std::any_of(cell.begin(), cell.end(), [](const layout::Run& r) { return r.tick_box && r.ticked; });
  };
  CHECK(ticked(filled->rows[1][3]));  // Good, third column when reversed
  CHECK_FALSE(ticked(filled->rows[1][4]));
  CHECK(ticked(filled->rows[3][5]));  // N/A
  CHECK(text_of(filled->rows[2][6]) == "Plan read well.");
  std::vector<std::string> totals;
  for (std::size_t c = 1; c <= 5; ++c) totals.push_back(text_of(filled->rows[4][c]));
  CHECK(totals == std::vector<std::string>{"0", "0", "2", "0", "1"});
}

TEST_CASE("filled form: an initials column shows the initials written in the record") {
  Framework fw = sample_framework();
  for (Section& s : fw.templates.front().sections)
    if (s.kind == SectionKind::actions) s.table_columns.push_back(TableColumn{"initials", "Initials", AnswerType::text, false, at(35)});
  AuditRecord record = sample_record();
  record.actions.at(0).initials = "JB";
  const layout::Document doc = print::template_document(fw, form(fw), options(), &record);
  const layout::Table* actions = nullptr;
  for (const auto* t : all_of<layout::Table>(doc))
    if (!actions && !t->rows.empty() && text_of(t->rows[0].back()) == "Initials") actions = t;  // the audit's, before moderation's
  REQUIRE(actions);
  REQUIRE(actions->rows.size() >= 2);
  CHECK(text_of(actions->rows[1].back()) == "JB");
}

TEST_CASE("a form due on a programme's day says so under its title, on the blank form and in the handbook") {
  Framework fw = sample_framework();
  Programme week;
  week.id = "week";
  week.title = "Practice week";
  week.kind = ProgrammeKind::timeline;
  ProgrammeEntry day4;
  day4.day = 4;
  week.entries = {day4};
  fw.programmes = {week};
  fw.templates.front().due = DueTime{Ref{"week", {}}, 4, "17:00", at(3)};
  const layout::Document doc = print::template_document(fw, form(fw), options());
  const auto t = texts(doc);
  const auto due = std::find(t.begin(), t.end(), "Due by 5 p.m. on Day 4 of Practice week.");
  REQUIRE(due != t.end());
  CHECK(due - t.begin() < 4);  // at the top, before the header fields and the sections
  CHECK(has_text(print::handbook_document(fw, options()), "Due: by 5 p.m. on Day 4 of Practice week."));
  const Framework no_due = sample_framework();
  CHECK_FALSE(has_text(print::template_document(no_due, form(no_due), options()), "Due "));
}

TEST_CASE("a column group's heading is printed once over its columns") {
  Framework fw = sample_framework();
  for (Section& s : fw.templates.front().sections)
    if (s.kind == SectionKind::actions) {
      s.table_columns.push_back(TableColumn{"reviewed", "Date reviewed", AnswerType::date, false, at(35)});
      s.table_columns.push_back(TableColumn{"initials", "Initials", AnswerType::text, false, at(36)});
      for (std::size_t i = 0; i < s.table_columns.size(); ++i)
        s.table_columns[i].group = i < 3 ? "Filled in by the auditor" : "Filled in at supervision";
    }
  const layout::Document doc = print::template_document(fw, form(fw), options());
  const layout::Table* actions = nullptr;
  for (const auto* t : all_of<layout::Table>(doc))
    if (!actions && !t->rows.empty() && text_of(t->rows[0].back()) == "Initials") actions = t;
  REQUIRE(actions);
  REQUIRE(actions->column_groups.size() == 2);
  CHECK(actions->column_groups[0].first == 0);
  CHECK(actions->column_groups[0].count == 3);
  CHECK(text_of(actions->column_groups[0].title) == "Filled in by the auditor");
  CHECK(actions->column_groups[1].first == 3);
  CHECK(actions->column_groups[1].count == 2);
  CHECK(text_of(actions->column_groups[1].title) == "Filled in at supervision");
  // Without groups, no band.
  const Framework plain = sample_framework();
  const layout::Document plain_doc = print::template_document(plain, form(plain), options());  // kept alive for its tables
  for (const auto* t : all_of<layout::Table>(plain_doc)) CHECK(t->column_groups.empty());
}

TEST_CASE("blank form: 'Tick all that apply.' is said once, by the form only when the question's words do not say it") {
  Framework fw = sample_framework();
  for (Scale& s : fw.scales)
    if (s.id == "ynpn") s.multiple = true;
  Question* pep = nullptr;
  for (Section& sec : fw.templates.front().sections)
    for (Question& q : sec.questions)
      if (q.id == "pep") pep = &q;
  REQUIRE(pep);
  auto said = [&] {
    const auto t = texts(print::template_document(fw, form(fw), options()));
    return std::count_if(t.begin(), t.end(), [](const std::string& s) { return s.find("all that apply") != std::string::npos; });
  };
  CHECK(said() == 1);  // the form's own hint
  pep->text.markdown = "Which plans are current? Tick all that apply.";
  CHECK(pep->says_tick_all());
  CHECK(said() == 1);  // the question's words, and no hint beside them
  const auto t = texts(print::template_document(fw, form(fw), options()));
  CHECK(std::find(t.begin(), t.end(), "Tick all that apply.") == t.end());
}

TEST_CASE("blank form: a comment's room by the kind of question, or as many lines as the question says") {
  Framework fw = sample_framework();
  Section& main = fw.templates.front().sections.at(1);
  REQUIRE(main.id == "main");
  main.questions[0].comment = true;  // a rating: the reasons for a grade
  main.questions[2].comment = true;  // a choice: a note beside it
  auto lines_after = [&](const std::string& words) {
    const layout::Document doc = print::template_document(fw, form(fw), options());
    bool seen = false, comment = false;
    for (const auto& b : doc.blocks) {
      if (const auto* p = std::get_if<layout::Paragraph>(&b.content)) {
        const std::string t = text_of(p->runs);
        if (t.find(words) != std::string::npos) seen = true, comment = false;
        else if (seen && t == "Comment") comment = true;
      }
      if (const auto* w = std::get_if<layout::WritingLines>(&b.content); w && seen && comment) return w->count;
    }
    return -1;
  };
  CHECK(lines_after("How good is the assessment?") == 3);
  CHECK(lines_after("Is there a current PEP?") == 2);
  main.questions[0].lines = 6;
  CHECK(lines_after("How good is the assessment?") == 6);
}

TEST_CASE("blank form: a comment's label and lines stay with the answer they explain") {
  Framework fw = sample_framework();
  fw.templates.front().sections.at(1).questions[0].comment = true;  // "How good is the assessment?"
  const layout::Document doc = print::template_document(fw, form(fw), options());
  int comments = 0;
  for (std::size_t i = 1; i < doc.blocks.size(); ++i) {
    const auto* p = std::get_if<layout::Paragraph>(&doc.blocks[i].content);
    if (!p || text_of(p->runs) != "Comment") continue;
    ++comments;
    CHECK(doc.blocks[i - 1].keep_with_next);  // the boxes or rating row above it
    CHECK(doc.blocks[i].keep_with_next);      // and the lines under it
  }
  CHECK(comments == 1);
}

TEST_CASE("a blank form on screen leads to the site's fill-in form: a web link in the PDF, only with the site's address") {
  const Framework fw = sample_framework();
  const std::string url = "https://intranet.example/qaf/fw/forms/form.html";
  auto link_runs = [&](const layout::Document& doc) {
    int n = 0;
    for (const auto& b : doc.blocks)
      if (const auto* p = std::get_if<layout::Paragraph>(&b.content))
        for (const auto& r : p->runs) n += r.link == url && r.text == url;
    return n;
  };
  print::PrintOptions o = options();
  CHECK(link_runs(print::template_document(fw, form(fw), o)) == 0);  // no address: nothing to link to
  o.site_url = "https://intranet.example/qaf/";
  const layout::Document doc = print::template_document(fw, form(fw), o);
  CHECK(link_runs(doc) == 1);
  CHECK(has_text(doc, "Fill it in on screen: "));
  const AuditRecord record = sample_record();
  CHECK(link_runs(print::template_document(fw, form(fw), o, &record)) == 0);  // a filled form is done
  print::PrintOptions archived = o;
  archived.fill_in_forms = false;  // an earlier version's form is not on the site
  CHECK(link_runs(print::template_document(fw, form(fw), archived)) == 0);

  // Laid out and written: a URI annotation over the address, kept although no heading has it.
  Diagnostics diags;
  const auto laid = layout::layout_document(doc, fonts(), diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(diags.all().empty());  // no "link to ..., which no heading has"
  int placed = 0;
  for (const auto& page : laid.pages)
    for (const auto& l : page.links) placed += l.dest == url;
  CHECK(placed >= 1);
  pdf::PdfOptions po;
  po.compress = false;
  const std::vector<unsigned char> bytes = pdf::write_pdf(laid, po);
  std::string pdf(bytes.begin(), bytes.end());
  for (std::size_t at = pdf.find("\\057"); at != std::string::npos; at = pdf.find("\\057", at)) pdf.replace(at, 4, "/");  // libharu writes '/' as \057
  CHECK(pdf.find("/URI (" + url + ")") != std::string::npos);
  CHECK(pdf.find("/S /URI") != std::string::npos);
}
