// Test helpers for print: a small framework built in code with every kind of section, and block finders.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <variant>
#include <vector>

#include "layout/layout.hpp"
#include "print/print.hpp"

namespace qaf::test {

inline SourcePos at(int line) { return SourcePos{"frameworks/fw/templates/form.yaml", line, 3}; }

inline Scale grades_scale() {
  Scale s;
  s.id = "grades";
  s.title = "Grades";
  s.kind = ScaleKind::grades;
  s.grades = {Grade{"outstanding", "Outstanding", 1, {}, "", at(1)}, Grade{"good", "Good", 2, {}, "", at(2)},
              Grade{"ri", "Requires improvement", 3, {}, "", at(3)}, Grade{"inadequate", "Inadequate", 4, {}, "", at(4)}};
  return s;
}

inline Scale choices_scale(const std::string& id, std::vector<std::pair<std::string, std::string>> options) {
  Scale s;
  s.id = id;
  s.title = id;
  s.kind = ScaleKind::choices;
  for (auto& [oid, label] : options) s.options.push_back(Choice{oid, label, false, std::nullopt, "", at(5)});
  return s;
}

inline Scale scaling_scale() {
  Scale s;
  s.id = "scaling";
  s.title = "Scaling";
  s.kind = ScaleKind::bands;
  s.min = 0, s.max = 10, s.step = 1;
  s.maps_to = Ref{"grades", {}};
  s.bands = {Band{0, 4, Ref{"inadequate", {}}, {}}, Band{5, 10, Ref{"good", {}}, {}}};
  return s;
}

inline Question question(const std::string& id, const std::string& text, AnswerType type, const std::string& scale,
                         int line) {
  Question q;
  q.id = id;
  q.text = Text{text, at(line)};
  q.type = type;
  q.scale = Ref{scale, {}};
  q.pos = at(line);
  return q;
}

/// A framework with one template holding every kind of section.
inline Framework sample_framework() {
  Framework fw;
  fw.id = "fw";
  fw.dir = "frameworks/fw";
  fw.meta.title = "Practice Framework";
  fw.meta.council = "Test Council";
  fw.meta.version = "3.1";
  fw.meta.status = "approved";
  fw.meta.pos = SourcePos{"frameworks/fw/framework.yaml", 1, 1};
  fw.scales = {grades_scale(), choices_scale("ynpn", {{"yes", "Yes"}, {"partly", "Partly"}, {"no", "No"}}),
               choices_scale("category", {{"cin", "Child in need"}, {"cla", "Child looked after"}}), scaling_scale()};

  Template t;
  t.id = "form";
  t.title = "Case file audit";
  t.kind = "case-audit";
  t.purpose = Text{"Audit **one** case with the *practitioner*.", at(2)};
  t.writing_lines = 3;
  t.pos = at(1);
  t.header = {HeaderField{"child", "Child's name", AnswerType::text, {}, FieldRole::child, true, true, at(4)},
              HeaderField{"category", "Category", AnswerType::choice, Ref{"category", {}}, FieldRole::category, false,
                          true, at(5)},
              HeaderField{"date", "Date of audit", AnswerType::date, {}, FieldRole::audit_date, false, true, at(6)}};

  Section story;
  story.id = "story";
  story.title = "The child's story";
  story.pos = at(10);
  story.columns = {Column{"discussion", "Discussion", at(11)}, Column{"file", "File audit", at(12)}};
  story.questions = {question("seen", "Was the child seen alone?", AnswerType::choice, "ynpn", 13)};
  story.questions.back().comment = true;

  Section main;
  main.id = "main";
  main.title = "Assessment";
  main.pos = at(20);
  main.questions = {question("quality", "How good is the assessment?", AnswerType::rating, "grades", 21),
                    question("scale", "Where is the case on the line?", AnswerType::rating, "scaling", 22),
                    question("pep", "Is there a current PEP?", AnswerType::choice, "ynpn", 23),
                    question("notes", "What is working well?", AnswerType::text, "", 24),
                    question("count", "How many workers?", AnswerType::number, "", 25),
                    question("seen-on", "When was the child last seen?", AnswerType::date, "", 26)};
  main.questions[2].when = Condition{{}, Ref{"category", {}}, {Ref{"cla", {}}}, "Looked-after children only", at(23)};
  main.questions[3].lines = 6;
  main.questions[4].min = 0;
  main.questions[4].max = 20;

  Section judgement;
  judgement.id = "overall";
  judgement.title = "Overall judgement";
  judgement.kind = SectionKind::judgement;
  judgement.scale = Ref{"grades", {}};
  judgement.compute = Compute::worst;
  judgement.pos = at(30);

  Section actions;
  actions.id = "actions";
  actions.title = "Agreed actions";
  actions.kind = SectionKind::actions;
  actions.blank_rows = 4;
  actions.table_columns = {TableColumn{"action", "Action", AnswerType::text, true, at(31)},
                           TableColumn{"owner", "By whom", AnswerType::text, true, at(32)},
                           TableColumn{"due", "By when", AnswerType::date, true, at(33)}};
  actions.pos = at(31);

  Section feedback;
  feedback.id = "feedback";
  feedback.title = "Feedback";
  feedback.kind = SectionKind::feedback;
  feedback.sources = {FeedbackSource{"parent", "Parent or carer", Text{"Did you feel listened to?", at(41)}, std::nullopt,
                                     {"Declined", "Could not be contacted"}, at(40)}};
  feedback.pos = at(40);

  Section moderation;
  moderation.id = "moderation";
  moderation.title = "Moderation";
  moderation.kind = SectionKind::moderation;
  moderation.scale = Ref{"grades", {}};
  moderation.pos = at(50);

  Section signatures;
  signatures.id = "signatures";
  signatures.title = "Signatures";
  signatures.kind = SectionKind::signatures;
  signatures.signatories = {Signatory{"auditor", "Auditor", at(61)}};
  signatures.pos = at(60);

  t.sections = {story, main, judgement, actions, feedback, moderation, signatures};
  fw.templates.push_back(t);
  return fw;
}

/// An audit of the sample template with an answer in every section.
inline AuditRecord sample_record() {
  AuditRecord r;
  r.id = "a-0001";
  r.template_id = Ref{"form", {}};
  r.header = {HeaderValue{"child", "Sam Example", {}}, HeaderValue{"category", "cla", {}},
              HeaderValue{"date", "2026-03-02", {}}};
  auto answer = [](const std::string& q, AnswerValue v) { return Answer{q, {std::move(v)}, {}, {}}; };
  r.answers = {Answer{"seen", {AnswerValue{"discussion", {"yes"}, std::nullopt, {}, {}}, AnswerValue{"file", {"no"}, std::nullopt, {}, {}}},
                      Text{"Seen at school.", {}}, {}},
               answer("quality", AnswerValue{"", {"good"}, std::nullopt, {}, {}}),
               answer("scale", AnswerValue{"", {}, 7.0, {}, {}}),
               answer("pep", AnswerValue{"", {"partly"}, std::nullopt, {}, {}}),
               answer("notes", AnswerValue{"", {}, std::nullopt, Text{"The plan is **working**.", {}}, {}}),
               answer("count", AnswerValue{"", {}, 3.0, {}, {}}),
               answer("seen-on", AnswerValue{"", {"2026-02-20"}, std::nullopt, {}, {}})};
  r.judgement = "ri";
  r.judgement_computed = true;
  AuditAction a;
  a.action = Text{"Update the chronology", {}};
  a.owner = "Team manager";
  a.due = Date{2026, 4, 30};
  r.actions = {a};
  r.feedback = {FeedbackEntry{"parent", false, {}, "Declined", {}}};
  ModerationRecord m;
  m.moderator = "Service manager";
  m.date = Date{2026, 3, 9};
  m.agrees = false;
  m.grade = "inadequate";
  r.moderation = m;
  r.signatures = {SignatureRecord{"auditor", "Alex Auditor", Date{2026, 3, 2}, {}}};
  return r;
}

inline print::PrintOptions options() {
  print::PrintOptions o;
  o.printed_on = Date{2026, 1, 5};
  return o;
}

/// Every block holding content of type T, in order.
template <class T>
std::vector<const T*> all_of(const layout::Document& doc) {
  std::vector<const T*> out;
  for (const auto& b : doc.blocks)
    if (const auto* c = std::get_if<T>(&b.content)) out.push_back(c);
  return out;
}

inline std::string text_of(const layout::Runs& runs) {
  std::string s;
  for (const auto& r : runs) s += r.text;
  return s;
}

/// Text of every paragraph and heading, one string per block.
inline std::vector<std::string> texts(const layout::Document& doc) {
  std::vector<std::string> out;
  for (const auto& b : doc.blocks) {
    if (const auto* p = std::get_if<layout::Paragraph>(&b.content)) out.push_back(text_of(p->runs));
    if (const auto* h = std::get_if<layout::Heading>(&b.content)) out.push_back(text_of(h->runs));
  }
  return out;
}

inline bool has_text(const layout::Document& doc, const std::string& part) {
  for (const auto& t : texts(doc))
    if (t.find(part) != std::string::npos) return true;
  return false;
}

inline const layout::FontSet& fonts() {
  static const layout::FontSet set(layout::default_font_files());
  return set;
}

}  // namespace qaf::test
