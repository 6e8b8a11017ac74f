// Dashboard page of a framework: the published (protected) audit figures, with charts beside
// data tables. It reads only a disclosure::Publication: no raw count, name or record reaches it.
#include "disclosure/publication.hpp"
#include "site/html_chart.hpp"
#include "site/pages.hpp"
#include "site/site_paths.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace qaf::site {
namespace sp = site_paths;
using disclosure::Count;

namespace {

// Colours by grade rank, best first (GOV.UK palette; distinct for colour-blind readers in order).
std::string grade_colour(std::size_t rank) {
  static const char* colours[] = {"#00703c", "#1d70b8", "#f47738", "#d4351c", "#6f777b", "#4c2c92"};
  return colours[std::min<std::size_t>(rank, 5)];
}

std::string text(const Count& c) { return c.value ? std::to_string(*c.value) : "hidden"; }

std::string percent(std::optional<long> p) { return p ? std::to_string(*p) + "%" : ""; }

std::string fmt1(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// The latest version in which the question behind `row` was asked differently (reworded, or
// answered another way), when records completed before that version are counted in the row:
// its answers then mean two things. nullopt otherwise.
std::optional<std::string> changed_meaning(const SiteContext& c, const Framework& fw, const disclosure::AnswerRow& row,
                                           const std::map<std::string, std::vector<std::string>>& by_template) {
  const auto found = by_template.find(row.template_id);
  if (found == by_template.end()) return std::nullopt;
  const std::vector<std::string>& versions = found->second;  // of the records of the row's form
  std::string key = row.template_id + "/" + row.key;
  if (row.key.rfind("feedback:", 0) == 0) {  // "feedback:<source>:<question>"
    const std::string rest = row.key.substr(9);
    const std::size_t colon = rest.find(':');
    if (colon == std::string::npos) return std::nullopt;
    key = row.template_id + "/" + rest.substr(0, colon) + "/" + rest.substr(colon + 1);
  }
  const std::vector<versions::Step>& steps = c.history(fw);
  for (auto step = steps.rbegin(); step != steps.rend(); ++step)
    for (const versions::Change& ch : step->changes)
      if (ch.reworded && ch.after.kind == versions::ItemKind::question && ch.after.key == key &&
          !versions.empty() && compare_versions(versions.front(), step->to) < 0)
        return step->to;
  return std::nullopt;
}

std::string period_word(const std::string& kind) {
  if (kind == "12 months") return "the last 12 months";
  return kind;
}

}  // namespace

BuiltPage dashboard_page(SiteContext& c, const Framework& fw, const disclosure::Publication& pub) {
  const std::string path = sp::dashboard(fw.id);
  View v;
  v.set("title", "Audit dashboard").set("framework", fw.meta.title).set("threshold", std::to_string(pub.threshold))
      .set("as_of", pub.as_of.long_form()).set("audits", text(pub.audits)).set("audits_id", pub.audits.id)
      .set("audits_shown", pub.audits.shown())
      .set("audits_noun", pub.audits.value == 1L ? "audit" : "audits").set("level_note", pub.level_note)
      .set("period_name", period_word(pub.by_period.period_kind))
      .set("group_name", pub.by_group.group_kind).set("group_heading", pub.by_group.group_kind == "service" ? "Service" : "Team")
      .set("group_period_name", period_word(pub.by_group.period_kind));
  View grade_heads = View::list();
  for (const std::string& g : pub.grades) grade_heads.push(View().set("label", g));
  v.set("grade_heads", grade_heads).set("bar_grade", pub.bar_grade);

  auto cells_view = [](const std::vector<Count>& cells) {
    View list = View::list();
    for (const Count& n : cells) list.push(View().set("id", n.id).set("value", text(n)));
    return list;
  };

  // All teams by period: a bar only where every grade of the period is shown (a part of a bar
  // would misstate the whole); the table says "hidden" where it is not.
  BarChart grades{"chart-grades", "Audits by overall grade, all teams", 0, 0, {}, {},
                  "No period can be drawn: each has a grade that is hidden to protect the people involved (see the table)."};
  BarChart trend{"chart-trend", "Share of audits graded " + pub.bar_grade + " or better, all teams", 0, 100, {0, 25, 50, 75, 100}, {},
                 "No share can be shown: in each period a figure it rests on is hidden to protect the people involved."};
  View period_rows = View::list();
  for (const disclosure::GradeRow& r : pub.by_period.rows) {
    const auto gshare = disclosure::share(r.good_or_better, r.total);
    period_rows.push(View().set("period", period_label(r.period)).set("cells", cells_view(r.cells)).set("total", text(r.total))
                         .set("total_id", r.total.id).set("has_good", !r.good_or_better.id.empty())
                         .set("good", text(r.good_or_better)).set("good_id", r.good_or_better.id)
                         .set("share", gshare ? percent(gshare) : "hidden"));
    ChartBar bar{period_label(r.period), {}, "", {"fig", r.total.id}};
    const bool whole = std::all_of(r.cells.begin(), r.cells.end(), [](const Count& n) { return n.shown(); });
    if (whole)
      for (std::size_t i = 0; i < r.cells.size(); ++i)
        if (*r.cells[i].value > 0) bar.segments.push_back({static_cast<double>(*r.cells[i].value), pub.grades[i], grade_colour(i)});
    bar.note = text(r.total);
    grades.bars.push_back(bar);
    ChartBar t{period_label(r.period), {}, gshare ? percent(gshare) : "hidden", {"share", r.good_or_better.id + "/share"}};
    if (gshare) t.segments.push_back({static_cast<double>(*gshare), "", "#1d70b8"});
    trend.bars.push_back(t);
  }
  v.set("period_rows", period_rows).set("chart_grades_html", bar_chart_html(grades));
  if (!pub.bar_grade.empty()) v.set("chart_trend_html", bar_chart_html(trend));

  View group_rows = View::list();
  for (const disclosure::GradeRow& r : pub.by_group.rows)
    group_rows.push(View().set("group", r.group).set("period", period_label(r.period)).set("cells", cells_view(r.cells))
                        .set("total", text(r.total)).set("total_id", r.total.id));
  v.set("group_rows", group_rows);

  View esc_rows = View::list();
  for (const disclosure::EscalationRow& e : pub.escalations)
    esc_rows.push(View().set("grade", e.grade).set("count", text(e.audits)).set("id", e.audits.id));
  v.set("escalation_rows", esc_rows).set("has_escalations", !pub.escalations.empty());

  View question_rows = View::list();
  for (const disclosure::AnswerRow& q : pub.answers) {
    View options = View::list();
    for (const auto& [label, n] : q.options)
      options.push(View().set("label", label).set("id", n.id).set("value", text(n))
                       .set("share", percent(disclosure::share(n, q.answered))));
    View row = View().set("question", shorten(q.question, 110)).set("column", q.column)
                   .set("answered", text(q.answered)).set("answered_id", q.answered.id).set("options", options)
                   .set("changed_in", "");
    if (const std::optional<std::string> since = changed_meaning(c, fw, q, pub.versions))
      row.set("changed_in", *since).set("changed_href", sp::href(sp::dashboard(fw.id), sp::changes(fw.id, *since)));
    question_rows.push(row);
  }
  v.set("question_rows", question_rows).set("has_questions", !pub.answers.empty());

  // Skills: means on the levels' own scale, with its marks under the bars.
  BarChart skills{"chart-skills", "Mean observed level of each skill", pub.skill_min, pub.skill_max, {}, {},
                  "No mean can be shown: each rests on too few observations, or would show them all at one level."};
  for (double t = pub.skill_min; t <= pub.skill_max + 1e-9; t += 1) skills.ticks.push_back(t);
  View skill_rows = View::list();
  for (const disclosure::SkillRow& s : pub.skills) {
    const std::string mean = s.mean ? fmt1(*s.mean) : "hidden";
    skill_rows.push(View().set("skill", s.title).set("count", text(s.observed)).set("count_id", s.observed.id)
                        .set("mean", mean).set("mean_id", s.observed.id.substr(0, s.observed.id.rfind('/')) + "/mean"));
    ChartBar bar{s.title, {}, mean, {"mean", s.observed.id.substr(0, s.observed.id.rfind('/')) + "/mean"}};
    if (s.mean) bar.segments.push_back({*s.mean, "", "#4c2c92"});
    skills.bars.push_back(bar);
  }
  v.set("skill_rows", skill_rows).set("has_skills", !pub.skills.empty())
      .set("skill_min", std::to_string(std::lround(pub.skill_min))).set("skill_max", std::to_string(std::lround(pub.skill_max)));
  if (!pub.skills.empty()) v.set("chart_skills_html", bar_chart_html(skills));

  v.set("moderated", text(pub.moderated)).set("moderated_id", pub.moderated.id)
      .set("agreed", text(pub.agreed)).set("agreed_id", pub.agreed.id)
      .set("agreement", percent(disclosure::share(pub.agreed, pub.moderated)))
      .set("disagreed", text(pub.disagreed)).set("disagreed_id", pub.disagreed.id)
      .set("returns", pub.returns).set("returned", text(pub.returned)).set("returned_id", pub.returned.id)
      .set("actions", text(pub.actions)).set("actions_id", pub.actions.id)
      .set("open", text(pub.open)).set("open_id", pub.open.id)
      .set("overdue", text(pub.overdue)).set("overdue_id", pub.overdue.id)
      .set("not_due", text(pub.not_due)).set("not_due_id", pub.not_due.id)
      .set("completed", text(pub.completed)).set("completed_id", pub.completed.id);
  c.index(path, "", "Audit dashboard — " + fw.meta.title, "audit results grades by team and quarter skills profile moderation actions",
          search::DocKind::page, &fw);
  return {path, "Audit dashboard", "Dashboard", c.render("dashboard", v), &fw, fw.meta.pos, {}};
}

}  // namespace qaf::site
