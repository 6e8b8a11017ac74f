// Rows of the CSV exports and their RFC 4180 encoding.
#include "audit/csv_export.hpp"

#include <cstdio>

namespace qaf {
namespace {

std::string field(const std::string& v) {
  std::string s = v;
  // OWASP CSV injection: a leading tab or carriage return also starts a formula once Excel trims it.
  if (!s.empty() && std::string("=+-@\t\r", 6).find(s[0]) != std::string::npos) s = "'" + s;
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string label_of(const Scale* s, const std::string& id) {
  if (!s) return id;
  if (const Grade* g = s->find_grade(id)) return g->label;
  if (const Choice* c = s->find_option(id)) return c->label;
  return id;
}

}  // namespace

std::string to_csv(const std::vector<std::vector<std::string>>& rows) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + field(row[i]);
    out += "\r\n";
  }
  return out;
}

OutputTree csv_files(const Framework& fw, const Aggregates& agg) {
  OutputTree out;
  const Scale* js = fw.find_scale(agg.judgement_scale);
  std::vector<std::vector<std::string>> grades = {{"framework", "team", "period", "grade", "audits"}};
  for (const auto& [team, periods] : agg.grade_counts) {
    if (team.empty()) continue;
    for (const auto& [period, counts] : periods) {
      if (period.empty()) continue;
      for (const std::string& g : agg.grades)
        grades.push_back({fw.id, team, period, label_of(js, g), std::to_string(agg.grade_count(team, period, g))});
    }
  }
  out.add("grades.csv", to_csv(grades));

  std::vector<std::vector<std::string>> questions = {
      {"framework", "template", "question", "column", "text", "answer", "count", "share of counted answers", "mean score"}};
  for (const QuestionRates& q : agg.questions) {
    const Scale* s = fw.find_scale(q.scale);
    for (const auto& [opt, n] : q.counts) {
      const Choice* c = s ? s->find_option(opt) : nullptr;
      const bool counted = c && !c->not_applicable && q.answered > 0;
      questions.push_back({fw.id, q.template_id, q.question, q.column_title, q.text, label_of(s, opt), std::to_string(n),
                           counted ? num(static_cast<double>(n) / q.answered) : "", q.score ? num(*q.score) : ""});
    }
  }
  out.add("questions.csv", to_csv(questions));

  std::vector<std::vector<std::string>> skills = {{"framework", "skill", "title", "observations", "mean level"}};
  for (const SkillProfile& s : agg.skills) skills.push_back({fw.id, s.id, s.title, std::to_string(s.count), num(s.mean)});
  out.add("skills.csv", to_csv(skills));

  std::vector<std::vector<std::string>> mod = {{"audit", "team", "period", "auditor grade", "moderator grade"}};
  for (const Disagreement& d : agg.disagreements)
    mod.push_back({d.audit_id, d.team, d.period, label_of(js, d.auditor_grade), label_of(js, d.moderator_grade)});
  mod.push_back({});
  mod.push_back({"moderated", std::to_string(agg.moderated), "agreed", std::to_string(agg.agreed), "agreement rate",
                 agg.agreement_rate() ? num(*agg.agreement_rate()) : ""});
  out.add("moderation.csv", to_csv(mod));

  std::vector<std::vector<std::string>> esc = {{"audit", "team", "period", "grade", "rule", "tell", "within"}};
  for (const Escalation& e : agg.escalations) {
    std::string who;
    for (const std::string& n : e.notify) who += (who.empty() ? "" : "; ") + n;
    esc.push_back({e.audit_id, e.team, e.period, label_of(js, e.grade), e.rule, who, e.within});
  }
  out.add("escalations.csv", to_csv(esc));

  std::vector<std::vector<std::string>> actions = {
      {"audit", "template", "team", "period", "action", "owner", "due", "completed", "status", "from moderation"}};
  for (const ActionLine& l : agg.actions)
    actions.push_back({l.audit_id, l.template_id, l.team, l.period, l.action, l.owner, l.due ? l.due->iso() : "",
                       l.completed ? l.completed->iso() : "", std::string(to_string(l.status)),
                       l.from_moderation ? "yes" : "no"});
  out.add("actions.csv", to_csv(actions));
  return out;
}

}  // namespace qaf
