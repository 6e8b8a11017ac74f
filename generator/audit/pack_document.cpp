// Laying out an audit pack's cover, contents and summary tables and chart.
#include "audit/pack_document.hpp"

#include <cstdio>

#include "layout/emphasis.hpp"

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

std::string fmt1(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
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
                               const std::vector<std::vector<Block>>& filled, const Date& printed) {
  const Scale* js = fw.find_scale(agg.judgement_scale);
  auto grade_label = [&](const std::string& id) {
    const Grade* g = js ? js->find_grade(id) : nullptr;
    return g ? g->label : id;
  };
  const std::string who = (scope.kind == "team" ? "Team: " : "Service: ") + scope.name;
  Document doc;
  doc.title = "Audit pack — " + scope.name + " — " + scope.period;
  doc.furniture.header_left = fw.meta.title;
  doc.furniture.header_right = "Audit pack: " + scope.name + ", " + scope.period;
  doc.furniture.footer_lines = {"RESTRICTED — contains personal data. Do not publish or forward beyond those entitled to it.",
                                "Framework version " + fw.meta.version + " (" + fw.meta.status + "). Printed on " +
                                    printed.long_form() + "."};
  doc.furniture.pos = fw.meta.pos;
  Builder b{{}, fw.meta.pos};

  // Cover and contents.
  b.add(Heading{1, text("Audit pack"), "cover", false});
  b.para(who, Style::bold);
  b.para("Period: " + scope.period);
  b.para(fw.meta.title + " — " + fw.meta.council);
  b.para(std::to_string(agg.audits) + " audits. Actions are counted as they stood on " + agg.as_of.long_form() + ".");
  b.para("This pack holds the names of children, families and staff. Keep it where audit records are kept.", Style::italic);
  b.add(Heading{2, text("Contents"), "contents", false});
  b.add(TableOfContents{2});
  b.add(PageBreak{});

  // Summary.
  b.heading(1, "Summary", "summary");
  b.heading(2, "Overall grades", "grades");
  BarChart chart;
  std::vector<std::vector<std::string>> grade_rows = {{"Grade", "Audits", "Share"}};
  for (std::size_t i = 0; i < agg.grades.size(); ++i) {
    const int n = agg.grade_count("", "", agg.grades[i]);
    ChartSegment seg{static_cast<double>(n), "", 0, 0, 0};
    grade_rgb(i, seg);
    chart.bars.push_back({grade_label(agg.grades[i]), {seg}, std::to_string(n)});
    grade_rows.push_back({grade_label(agg.grades[i]), std::to_string(n), pct(n, agg.judged)});
  }
  if (agg.judged > 0) b.add(chart);
  b.table(grade_rows);

  if (!agg.questions.empty()) {
    b.heading(2, "Answers to each question", "questions");
    b.para("Shares leave out answers of not applicable.");
    std::vector<std::vector<std::string>> rows = {{"Question", "Answers", "Shares"}};
    for (const QuestionRates& q : agg.questions) {
      const Scale* s = fw.find_scale(q.scale);
      std::string shares;
      for (const auto& [opt, n] : q.counts) {
        const Choice* c = s ? s->find_option(opt) : nullptr;
        if (!c) continue;
        shares += (shares.empty() ? "" : "; ") + c->label + " " + std::to_string(n) +
                  (c->not_applicable ? "" : " (" + pct(n, q.answered) + ")");
      }
      rows.push_back({q.column_title.empty() ? q.text : q.text + " (" + q.column_title + ")", std::to_string(q.answered), shares});
    }
    b.table(rows, {{3, false}, {1, false}, {3, false}});
  }

  if (!agg.skills.empty()) {
    b.heading(2, "Skills profile", "skills");
    std::vector<std::vector<std::string>> rows = {{"Skill", "Times observed", "Mean level"}};
    for (const SkillProfile& s : agg.skills) rows.push_back({s.title, std::to_string(s.count), fmt1(s.mean)});
    b.table(rows);
  }

  b.heading(2, "Moderation", "moderation");
  b.para(std::to_string(agg.moderated) + " audits moderated; the moderator agreed with the grade in " +
         std::to_string(agg.agreed) + (agg.moderated ? " (" + pct(agg.agreed, agg.moderated) + ")." : "."));
  if (!agg.disagreements.empty()) {
    std::vector<std::vector<std::string>> rows = {{"Audit", "Auditor's grade", "Moderator's grade"}};
    for (const Disagreement& d : agg.disagreements)
      rows.push_back({d.audit_id, grade_label(d.auditor_grade), grade_label(d.moderator_grade)});
    b.table(rows);
  }

  b.heading(2, "Escalations", "escalations");
  if (agg.escalations.empty()) b.para("No audit in this pack triggered an escalation rule.");
  else {
    std::vector<std::vector<std::string>> rows = {{"Audit", "Grade", "Who must be told", "Within"}};
    for (const Escalation& e : agg.escalations) {
      std::string tell;
      for (const std::string& n : e.notify) tell += (tell.empty() ? "" : ", ") + n;
      rows.push_back({e.audit_id, grade_label(e.grade), tell, e.within});
    }
    b.table(rows);
  }

  b.heading(2, "Actions register", "actions");
  b.para(std::to_string(agg.action_count(ActionStatus::open)) + " open, " +
         std::to_string(agg.action_count(ActionStatus::overdue)) + " overdue on " + agg.as_of.long_form() + ", " +
         std::to_string(agg.action_count(ActionStatus::completed)) + " completed.");
  if (!agg.actions.empty()) {
    std::vector<std::vector<std::string>> rows = {{"Audit", "Action", "By whom", "By when", "Status"}};
    for (const ActionLine& l : agg.actions)
      rows.push_back({l.audit_id, l.action, l.owner, l.due ? l.due->long_form() : "",
                      std::string(to_string(l.status)) + (l.completed ? " " + l.completed->long_form() : "")});
    b.table(rows, {{1.2, false}, {3, false}, {1.3, false}, {1.1, false}, {1.2, false}});
  }

  // The filled audits, each from a new page. Each form names its headings alike, so
  // they get a prefix per audit, and links inside the form follow.
  for (std::size_t k = 0; k < filled.size(); ++k) {
    b.add(PageBreak{});
    const std::string prefix = "audit-" + std::to_string(k + 1) + "-";
    for (Block blk : filled[k]) {
      if (auto* h = std::get_if<Heading>(&blk.content); h && !h->id.empty()) h->id = prefix + h->id;
      auto relink = [&](Runs& runs) {
        for (Run& r : runs)
          if (!r.link.empty()) r.link = prefix + r.link;
      };
      std::visit([&](auto& c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) relink(c.runs);
      }, blk.content);
      b.blocks.push_back(std::move(blk));
    }
  }
  doc.blocks = std::move(b.blocks);
  return doc;
}

}  // namespace qaf
