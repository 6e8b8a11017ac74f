// Completed audit records: one instance of a template, holding personal data that never reaches the site.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/common.hpp"
#include "support/date.hpp"

namespace qaf {

/// One answer value as written, normalised by validation (grade id, option id,
/// number or ISO date). `column` is set for questions answered in parallel columns.
struct AnswerValue {
  std::string column;
  std::vector<std::string> values;  ///< several for multiple-choice tick boxes
  std::optional<double> number;     ///< rating on levels/bands, number answers
  Text text;                        ///< text and evidence answers
  SourcePos pos;
};

struct Answer {
  std::string question;
  std::vector<AnswerValue> values;  ///< one, or one per column
  Text comment;
  SourcePos pos;
};

struct HeaderValue {
  std::string field;
  std::string value;
  SourcePos pos;
};

struct AuditAction {
  Text action;
  std::string owner;
  std::optional<Date> due;
  std::optional<Date> reviewed;
  std::optional<Date> completed;
  Text outcome;
  SourcePos pos;
  SourcePos due_pos;  ///< where the due date is written
  std::string initials;  ///< of whoever signed the action off, where the table has an initials column
};

struct FeedbackEntry {
  std::string source;  ///< FeedbackSource id
  bool given = false;
  Text summary;
  std::string reason;  ///< why not given: one of the source's reasons
  SourcePos pos;
  std::vector<Answer> answers{};  ///< to the source's own questions (FeedbackSource::questions)
  const Answer* find_answer(const std::string& question) const;
};

/// One row of an open table (SectionKind::table): a cell per column written, each read as its
/// column's type (AnswerValue::column is the column id).
struct TableRow {
  std::vector<AnswerValue> cells;
  SourcePos pos;
  const AnswerValue* cell(const std::string& column) const;
};

/// The rows a record gives an open table, in the order written.
struct TableEntry {
  std::string section;  ///< the table section's id
  std::vector<TableRow> rows;
  SourcePos pos;
};

/// A moderator's yes or no to one of the moderation section's checks.
struct CheckAnswer {
  std::string check;  ///< ModerationCheck id
  bool yes = false;
  SourcePos pos;
};

struct ModerationRecord {
  std::string moderator;
  std::optional<Date> date;
  bool agrees = true;
  std::string grade;  ///< the moderator's own grade
  SourcePos grade_pos;  ///< where the moderator's grade is written
  Text comment;
  std::vector<AuditAction> actions;
  SourcePos pos;
  /// `outcome: returned`: sent back to the auditor for rework (the comment says what must change).
  bool returned = false;
  SourcePos outcome_pos{};
  std::vector<CheckAnswer> checks{};  ///< in the order of the section's checks
};

struct SignatureRecord {
  std::string signatory;
  std::string name;
  std::optional<Date> date;
  SourcePos pos;
};

struct AuditRecord {
  std::string id;  ///< unique across all records; never published
  std::string file;
  Ref framework;
  Ref template_id;
  std::vector<HeaderValue> header;
  std::vector<Answer> answers;
  std::string judgement;        ///< grade id as given, or computed
  bool judgement_computed = false;
  SourcePos judgement_pos;  ///< where 'judgement' is written; where the answers are when it is computed
  Text judgement_reason;
  std::vector<AuditAction> actions;
  std::vector<FeedbackEntry> feedback;
  std::optional<ModerationRecord> moderation;
  std::vector<SignatureRecord> signatures;
  SourcePos pos;
  std::vector<TableEntry> tables{};  ///< open tables' rows, by section
  /// The framework version the record was completed on, and so read against: as its `version`
  /// says, else the version in force on its audit date (see version_in_force), else the current.
  std::string version{};
  bool version_given = false;  ///< the record names it (`version:`)
  const TableEntry* find_table(const std::string& section) const;

  // Derived from header fields by role after validation.
  std::optional<Date> date;
  std::string team;
  std::string service;

  const HeaderValue* find_header(const std::string& field) const;
  const Answer* find_answer(const std::string& question) const;
  /// The grade the framework's rules (escalation, actions) read: the moderator's own grade
  /// when a moderator disagreed with the auditor, else the overall judgement ("" if none).
  const std::string& rule_grade() const;
  /// True when rule_grade() is the moderator's grade rather than the auditor's.
  bool graded_by_moderator() const;
  /// Where rule_grade() comes from in the record (for diagnostics about it).
  SourcePos rule_grade_pos() const;
};

}  // namespace qaf
