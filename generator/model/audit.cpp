// Lookups within an audit record.
#include "model/audit.hpp"

namespace qaf {

const HeaderValue* AuditRecord::find_header(const std::string& field) const {
  for (const HeaderValue& h : header)
    if (h.field == field) return &h;
  return nullptr;
}

const Answer* AuditRecord::find_answer(const std::string& question) const {
  for (const Answer& a : answers)
    if (a.question == question) return &a;
  return nullptr;
}

const Answer* FeedbackEntry::find_answer(const std::string& question) const {
  for (const Answer& a : answers)
    if (a.question == question) return &a;
  return nullptr;
}

const AnswerValue* TableRow::cell(const std::string& column) const {
  for (const AnswerValue& v : cells)
    if (v.column == column) return &v;
  return nullptr;
}

const TableEntry* AuditRecord::find_table(const std::string& section) const {
  for (const TableEntry& t : tables)
    if (t.section == section) return &t;
  return nullptr;
}

bool AuditRecord::graded_by_moderator() const {
  return moderation && !moderation->agrees && !moderation->grade.empty();
}

const std::string& AuditRecord::rule_grade() const {
  return graded_by_moderator() ? moderation->grade : judgement;
}

SourcePos AuditRecord::rule_grade_pos() const {
  return graded_by_moderator() ? moderation->grade_pos : judgement_pos;
}

}  // namespace qaf
