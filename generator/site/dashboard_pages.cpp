// Dashboard page of a framework: published aggregates of its audits, with small counts suppressed.
// It reads only Aggregates counts and grade/skill/question names: no names, case ids or record ids.
#include "audit/aggregate.hpp"
#include "audit/suppression.hpp"
#include "site/pages.hpp"
#include "site/site_paths.hpp"
#include "site/svg_chart.hpp"

#include <algorithm>
#include <cstdio>

namespace qaf::site {
namespace sp = site_paths;

namespace {

// Colours by grade rank, best first (GOV.UK palette; distinct for colour-blind readers in order).
std::string grade_colour(std::size_t rank) {
  static const char* colours[] = {"#00703c", "#1d70b8", "#f47738", "#d4351c", "#6f777b", "#4c2c92"};
  return colours[std::min<std::size_t>(rank, 5)];
}

std::string fmt1(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

BuiltPage dashboard_page(SiteContext& c, const Framework& fw, const Date& as_of) {
  const std::string path = sp::dashboard(fw.id);
  const int t = c.project.config.suppress_below;
  AggregateOptions opt;
  opt.period = c.project.config.period == "month" ? Period::month : Period::quarter;
  opt.as_of = as_of;
  const Aggregates a = aggregate(c.project, fw, opt, records_of(c.project, fw));
  const Scale* js = fw.find_scale(a.judgement_scale);
  auto grade_label = [&](const std::string& id) {
    const Grade* g = js ? js->find_grade(id) : nullptr;
    return g ? g->label : id;
  };

  View v;
  v.set("title", "Audit dashboard").set("framework", fw.meta.title).set("threshold", std::to_string(t))
      .set("as_of", as_of.long_form()).set("audits", published_count(a.audits, t))
      .set("period_name", opt.period == Period::month ? "month" : "quarter");
  View grade_heads = View::list();
  for (const std::string& g : a.grades) grade_heads.push(View().set("label", grade_label(g)));
  v.set("grade_heads", grade_heads);

  // Grades over time, all teams: chart and table.
  BarChart over_time{"grades-over-time", "Overall grades by " + std::string(opt.period == Period::month ? "month" : "quarter"),
                     "Number of audits given each overall grade in each period, all teams. Counts under " +
                         std::to_string(t) + " are left out.",
                     0, {}};
  View period_rows = View::list();
  for (const std::string& p : a.periods) {
    ChartBar bar{p, {}, ""};
    View cells = View::list();
    int total = 0;
    for (std::size_t i = 0; i < a.grades.size(); ++i) {
      const int n = a.grade_count("", p, a.grades[i]);
      total += n;
      cells.push(View().set("value", published_count(n, t)));
      if (!suppressed(n, t)) bar.segments.push_back({static_cast<double>(n), grade_label(a.grades[i]), grade_colour(i)});
    }
    period_rows.push(View().set("period", p).set("cells", cells).set("total", published_count(total, t)));
    over_time.bars.push_back(bar);
  }
  v.set("period_rows", period_rows).set("chart_over_time_html", bar_chart_svg(over_time));

  // Grades by team and period.
  View team_rows = View::list();
  for (const std::string& team : a.teams)
    for (const std::string& p : a.periods) {
      View cells = View::list();
      int total = 0;
      for (const std::string& g : a.grades) {
        const int n = a.grade_count(team, p, g);
        total += n;
        cells.push(View().set("value", published_count(n, t)));
      }
      if (total == 0) continue;
      team_rows.push(View().set("team", team).set("period", p).set("cells", cells).set("total", published_count(total, t)));
    }
  v.set("team_rows", team_rows);

  // Share at or above the grade an actions rule treats as the bar ("Good or better").
  std::string bar_grade = a.grades.size() >= 3 ? a.grades[1] : "";
  for (const ActionsRule& r : fw.rules.actions)
    if (r.scale.id == a.judgement_scale) bar_grade = r.below.id;
  if (js && !bar_grade.empty()) {
    const int bar_rank = *js->grade_rank(bar_grade);
    BarChart trend{"good-or-better", grade_label(bar_grade) + " or better, by period",
                   "Share of audits graded " + grade_label(bar_grade) + " or better in each period, all teams. "
                   "Periods with fewer than " + std::to_string(t) + " audits are left out.", 100, {}};
    View trend_rows = View::list();
    for (const std::string& p : a.periods) {
      int good = 0, total = 0;
      for (std::size_t i = 0; i < a.grades.size(); ++i) {
        const int n = a.grade_count("", p, a.grades[i]);
        total += n;
        if (static_cast<int>(i) <= bar_rank) good += n;
      }
      const auto share = published_share(good, total, t);
      trend_rows.push(View().set("period", p).set("audits", published_count(total, t)).set("share", share.value_or("not published")));
      if (share) trend.bars.push_back({p, {{100.0 * good / total, "", "#1d70b8"}}, *share});
    }
    v.set("bar_grade", grade_label(bar_grade)).set("trend_rows", trend_rows).set("chart_trend_html", bar_chart_svg(trend));
  }

  // Skills profile.
  View skill_rows = View::list();
  BarChart skills{"skills-profile", "Skills profile", "Mean observed level of each skill. Skills seen fewer than " +
                  std::to_string(t) + " times are left out.", 0, {}};
  double top = 0;
  for (const Scale& s : fw.scales)
    if (s.kind == ScaleKind::levels && !s.levels.empty()) top = std::max(top, static_cast<double>(s.levels.back().value));
  skills.max = top;
  for (const SkillProfile& s : a.skills) {
    const bool shown = s.count >= t;
    skill_rows.push(View().set("skill", s.title).set("count", published_count(s.count, t))
                        .set("mean", shown ? fmt1(s.mean) : "not published"));
    if (shown) skills.bars.push_back({s.title, {{s.mean, "", "#4c2c92"}}, fmt1(s.mean)});
  }
  v.set("skill_rows", skill_rows).set("has_skills", !a.skills.empty());
  if (!skills.bars.empty()) v.set("chart_skills_html", bar_chart_svg(skills));

  // Question rates.
  View question_rows = View::list();
  for (const QuestionRates& q : a.questions) {
    const Scale* s = fw.find_scale(q.scale);
    View cells = View::list();
    std::string summary;
    for (const auto& [opt_id, n] : q.counts) {
      const Choice* ch = s ? s->find_option(opt_id) : nullptr;
      if (!ch || ch->not_applicable) continue;
      summary += (summary.empty() ? "" : ", ") + ch->label + " " + published_share(n, q.answered, t).value_or("–");
    }
    question_rows.push(View().set("question", shorten(q.text, 110)).set("answered", published_count(q.answered, t))
                           .set("shares", q.answered >= t ? summary : "not published"));
  }
  v.set("question_rows", question_rows).set("has_questions", !a.questions.empty());

  // Moderation, actions, escalations.
  v.set("moderated", published_count(a.moderated, t))
      .set("agreement", published_share(a.agreed, a.moderated, t).value_or("not published"))
      .set("actions_open", published_count(a.action_count(ActionStatus::open), t))
      .set("actions_overdue", published_count(a.action_count(ActionStatus::overdue), t))
      .set("actions_completed", published_count(a.action_count(ActionStatus::completed), t));
  View esc_rows = View::list();
  for (const EscalationRule& r : fw.rules.escalation) {
    int n = 0;
    for (const Escalation& e : a.escalations)
      if (e.rule == r.id) ++n;
    esc_rows.push(View().set("grade", grade_label(r.grade.id) + (r.or_worse ? " or worse" : "")).set("count", published_count(n, t)));
  }
  v.set("escalation_rows", esc_rows).set("has_escalations", !fw.rules.escalation.empty());
  c.index(path, "", "Audit dashboard — " + fw.meta.title, "audit results grades by team and quarter skills profile moderation actions",
          search::DocKind::page, &fw);
  return {path, "Audit dashboard", "Dashboard", c.render("dashboard", v), &fw, fw.meta.pos, {}};
}

}  // namespace qaf::site
