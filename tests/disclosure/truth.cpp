// Truth and the previous dashboard's figures for the auditor's tests (see truth.hpp).
#include "truth.hpp"

#include <algorithm>

#include "audit/aggregate.hpp"
#include "disclosure/publication.hpp"

namespace qaf::audit_check {
namespace {

using nlohmann::json;

disclosure::PublishOptions options(const Project& project, int threshold, const Date& as_of) {
  disclosure::PublishOptions o;
  o.aggregate.period = project.config.period == "month" ? Period::month : Period::quarter;
  o.aggregate.as_of = as_of;
  o.threshold = threshold;
  return o;
}

}  // namespace

json published(const Project& project, const Framework& fw, int threshold, const Date& as_of) {
  return json::parse(disclosure::publish(project, fw, options(project, threshold, as_of)).figures_json);
}

std::map<std::string, long> truth_of(const Project& project, const Framework& fw, const json& doc, const Date& as_of) {
  disclosure::PublishOptions o = options(project, 1, as_of);
  const json& level = doc.at("level");
  o.pin_level = level.at("all_teams").get<std::string>() + ":" + level.at("by").get<std::string>() + "/" +
                level.at("by_period").get<std::string>();
  const json all = json::parse(disclosure::publish(project, fw, o).figures_json);
  std::map<std::string, long> truth;
  for (const json& f : all.at("figures")) truth[f.at("id").get<std::string>()] = f.at("value").get<long>();
  return truth;
}

std::pair<json, std::map<std::string, long>> previous_dashboard(const Project& project, const Framework& fw,
                                                                int threshold, const Date& as_of) {
  const json now = published(project, fw, threshold, as_of);
  const disclosure::PublishOptions o = options(project, threshold, as_of);
  const Aggregates a = aggregate(project, fw, o.aggregate, records_of(project, fw));
  json doc = {{"framework", fw.id}, {"threshold", threshold}, {"spaces", now.at("spaces")}};
  json figures = json::array(), derived = json::array();
  std::map<std::string, long> truth;
  const int t = threshold;
  auto add = [&](const std::string& id, const std::string& space, const json& where, long v) {
    figures.push_back({{"id", id}, {"space", space}, {"where", where}, {"value", v > 0 && v < t ? json(nullptr) : json(v)}});
    truth[id] = v;
  };
  auto share = [&](const std::string& part, const std::string& whole, long p, long w) {
    // The old page: a share whenever its base was at least the threshold, whatever its part.
    derived.push_back({{"id", part + "/share"}, {"kind", "share"}, {"part", part}, {"whole", whole},
                       {"value", w >= t && w > 0 ? json((p * 100 + w / 2) / w) : json(nullptr)}});
  };
  std::vector<std::string> judged(a.grades.begin(), a.grades.end());
  add("audits", "records", json::object(), a.audits);
  const Scale* js = fw.find_scale(a.judgement_scale);
  std::string bar = a.grades.size() >= 3 ? a.grades[1] : "";
  for (const ActionsRule& r : fw.rules.actions)
    if (r.scale.id == a.judgement_scale) bar = r.below.id;
  const int bar_rank = js && !bar.empty() ? js->grade_rank(bar).value_or(-1) : -1;
  for (const std::string& p : a.periods) {
    long total = 0, good = 0;
    for (std::size_t i = 0; i < a.grades.size(); ++i) {
      const long n = a.grade_count("", p, a.grades[i]);
      add("p/" + p + "/" + a.grades[i], "records", {{"period", {p}}, {"grade", {a.grades[i]}}}, n);
      total += n;
      if (static_cast<int>(i) <= bar_rank) good += n;
    }
    add("p/" + p + "/all", "records", {{"period", {p}}, {"grade", judged}}, total);
    if (bar_rank >= 0) {
      json better = json::array();
      for (int i = 0; i <= bar_rank; ++i) better.push_back(a.grades[static_cast<std::size_t>(i)]);
      figures.push_back({{"id", "p/" + p + "/better"}, {"space", "records"}, {"where", {{"period", {p}}, {"grade", better}}}, {"value", nullptr}});
      truth["p/" + p + "/better"] = good;
      share("p/" + p + "/better", "p/" + p + "/all", good, total);
    }
  }
  for (const std::string& team : a.teams)
    for (const std::string& p : a.periods) {
      long total = 0;
      for (const std::string& g : a.grades) {
        const long n = a.grade_count(team, p, g);
        total += n;
        add("t/" + team + "/" + p + "/" + g, "records", {{"team", {team}}, {"period", {p}}, {"grade", {g}}}, n);
      }
      add("t/" + team + "/" + p + "/all", "records", {{"team", {team}}, {"period", {p}}, {"grade", judged}}, total);
    }
  for (const QuestionRates& q : a.questions) {
    const std::string space = "answers/" + q.template_id + "/" + q.question + (q.column.empty() ? "" : "/" + q.column);
    if (!doc.at("spaces").contains(space)) continue;
    const Scale* s = fw.find_scale(q.scale);
    json counted = json::array();
    for (const auto& [opt, n] : q.counts)
      if (const Choice* c = s->find_option(opt); c && !c->not_applicable) counted.push_back(opt);
    add(space + "/answered", space, {{"option", counted}}, q.answered);
    for (const auto& [opt, n] : q.counts) {
      const Choice* c = s->find_option(opt);
      if (!c || c->not_applicable) continue;
      figures.push_back({{"id", space + "/" + opt}, {"space", space}, {"where", {{"option", {opt}}}}, {"value", nullptr}});
      truth[space + "/" + opt] = n;
      share(space + "/" + opt, space + "/answered", n, q.answered);
    }
  }
  add("moderation/moderated", "moderation", json::object(), a.moderated);
  figures.push_back({{"id", "moderation/agreed"}, {"space", "moderation"}, {"where", {{"outcome", {"agreed"}}}}, {"value", nullptr}});
  truth["moderation/agreed"] = a.agreed;
  share("moderation/agreed", "moderation/moderated", a.agreed, a.moderated);
  add("actions/not-due", "actions", {{"status", {"not-due"}}}, a.action_count(ActionStatus::open));
  add("actions/overdue", "actions", {{"status", {"overdue"}}}, a.action_count(ActionStatus::overdue));
  add("actions/completed", "actions", {{"status", {"completed"}}}, a.action_count(ActionStatus::completed));
  for (const EscalationRule& r : fw.rules.escalation) {
    long n = 0;
    json grades = json::array();
    const int trigger = js ? js->grade_rank(r.grade.id).value_or(-1) : -1;
    for (std::size_t i = 0; i < a.grades.size(); ++i)
      if (r.or_worse ? static_cast<int>(i) >= trigger : static_cast<int>(i) == trigger) grades.push_back(a.grades[i]);
    // The previous dashboard counted audits by the auditor's grade (the grade of their record
    // cell); the packs' escalations now read the moderated grade, so they are not counted here.
    for (const RecordCell& rc : a.record_cells)
      if (!rc.grade.empty() && applies_to(r.templates, rc.template_id) &&
          std::find(grades.begin(), grades.end(), rc.grade) != grades.end())
        n += rc.count;
    json where = {{"grade", grades}};
    if (!r.templates.empty()) {
      json ts = json::array();
      for (const Ref& tr : r.templates) ts.push_back(tr.id);
      where["template"] = ts;
    }
    add("escalations/" + r.id, "records", where, n);
  }
  doc["figures"] = figures;
  doc["derived"] = derived;
  return {doc, truth};
}

}  // namespace qaf::audit_check
