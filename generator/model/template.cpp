// Template lookups and the names of template enums.
#include "model/template.hpp"

namespace qaf {

std::string_view to_string(AnswerType t) {
  switch (t) {
    case AnswerType::rating: return "rating";
    case AnswerType::choice: return "choice";
    case AnswerType::number: return "number";
    case AnswerType::date: return "date";
    case AnswerType::text: return "text";
    case AnswerType::evidence: return "evidence";
  }
  return "?";
}

std::string_view to_string(FieldRole r) {
  switch (r) {
    case FieldRole::none: return "none";
    case FieldRole::child: return "child";
    case FieldRole::case_id: return "case-id";
    case FieldRole::practitioner: return "practitioner";
    case FieldRole::auditor: return "auditor";
    case FieldRole::manager: return "manager";
    case FieldRole::team: return "team";
    case FieldRole::service: return "service";
    case FieldRole::category: return "category";
    case FieldRole::audit_date: return "audit-date";
  }
  return "?";
}

bool is_personal(FieldRole r) {
  return r == FieldRole::child || r == FieldRole::case_id || r == FieldRole::practitioner ||
         r == FieldRole::auditor || r == FieldRole::manager;
}

std::string_view to_string(SectionKind k) {
  switch (k) {
    case SectionKind::questions: return "questions";
    case SectionKind::judgement: return "judgement";
    case SectionKind::actions: return "actions";
    case SectionKind::feedback: return "feedback";
    case SectionKind::moderation: return "moderation";
    case SectionKind::signatures: return "signatures";
  }
  return "?";
}

std::string_view to_string(Compute c) {
  switch (c) {
    case Compute::given: return "given";
    case Compute::worst: return "worst";
    case Compute::best: return "best";
    case Compute::average: return "average";
  }
  return "?";
}

const HeaderField* Template::find_field(const std::string& field_id) const {
  for (const HeaderField& f : header)
    if (f.id == field_id) return &f;
  return nullptr;
}

const HeaderField* Template::field_with_role(FieldRole r) const {
  for (const HeaderField& f : header)
    if (f.role == r) return &f;
  return nullptr;
}

const Question* Template::find_question(const std::string& question_id) const {
  for (const Section& s : sections)
    for (const Question& q : s.questions)
      if (q.id == question_id) return &q;
  return nullptr;
}

const Section* Template::section_of(const std::string& question_id) const {
  for (const Section& s : sections)
    for (const Question& q : s.questions)
      if (q.id == question_id) return &s;
  return nullptr;
}

std::string template_kind_label(const std::string& kind) {
  std::string out = kind;
  for (char& c : out)
    if (c == '-' || c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::vector<const Question*> Section::questions_in(const std::string& id) const {
  std::vector<const Question*> out;
  for (const Question& q : questions)
    if (q.column == id) out.push_back(&q);
  return out;
}

const Section* Template::find_section(SectionKind k) const {
  for (const Section& s : sections)
    if (s.kind == k) return &s;
  return nullptr;
}

}  // namespace qaf
