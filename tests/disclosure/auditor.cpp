// The independent disclosure auditor (see auditor.hpp): its own reading of the figures file,
// its own integer programs. Shares no code with generator/disclosure on purpose.
#include "auditor.hpp"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>
#include <stdexcept>

namespace qaf::audit_check {
namespace {

using nlohmann::json;

glp_prob* as_lp(void* p) { return static_cast<glp_prob*>(p); }

bool matches(const json& value, const std::string& dim, const json& where) {
  for (const auto& [key, allowed] : where.items()) {
    std::string v;
    if (key == dim) v = value.at("id").get<std::string>();
    else if (value.contains(key)) v = value.at(key).get<std::string>();
    else continue;
    if (std::find(allowed.begin(), allowed.end(), json(v)) == allowed.end()) return false;
  }
  return true;
}

// The dimensions that split a group of records by its result.
bool is_category(const std::string& dim) { return dim == "grade" || dim == "option" || dim == "outcome" || dim == "status"; }

}  // namespace

PublishedFigures::PublishedFigures(const json& doc) {
  glp_term_out(GLP_OFF);
  threshold_ = doc.at("threshold").get<int>();
  for (const auto& [name, space] : doc.at("spaces").items()) {
    Space s;
    s.offset = atoms_;
    for (const json& d : space.at("dimensions")) {
      s.dims.push_back(d.at("name").get<std::string>());
      s.values.emplace_back(d.at("values").begin(), d.at("values").end());
      s.size *= static_cast<int>(d.at("values").size());
    }
    atoms_ += s.size;
    spaces_[name] = std::move(s);
  }
  for (const json& f : doc.at("figures")) {
    Figure fig{f.at("id").get<std::string>(), f.at("space").get<std::string>(), f.at("where"), {}, std::nullopt};
    if (!f.at("value").is_null()) fig.value = f.at("value").get<long>();
    if (!spaces_.count(fig.space)) throw std::runtime_error("figure " + fig.id + " is in an unknown space");
    fig.atoms = atoms_of(fig.space, fig.where);
    if (by_id_.count(fig.id)) throw std::runtime_error("figure " + fig.id + " is listed twice");
    by_id_[fig.id] = figs_.size();
    figs_.push_back(std::move(fig));
  }
  derived_ = doc.value("derived", json::array());

  glp_prob* lp = glp_create_prob();
  lp_ = lp;
  if (atoms_ > 0) glp_add_cols(lp, atoms_);
  for (int j = 1; j <= atoms_; ++j) {
    glp_set_col_bnds(lp, j, GLP_LO, 0, 0);
    glp_set_col_kind(lp, j, GLP_IV);
  }
  auto add_row = [&](const std::map<int, double>& coef, int type, double lo, double hi) {
    const int row = glp_add_rows(lp, 1);
    glp_set_row_bnds(lp, row, type, lo, hi);
    std::vector<int> idx{0};
    std::vector<double> val{0};
    for (const auto& [a, c] : coef)
      if (c != 0) {
        idx.push_back(a + 1);
        val.push_back(c);
      }
    glp_set_mat_row(lp, row, static_cast<int>(idx.size()) - 1, idx.data(), val.data());
  };
  // Every shown figure: its records add up to it.
  for (const Figure& f : figs_)
    if (f.value) {
      std::map<int, double> c;
      for (int a : f.atoms) c[a] = 1;
      add_row(c, GLP_FX, static_cast<double>(*f.value), static_cast<double>(*f.value));
    }
  // Every shown share s% = part/whole, rounded half up: (2s-1)*whole <= 200*part < (2s+1)*whole.
  for (const json& d : derived_) {
    if (d.at("kind") != "share" || d.at("value").is_null()) continue;
    const Figure& part = figs_.at(by_id_.at(d.at("part").get<std::string>()));
    const Figure& whole = figs_.at(by_id_.at(d.at("whole").get<std::string>()));
    const double s = d.at("value").get<double>();
    std::map<int, double> lower, upper;
    for (int a : part.atoms) lower[a] += 200, upper[a] += 200;
    for (int a : whole.atoms) lower[a] -= 2 * s - 1, upper[a] -= 2 * s + 1;
    add_row(lower, GLP_LO, 0, 0);
    add_row(upper, GLP_UP, 0, -1);
  }
}

PublishedFigures::~PublishedFigures() {
  if (lp_) glp_delete_prob(as_lp(lp_));
}

int PublishedFigures::hidden() const {
  return static_cast<int>(std::count_if(figs_.begin(), figs_.end(), [](const Figure& f) { return !f.value; }));
}

std::vector<int> PublishedFigures::atoms_of(const std::string& space, const json& where) const {
  const Space& s = spaces_.at(space);
  std::vector<int> out;
  std::vector<std::size_t> coord(s.dims.size(), 0);
  for (int a = 0; a < s.size; ++a) {
    int rest = a;
    bool in = true;
    for (std::size_t d = s.dims.size(); d-- > 0;) {
      const int n = static_cast<int>(s.values[d].size());
      in = in && matches(s.values[d][static_cast<std::size_t>(rest % n)], s.dims[d], where);
      rest /= n;
    }
    if (in) out.push_back(s.offset + a);
  }
  return out;
}

Bounds PublishedFigures::solve(const std::vector<int>& plus, const std::vector<int>& minus) {
  glp_prob* lp = as_lp(lp_);
  for (int j = 1; j <= atoms_; ++j) glp_set_obj_coef(lp, j, 0);
  for (int a : plus) glp_set_obj_coef(lp, a + 1, glp_get_obj_coef(lp, a + 1) + 1);
  for (int a : minus) glp_set_obj_coef(lp, a + 1, glp_get_obj_coef(lp, a + 1) - 1);
  auto run = [&](int dir) -> std::optional<double> {
    glp_set_obj_dir(lp, dir);
    glp_smcp sp;
    glp_init_smcp(&sp);
    sp.msg_lev = GLP_MSG_OFF;
    if (glp_simplex(lp, &sp) != 0) {
      glp_adv_basis(lp, 0);
      if (glp_simplex(lp, &sp) != 0) throw std::runtime_error("simplex failed");
    }
    if (glp_get_status(lp) == GLP_UNBND) return std::nullopt;
    if (glp_get_status(lp) != GLP_OPT) throw std::runtime_error("the published figures contradict each other");
    glp_iocp ip;
    glp_init_iocp(&ip);
    ip.msg_lev = GLP_MSG_OFF;
    if (glp_intopt(lp, &ip) != 0 || glp_mip_status(lp) != GLP_OPT) throw std::runtime_error("no integer solution");
    return glp_mip_obj_val(lp);
  };
  Bounds b;
  const auto lo = run(GLP_MIN);
  b.lo = lo ? std::lround(*lo) : -1000000000L;
  if (const auto hi = run(GLP_MAX)) b.hi = std::lround(*hi);
  return b;
}

Bounds PublishedFigures::range(const std::string& space, const json& where) { return solve(atoms_of(space, where), {}); }

Bounds PublishedFigures::range_of_rest(const std::string& space, const json& all, const json& part) {
  const std::vector<int> a = atoms_of(space, all), p = atoms_of(space, part);
  std::vector<int> rest;
  std::set_difference(a.begin(), a.end(), p.begin(), p.end(), std::back_inserter(rest));
  return solve(rest, {});
}

std::vector<Finding> PublishedFigures::audit(const std::map<std::string, long>& truth) {
  std::vector<Finding> out;
  const int t = threshold_;
  for (const Figure& f : figs_) {
    const auto it = truth.find(f.id);
    if (it == truth.end()) throw std::runtime_error("no true value given for " + f.id);
    const long v = it->second;
    if (f.value) {
      if (*f.value != v) out.push_back({f.id, {*f.value, f.value}, "the page shows " + std::to_string(*f.value) + " but the truth is " + std::to_string(v)});
      continue;
    }
    const Bounds b = solve(f.atoms, {});
    if (b.hi && *b.hi == b.lo) out.push_back({f.id, b, "hidden, but it can be worked out exactly"});
    else if (v > 0 && v < t && b.hi && *b.hi < t) out.push_back({f.id, b, "a hidden small count known to be under the threshold"});
    else if (v > 0 && v < t && b.lo > v - 1) out.push_back({f.id, b, "a hidden small count that cannot be lower than it is"});
  }
  // Published groups: a figure whose filters name who or when (team, period...) and every result
  // (all grades, all counted answers, every outcome), against a figure with the same filters and
  // one result. When the truth puts every record of the group in that one, a reader must not be
  // able to tell. "Every result": each value of the category that some figure of the space names.
  std::map<std::string, std::set<std::string>> results;  // space -> category values named anywhere
  for (const Figure& f : figs_)
    for (const auto& [k, v] : f.where.items())
      if (is_category(k))
        for (const auto& x : v) results[f.space].insert(x.get<std::string>());
  auto split = [&](const Figure& f) {  // (filters other than the category, category values or empty)
    json rest = json::object();
    std::set<std::string> cat;
    bool has_cat = false;
    for (const auto& [k, v] : f.where.items())
      if (is_category(k)) {
        has_cat = true;
        for (const auto& x : v) cat.insert(x.get<std::string>());
      } else {
        rest[k] = v;
      }
    return std::make_tuple(rest, cat, has_cat);
  };
  for (const Figure& g : figs_) {
    const long gv = truth.at(g.id);
    if (gv <= 0) continue;
    const auto [g_rest, g_cat, g_has] = split(g);
    if (g_has && g_cat != results[g.space]) continue;  // not the whole group
    for (const Figure& c : figs_) {
      if (&c == &g || c.space != g.space || truth.at(c.id) != gv) continue;
      const auto [c_rest, c_cat, c_has] = split(c);
      if (!c_has || c_cat.size() != 1 || c_rest != g_rest) continue;
      std::vector<int> rest;
      std::set_difference(g.atoms.begin(), g.atoms.end(), c.atoms.begin(), c.atoms.end(), std::back_inserter(rest));
      if (rest.empty()) continue;
      const Bounds b = solve(rest, {});
      if (b.hi && *b.hi == 0)
        out.push_back({c.id + " within " + g.id, b, "every record of the group is known to be in one category"});
    }
  }
  // Shares and means agree with the truth; a mean must not put every observation at one level.
  for (const json& d : derived_) {
    if (d.at("value").is_null()) continue;
    if (d.at("kind") == "share") {
      const long p = truth.at(d.at("part").get<std::string>()), w = truth.at(d.at("whole").get<std::string>());
      const long s = w > 0 ? (200 * p + w) / (2 * w) : -1;
      if (s != d.at("value").get<long>()) out.push_back({d.at("id").get<std::string>(), {}, "the share differs from the truth"});
    } else if (d.at("kind") == "mean") {
      const std::string count = d.at("count").get<std::string>();
      const auto& f = figs_.at(by_id_.at(count));
      if (!f.value) out.push_back({d.at("id").get<std::string>(), {}, "a mean shown beside a hidden count"});
      else {
        const double m = d.at("value").get<double>(), lo = d.at("levels")[0].get<double>(), hi = d.at("levels")[1].get<double>();
        const double n = static_cast<double>(*f.value);
        const long from = static_cast<long>(std::ceil((m - 0.05) * n - 1e-9)), to = static_cast<long>(std::floor((m + 0.05) * n - 1e-9));
        const long all_lo = std::lround(lo * n), all_hi = std::lround(hi * n);
        const long a = std::max(from, all_lo), b = std::min(to, all_hi);
        if (a <= b && ((a == all_lo && b == all_lo) || (a == all_hi && b == all_hi)))
          out.push_back({d.at("id").get<std::string>(), {}, "the mean puts every observation at one level"});
        if (*f.value < t && *f.value > 0) out.push_back({d.at("id").get<std::string>(), {}, "a mean of fewer observations than the threshold"});
      }
    }
  }
  return out;
}

std::vector<std::string> cross_check_html(const std::string& html, const json& doc) {
  std::vector<std::string> problems;
  std::map<std::string, std::string> expected;  // reference -> text the page must show
  auto pct = [](const json& v) { return v.is_null() ? std::string("hidden") : std::to_string(v.get<long>()) + "%"; };
  for (const json& f : doc.at("figures"))
    expected["fig:" + f.at("id").get<std::string>()] = f.at("value").is_null() ? "hidden" : std::to_string(f.at("value").get<long>());
  for (const json& d : doc.value("derived", json::array())) {
    const std::string id = d.at("id").get<std::string>();
    if (d.at("kind") == "share") expected["share:" + id] = pct(d.at("value"));
    else if (d.at("value").is_null()) expected["mean:" + id] = "hidden";
    else {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.1f", d.at("value").get<double>());
      expected["mean:" + id] = buf;
    }
  }
  const std::size_t from = html.find("<main"), to = html.find("</main>");
  if (from == std::string::npos || to == std::string::npos) return {"the page has no <main>"};
  const std::string main = html.substr(from, to - from);
  static const std::regex ref(R"re(data-(fig|share|mean)="([^"]+)"[^>]*>([^<]*)<)re");
  int refs = 0;
  for (auto it = std::sregex_iterator(main.begin(), main.end(), ref); it != std::sregex_iterator(); ++it, ++refs) {
    const std::string key = (*it)[1].str() + ":" + (*it)[2].str();
    const auto e = expected.find(key);
    if (e == expected.end()) problems.push_back("the page refers to " + key + ", which the figures file does not have");
    else if (e->second != (*it)[3].str())
      problems.push_back(key + ": the page shows '" + (*it)[3].str() + "', the figures file '" + e->second + "'");
  }
  if (refs == 0) problems.push_back("the page refers to no figure");
  // A number in a table cell or a summary value must carry a reference (period labels aside).
  static const std::regex cell(R"re(<(td|dd)( [^>]*)?>([^<]*)<)re");
  for (auto it = std::sregex_iterator(main.begin(), main.end(), cell); it != std::sregex_iterator(); ++it) {
    const std::string attrs = (*it)[2].str(), text = (*it)[3].str();
    if (attrs.find("data-") != std::string::npos || attrs.find("qaf-period") != std::string::npos) continue;
    if (std::regex_search(text, std::regex("[0-9]"))) problems.push_back("a number with no figure behind it: '" + text + "'");
  }
  return problems;
}

}  // namespace qaf::audit_check
