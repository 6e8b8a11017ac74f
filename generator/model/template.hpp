// Templates (forms): header fields, sections of questions, and the special blocks audits need.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/common.hpp"

namespace qaf {

/// How a question or field is answered.
enum class AnswerType { rating, choice, number, date, text, evidence };
std::string_view to_string(AnswerType t);

/// What a header field means, so aggregates and privacy rules can find it.
enum class FieldRole { none, child, case_id, practitioner, auditor, manager, team, service, category, audit_date };
std::string_view to_string(FieldRole r);
/// Roles whose values identify a person or a case and must never reach the site.
bool is_personal(FieldRole r);

/// Shows a question only in some cases: when another question or a header field
/// has one of `values`. `label` is what a printed form says ("Looked-after children only").
struct Condition {
  Ref question;  ///< question id in the same template, or
  Ref field;     ///< header field id
  std::vector<Ref> values;
  std::string label;
  SourcePos pos;
  bool machine_checkable() const { return !question.id.empty() || !field.id.empty(); }
};

struct HeaderField {
  std::string id;
  std::string label;
  AnswerType type = AnswerType::text;  ///< text, date, number or choice
  Ref scale;                           ///< choice fields
  FieldRole role = FieldRole::none;
  bool personal = false;  ///< set explicitly or implied by role
  bool required = true;
  SourcePos pos;
};

/// A column of a questions section. Either every question of the section is answered in each
/// column (parallel columns: strengths | improvements), or each column holds questions of its
/// own, printed side by side (Section::side_by_side: talking with the practitioner | the record).
struct Question;

struct Column {
  std::string id;
  std::string title;
  SourcePos pos;
  /// Parallel columns: how this column is answered when not as each question is (a grade column
  /// beside written comments and actions); none: as the question says.
  std::optional<AnswerType> type{};
  Ref scale{};                  ///< with `type` rating or choice: the column's scale
  bool required = true;         ///< parallel: false when a record may leave this column empty
  bool shows_guidance = false;  ///< parallel: prints each question's guidance (the evidence to look at); not answered
  /// The question as this column asks it: with the column's own type and scale when it has them.
  Question asks(const Question& q) const;
  /// Side by side: the column's cells from the top, one per row: a question's id, the id of a
  /// question in parts (its parts share the cell), or "" for a cell left blank. Empty: the
  /// column's questions from the top, one cell each.
  std::vector<std::string> cells{};
};

struct Question {
  std::string id;  ///< unique within the template
  Text text;
  AnswerType type = AnswerType::text;
  Ref scale;  ///< rating and choice questions
  bool required = true;
  Text guidance;
  std::vector<Ref> standards;     ///< standard ids this question checks
  std::vector<Ref> rubric_areas;  ///< "rubric-id/area-id"
  std::vector<Ref> skills;        ///< skill ids this question scores
  std::optional<Condition> when;
  std::optional<double> min, max;  ///< number questions
  int lines = 0;                   ///< writing lines on the printed form; 0 = template default
  bool comment = false;            ///< room for a comment beside a rating or choice
  std::string column;              ///< side-by-side sections: the id of the column that holds it
  SourcePos pos;
  bool not_applicable = false;     ///< a rating that may be answered N/A (`kNotApplicable`)
  /// A part of a question in parts ("Is the plan clear about: (a) what the family will do?
  /// (b) ..."): each part is answered as a question of its own; the stem is not answered.
  int part = 0;           ///< 1, 2...: which part; 0 for a question of its own
  std::string stem_id{};  ///< the question in parts: its id (unique among the template's questions)
  Text stem{};            ///< its words, which lead into every part ("Is the plan clear about")
  Text stem_guidance{};   ///< its notes for the auditor, printed once with the stem
  bool own_condition = false;  ///< `when` is the part's own ("Children looked after only"), not the stem's
  /// "(a)", "(b)"... for a part; "" otherwise.
  std::string part_label() const;
  /// The Markdown that stands for the question out of context (dashboards, exports, links): the
  /// stem and the part ("Is the plan clear about what the family will do?"), or the text.
  std::string full_markdown() const;
  /// Its own words already tell the reader to tick every option that applies ("Tick all that
  /// apply."): the form and the page then do not say it a second time.
  bool says_tick_all() const;
};

/// The answer to a rating with `not_applicable: true` that does not apply to the case: written
/// "N/A" (any case) in a record, kept as this id, left out of computed judgements and averages.
inline constexpr const char* kNotApplicable = "n/a";
/// How forms and pages label that answer.
inline constexpr const char* kNotApplicableLabel = "N/A";

enum class SectionKind { questions, judgement, actions, feedback, moderation, signatures, table };
std::string_view to_string(SectionKind k);

/// How a template's overall judgement is reached.
enum class Compute { given, worst, best, average };
std::string_view to_string(Compute c);

/// A column of the actions table, or of an open table (SectionKind::table).
struct TableColumn {
  std::string id;
  std::string title;
  AnswerType type = AnswerType::text;  ///< text or date; an open table's: text, date, number or choice
  bool required = true;
  SourcePos pos;
  Ref scale{};  ///< an open table's choice column: the scale its answers come from
  /// A heading shared by neighbouring columns, saying who fills them in ("Filled in at
  /// supervision"): printed over them as one cell. "" for none.
  std::string group{};
  /// A cell read and written as a question of the column's type and scale would be.
  Question as_question() const;
};

/// The column groups of a table, in order: (first column, number of columns, heading) for each
/// run of neighbouring columns with the same `group`; empty when no column has one.
struct ColumnGroupSpan {
  std::size_t first = 0;
  std::size_t count = 0;
  std::string title;
};
std::vector<ColumnGroupSpan> column_groups(const std::vector<TableColumn>& columns);

/// A source of feedback (parent/carer, child, practitioner) with the reasons it
/// may not have been given.
struct FeedbackSource {
  std::string id;
  std::string title;
  Text prompt;
  std::optional<Condition> when;
  std::vector<std::string> not_given_reasons;
  SourcePos pos;
  /// The source's own questions ("Did you feel listened to?" yes/no, "What went well?"), asked
  /// when the feedback is given and numbered 1, 2... within the source. Their ids are unique
  /// within the source; a `when` on one names another question of the same source.
  std::vector<Question> questions{};
  const Question* find_question(const std::string& id) const;
  /// "1", "2"...: a question's number within the source ("" when it is not one of them).
  std::string question_number(const std::string& id) const;
};

struct Signatory {
  std::string id;
  std::string title;
  SourcePos pos;
};

/// A yes/no verdict a moderator gives on the audit itself, beside the grade ("Does the audit
/// reflect the quality of the practice?", "Does it give the worker useful learning?").
struct ModerationCheck {
  std::string id;
  Text text;
  SourcePos pos;
};

struct Section {
  std::string id;
  std::string title;
  Text intro;
  SectionKind kind = SectionKind::questions;
  SourcePos pos;
  /// Who fills this part in, when not whoever fills in the form (Template::completed_by): role
  /// ids; several roles fill it in together ("the supervisor and supervisee at feedback").
  std::vector<Ref> completed_by{};

  // questions
  std::vector<Column> columns;  ///< empty: one answer per question
  bool side_by_side = false;    ///< the columns hold questions of their own (Question::column)
  std::vector<Question> questions;  ///< side by side: the first column's questions, then the next's
  /// Every question is answered once in each column (columns without questions of their own).
  bool parallel() const { return !columns.empty() && !side_by_side; }
  /// The column with this id (nullptr when none).
  const Column* find_column(const std::string& id) const;
  /// The question as a record's value answers it: as its parallel column asks it (`column` is the
  /// value's column id), or as itself.
  Question asked_as(const Question& q, const std::string& column) const;
  /// Side by side: the questions of column `id`, in order.
  std::vector<const Question*> questions_in(const std::string& id) const;
  /// Side by side, row by row from the top: each column's cell, as the questions it holds (none
  /// for a cell left blank, one, or the parts of a question in parts).
  using Cell = std::vector<const Question*>;
  std::vector<std::vector<Cell>> side_by_side_rows() const;
  /// `layout: grid`: the questions, all on one scale, are rows of a table whose columns are the
  /// scale's answers (a tier-2 checklist), in the scale's order or, with `grid_order: reversed`,
  /// the other way round (worst grade first); with `totals`, a last row counts each column's ticks.
  bool grid = false;
  bool reversed = false;
  bool totals = false;
  // judgement / moderation: the grades scale
  Ref scale;
  Compute compute = Compute::given;  ///< judgement
  // moderation
  bool returns = false;  ///< the moderator may return the audit to the auditor for rework (its deadline stays)
  std::vector<ModerationCheck> checks{};  ///< the moderator's yes/no verdicts on the audit
  // actions, and open tables (`kind: table`: rows the auditor adds, one cell per typed column)
  std::vector<TableColumn> table_columns;
  int blank_rows = 5;  ///< rows printed on a blank form
  const TableColumn* find_table_column(const std::string& id) const;
  // feedback
  std::vector<FeedbackSource> sources;
  // signatures
  std::vector<Signatory> signatories;
};

/// Kinds of template the guide names; authors may use others.
inline const std::vector<std::string>& known_template_kinds() {
  static const std::vector<std::string> kinds = {"case-audit", "observation", "supervision-audit",
                                                 "feedback-summary", "service-review", "other"};
  return kinds;
}

/// How a template numbers its questions, the same on its web page, its form and in links:
/// `sections` "2.3" (the 3rd question of the 2nd questions section), `continuous` "14"
/// (1 to N through the form, as some councils number theirs), `none`.
enum class Numbering { sections, continuous, none };
std::string_view to_string(Numbering n);

/// A template kind as words for readers: "case-audit" -> "Case audit".
std::string template_kind_label(const std::string& kind);

/// When a form is due, counted from a day of a programme's timetable (a practice week's
/// plan): "by 5 p.m. on Day 4 of Practice week".
struct DueTime {
  Ref programme;
  int day = 0;       ///< the programme's Day N
  std::string time;  ///< "17:00" (24-hour clock), or "" for the end of the day
  SourcePos pos;
};

/// A tool the framework uses but does not hold: a themed audit, a deep dive, a multi-agency
/// audit kept by another team or system. Its template has no sections and no printed form.
struct HeldElsewhere {
  Ref owner;          ///< role id: who keeps it
  std::string where;  ///< a link (https://...) or words: "the multi-agency partnership's audit site"
  SourcePos pos;
};

/// "17:00" -> "5 p.m.", "09:30" -> "9.30 a.m.", "12:00" -> "noon"; "" for anything else.
std::string clock_time_words(const std::string& hhmm);

struct Template {
  std::string id;
  std::string title;
  std::string kind;  ///< one of known_template_kinds()
  Text purpose;
  std::vector<Ref> completed_by;  ///< role ids
  std::vector<HeaderField> header;
  std::vector<Section> sections;
  int writing_lines = 4;  ///< default ruled lines for a text answer on paper
  bool landscape = false;
  Numbering numbering = Numbering::sections;
  bool incomplete = false;  ///< its definition has errors: records are not checked against it
  SourcePos pos;
  std::optional<DueTime> due{};  ///< when it must be in, counted from a programme's day
  std::optional<HeldElsewhere> held_elsewhere{};  ///< a stub: a tool held elsewhere, no sections
  bool stub() const { return held_elsewhere.has_value(); }

  const HeaderField* find_field(const std::string& id) const;
  const HeaderField* field_with_role(FieldRole r) const;
  const Question* find_question(const std::string& id) const;
  /// The section that holds question `question_id` (nullptr when none does).
  const Section* section_of(const std::string& question_id) const;
  const Section* find_section(SectionKind k) const;
  /// The number a question is known by everywhere: "2.3", "14", or "" (numbering: none, or no
  /// such question).
  std::string question_number(const std::string& question_id) const;
  /// A questions section's number for its heading ("2"), or "" when the template is not
  /// numbered by sections or the title already carries the council's own number ("2. Strengths").
  std::string section_number(const Section& s) const;
  /// How a condition or a link names a question: "question 2.3", or with no numbers the
  /// question's words in quotes.
  std::string question_reference(const Question& q) const;
};

}  // namespace qaf
