// Framework rules: escalation by grade, moderation sampling, actions below a grade, action deadlines.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/common.hpp"

namespace qaf {

/// When an audit's overall judgement is `grade` (or worse, with or_worse), the
/// listed roles must be told within `within`.
struct EscalationRule {
  std::string id;
  Ref scale;
  Ref grade;
  bool or_worse = false;
  std::vector<Ref> notify;  ///< role ids
  std::string within;       ///< "1 working day"
  Text note;
  std::vector<Ref> templates;  ///< empty: every template with a judgement
  SourcePos pos;
};

/// A sample of audits is re-graded by a more senior role.
struct ModerationRule {
  std::string id;
  std::optional<int> sample_percent;  ///< nullopt when the framework never recorded it
  int minimum = 0;  ///< at least this many per team per period
  std::vector<Ref> by;  ///< roles who moderate
  Text note;
  std::vector<Ref> templates;
  SourcePos pos;
};

/// An overall judgement worse than `below`... i.e. below this grade, must carry actions.
struct ActionsRule {
  std::string id;
  Ref scale;
  Ref below;  ///< grade id: judgements ranked worse than this need at least `minimum` actions
  int minimum = 1;
  Text note;
  std::vector<Ref> templates;
  SourcePos pos;
};

/// Action due dates: real dates, no later than `max_days` after the audit.
struct DeadlineRule {
  std::string id;
  int max_days = 0;
  Text note;
  std::vector<Ref> templates;
  SourcePos pos;
};

/// What sets off an event rule: every audit completed, every audit moderated, every
/// audit whose moderator disagreed with the auditor's grade, or every audit a moderator
/// returned to the auditor for rework.
enum class EventTrigger { completed, moderated, disagreed, returned };
std::string_view to_string(EventTrigger t);

/// A notification not tied to a grade: on every audit of the listed templates (every
/// observation, say), the listed roles must be told.
struct EventRule {
  std::string id;
  EventTrigger on = EventTrigger::completed;
  std::vector<Ref> templates;  ///< empty: every template
  std::vector<Ref> notify;     ///< role ids
  std::string within;          ///< "5 working days"
  Text note;
  SourcePos pos;
};

/// Something that happens in a case, not an audit (a child goes missing, a medication error,
/// a serious injury, a death): who must be told, and how soon. `notify` names the framework's
/// roles; `outside` names bodies outside it in words ("Ofsted", "the child's social worker").
struct CaseEventRule {
  std::string id;
  std::string event;              ///< "A child goes missing from their foster home"
  std::vector<Ref> notify{};      ///< role ids
  std::vector<std::string> outside{};  ///< "Ofsted", "the placing authority"
  std::string within{};           ///< "24 hours"
  Text note{};
  SourcePos pos{};
};

/// Everyone a case event rule tells, as readers see them: the roles' titles, then the outside
/// bodies ("Practice manager, Head of service and Ofsted").
std::vector<std::string> case_event_recipients(const std::vector<std::string>& role_titles, const CaseEventRule& r);

struct Rules {
  std::vector<EscalationRule> escalation;
  std::vector<ModerationRule> moderation;
  std::vector<ActionsRule> actions;
  std::vector<DeadlineRule> deadlines;
  std::vector<EventRule> events;
  std::vector<CaseEventRule> case_events{};
  bool empty() const {
    return escalation.empty() && moderation.empty() && actions.empty() && deadlines.empty() && events.empty() &&
           case_events.empty();
  }
};

/// When an event rule applies, as readers see it: "When an audit is completed",
/// "When an audit is moderated and the moderator disagrees with the grade".
std::string event_when(const EventRule& r);

/// The ids of every rule, of every kind, in the order the rules page lists them.
std::vector<std::string> rule_ids(const Rules& rules);

/// True when a rule with this template list applies to `template_id`.
bool applies_to(const std::vector<Ref>& templates, const std::string& template_id);

}  // namespace qaf
