// Counting audit records into the aggregates councils report (grades, rates, skills, moderation, actions).
#include "audit/aggregate.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <tuple>

#include "markdown/markdown.hpp"

namespace qaf {
namespace {

void add_sorted(std::vector<std::string>& list, const std::string& value) {
  auto it = std::lower_bound(list.begin(), list.end(), value);
  if (it == list.end() || *it != value) list.insert(it, value);
}

std::string plain(const std::string& markdown) { return markdown_to_text(markdown); }

/// A role's title, or its id when the framework does not define it.
std::string role_title(const Framework& fw, const Ref& role) {
  const Role* r = fw.find_role(role.id);
  return r ? r->title : role.id;
}

}  // namespace

std::string period_of(const Date& d, Period p) {
  if (p == Period::quarter) return d.quarter();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  return buf;
}

std::string period_label(const std::string& period) {
  if (period == "undated") return "Undated";
  if (period.size() == 7 && period[4] == '-' && std::isdigit(static_cast<unsigned char>(period[5])) &&
      std::isdigit(static_cast<unsigned char>(period[6]))) {
    const int month = std::stoi(period.substr(5, 2));
    if (month >= 1 && month <= 12) return std::string(month_name(month)) + " " + period.substr(0, 4);
  }
  return period;
}

std::string_view to_string(ActionStatus s) {
  switch (s) {
    case ActionStatus::open: return "open";
    case ActionStatus::overdue: return "overdue";
    case ActionStatus::completed: return "completed";
  }
  return "?";
}

int Aggregates::grade_count(const std::string& team, const std::string& period, const std::string& grade) const {
  auto t = grade_counts.find(team);
  if (t == grade_counts.end()) return 0;
  auto p = t->second.find(period);
  if (p == t->second.end()) return 0;
  auto g = p->second.find(grade);
  return g == p->second.end() ? 0 : g->second;
}

int Aggregates::action_count(ActionStatus s) const {
  return static_cast<int>(std::count_if(actions.begin(), actions.end(), [&](const ActionLine& a) { return a.status == s; }));
}

std::optional<double> Aggregates::agreement_rate() const {
  if (moderated == 0) return std::nullopt;
  return static_cast<double>(agreed) / moderated;
}

std::vector<EscalatedAudit> escalated_audits(const std::vector<Escalation>& escalations) {
  std::vector<EscalatedAudit> out;
  std::map<std::string, std::size_t> index;  // audit id -> line
  std::map<std::string, std::vector<std::string>> withins;  // audit id -> distinct "within"s, rule order
  for (const Escalation& e : escalations) {
    auto [it, added] = index.emplace(e.audit_id, out.size());
    if (added) out.push_back({e.audit_id, e.team, e.period, e.grade, {}, {}, "", e.moderated});
    EscalatedAudit& line = out[it->second];
    line.rules.push_back(e.rule);
    for (const std::string& n : e.notify)
      if (std::find(line.notify.begin(), line.notify.end(), n) == line.notify.end()) line.notify.push_back(n);
    auto& w = withins[e.audit_id];
    if (!e.within.empty() && std::find(w.begin(), w.end(), e.within) == w.end()) w.push_back(e.within);
  }
  for (EscalatedAudit& line : out) {
    const auto& w = withins[line.audit_id];
    // The shortest, when every deadline reads as a duration; else all of them, so none is lost.
    std::optional<double> best;
    bool comparable = true;
    for (const std::string& text : w) {
      const auto h = within_hours(text);
      if (!h) comparable = false;
      else if (!best || *h < *best) best = h, line.within = text;
    }
    if (!comparable) {
      line.within.clear();
      for (const std::string& text : w) line.within += (line.within.empty() ? "" : "; ") + text;
    }
  }
  return out;
}

std::optional<double> within_hours(const std::string& within) {
  std::string s;
  for (char c : within) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  if (s == "immediately" || s == "at once" || s == "now") return 0.0;
  if (s == "same day" || s == "the same day") return 8.0;
  std::size_t used = 0;
  double n = 0;
  try {
    n = std::stod(s, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  if (used == 0 || n < 0) return std::nullopt;
  std::string unit = s.substr(used);
  while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
  if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
  // A working day is counted as 7/5 of a calendar day: five of them make a week.
  static const std::map<std::string, double> hours = {
      {"hour", 1}, {"hr", 1}, {"day", 24}, {"calendar day", 24}, {"working day", 24.0 * 7 / 5},
      {"business day", 24.0 * 7 / 5}, {"week", 168}, {"working week", 168}, {"month", 730}};
  auto it = hours.find(unit);
  if (it == hours.end()) return std::nullopt;
  return n * it->second;
}

std::optional<std::string> previous_period(const std::string& period) {
  int year = 0, part = 0;
  char sep = 0;
  if (period.size() == 7 && std::sscanf(period.c_str(), "%4d-Q%1d", &year, &part) == 2 && period[5] == 'Q' &&
      part >= 1 && part <= 4) {
    char buf[32];  // room for any int, so GCC's format-truncation check holds at every -O level
    std::snprintf(buf, sizeof buf, "%04d-Q%d", part == 1 ? year - 1 : year, part == 1 ? 4 : part - 1);
    return std::string(buf);
  }
  if (period.size() == 7 && std::sscanf(period.c_str(), "%4d%c%2d", &year, &sep, &part) == 3 && sep == '-' &&
      std::isdigit(static_cast<unsigned char>(period[5])) && part >= 1 && part <= 12) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", part == 1 ? year - 1 : year, part == 1 ? 12 : part - 1);
    return std::string(buf);
  }
  return std::nullopt;
}

std::string good_or_better_grade(const Framework& fw, const Aggregates& agg) {
  std::string bar = agg.grades.size() >= 3 ? agg.grades[1] : "";
  for (const ActionsRule& r : fw.rules.actions)
    if (r.scale.id == agg.judgement_scale) bar = r.below.id;
  return bar;
}

int good_or_better_count(const Aggregates& agg, const std::string& bar, const std::string& team,
                         const std::string& period) {
  int n = 0;
  for (const std::string& g : agg.grades) {
    n += agg.grade_count(team, period, g);
    if (g == bar) return n;
  }
  return 0;  // the bar is not on the scale
}

std::vector<AggregateSlice> slices_by_team_and_period(const Project& project, const Framework& fw,
                                                      const AggregateOptions& options,
                                                      const std::vector<const AuditRecord*>& records) {
  // Keys as aggregate() labels records, so slices and totals name teams and periods alike.
  std::map<std::pair<std::string, std::string>, std::vector<const AuditRecord*>> cells;
  std::map<std::string, std::vector<const AuditRecord*>> by_period, by_team;
  for (const AuditRecord* a : records) {
    if (a->framework.id != fw.id || !template_of(project, fw, *a)) continue;
    const std::string period = a->date ? period_of(*a->date, options.period) : "undated";
    const std::string team = a->team.empty() ? "(no team)" : a->team;
    cells[{team, period}].push_back(a);
    by_period[period].push_back(a);
    by_team[team].push_back(a);
  }
  std::vector<AggregateSlice> out;
  for (const auto& [key, list] : cells) out.push_back({key.first, key.second, aggregate(project, fw, options, list)});
  for (const auto& [period, list] : by_period) out.push_back({all_teams, period, aggregate(project, fw, options, list)});
  for (const auto& [team, list] : by_team) out.push_back({team, all_periods, aggregate(project, fw, options, list)});
  out.push_back({all_teams, all_periods, aggregate(project, fw, options, records)});
  return out;
}

const Template* template_of(const Project& project, const Framework& fw, const AuditRecord& record) {
  if (const Template* t = fw.find_template(record.template_id.id)) return t;
  const Framework* on = project.framework_of(record);
  return on ? on->find_template(record.template_id.id) : nullptr;
}

std::vector<const AuditRecord*> records_of(const Project& project, const Framework& fw) {
  std::vector<const AuditRecord*> out;
  for (const AuditRecord& a : project.audits)
    if (a.framework.id == fw.id && template_of(project, fw, a)) out.push_back(&a);
  return out;
}

Aggregates aggregate(const Project& project, const Framework& fw, const AggregateOptions& options,
                     const std::vector<const AuditRecord*>& records) {
  Aggregates agg;
  agg.framework = fw.id;
  agg.as_of = options.as_of;
  // The judgement scale: the first grades scale a judgement section uses.
  const Scale* judgement_scale = nullptr;
  for (const Template& t : fw.templates)
    if (const Section* s = t.find_section(SectionKind::judgement); s && !judgement_scale)
      judgement_scale = fw.find_scale(s->scale.id);
  for (const AuditRecord* a : records)  // else a form only an earlier version has
    if (const Template* t = judgement_scale ? nullptr : template_of(project, fw, *a))
      if (const Section* s = t->find_section(SectionKind::judgement)) judgement_scale = fw.find_scale(s->scale.id);
  if (judgement_scale) {
    agg.judgement_scale = judgement_scale->id;
    for (const Grade& g : judgement_scale->grades) agg.grades.push_back(g.id);
  }
  for (const Template& t : fw.templates)
    if (const Section* s = t.find_section(SectionKind::moderation); s && s->returns) agg.returns = true;
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> question_index;  // (template, question, column)
  std::map<std::string, std::pair<int, double>> skill_sums;                     // id -> (count, sum)
  std::map<std::string, std::string> skill_titles;
  std::map<std::string, std::pair<double, double>> skill_bounds;  // id -> (lowest, highest level)
  std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, int> cells;
  std::vector<std::string> skill_order;
  std::vector<Notification> by_rule;  // one per event rule, in rule order
  for (const EventRule& r : fw.rules.events) {
    Notification n{r.id, std::string(to_string(r.on)), {}, {}, r.within};
    for (const Ref& role : r.notify) n.notify.push_back(role_title(fw, role));
    by_rule.push_back(std::move(n));
  }

  for (const AuditRecord* a : records) {
    const Template* t = template_of(project, fw, *a);
    if (!t) continue;
    ++agg.audits;
    const std::string period = a->date ? period_of(*a->date, options.period) : "undated";
    const std::string team = a->team.empty() ? "(no team)" : a->team;
    add_sorted(agg.periods, period);
    add_sorted(agg.teams, team);
    if (!a->service.empty()) add_sorted(agg.services, a->service);

    // Overall judgement, when it is on the judgement scale.
    const Section* js = t->find_section(SectionKind::judgement);
    const bool on_scale = js && judgement_scale && js->scale.id == judgement_scale->id && !a->judgement.empty();
    if (on_scale) {
      ++agg.judged;
      for (const std::string& tm : {team, std::string()})
        for (const std::string& pd : {period, std::string()}) ++agg.grade_counts[tm][pd][a->judgement];
      if (!a->service.empty()) ++agg.service_grade_counts[a->service][a->judgement];
    }

    ++cells[{t->id, team, a->service, period, on_scale ? a->judgement : std::string()}];

    // One answer to a categorical question, counted under (template, question key, column).
    auto count_choice = [&](const Question& q, const Scale& s, const AnswerValue& v, const std::string& key_id,
                            const std::string& column, const std::string& column_title) {
      auto key = std::make_tuple(t->id, key_id, column);
      auto it = question_index.find(key);
      if (it == question_index.end()) {
        QuestionRates qr;
        qr.template_id = t->id;
        qr.question = key_id;
        qr.text = plain(q.full_markdown());
        qr.column = column;
        qr.column_title = column_title;
        qr.scale = s.id;
        for (const Choice& c : s.options) qr.counts.emplace_back(c.id, 0);
        agg.questions.push_back(std::move(qr));
        it = question_index.emplace(key, agg.questions.size() - 1).first;
      }
      QuestionRates& qr = agg.questions[it->second];
      for (const std::string& id : v.values)
        for (auto& [opt, n] : qr.counts)
          if (opt == id) ++n;
    };
    auto counted_choice = [&](const Question& q) -> const Scale* {
      const Scale* s = fw.find_scale(q.scale.id);
      return s && q.type == AnswerType::choice && (s->kind == ScaleKind::choices || s->kind == ScaleKind::rag) && !s->multiple
                 ? s : nullptr;
    };

    // Categorical questions and skill levels, value by value: parallel columns ask the question
    // of different sources, or answer it their own way (a grade column beside the comments).
    for (const Answer& ans : a->answers) {
      const Question* q = t->find_question(ans.question);
      if (!q) continue;
      const Section* sec = t->section_of(q->id);
      for (const AnswerValue& v : ans.values) {
        const Column* col = sec && sec->parallel() ? sec->find_column(v.column) : nullptr;
        Question typed;  // the question as a typed column asks it
        if (col && col->type) typed = col->asks(*q);
        const Question& asked = col && col->type ? typed : *q;
        const Scale* s = fw.find_scale(asked.scale.id);
        if (!s) continue;
        if (counted_choice(asked)) {
          // Each column is counted apart; a side-by-side column's questions are questions of
          // their own, titled with their column.
          std::string column_title;
          if (sec)
            for (const Column& c : sec->columns)
              if (c.id == (sec->side_by_side ? q->column : v.column)) column_title = c.title;
          count_choice(asked, *s, v, q->id, v.column, column_title);
        }
        if (asked.type != AnswerType::rating || s->kind != ScaleKind::levels || !v.number) continue;
        std::vector<std::pair<std::string, std::string>> targets;  // id, title
        for (const Ref& r : q->skills)
          if (const Skill* sk = fw.find_skill(r.id)) targets.emplace_back(sk->id, sk->title);
        if (targets.empty()) targets.emplace_back(q->id, plain(q->full_markdown()));
        for (const auto& [id, title] : targets) {
          if (!skill_sums.count(id)) skill_order.push_back(id);
          auto& [n, sum] = skill_sums[id];
          ++n;
          sum += *v.number;
          skill_titles[id] = title;
          auto [lo, hi] = std::minmax_element(s->levels.begin(), s->levels.end(),
                                              [](const Level& x, const Level& y) { return x.value < y.value; });
          skill_bounds[id] = {lo->value, hi->value};
        }
      }
    }

    // A feedback source's own choice questions (given feedback only), one line per source and
    // question, titled with the source; keyed "feedback:<source>:<question>", apart from the
    // form's own question ids.
    if (const Section* fsec = t->find_section(SectionKind::feedback))
      for (const FeedbackEntry& e : a->feedback) {
        if (!e.given) continue;
        for (const FeedbackSource& src : fsec->sources) {
          if (src.id != e.source) continue;
          for (const Answer& ans : e.answers)
            if (const Question* q = src.find_question(ans.question))
              if (const Scale* s = counted_choice(*q))
                for (const AnswerValue& v : ans.values)
                  count_choice(*q, *s, v, "feedback:" + src.id + ":" + q->id, "", "Feedback: " + src.title);
        }
      }

    // An open table's rows are not counted: a count of rows is not a count of audits, so five
    // rows of one audit would pass a threshold of five (the dashboards count audits only).

    // Moderation.
    if (a->moderation) {
      ++agg.moderated;
      if (a->moderation->agrees) ++agg.agreed;
      else agg.disagreements.push_back({a->id, team, period, a->judgement, a->moderation->grade});
      if (a->moderation->returned) {
        ++agg.returned;
        if (a->moderation->agrees) ++agg.returned_agreed;
      }
    }

    // Notifications: event rules, whatever the grade.
    for (std::size_t i = 0; i < fw.rules.events.size(); ++i) {
      const EventRule& r = fw.rules.events[i];
      if (!applies_to(r.templates, t->id)) continue;
      const bool fires = r.on == EventTrigger::completed || (r.on == EventTrigger::moderated && a->moderation) ||
                         (r.on == EventTrigger::disagreed && a->moderation && !a->moderation->agrees) ||
                         (r.on == EventTrigger::returned && a->moderation && a->moderation->returned);
      if (fires) by_rule[i].audit_ids.push_back(a->id);
    }

    // Escalations triggered by the framework's rules.
    // Escalations read the moderated grade when a moderator changed it: a record moderated to
    // Inadequate is escalated, one moderated up from Inadequate is not.
    const std::string& graded = a->rule_grade();
    if (js && judgement_scale && js->scale.id == judgement_scale->id && !graded.empty())
      for (const EscalationRule& r : fw.rules.escalation) {
        if (r.scale.id != judgement_scale->id || !applies_to(r.templates, t->id)) continue;
        const auto rank = judgement_scale->grade_rank(graded);
        const auto trigger = judgement_scale->grade_rank(r.grade.id);
        if (!rank || !trigger || (r.or_worse ? *rank < *trigger : *rank != *trigger)) continue;
        Escalation e{a->id, team, period, graded, r.id, {}, r.within, a->graded_by_moderator()};
        for (const Ref& role : r.notify)
          e.notify.push_back(role_title(fw, role));
        agg.escalations.push_back(std::move(e));
      }

    // The actions register.
    auto add_actions = [&](const std::vector<AuditAction>& list, bool moderation) {
      for (const AuditAction& act : list) {
        ActionLine l{a->id, t->id, team, period, act.action.markdown, act.owner, act.due, act.completed,
                     moderation, ActionStatus::open};
        const long today = options.as_of.days_since_epoch();
        if (act.completed && act.completed->days_since_epoch() <= today) l.status = ActionStatus::completed;
        else if (act.due && act.due->days_since_epoch() < today) l.status = ActionStatus::overdue;
        agg.actions.push_back(std::move(l));
      }
    };
    add_actions(a->actions, false);
    if (a->moderation) add_actions(a->moderation->actions, true);
  }

  // Rates: N/A answers do not count; the score is the mean of the counted options' scores.
  for (QuestionRates& qr : agg.questions) {
    const Scale* s = fw.find_scale(qr.scale);
    double score_sum = 0;
    bool scored = true;
    for (const auto& [opt, n] : qr.counts) {
      const Choice* c = s->find_option(opt);
      if (!c || c->not_applicable) continue;
      qr.answered += n;
      if (!c->score) scored = false;
      else score_sum += *c->score * n;
    }
    if (scored && qr.answered > 0) qr.score = score_sum / qr.answered;
  }
  for (const auto& [key, n] : cells) {
    const auto& [tid, team, service, period, grade] = key;
    agg.record_cells.push_back({tid, team, service, period, grade, n});
  }
  for (const std::string& id : skill_order) {
    const auto& [n, sum] = skill_sums[id];
    agg.skills.push_back({id, skill_titles[id], n, sum / n, skill_bounds[id].first, skill_bounds[id].second});
  }
  for (Notification& n : by_rule)
    if (!n.audit_ids.empty()) agg.notifications.push_back(std::move(n));
  return agg;
}

}  // namespace qaf
