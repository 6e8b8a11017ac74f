// Laying out an audit pack's cover, contents and summary tables and chart.
#include "audit/pack_document.hpp"
#include "support/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "layout/emphasis.hpp"
#include "support/plural.hpp"
#include "support/suggest.hpp"

namespace qaf {
namespace {

using namespace layout;

Runs text(const std::string& s, Style st = Style::regular) { return Runs{Run{s, st, {}, false}}; }

std::string pct(int part, int whole) {
  if (whole == 0) return "–";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d%%", (part * 100 + whole / 2) / whole);
  return buf;
}

// A whole-number change with its sign: "+2", "-1", "0".
std::string signed_int(int d) { return d > 0 ? "+" + std::to_string(d) : std::to_string(d); }

// A change of mean with its sign and one decimal: "+0.5", "-1.0", "0.0".
std::string signed1(double d) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%+.1f", d);
  return std::string(buf) == "+0.0" || std::string(buf) == "-0.0" ? "0.0" : buf;
}

// The change of a share between two periods, in percentage points of the rounded shares
// the pack prints, so the figures on the page add up: "+25 pts", "0 pts". "–" without a base.
std::string points(int part, int whole, int prev_part, int prev_whole) {
  if (whole == 0 || prev_whole == 0) return "–";
  const int now = (part * 100 + whole / 2) / whole, then = (prev_part * 100 + prev_whole / 2) / prev_whole;
  return signed_int(now - then) + " pts";
}

// A grade count's change and its share's change: "+1 (+25 pts)".
std::string change(int n, int whole, int pn, int prev_whole) {
  const std::string pts = points(n, whole, pn, prev_whole);
  return signed_int(n - pn) + (pts == "–" ? "" : " (" + pts + ")");
}

std::string fmt1(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Answer counts of one question: "Yes 1 (50%); No 1 (50%); N/A 0".
std::string shares(const Scale* s, const QuestionRates& q) {
  std::string out;
  for (const auto& [opt, n] : q.counts) {
    const Choice* c = s ? s->find_option(opt) : nullptr;
    if (!c) continue;
    out += (out.empty() ? "" : "; ") + c->label + " " + std::to_string(n) +
           (c->not_applicable ? "" : " (" + pct(n, q.answered) + ")");
  }
  return out;
}

// Chart colours by grade rank, best first (as on the site's dashboards).
void grade_rgb(std::size_t rank, ChartSegment& s) {
  static const double rgb[][3] = {{0, 0.44, 0.24}, {0.11, 0.44, 0.72}, {0.96, 0.47, 0.22}, {0.83, 0.21, 0.11}, {0.44, 0.47, 0.48}};
  const auto& c = rgb[std::min<std::size_t>(rank, 4)];
  s.red = c[0], s.green = c[1], s.blue = c[2];
}

struct Builder {
  std::vector<Block> blocks;
  SourcePos pos;
  void add(Content c) { blocks.push_back({std::move(c), pos}); }
  void heading(int level, const std::string& t, const std::string& id = "") { add(Heading{level, text(t), id, true}); }
  void para(const std::string& t, Style st = Style::regular) { add(Paragraph{text(t, st)}); }
  void table(std::vector<std::vector<std::string>> rows, std::vector<layout::Column> cols = {}) {
    Table t;
    t.columns = std::move(cols);
    for (auto& r : rows) {
      std::vector<Runs> cells;
      for (auto& c : r) cells.push_back(text(c));
      t.rows.push_back(std::move(cells));
    }
    add(std::move(t));
  }
};

}  // namespace

layout::Document pack_document(const Framework& fw, const PackScope& scope, const Aggregates& agg,
                               const PackComparison& previous, const std::vector<PackAudit>& filled, const Date& printed) {
  const Scale* js = fw.find_scale(agg.judgement_scale);
  auto grade_label = [&](const std::string& id) {
    const Grade* g = js ? js->find_grade(id) : nullptr;
    return g ? g->label : id;
  };
  const std::string period_now = period_label(scope.period);  // "December 2013", not "2013-12"
  const std::string who = scope.kind == "all"    ? "All audits of the period (the form records no team)"
                          : scope.kind == "team" ? "Team: " + scope.name
                                                 : "Service: " + scope.name;
  Document doc;
  doc.title = "Audit pack — " + scope.name + " — " + period_now;
  doc.furniture.header_left = fw.meta.title;
  doc.furniture.header_right = "Audit pack: " + scope.name + ", " + period_now;
  doc.furniture.footer_lines = {"RESTRICTED — contains personal data. Do not publish or forward beyond those entitled to it.",
                                "Framework version " + fw.meta.version + " (" + fw.meta.status + "). Printed on " +
                                    printed.long_form() + "."};
  doc.furniture.pos = fw.meta.pos;
  Builder b{{}, fw.meta.pos};

  // The period before, when there is one: its figures sit beside this period's.
  const Aggregates* prev = previous.period.empty() ? nullptr : previous.agg;
  const bool prev_audits = prev && prev->audits > 0;
  const std::string pp = period_label(previous.period);
  // A figure of the previous period, or "–" when it had no audits.
  auto before = [&](const std::string& figure) { return prev_audits ? figure : std::string("–"); };

  // Cover and contents.
  b.add(Heading{1, text("Audit pack"), "cover", false});
  b.para(who, Style::bold);
  b.para("Period: " + period_now);
  b.para(fw.meta.title + " — " + fw.meta.council);
  b.para(plural(agg.audits, "audit") + ". Actions are counted as they stood on " + agg.as_of.long_form() + ".");
  if (prev)
    b.para("Each figure is shown beside the same figure for " + (scope.kind == "all" ? "all audits" : scope.name) +
           " in the previous period, " + pp + " (" +
           (prev_audits ? plural(prev->audits, "audit") : std::string("no audits")) + "), and the change.");
  b.para("This pack holds the names of children, families and staff. Keep it where audit records are kept.", Style::italic);
  b.add(Heading{2, text("Contents"), "contents", false});
  b.add(TableOfContents{2});
  b.add(PageBreak{});

  // Summary.
  b.heading(1, "Summary", "summary");
  b.heading(2, "Overall grades", "grades");
  BarChart chart;
  std::vector<std::vector<std::string>> grade_rows = {{"Grade", period_now, "Share"}};
  if (prev) grade_rows[0].insert(grade_rows[0].end(), {pp, "Share", "Change"});
  auto grade_row = [&](const std::string& label, int n, int pn) {
    std::vector<std::string> row = {label, std::to_string(n), pct(n, agg.judged)};
    if (prev)
      row.insert(row.end(), {before(std::to_string(pn)), before(pct(pn, prev->judged)),
                             prev_audits ? change(n, agg.judged, pn, prev->judged) : "–"});
    grade_rows.push_back(std::move(row));
  };
  for (std::size_t i = 0; i < agg.grades.size(); ++i) {
    const int n = agg.grade_count("", "", agg.grades[i]);
    ChartSegment seg{static_cast<double>(n), "", 0, 0, 0};
    grade_rgb(i, seg);
    chart.bars.push_back({grade_label(agg.grades[i]), {seg}, std::to_string(n)});
    grade_row(grade_label(agg.grades[i]), n, prev ? prev->grade_count("", "", agg.grades[i]) : 0);
  }
  if (const std::string bar = good_or_better_grade(fw, agg); !bar.empty())
    grade_row(grade_label(bar) + " or better", good_or_better_count(agg, bar), prev ? good_or_better_count(*prev, bar) : 0);
  if (agg.judged > 0) b.add(chart);
  if (prev) b.table(grade_rows, {{2.4, false}, {1, false}, {1, false}, {1, false}, {1, false}, {1.6, false}});
  else b.table(grade_rows);

  if (!agg.questions.empty() || (prev && !prev->questions.empty())) {
    b.heading(2, "Answers to each question", "questions");
    b.para(prev ? "Shares leave out answers of not applicable. The change is in percentage points (pts) of each "
                  "answer's share."
                : "Shares leave out answers of not applicable.");
    std::vector<std::vector<std::string>> rows = {{"Question", "Period", "Answers", "Shares"}};
    auto same = [](const QuestionRates& a, const QuestionRates& b2) {
      return a.template_id == b2.template_id && a.question == b2.question && a.column == b2.column;
    };
    // Questions of this period, then those asked only in the previous one.
    std::vector<const QuestionRates*> order;
    for (const QuestionRates& q : agg.questions) order.push_back(&q);
    if (prev)
      for (const QuestionRates& q : prev->questions)
        if (std::none_of(agg.questions.begin(), agg.questions.end(), [&](const QuestionRates& c) { return same(c, q); }))
          order.push_back(&q);
    for (const QuestionRates* q : order) {
      const Scale* s = fw.find_scale(q->scale);
      auto find_in = [&](const Aggregates* a) -> const QuestionRates* {
        if (!a) return nullptr;
        for (const QuestionRates& c : a->questions)
          if (same(c, *q)) return &c;
        return nullptr;
      };
      const QuestionRates* now = find_in(&agg);
      const QuestionRates* then = find_in(prev);
      const std::string title = q->column_title.empty() ? q->text : q->text + " (" + q->column_title + ")";
      rows.push_back({title, period_now, now ? std::to_string(now->answered) : "0", now ? shares(s, *now) : "–"});
      if (!prev) continue;
      rows.push_back({"", pp, then ? std::to_string(then->answered) : before("0"), then ? shares(s, *then) : "–"});
      std::string diff;
      if (now && then && now->answered > 0 && then->answered > 0)
        for (std::size_t k = 0; k < now->counts.size() && k < then->counts.size(); ++k) {
          const Choice* c = s ? s->find_option(now->counts[k].first) : nullptr;
          if (!c || c->not_applicable) continue;
          diff += (diff.empty() ? "" : "; ") + c->label + " " +
                  points(now->counts[k].second, now->answered, then->counts[k].second, then->answered);
        }
      rows.push_back({"", "Change", now && then ? signed_int(now->answered - then->answered) : "–", diff.empty() ? "–" : diff});
    }
    b.table(rows, {{2.7, false}, {1, false}, {0.9, false}, {3.9, false}});
  }

  if (!agg.skills.empty() || (prev && !prev->skills.empty())) {
    b.heading(2, "Skills profile", "skills");
    std::vector<std::vector<std::string>> rows = {{"Skill", "Times observed", "Mean level"}};
    if (prev) rows = {{"Skill", "Times observed " + period_now, "Mean level", "Times observed " + pp, "Mean level", "Change"}};
    auto find_in = [](const Aggregates* a, const std::string& id) -> const SkillProfile* {
      if (!a) return nullptr;
      for (const SkillProfile& s : a->skills)
        if (s.id == id) return &s;
      return nullptr;
    };
    std::vector<const SkillProfile*> order;
    for (const SkillProfile& s : agg.skills) order.push_back(&s);
    if (prev)
      for (const SkillProfile& s : prev->skills)
        if (!find_in(&agg, s.id)) order.push_back(&s);
    for (const SkillProfile* s : order) {
      const SkillProfile* now = find_in(&agg, s->id);
      const SkillProfile* then = find_in(prev, s->id);
      std::vector<std::string> row = {s->title, now ? std::to_string(now->count) : "0", now ? fmt1(now->mean) : "–"};
      if (prev)
        row.insert(row.end(), {then ? std::to_string(then->count) : before("0"), then ? fmt1(then->mean) : "–",
                               now && then ? signed1(now->mean - then->mean) : "–"});
      rows.push_back(std::move(row));
    }
    if (prev) b.table(rows, {{2.6, false}, {1.1, false}, {1, false}, {1.1, false}, {1, false}, {1, false}});
    else b.table(rows);
  }

  b.heading(2, "Moderation", "moderation");
  b.para(plural(agg.moderated, "audit") + " moderated; the moderator agreed with the grade in " +
         std::to_string(agg.agreed) + (agg.moderated ? " (" + pct(agg.agreed, agg.moderated) + ")." : "."));
  if (agg.returns)
    b.para(agg.returned == 0 ? std::string("No audit was returned to its auditor for rework.")
                             : plural(agg.returned, "audit") + " returned to the auditor for rework (the deadline stays).");
  if (prev) {
    std::vector<std::vector<std::string>> rows = {{"Moderation", period_now, pp, "Change"}};
    rows.push_back({"Audits moderated", std::to_string(agg.moderated), before(std::to_string(prev->moderated)),
                    prev_audits ? signed_int(agg.moderated - prev->moderated) : "–"});
    rows.push_back({"Moderator agreed", std::to_string(agg.agreed), before(std::to_string(prev->agreed)),
                    prev_audits ? signed_int(agg.agreed - prev->agreed) : "–"});
    rows.push_back({"Agreement", pct(agg.agreed, agg.moderated), before(pct(prev->agreed, prev->moderated)),
                    prev_audits && agg.moderated && prev->moderated
                        ? points(agg.agreed, agg.moderated, prev->agreed, prev->moderated)
                        : "–"});
    b.table(rows, {{2.4, false}, {1, false}, {1, false}, {1.2, false}});
  }
  if (!agg.disagreements.empty()) {
    std::vector<std::vector<std::string>> rows = {{"Audit", "Auditor's grade", "Moderator's grade"}};
    for (const Disagreement& d : agg.disagreements)
      rows.push_back({d.audit_id, grade_label(d.auditor_grade), grade_label(d.moderator_grade)});
    b.table(rows);
  }

  b.heading(2, "Escalations", "escalations");
  const std::vector<EscalatedAudit> escalated = escalated_audits(agg.escalations);
  if (escalated.empty()) b.para("No audit in this pack triggered an escalation rule.");
  else {
    b.para("Each escalated audit once: everyone any of its rules names must be told, within the shortest time "
           "they give. A moderated audit is escalated on the moderator's grade.");
    std::vector<std::vector<std::string>> rows = {{"Audit", "Grade", "Who must be told", "Within"}};
    for (const EscalatedAudit& e : escalated) {
      std::string tell;
      for (const std::string& n : e.notify) tell += (tell.empty() ? "" : ", ") + n;
      rows.push_back({e.audit_id, grade_label(e.grade) + (e.moderated ? " (moderated)" : ""), tell, e.within});
    }
    b.table(rows);
  }

  // Notifications (rules.events): told of every audit of a kind, whatever its grade.
  if (!agg.notifications.empty()) {
    b.heading(2, "Notifications", "notifications");
    b.para("Audits the framework's notification rules apply to, whatever their grade: everyone the rule names "
           "must be told of each.");
    std::vector<std::vector<std::string>> rows = {{"When an audit is", "Audits", "Who must be told", "Within"}};
    for (const Notification& n : agg.notifications) {
      std::string ids;
      for (const std::string& id : n.audit_ids) ids += (ids.empty() ? "" : ", ") + id;
      rows.push_back({n.on + " (rule '" + n.rule + "')", std::to_string(n.audit_ids.size()) + ": " + ids, join_and(n.notify),
                      n.within.empty() ? "–" : n.within});
    }
    b.table(rows);
  }

  b.heading(2, "Actions register", "actions");
  b.para("Actions: " + std::to_string(agg.action_count(ActionStatus::open)) + " open, " +
         std::to_string(agg.action_count(ActionStatus::overdue)) + " overdue on " + agg.as_of.long_form() + ", " +
         std::to_string(agg.action_count(ActionStatus::completed)) + " completed.");
  if (prev) {
    std::vector<std::vector<std::string>> rows = {{"Actions from audits of", period_now, pp, "Change"}};
    for (ActionStatus st : {ActionStatus::open, ActionStatus::overdue, ActionStatus::completed}) {
      const int n = agg.action_count(st), pn = prev->action_count(st);
      std::string label(to_string(st));
      label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
      rows.push_back({label, std::to_string(n), before(std::to_string(pn)), prev_audits ? signed_int(n - pn) : "–"});
    }
    b.table(rows, {{2.4, false}, {1, false}, {1, false}, {1.2, false}});
  }
  if (!agg.actions.empty()) {
    std::vector<std::vector<std::string>> rows = {{"Audit", "Action", "By whom", "By when", "Status"}};
    for (const ActionLine& l : agg.actions)
      rows.push_back({l.audit_id, l.action, l.owner, l.due ? l.due->long_form() : "",
                      std::string(to_string(l.status)) + (l.completed ? " " + l.completed->long_form() : "")});
    b.table(rows, {{1.2, false}, {3, false}, {1.3, false}, {1.1, false}, {1.2, false}});
  }

  // The filled audits, each its own PDF's pages. Each form names its headings alike, so they
  // get a prefix per audit, and its first is named by the record's id (a form that does not
  // open with a top-level heading is listed under the id alone, at its first page).
  for (std::size_t k = 0; k < filled.size(); ++k) {
    layout::AppendedPart part = *filled[k].pages;
    const std::string prefix = "audit-" + std::to_string(k + 1) + "-";
    for (layout::AppendedHeading& h : part.headings) h.id = prefix + h.id;
    if (part.headings.empty() || part.headings.front().page != 0 || part.headings.front().level != 1)
      part.headings.insert(part.headings.begin(), layout::AppendedHeading{1, filled[k].id, prefix + "start", 0, 0});
    else
      part.headings.front().title = filled[k].id + ": " + part.headings.front().title;
    doc.appended.push_back(std::move(part));
  }
  doc.appended_page_number = "Pack page {n} of {m}";
  doc.blocks = std::move(b.blocks);
  return doc;
}

}  // namespace qaf
