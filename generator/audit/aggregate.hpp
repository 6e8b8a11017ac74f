// Aggregates of audit records: grades by team and period, question rates, skills profile,
// moderation agreement, escalations and the actions register. Pure functions of the model.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/project.hpp"

namespace qaf {

/// How records are grouped in time.
enum class Period { quarter, month };

/// The reporting period of a date: "2026-Q2" or "2026-05".
std::string period_of(const Date& d, Period p);
/// A period as a reader says it: "2013-12" -> "December 2013"; quarters ("2026-Q1") and
/// anything else as they are, "undated" -> "Undated".
std::string period_label(const std::string& period);

/// Where an action stands on a given day.
enum class ActionStatus { open, overdue, completed };
std::string_view to_string(ActionStatus s);

/// One line of the actions register (packs and CSV only: it names owners).
struct ActionLine {
  std::string audit_id;
  std::string template_id;
  std::string team;
  std::string period;
  std::string action;  ///< as written (Markdown source)
  std::string owner;
  std::optional<Date> due;
  std::optional<Date> completed;
  bool from_moderation = false;
  ActionStatus status = ActionStatus::open;
};

/// An audit the moderator graded differently.
struct Disagreement {
  std::string audit_id;
  std::string team;
  std::string period;
  std::string auditor_grade;    ///< grade id
  std::string moderator_grade;  ///< grade id
};

/// An audit whose judgement triggers an escalation rule.
struct Escalation {
  std::string audit_id;
  std::string team;
  std::string period;
  std::string grade;  ///< grade id the rule read: the moderator's when a moderator changed it
  std::string rule;   ///< rule id
  std::vector<std::string> notify;  ///< role titles
  std::string within;
  bool moderated = false;  ///< `grade` is the moderator's, not the auditor's
};

/// The audits of one notification rule (rules.events): everyone it names is told of each,
/// whatever its grade.
struct Notification {
  std::string rule;  ///< rule id
  std::string on;    ///< "completed", "moderated", "disagreed" or "returned"
  std::vector<std::string> audit_ids;  ///< in the order the audits are read
  std::vector<std::string> notify;     ///< role titles
  std::string within;
};

/// An escalated audit once, however many rules it triggers: every role to tell (in rule
/// order, each once) and the shortest deadline.
struct EscalatedAudit {
  std::string audit_id;
  std::string team;
  std::string period;
  std::string grade;                ///< grade id
  std::vector<std::string> rules;   ///< rule ids, in rule order
  std::vector<std::string> notify;  ///< role titles: the union, in rule order
  std::string within;  ///< the shortest "within" of the rules; when one cannot be read as a
                       ///< duration ("at once"), every distinct one, joined by "; "
  bool moderated = false;  ///< `grade` is the moderator's, not the auditor's
};

/// Merges the escalations of each audit (one per rule) into one line per audit, in the
/// order audits first appear. Pure.
std::vector<EscalatedAudit> escalated_audits(const std::vector<Escalation>& escalations);

/// A "within" as hours, for comparing deadlines: "1 working day", "24 hours", "2 weeks",
/// "immediately". nullopt when the text is not a count and a unit qaf knows.
std::optional<double> within_hours(const std::string& within);

/// Answer counts of one categorical question, by option id (in the scale's order).
struct QuestionRates {
  std::string template_id;
  std::string question;  ///< question id
  std::string text;      ///< plain text of the question
  std::string column;        ///< column id for questions answered in parallel columns, else ""
  std::string column_title;  ///< that column's title
  std::string scale;
  std::vector<std::pair<std::string, int>> counts;  ///< option id -> answers in this column
  int answered = 0;        ///< answers that count (N/A excluded)
  std::optional<double> score;  ///< mean option score over counted answers, when the options have scores
};

/// Mean level of one skill (or one levels question without a skill).
struct SkillProfile {
  std::string id;     ///< skill id, or question id
  std::string title;
  int count = 0;
  double mean = 0;
  double lowest = 0;   ///< the lowest level of the scale it is rated on
  double highest = 0;  ///< the highest level of that scale
};

/// The finest count of records: one (template, team, service, period, overall grade) class.
/// `grade` is "" for records without an overall grade on the judgement scale.
struct RecordCell {
  std::string template_id;
  std::string team;
  std::string service;  ///< "" when the record names none
  std::string period;
  std::string grade;
  int count = 0;
};

/// Aggregates over one set of audit records of one framework.
struct Aggregates {
  std::string framework;
  std::string judgement_scale;                 ///< grades scale of the judgements counted
  std::vector<std::string> grades;             ///< grade ids, best first
  std::vector<std::string> periods;            ///< sorted
  std::vector<std::string> teams;              ///< sorted
  std::vector<std::string> services;           ///< sorted
  int audits = 0;                              ///< records in the set
  int judged = 0;                              ///< records with an overall judgement
  /// Judgement counts: [team][period][grade]; team "" is all teams, period "" all periods.
  std::map<std::string, std::map<std::string, std::map<std::string, int>>> grade_counts;
  std::map<std::string, std::map<std::string, int>> service_grade_counts;  ///< [service][grade]
  std::vector<RecordCell> record_cells;        ///< every record counted once, sorted by key
  std::vector<QuestionRates> questions;
  std::vector<SkillProfile> skills;
  int moderated = 0;
  int agreed = 0;
  /// Audits a moderator returned to the auditor for rework; of them, those whose grade the
  /// moderator agreed with. `returns`: a template of the framework lets its moderator return one.
  int returned = 0;
  int returned_agreed = 0;
  bool returns = false;
  std::vector<Disagreement> disagreements;
  std::vector<Escalation> escalations;
  std::vector<Notification> notifications;  ///< one per event rule with audits, in rule order
  std::vector<ActionLine> actions;
  Date as_of;  ///< the day action statuses are counted on

  int grade_count(const std::string& team, const std::string& period, const std::string& grade) const;
  int action_count(ActionStatus s) const;
  /// Share of moderated audits whose grade the moderator agreed with (nullopt when none).
  std::optional<double> agreement_rate() const;
};

struct AggregateOptions {
  Period period = Period::quarter;
  Date as_of;  ///< actions due before this day and not completed are overdue
};

/// Aggregates the audit records of framework `fw` that `keep` accepts (all when empty).
/// Records without a date are counted under period "undated".
Aggregates aggregate(const Project& project, const Framework& fw, const AggregateOptions& options,
                     const std::vector<const AuditRecord*>& records);

/// The period before `period` in the same sequence: "2026-Q1" -> "2025-Q4",
/// "2026-01" -> "2025-12". nullopt for "undated" or a label that is neither.
std::optional<std::string> previous_period(const std::string& period);

/// The grade "good or better" is counted from: the grade an actions rule on the judgement
/// scale names as its bar, else the second best when the scale has three grades or more,
/// else "" (no such share).
std::string good_or_better_grade(const Framework& fw, const Aggregates& agg);

/// Judgements graded `bar` or better in `agg` for [team][period] ("" is all), or 0.
int good_or_better_count(const Aggregates& agg, const std::string& bar, const std::string& team = "",
                         const std::string& period = "");

/// Aggregates of one team in one period, for exports that are pivoted by team and period.
/// The totals use the labels below in place of a team or period.
struct AggregateSlice {
  std::string team;    ///< a team, or all_teams
  std::string period;  ///< a period, or all_periods
  Aggregates agg;
};
inline constexpr const char* all_teams = "All teams";
inline constexpr const char* all_periods = "All periods";

/// Slices of `records`: every (team, period) that has records, then every period over all
/// teams, every team over all periods, and last all teams over all periods. Pure.
std::vector<AggregateSlice> slices_by_team_and_period(const Project& project, const Framework& fw,
                                                      const AggregateOptions& options,
                                                      const std::vector<const AuditRecord*>& records);

/// The records of `fw` in `project`, in file order: those on a form it has now, or had in the
/// version they were completed on (template_of).
std::vector<const AuditRecord*> records_of(const Project& project, const Framework& fw);

/// The template a record of `fw` is counted under: the framework's own, as it is now; for a form
/// the current version no longer has, the one of the version the record was completed on
/// (Project::framework_of). Null when neither has it.
const Template* template_of(const Project& project, const Framework& fw, const AuditRecord& record);

}  // namespace qaf
