// Checks a validated audit record against its framework's rules: actions below a grade, action deadlines.
#include "load/readers.hpp"
#include "support/plural.hpp"

namespace qaf::detail {

void check_audit_rules(const AuditRecord& a, const Framework& fw, const Template& t, Diagnostics& d) {
  const Section* judgement = t.find_section(SectionKind::judgement);
  for (const ActionsRule& r : fw.rules.actions) {
    // Rules read the moderated grade when a moderator changed it (the moderation section's scale
    // is the judgement's in every template that has both).
    const std::string& graded = a.rule_grade();
    if (!judgement || graded.empty() || !applies_to(r.templates, t.id) || judgement->scale.id != r.scale.id)
      continue;
    const Scale* s = fw.find_scale(r.scale.id);
    if (!s) continue;
    auto rank = s->grade_rank(graded);
    auto limit = s->grade_rank(r.below.id);
    if (!rank || !limit || *rank <= *limit) continue;
    std::size_t count = a.actions.size();
    if (a.moderation) count += a.moderation->actions.size();
    if (count < static_cast<std::size_t>(r.minimum)) {
      const Grade* g = s->find_grade(r.below.id);
      const std::string what = a.graded_by_moderator() ? "the moderated grade '" : "the judgement '";
      Diagnostic& e = d.error(a.rule_grade_pos(), what + graded + "' is below " + (g ? g->label : r.below.id) +
                                         ", so the audit needs at least " + plural(r.minimum, "action") + " (rule '" + r.id + "')");
      hint(e, "add 'actions' saying what will be done, by whom and by when, to reach " + (g ? g->label : r.below.id));
    }
  }
  if (!a.date) return;
  for (const DeadlineRule& r : fw.rules.deadlines) {
    if (!applies_to(r.templates, t.id)) continue;
    const long latest = a.date->days_since_epoch() + r.max_days;
    for (const AuditAction& act : a.actions)
      if (act.due && act.due->days_since_epoch() > latest)
        hint(d.error(act.due_pos, "action due " + act.due->iso() + " is more than " + plural(r.max_days, "day") +
                                  " after the audit (" + a.date->iso() + ", rule '" + r.id + "')"),
             "set a due date on or before " + date_from_days(latest).iso());
  }
}

}  // namespace qaf::detail
