// The published form of a framework's audit aggregates: protected counts, shares derived from
// shown counts only, and the level of roll-up chosen. The site accepts only this type.
#pragma once
#include <optional>
#include <map>
#include <string>
#include <vector>

#include "audit/aggregate.hpp"

namespace qaf::disclosure {

/// A count as published. A hidden count keeps no value, so nothing downstream can print it.
struct Count {
  std::string id;             ///< the figure's id in dashboard-figures.json
  std::optional<long> value;  ///< empty: hidden
  bool shown() const { return value.has_value(); }
};

/// The share part/whole as a whole percentage (half rounds up), only when both counts are shown
/// and the whole is not 0: it then tells nothing the two counts do not.
std::optional<long> share(const Count& part, const Count& whole);

/// One row of a grades table: a period (or a team or service in a period).
struct GradeRow {
  std::string group;   ///< team or service; "" in the all-teams table
  std::string period;  ///< period label ("2026-Q1", "2026", "12 months to 2026-Q2", "All periods")
  std::vector<Count> cells;  ///< one per grade, best first
  Count total;
  Count good_or_better;  ///< judged at or above the bar grade (all-teams table only)
};

/// A grades table at one level of detail.
struct GradeTable {
  std::string group_kind;   ///< "" (all teams), "team" or "service"
  std::string period_kind;  ///< "quarter", "month", "year" or "12 months"
  std::vector<GradeRow> rows;  ///< rows whose total is a shown 0 are left out
};

struct AnswerRow {
  std::string template_id;
  std::string key;       ///< the question's id ("feedback:<source>:<question>" for a feedback source's)
  std::string question;  ///< plain text
  std::string column;    ///< column title for questions asked in parallel columns, else ""
  Count answered;        ///< answers other than "not applicable"
  std::vector<std::pair<std::string, Count>> options;  ///< option label -> count
};

struct SkillRow {
  std::string title;
  Count observed;
  std::optional<double> mean;  ///< one decimal; empty when hidden
};

struct EscalationRow {
  std::string grade;  ///< "Inadequate", "Requires improvement or worse"
  Count audits;
};

/// Everything the dashboard of one framework may show.
struct Publication {
  std::string framework;
  int threshold = 5;
  Date as_of;
  Count audits;  ///< all records of the framework
  std::vector<std::string> grades;  ///< grade labels, best first
  std::string bar_grade;            ///< label of the grade "or better" is counted from ("" none)
  GradeTable by_period;             ///< all teams
  GradeTable by_group;              ///< by team or service
  std::string level_note;           ///< which levels are shown, and why
  std::vector<AnswerRow> answers;
  /// By template id, the framework versions its records were completed on (a record's `version`,
  /// or the one in force on its date), oldest first: whether an answer row spans a change of its
  /// question. Not a figure: no count.
  std::map<std::string, std::vector<std::string>> versions;
  std::vector<SkillRow> skills;
  double skill_min = 0, skill_max = 0;  ///< the levels scale, for the chart's axis
  Count moderated, agreed, disagreed;
  /// Audits returned to the auditor for rework; only when a template lets its moderator return one.
  bool returns = false;
  Count returned;
  Count actions, open, not_due, overdue, completed;
  std::vector<EscalationRow> escalations;
  int figures = 0;  ///< published counts
  int hidden = 0;   ///< of which hidden
  std::string figures_json;  ///< every figure with its definition; null where hidden
};

struct PublishOptions {
  AggregateOptions aggregate;
  int threshold = 5;
  /// The levels of the two grades tables: all combinations are tried by default. A test may pin
  /// one, as "<all-teams rows>:<team|service>/<rows>", e.g. "quarter:team/quarter".
  std::string pin_level;
};

/// Aggregates the framework's records, protects every figure (see protect.hpp) and chooses the
/// levels that show the grades of the most audits. Pure: no I/O.
Publication publish(const Project& project, const Framework& fw, const PublishOptions& options);

}  // namespace qaf::disclosure
