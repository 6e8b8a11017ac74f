// Applicability of rules to templates.
#include "model/rules.hpp"

namespace qaf {

bool applies_to(const std::vector<Ref>& templates, const std::string& template_id) {
  if (templates.empty()) return true;
  for (const Ref& r : templates)
    if (r.id == template_id) return true;
  return false;
}

std::vector<std::string> rule_ids(const Rules& rules) {
  std::vector<std::string> ids;
  auto add = [&](const auto& list) {
    for (const auto& r : list) ids.push_back(r.id);
  };
  add(rules.escalation);
  add(rules.moderation);
  add(rules.actions);
  add(rules.deadlines);
  add(rules.events);
  add(rules.case_events);
  return ids;
}

std::string event_when(const EventRule& r) {
  switch (r.on) {
    case EventTrigger::completed: return "When an audit is completed";
    case EventTrigger::moderated: return "When an audit is moderated";
    case EventTrigger::disagreed: return "When a moderator disagrees with an audit's grade";
    case EventTrigger::returned: return "When a moderator returns an audit to the auditor for rework";
  }
  return "";
}

std::vector<std::string> case_event_recipients(const std::vector<std::string>& role_titles, const CaseEventRule& r) {
  std::vector<std::string> out = role_titles;
  out.insert(out.end(), r.outside.begin(), r.outside.end());
  return out;
}

std::string_view to_string(EventTrigger t) {
  switch (t) {
    case EventTrigger::completed: return "completed";
    case EventTrigger::moderated: return "moderated";
    case EventTrigger::disagreed: return "disagreed";
    case EventTrigger::returned: return "returned";
  }
  return "?";
}

}  // namespace qaf
