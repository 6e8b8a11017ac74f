// Reads framework rules: escalation, moderation sampling, actions below a grade, action deadlines.
#include "load/readers.hpp"

namespace qaf::detail {

void read_rules(const YamlFile& file, const YAML::Node& n, Rules& rules) {
  Fields f(file, n, "rules");
  if (!f.ok()) return;
  each_object(f, "escalation", "escalation", [&](const Fields& r) {
    rules.escalation.push_back({r.id(), r.ref("scale"), r.ref("grade"), r.boolean("or_worse").value_or(false),
                                r.refs("notify"), r.str("within"), r.text("note"), r.refs("templates"), r.pos()});
  });
  each_object(f, "moderation", "moderation", [&](const Fields& r) {
    std::optional<int> percent;
    if (auto p = r.integer("sample_percent", 1, 100)) percent = static_cast<int>(*p);
    rules.moderation.push_back({r.id(), percent,
                                static_cast<int>(r.integer("minimum", 0, 1000).value_or(0)), r.refs("by"),
                                r.text("note"), r.refs("templates"), r.pos()});
  });
  each_object(f, "actions", "actions-rule", [&](const Fields& r) {
    rules.actions.push_back({r.id(), r.ref("scale"), r.ref("below"),
                             static_cast<int>(r.integer("minimum", 1, 100).value_or(1)), r.text("note"),
                             r.refs("templates"), r.pos()});
  });
  each_object(f, "events", "event", [&](const Fields& r) {
    const std::string on = r.one_of("on", {"completed", "moderated", "disagreed", "returned"}, "completed");
    rules.events.push_back({r.id(),
                            on == "moderated"   ? EventTrigger::moderated
                            : on == "disagreed" ? EventTrigger::disagreed
                            : on == "returned"  ? EventTrigger::returned
                                                : EventTrigger::completed,
                            r.refs("templates"), r.refs("notify"), r.str("within"), r.text("note"), r.pos()});
  });
  each_object(f, "case_events", "case-event", [&](const Fields& r) {
    CaseEventRule rule{r.id(), r.str("event"), r.refs("notify"), r.strings("outside"), r.str("within"), r.text("note"), r.pos()};
    if (rule.notify.empty() && rule.outside.empty())
      hint(f.file().diags().error(r.pos(), "case event rule '" + rule.id + "' tells no one"),
           "list the roles to tell in 'notify', or the bodies outside the council in 'outside'");
    rules.case_events.push_back(std::move(rule));
  });
  each_object(f, "deadlines", "deadline", [&](const Fields& r) {
    rules.deadlines.push_back({r.id(), static_cast<int>(r.integer("max_days", 1, 3650).value_or(0)), r.text("note"),
                               r.refs("templates"), r.pos()});
  });
}

}  // namespace qaf::detail
