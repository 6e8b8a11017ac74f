// Rows of the figures exports (CSV and workbook) from the aggregates: the one place their columns are decided.
#include "audit/export_tables.hpp"

namespace qaf {
namespace {

using C = ExportCell;

std::string label_of(const Scale* s, const std::string& id) {
  if (!s) return id;
  if (const Grade* g = s->find_grade(id)) return g->label;
  if (const Choice* c = s->find_option(id)) return c->label;
  return id;
}

std::string joined(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : "; ") + s;
  return out;
}

}  // namespace

std::vector<ExportTable> export_tables(const Framework& fw, const Aggregates& all,
                                       const std::vector<AggregateSlice>& slices) {
  std::vector<ExportTable> out;
  const Scale* js = fw.find_scale(all.judgement_scale);

  ExportTable grades{"grades", {"framework", "team", "period", "grade", "audits"}, {}};
  for (const AggregateSlice& s : slices)
    for (const std::string& g : s.agg.grades)
      grades.rows.push_back({C::of(fw.id), C::of(s.team), C::of(s.period), C::of(label_of(js, g)),
                             C::count(s.agg.grade_count("", "", g))});
  out.push_back(std::move(grades));

  ExportTable questions{"questions",
                        {"framework", "team", "period", "template", "question", "column", "text", "answer", "count",
                         "share of counted answers", "mean score"},
                        {}};
  for (const AggregateSlice& sl : slices)
    for (const QuestionRates& q : sl.agg.questions) {
      const Scale* s = fw.find_scale(q.scale);
      for (const auto& [opt, n] : q.counts) {
        const Choice* c = s ? s->find_option(opt) : nullptr;
        const bool counted = c && !c->not_applicable && q.answered > 0;
        questions.rows.push_back({C::of(fw.id), C::of(sl.team), C::of(sl.period), C::of(q.template_id),
                                  C::of(q.question), C::of(q.column_title), C::of(q.text), C::of(label_of(s, opt)),
                                  C::count(n), counted ? C::share(static_cast<double>(n) / q.answered) : C::of(""),
                                  C::maybe_decimal(q.score)});
      }
    }
  out.push_back(std::move(questions));

  ExportTable skills{"skills", {"framework", "team", "period", "skill", "title", "observations", "mean level"}, {}};
  for (const AggregateSlice& sl : slices)
    for (const SkillProfile& s : sl.agg.skills)
      skills.rows.push_back({C::of(fw.id), C::of(sl.team), C::of(sl.period), C::of(s.id), C::of(s.title),
                             C::count(s.count), C::decimal(s.mean)});
  out.push_back(std::move(skills));

  ExportTable moderation{"moderation", {"framework", "team", "period", "moderated", "agreed", "agreement rate"}, {}};
  for (const AggregateSlice& sl : slices)
    moderation.rows.push_back({C::of(fw.id), C::of(sl.team), C::of(sl.period), C::count(sl.agg.moderated),
                               C::count(sl.agg.agreed), C::maybe_share(sl.agg.agreement_rate())});
  out.push_back(std::move(moderation));

  ExportTable disagreements{"disagreements", {"audit", "team", "period", "auditor grade", "moderator grade"}, {}};
  for (const Disagreement& d : all.disagreements)
    disagreements.rows.push_back({C::of(d.audit_id), C::of(d.team), C::of(d.period), C::of(label_of(js, d.auditor_grade)),
                                  C::of(label_of(js, d.moderator_grade))});
  out.push_back(std::move(disagreements));

  // One row per escalated audit, as in the packs: the rules it triggered, everyone to tell, the shortest time.
  ExportTable escalations{"escalations", {"audit", "team", "period", "grade", "rules", "tell", "within"}, {}};
  for (const EscalatedAudit& e : escalated_audits(all.escalations))
    escalations.rows.push_back({C::of(e.audit_id), C::of(e.team), C::of(e.period), C::of(label_of(js, e.grade)),
                                C::of(joined(e.rules)), C::of(joined(e.notify)), C::of(e.within)});
  out.push_back(std::move(escalations));

  ExportTable actions{"actions",
                      {"audit", "template", "team", "period", "action", "owner", "due", "completed", "status",
                       "from moderation"},
                      {}};
  for (const ActionLine& l : all.actions)
    actions.rows.push_back({C::of(l.audit_id), C::of(l.template_id), C::of(l.team), C::of(l.period), C::of(l.action),
                            C::of(l.owner), C::of(l.due ? l.due->iso() : ""), C::of(l.completed ? l.completed->iso() : ""),
                            C::of(std::string(to_string(l.status))), C::of(l.from_moderation ? "yes" : "no")});
  out.push_back(std::move(actions));
  return out;
}

}  // namespace qaf
