// Building the published dashboard figures: spaces of atoms, figures over them, the levels tried,
// protection (protect.hpp), and the machine-readable list of every figure with its definition.
#include "disclosure/publication.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "disclosure/protect.hpp"
#include "markdown/markdown.hpp"

namespace qaf::disclosure {
namespace {

using json = nlohmann::ordered_json;
using Where = std::map<std::string, std::set<std::string>>;

// One value of a dimension, with attributes a filter may name (a unit's team and service).
struct DimValue {
  std::string id;
  std::map<std::string, std::string> attrs;
};

struct Dimension {
  std::string name;
  std::vector<DimValue> values;
};

// Figures over one space of atoms (the cross product of its dimensions), as a cell problem.
struct SpaceFigures {
  std::string space;
  std::vector<Dimension> dims;
  CellProblem problem;
  std::vector<std::string> ids;
  std::vector<json> wheres;

  SpaceFigures(std::string name, std::vector<Dimension> d, int threshold) : space(std::move(name)), dims(std::move(d)) {
    std::size_t n = 1;
    for (const Dimension& dim : dims) n *= dim.values.size();
    problem.atoms.assign(n, 0);
    problem.threshold = threshold;
  }

  std::size_t atom(const std::vector<std::size_t>& coords) const {
    std::size_t i = 0;
    for (std::size_t d = 0; d < dims.size(); ++d) i = i * dims[d].values.size() + coords[d];
    return i;
  }

  std::size_t value_index(std::size_t d, const std::string& id) const {
    for (std::size_t v = 0; v < dims[d].values.size(); ++v)
      if (dims[d].values[v].id == id) return v;
    return dims[d].values.size();
  }

  // Does value v of dimension d pass the filter?
  bool passes(const Where& w, std::size_t d, std::size_t v) const {
    const DimValue& dv = dims[d].values[v];
    if (auto it = w.find(dims[d].name); it != w.end() && !it->second.count(dv.id)) return false;
    for (const auto& [attr, val] : dv.attrs)
      if (auto it = w.find(attr); it != w.end() && !it->second.count(val)) return false;
    return true;
  }

  int add(const std::string& id, const Where& w) {
    Figure f;
    std::vector<std::vector<bool>> ok(dims.size());
    for (std::size_t d = 0; d < dims.size(); ++d)
      for (std::size_t v = 0; v < dims[d].values.size(); ++v) ok[d].push_back(passes(w, d, v));
    for (std::size_t a = 0; a < problem.atoms.size(); ++a) {
      std::size_t rest = a;
      bool in = true;
      for (std::size_t d = dims.size(); d-- > 0;) {
        const std::size_t size = dims[d].values.size();
        in = in && ok[d][rest % size];
        rest /= size;
      }
      if (in) {
        f.atoms.push_back(static_cast<int>(a));
        f.value += problem.atoms[a];
      }
    }
    problem.figures.push_back(std::move(f));
    ids.push_back(id);
    json jw = json::object();
    for (const auto& [k, vals] : w) jw[k] = std::vector<std::string>(vals.begin(), vals.end());
    wheres.push_back(jw);
    return static_cast<int>(problem.figures.size()) - 1;
  }

  void equation(int parent, std::vector<int> children, bool distribution) {
    problem.equations.push_back({parent, std::move(children), distribution});
  }

  Count count(int i) const {
    const Figure& f = problem.figures[static_cast<std::size_t>(i)];
    return {ids[static_cast<std::size_t>(i)], f.shown() ? std::optional<long>(f.value) : std::nullopt};
  }

  json dims_json() const {
    json out = json::array();
    for (const Dimension& d : dims) {
      json vals = json::array();
      for (const DimValue& v : d.values) {
        json jv = {{"id", v.id}};
        for (const auto& [k, val] : v.attrs) jv[k] = val;
        vals.push_back(jv);
      }
      out.push_back({{"name", d.name}, {"values", vals}});
    }
    return out;
  }
};

std::string year_of(const std::string& period) { return period == "undated" ? period : period.substr(0, 4); }

// A way of cutting periods into the rows of a table.
struct Buckets {
  std::string kind;  ///< "quarter", "month", "year", "12 months"
  std::vector<std::pair<std::string, std::set<std::string>>> rows;  ///< label -> periods
};

Buckets buckets(const std::string& kind, const std::vector<std::string>& periods, Period unit) {
  Buckets b{kind, {}};
  if (kind == "year") {
    std::map<std::string, std::set<std::string>> years;
    for (const std::string& p : periods) years[year_of(p)].insert(p);
    for (auto& [y, ps] : years) b.rows.emplace_back(y, ps);
  } else if (kind == "12 months") {
    std::vector<std::string> dated;
    for (const std::string& p : periods)
      if (p != "undated") dated.push_back(p);
    if (dated.empty()) return b;
    const std::size_t n = unit == Period::quarter ? 4 : 12;
    const std::size_t from = dated.size() > n ? dated.size() - n : 0;
    // Only periods within a year of the latest count, even when some periods had no records.
    std::set<std::string> last;
    const std::string& latest = dated.back();
    const int ly = std::stoi(latest.substr(0, 4));
    const int lp = std::stoi(latest.substr(unit == Period::quarter ? 6 : 5));
    for (std::size_t i = from; i < dated.size(); ++i) {
      const int y = std::stoi(dated[i].substr(0, 4));
      const int p = std::stoi(dated[i].substr(unit == Period::quarter ? 6 : 5));
      if ((ly - y) * static_cast<int>(n) + (lp - p) < static_cast<int>(n)) last.insert(dated[i]);
    }
    b.rows.emplace_back("12 months to " + latest, last);
  } else if (kind == "all periods") {
    b.rows.emplace_back("All periods", std::set<std::string>(periods.begin(), periods.end()));
  } else {
    for (const std::string& p : periods) b.rows.emplace_back(p, std::set<std::string>{p});
  }
  return b;
}

// The grades tables tried at one combination of levels, with their figures protected.
struct GradeCandidate {
  std::string group_kind, group_buckets, period_buckets;
  SpaceFigures sf;
  int audits = -1;
  std::vector<int> escalations;
  struct Row {
    std::string group, period;
    std::vector<int> cells;
    int total = -1, good = -1;
  };
  std::vector<Row> period_rows, group_rows;
  long shown_mass = 0;   // audits whose grade a shown cell gives
  long total_mass = 0;   // audits counted in the grade cells, shown or hidden
  int shown_cells = 0;   // shown non-zero cells
};

struct GradeSetup {
  const Framework& fw;
  const Aggregates& agg;
  std::vector<std::string> grades;  // ids, best first
  int bar_rank = -1;                // grades[0..bar_rank] are "or better"
  Period unit;
};

SpaceFigures records_space(const Aggregates& agg, const std::vector<std::string>& grades, int threshold) {
  std::vector<Dimension> dims(4);
  dims[0].name = "template";
  dims[1].name = "unit";
  dims[2].name = "period";
  dims[3].name = "grade";
  std::set<std::string> templates;
  std::set<std::pair<std::string, std::string>> units;
  for (const RecordCell& c : agg.record_cells) {
    templates.insert(c.template_id);
    units.insert({c.team, c.service});
  }
  for (const std::string& t : templates) dims[0].values.push_back({t, {}});
  for (const auto& [team, service] : units)
    dims[1].values.push_back({team + " / " + (service.empty() ? "(no service)" : service),
                              {{"team", team}, {"service", service.empty() ? "(no service)" : service}}});
  for (const std::string& p : agg.periods) dims[2].values.push_back({p, {}});
  for (const std::string& g : grades) dims[3].values.push_back({g, {}});
  dims[3].values.push_back({"none", {}});  // records without an overall grade on the scale
  SpaceFigures sf("records", std::move(dims), threshold);
  for (const RecordCell& c : agg.record_cells) {
    std::size_t ui = 0;
    for (const auto& u : units) {
      if (u == std::make_pair(c.team, c.service)) break;
      ++ui;
    }
    const std::size_t a = sf.atom({sf.value_index(0, c.template_id), ui, sf.value_index(2, c.period),
                                   sf.value_index(3, c.grade.empty() ? "none" : c.grade)});
    sf.problem.atoms[a] += c.count;
  }
  return sf;
}

std::set<std::string> judged(const std::vector<std::string>& grades) { return {grades.begin(), grades.end()}; }

// Adds a grades table's rows: cells per grade, a total, and (all-teams table) the "or better" count.
std::vector<GradeCandidate::Row> add_rows(SpaceFigures& sf, const GradeSetup& g, const std::string& prefix,
                                          const std::string& group_attr, const std::vector<std::string>& groups,
                                          const Buckets& b, bool with_good) {
  std::vector<GradeCandidate::Row> rows;
  const std::set<std::string> all_grades = judged(g.grades);
  for (const std::string& group : groups)
    for (const auto& [label, periods] : b.rows) {
      GradeCandidate::Row r{group, label, {}, -1, -1};
      Where base;
      if (!group_attr.empty()) base[group_attr] = {group};
      base["period"] = periods;
      const std::string id = prefix + (group.empty() ? "" : slugify(group) + "/") + slugify(label);
      for (const std::string& grade : g.grades) {
        Where w = base;
        w["grade"] = {grade};
        r.cells.push_back(sf.add(id + "/" + grade, w));
      }
      Where wt = base;
      wt["grade"] = all_grades;
      r.total = sf.add(id + "/all", wt);
      sf.problem.figures[static_cast<std::size_t>(r.total)].weight = 2;
      sf.equation(r.total, r.cells, true);
      if (with_good && g.bar_rank >= 0) {
        Where wg = base;
        wg["grade"] = {g.grades.begin(), g.grades.begin() + g.bar_rank + 1};
        r.good = sf.add(id + "/or-better", wg);
        sf.problem.figures[static_cast<std::size_t>(r.good)].weight = 2;
        sf.equation(r.good, {r.cells.begin(), r.cells.begin() + g.bar_rank + 1}, false);
      }
      rows.push_back(std::move(r));
    }
  return rows;
}

GradeCandidate grade_candidate(const GradeSetup& g, const SpaceFigures& base, const std::string& period_buckets,
                               const std::string& group_kind, const std::string& group_buckets) {
  GradeCandidate c{group_kind, group_buckets, period_buckets, base, -1, {}, {}, {}, 0, 0, 0};
  SpaceFigures& sf = c.sf;
  const std::set<std::string> all_grades = judged(g.grades);
  c.audits = sf.add("audits", {});
  sf.problem.figures[static_cast<std::size_t>(c.audits)].weight = 3;
  // All teams: by period, then the whole time.
  const Buckets pb = buckets(period_buckets, g.agg.periods, g.unit);
  c.period_rows = add_rows(sf, g, "period/", "", {""}, pb, true);
  Buckets whole{"all", {{"All periods", {g.agg.periods.begin(), g.agg.periods.end()}}}};
  std::vector<GradeCandidate::Row> all = add_rows(sf, g, "period/", "", {""}, whole, true);
  const GradeCandidate::Row& total_row = all.front();
  for (std::size_t k = 0; k < g.grades.size(); ++k) {
    std::vector<int> col;
    for (const auto& r : c.period_rows) col.push_back(r.cells[k]);
    sf.equation(total_row.cells[k], col, false);
  }
  std::vector<int> totals;
  for (const auto& r : c.period_rows) totals.push_back(r.total);
  sf.equation(total_row.total, totals, false);
  c.period_rows.push_back(total_row);

  // Escalations: audits of the rule's templates at its grade (or worse), all teams, all time.
  std::set<std::string> judged_templates;
  for (const RecordCell& rc : g.agg.record_cells)
    if (!rc.grade.empty()) judged_templates.insert(rc.template_id);
  for (const EscalationRule& r : g.fw.rules.escalation) {
    Where w;
    std::set<std::string> grades;
    const Scale* s = g.fw.find_scale(g.agg.judgement_scale);
    const int trigger = s ? s->grade_rank(r.grade.id).value_or(-1) : -1;
    for (std::size_t k = 0; k < g.grades.size(); ++k) {
      const int rank = static_cast<int>(k);
      if (trigger >= 0 && r.scale.id == g.agg.judgement_scale && (r.or_worse ? rank >= trigger : rank == trigger))
        grades.insert(g.grades[k]);
    }
    w["grade"] = grades;
    std::set<std::string> tmpl;
    bool covers_all = true;
    for (const std::string& t : judged_templates)
      if (applies_to(r.templates, t)) tmpl.insert(t);
      else covers_all = false;
    w["template"] = tmpl;
    const int e = sf.add("escalations/" + r.id, w);
    c.escalations.push_back(e);
    if (covers_all && !grades.empty()) {
      std::vector<int> parts;
      for (std::size_t k = 0; k < g.grades.size(); ++k)
        if (grades.count(g.grades[k])) parts.push_back(total_row.cells[k]);
      sf.equation(e, parts, false);
    }
  }

  // By team or service.
  std::set<std::string> groups;
  for (const RecordCell& rc : g.agg.record_cells)
    groups.insert(group_kind == "team" ? rc.team : (rc.service.empty() ? "(no service)" : rc.service));
  const Buckets gb = buckets(group_buckets, g.agg.periods, g.unit);
  c.group_rows = add_rows(sf, g, group_kind + "/", group_kind, {groups.begin(), groups.end()}, gb, false);
  if (group_buckets == period_buckets)  // each period's cells add up over the groups
    for (std::size_t p = 0; p < gb.rows.size(); ++p) {
      for (std::size_t k = 0; k <= g.grades.size(); ++k) {
        std::vector<int> parts;
        for (std::size_t r = p; r < c.group_rows.size(); r += gb.rows.size())
          parts.push_back(k < g.grades.size() ? c.group_rows[r].cells[k] : c.group_rows[r].total);
        const auto& prow = c.period_rows[p];
        sf.equation(k < g.grades.size() ? prow.cells[k] : prow.total, parts, false);
      }
    }
  protect(sf.problem);
  auto score = [&](const std::vector<GradeCandidate::Row>& rows) {
    for (const auto& r : rows)
      for (int cell : r.cells) {
        const Figure& f = sf.problem.figures[static_cast<std::size_t>(cell)];
        c.total_mass += f.value;
        if (f.shown() && f.value > 0) {
          c.shown_mass += f.value;
          ++c.shown_cells;
        }
      }
  };
  score(c.period_rows);
  score(c.group_rows);
  return c;
}

// A mean of levels published to one decimal, unless it shows every observation at one level.
std::optional<double> published_mean(double mean, long n, double lo, double hi) {
  const double rounded = std::round(mean * 10) / 10;
  // Sums of n integer levels that round to the same mean.
  const long from = static_cast<long>(std::ceil((rounded - 0.05) * static_cast<double>(n) - 1e-9));
  const long to = static_cast<long>(std::floor((rounded + 0.05) * static_cast<double>(n) - 1e-9));
  const long all_low = std::lround(lo * static_cast<double>(n)), all_high = std::lround(hi * static_cast<double>(n));
  const long f = std::max(from, all_low), t = std::min(to, all_high);
  if (f > t) return rounded;
  if ((f == all_low && t == all_low) || (f == all_high && t == all_high)) return std::nullopt;
  return rounded;
}

void add_figures(json& out, const SpaceFigures& sf) {
  for (std::size_t i = 0; i < sf.ids.size(); ++i) {
    const Figure& f = sf.problem.figures[i];
    out.push_back({{"id", sf.ids[i]}, {"space", sf.space}, {"where", sf.wheres[i]},
                   {"value", f.shown() ? json(f.value) : json(nullptr)}});
  }
}

void count_figures(Publication& pub, const SpaceFigures& sf) {
  for (const Figure& f : sf.problem.figures) {
    ++pub.figures;
    if (!f.shown()) ++pub.hidden;
  }
}

}  // namespace

std::optional<long> share(const Count& part, const Count& whole) {
  if (!part.value || !whole.value || *whole.value <= 0) return std::nullopt;
  return (*part.value * 200 + *whole.value) / (2 * *whole.value);
}

Publication publish(const Project& project, const Framework& fw, const PublishOptions& options) {
  const std::vector<const AuditRecord*> records = records_of(project, fw);
  const Aggregates agg = aggregate(project, fw, options.aggregate, records);
  const int t = std::max(1, options.threshold);
  Publication pub;
  pub.framework = fw.id;
  for (const AuditRecord* a : records)
    if (const Framework* on = project.framework_of(*a)) {
      std::vector<std::string>& list = pub.versions[a->template_id.id];
      if (std::find(list.begin(), list.end(), on->meta.version) == list.end()) list.push_back(on->meta.version);
    }
  for (auto& [id, list] : pub.versions)
    std::sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) { return compare_versions(a, b) < 0; });
  pub.threshold = t;
  pub.as_of = options.aggregate.as_of;
  const Scale* js = fw.find_scale(agg.judgement_scale);
  auto grade_label = [&](const std::string& id) {
    const Grade* gr = js ? js->find_grade(id) : nullptr;
    return gr ? gr->label : id;
  };
  for (const std::string& g : agg.grades) pub.grades.push_back(grade_label(g));

  GradeSetup setup{fw, agg, agg.grades, -1, options.aggregate.period};
  std::string bar_grade = agg.grades.size() >= 3 ? agg.grades[1] : "";
  for (const ActionsRule& r : fw.rules.actions)
    if (r.scale.id == agg.judgement_scale) bar_grade = r.below.id;
  if (js && !bar_grade.empty())
    if (const auto rank = js->grade_rank(bar_grade)) {
      setup.bar_rank = *rank;
      pub.bar_grade = grade_label(bar_grade);
    }

  json doc = {{"framework", fw.id}, {"threshold", t}, {"as_of", pub.as_of.iso()}};
  json spaces = json::object();
  json figures = json::array();
  json derived = json::array();

  // Grades: every combination of levels, the one that shows the grades of the most audits kept.
  const SpaceFigures base = records_space(agg, agg.grades, t);
  const std::string unit = options.aggregate.period == Period::month ? "month" : "quarter";
  bool services = false;
  for (const RecordCell& rc : agg.record_cells) services |= !rc.service.empty();
  std::vector<std::pair<std::string, std::string>> group_levels;  // (group kind, buckets), finest first
  for (const std::string& b : {unit, std::string("12 months"), std::string("year"), std::string("all periods")}) {
    group_levels.emplace_back("team", b);
    if (services) group_levels.emplace_back("service", b);
  }
  std::optional<GradeCandidate> best;
  std::optional<GradeCandidate> finest;
  for (const std::string& pb : {unit, std::string("year")})
    for (const auto& [gk, gb] : group_levels) {
      if (!options.pin_level.empty() && options.pin_level != pb + ":" + gk + "/" + gb) continue;
      GradeCandidate c = grade_candidate(setup, base, pb, gk, gb);
      const bool better = !best || c.shown_mass > best->shown_mass ||
                          (c.shown_mass == best->shown_mass && c.shown_cells > best->shown_cells);
      if (!finest) finest = c;
      if (better) best = std::move(c);
    }
  GradeCandidate& g = *best;
  improve(g.sf.problem);
  pub.audits = g.sf.count(g.audits);
  auto rows_of = [&](const std::vector<GradeCandidate::Row>& rows, bool all_teams) {
    std::vector<GradeRow> out;
    for (const auto& r : rows) {
      GradeRow row{r.group, r.period, {}, g.sf.count(r.total), r.good >= 0 ? g.sf.count(r.good) : Count{}};
      for (int cell : r.cells) row.cells.push_back(g.sf.count(cell));
      const bool empty = row.total.value && *row.total.value == 0;
      if (!empty || (all_teams && &r == &rows.back())) out.push_back(std::move(row));
    }
    return out;
  };
  pub.by_period = {"", g.period_buckets, rows_of(g.period_rows, true)};
  pub.by_group = {g.group_kind, g.group_buckets, rows_of(g.group_rows, false)};
  for (const auto& r : pub.by_period.rows)
    if (r.good_or_better.id.size())
      derived.push_back({{"id", r.good_or_better.id + "/share"}, {"kind", "share"}, {"part", r.good_or_better.id},
                         {"whole", r.total.id}, {"value", share(r.good_or_better, r.total) ? json(*share(r.good_or_better, r.total)) : json(nullptr)}});
  for (std::size_t i = 0; i < fw.rules.escalation.size(); ++i) {
    const EscalationRule& r = fw.rules.escalation[i];
    pub.escalations.push_back({grade_label(r.grade.id) + (r.or_worse ? " or worse" : ""), g.sf.count(g.escalations[i])});
  }
  {
    auto words = [](const std::string& b) { return b == "12 months" ? std::string("the last 12 months") : "each " + b; };
    if (g.group_buckets == "all periods")
      pub.level_note = "Grades are shown for all teams by " + g.period_buckets + ", and by " + g.group_kind + " over all periods.";
    else
      pub.level_note = "Grades are shown for all teams by " + g.period_buckets + ", and by " + g.group_kind + " for " +
                       words(g.group_buckets) + ".";
    auto percent = [](const GradeCandidate& x) {
      return std::to_string(x.total_mass > 0 ? (200 * x.shown_mass + x.total_mass) / (2 * x.total_mass) : 0) + "%";
    };
    if (finest && (finest->group_kind != g.group_kind || finest->group_buckets != g.group_buckets ||
                   finest->period_buckets != g.period_buckets))
      pub.level_note += " These levels were chosen because they show the most: the grade counts shown account for " +
                        percent(g) + " of the audits in the grade tables, against " + percent(*finest) + " by team and " +
                        finest->group_buckets + ".";
  }
  spaces["records"] = {{"dimensions", g.sf.dims_json()}};
  add_figures(figures, g.sf);
  count_figures(pub, g.sf);

  // Answers to each categorical question (each column apart): answered = the options' sum.
  for (const QuestionRates& q : agg.questions) {
    const Scale* s = fw.find_scale(q.scale);
    if (!s) continue;
    Dimension opt{"option", {}};
    for (const auto& [id, n] : q.counts) opt.values.push_back({id, {}});
    const std::string space = "answers/" + q.template_id + "/" + q.question + (q.column.empty() ? "" : "/" + q.column);
    SpaceFigures sf(space, {opt}, t);
    for (std::size_t k = 0; k < q.counts.size(); ++k) sf.problem.atoms[k] = q.counts[k].second;
    std::set<std::string> counted;
    for (const auto& [id, n] : q.counts)
      if (const Choice* ch = s->find_option(id); ch && !ch->not_applicable) counted.insert(id);
    const int answered = sf.add(space + "/answered", {{"option", counted}});
    std::vector<int> parts;
    std::vector<std::pair<std::string, int>> labelled;
    for (const auto& [id, n] : q.counts)
      if (counted.count(id)) {
        parts.push_back(sf.add(space + "/" + id, {{"option", {id}}}));
        labelled.emplace_back(s->find_option(id)->label, parts.back());
      }
    sf.equation(answered, parts, true);
    protect(sf.problem);
    AnswerRow row{q.template_id, q.question, q.text, q.column_title, sf.count(answered), {}};
    for (const auto& [label, i] : labelled) {
      row.options.emplace_back(label, sf.count(i));
      derived.push_back({{"id", sf.ids[static_cast<std::size_t>(i)] + "/share"}, {"kind", "share"},
                         {"part", sf.ids[static_cast<std::size_t>(i)]}, {"whole", sf.ids[static_cast<std::size_t>(answered)]},
                         {"value", share(sf.count(i), row.answered) ? json(*share(sf.count(i), row.answered)) : json(nullptr)}});
    }
    pub.answers.push_back(std::move(row));
    spaces[space] = {{"dimensions", sf.dims_json()}};
    add_figures(figures, sf);
    count_figures(pub, sf);
  }

  // Skills: a count per skill; its mean only when the count is shown and the mean does not put
  // every observation at one level.
  bool first_scale = true;
  for (const SkillProfile& sk : agg.skills) {
    pub.skill_min = first_scale ? sk.lowest : std::min(pub.skill_min, sk.lowest);
    pub.skill_max = first_scale ? sk.highest : std::max(pub.skill_max, sk.highest);
    first_scale = false;
  }
  for (const SkillProfile& sk : agg.skills) {
    const std::string space = "skill/" + sk.id;
    SpaceFigures sf(space, {}, t);
    sf.problem.atoms = {sk.count};
    const int n = sf.add(space + "/observed", {});
    protect(sf.problem);
    SkillRow row{sk.title, sf.count(n), std::nullopt};
    if (row.observed.value && *row.observed.value > 0) row.mean = published_mean(sk.mean, sk.count, sk.lowest, sk.highest);
    derived.push_back({{"id", space + "/mean"}, {"kind", "mean"}, {"count", sf.ids[0]},
                       {"levels", {sk.lowest, sk.highest}}, {"value", row.mean ? json(*row.mean) : json(nullptr)}});
    pub.skills.push_back(std::move(row));
    spaces[space] = {{"dimensions", json::array()}};
    add_figures(figures, sf);
    count_figures(pub, sf);
  }

  // Moderation: agreed + disagreed = moderated; where moderators may return audits for rework,
  // a second dimension counts those returned (agreed or not), protected with the rest.
  {
    std::vector<Dimension> dims = {{"outcome", {{"agreed", {}}, {"disagreed", {}}}}};
    if (agg.returns) dims.push_back({"rework", {{"accepted", {}}, {"returned", {}}}});
    SpaceFigures sf("moderation", dims, t);
    if (agg.returns)
      sf.problem.atoms = {agg.agreed - agg.returned_agreed, agg.returned_agreed,
                          agg.moderated - agg.agreed - (agg.returned - agg.returned_agreed), agg.returned - agg.returned_agreed};
    else
      sf.problem.atoms = {agg.agreed, agg.moderated - agg.agreed};
    const int m = sf.add("moderation/moderated", {});
    const int a = sf.add("moderation/agreed", {{"outcome", {"agreed"}}});
    const int d = sf.add("moderation/disagreed", {{"outcome", {"disagreed"}}});
    sf.equation(m, {a, d}, true);
    // Accepted + returned = moderated, as a distribution too: were every moderated audit returned
    // (or none), the returned count alone would tell each audit's outcome.
    const int r = agg.returns ? sf.add("moderation/returned", {{"rework", {"returned"}}}) : -1;
    if (r >= 0) sf.equation(m, {sf.add("moderation/accepted", {{"rework", {"accepted"}}}), r}, true);
    protect(sf.problem);
    pub.moderated = sf.count(m);
    pub.agreed = sf.count(a);
    pub.disagreed = sf.count(d);
    pub.returns = agg.returns;
    if (r >= 0) pub.returned = sf.count(r);
    derived.push_back({{"id", "moderation/agreed/share"}, {"kind", "share"}, {"part", "moderation/agreed"},
                       {"whole", "moderation/moderated"},
                       {"value", share(pub.agreed, pub.moderated) ? json(*share(pub.agreed, pub.moderated)) : json(nullptr)}});
    spaces["moderation"] = {{"dimensions", sf.dims_json()}};
    add_figures(figures, sf);
    count_figures(pub, sf);
  }

  // Actions on the as-of day: open = not yet due + overdue; all = open + completed.
  {
    SpaceFigures sf("actions", {{"status", {{"not-due", {}}, {"overdue", {}}, {"completed", {}}}}}, t);
    sf.problem.atoms = {agg.action_count(ActionStatus::open), agg.action_count(ActionStatus::overdue),
                        agg.action_count(ActionStatus::completed)};
    const int all = sf.add("actions/all", {});
    const int open = sf.add("actions/open", {{"status", {"not-due", "overdue"}}});
    const int not_due = sf.add("actions/not-due", {{"status", {"not-due"}}});
    const int overdue = sf.add("actions/overdue", {{"status", {"overdue"}}});
    const int completed = sf.add("actions/completed", {{"status", {"completed"}}});
    sf.equation(all, {open, completed}, true);
    sf.equation(open, {not_due, overdue}, true);
    protect(sf.problem);
    pub.actions = sf.count(all);
    pub.open = sf.count(open);
    pub.not_due = sf.count(not_due);
    pub.overdue = sf.count(overdue);
    pub.completed = sf.count(completed);
    spaces["actions"] = {{"dimensions", sf.dims_json()}};
    add_figures(figures, sf);
    count_figures(pub, sf);
  }

  doc["level"] = {{"all_teams", g.period_buckets}, {"by", g.group_kind}, {"by_period", g.group_buckets}};
  doc["spaces"] = spaces;
  doc["figures"] = figures;
  doc["derived"] = derived;
  pub.figures_json = doc.dump(1) + "\n";
  return pub;
}

}  // namespace qaf::disclosure
