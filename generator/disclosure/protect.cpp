// Primary and secondary cell suppression with an exact interval audit (see protect.hpp).
#include "disclosure/protect.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "disclosure/range_solver.hpp"

namespace qaf::disclosure {
namespace {

bool small(long v, int t) { return v > 0 && v < t; }

// Atoms that lie in exactly the same figures cannot be told apart by any reader: one unknown
// stands for them all. Returns each figure's atoms in the merged numbering, and the merged count.
struct Merged {
  int count = 0;
  std::vector<std::vector<int>> figure_atoms;
};

Merged merge_atoms(const CellProblem& p) {
  std::vector<std::vector<int>> member_of(p.atoms.size());
  for (std::size_t f = 0; f < p.figures.size(); ++f)
    for (int a : p.figures[f].atoms) member_of[static_cast<std::size_t>(a)].push_back(static_cast<int>(f));
  std::map<std::vector<int>, int> id_of;
  std::vector<int> merged(p.atoms.size(), -1);
  for (std::size_t a = 0; a < p.atoms.size(); ++a) {
    if (member_of[a].empty()) continue;  // in no figure: nothing published depends on it
    auto [it, fresh] = id_of.emplace(member_of[a], static_cast<int>(id_of.size()));
    merged[a] = it->second;
  }
  Merged m;
  m.count = static_cast<int>(id_of.size());
  for (const Figure& f : p.figures) {
    std::set<int> s;
    for (int a : f.atoms) s.insert(merged[static_cast<std::size_t>(a)]);
    m.figure_atoms.emplace_back(s.begin(), s.end());
  }
  return m;
}

// True when two sorted atom lists share an atom.
bool overlaps(const std::vector<int>& a, const std::vector<int>& b) {
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i == *j) return true;
    if (*i < *j) ++i;
    else ++j;
  }
  return false;
}

// A solver over the merged atoms whose known sums are the shown figures.
RangeSolver solver_for(const CellProblem& p, const Merged& m) {
  std::vector<std::pair<std::vector<int>, long>> known;
  for (std::size_t i = 0; i < p.figures.size(); ++i)
    if (p.figures[i].shown()) known.emplace_back(m.figure_atoms[i], p.figures[i].value);
  return RangeSolver(m.count, known);
}

// The members of an equation, parent first.
std::vector<int> members(const Equation& e) {
  std::vector<int> m{e.parent};
  m.insert(m.end(), e.children.begin(), e.children.end());
  return m;
}

// The figures among `which` whose value the shown figures fix exactly.
std::vector<int> determined(const CellProblem& p, const std::vector<int>& which) {
  std::vector<int> out;
  if (which.empty()) return out;
  const Merged m = merge_atoms(p);
  RangeSolver solver = solver_for(p, m);
  for (int i : which) {
    const Range r = solver.range({m.figure_atoms[static_cast<std::size_t>(i)], {}});
    if (r.hi && *r.hi == r.lo) out.push_back(i);
  }
  return out;
}

class Suppressor {
 public:
  explicit Suppressor(CellProblem& p) : p_(p), eqs_of_(p.figures.size()) {
    for (std::size_t e = 0; e < p.equations.size(); ++e)
      for (int f : members(p.equations[e])) eqs_of_[static_cast<std::size_t>(f)].push_back(static_cast<int>(e));
  }

  void run() {
    for (Figure& f : p_.figures)
      if (small(f.value, p_.threshold)) f.hidden = Hidden::small;
    for (;;) {
      while (local_pass()) {
      }
      const std::vector<Exposure> found = audit(p_, false);
      if (found.empty()) break;
      bool progress = false;
      for (const Exposure& x : found) progress |= fix(x);
      if (!progress) {
        for (const Exposure& x : found) progress |= hide_linked(x);
        // Nothing shown shares a record with what is exposed, so nothing published constrains
        // it any more: the exposure cannot remain (an audit after protect() would say so).
        if (!progress) break;
      }
    }
    release();
    reveal();
  }

  // A hidden figure whose value every reader can work out anyway is shown: hiding it protects
  // nothing, and every figure left hidden then has two or more possible values.
  void reveal() {
    std::vector<int> hidden;
    for (std::size_t i = 0; i < p_.figures.size(); ++i)
      if (p_.figures[i].hidden == Hidden::secondary) hidden.push_back(static_cast<int>(i));
    for (int i : determined(p_, hidden)) fig(i).hidden = Hidden::no;
  }

  // A hidden total or share part shown again in exchange for a lighter figure that shares its
  // records, when every figure stays protected (the greedy steps cannot see such trades).
  void trade() {
    std::vector<int> heavy;
    for (std::size_t i = 0; i < p_.figures.size(); ++i)
      if (p_.figures[i].hidden == Hidden::secondary && p_.figures[i].weight > 0) heavy.push_back(static_cast<int>(i));
    std::stable_sort(heavy.begin(), heavy.end(), [&](int a, int b) {
      if (fig(a).weight != fig(b).weight) return fig(a).weight > fig(b).weight;
      return fig(a).value > fig(b).value;
    });
    for (int h : heavy) {
      std::vector<int> light;
      for (std::size_t i = 0; i < p_.figures.size(); ++i) {
        const Figure& g = p_.figures[i];
        if (g.shown() && g.weight < fig(h).weight && overlaps(fig(h).atoms, g.atoms)) light.push_back(static_cast<int>(i));
      }
      std::stable_sort(light.begin(), light.end(), [&](int a, int b) {
        if (fig(a).weight != fig(b).weight) return fig(a).weight < fig(b).weight;
        return fig(a).value < fig(b).value;
      });
      fig(h).hidden = Hidden::no;
      bool traded = false;
      for (int l : light) {
        fig(l).hidden = Hidden::secondary;
        if (audit(p_, true).empty()) {
          traded = true;
          break;
        }
        fig(l).hidden = Hidden::no;
      }
      if (!traded) fig(h).hidden = Hidden::secondary;
    }
    reveal();
  }

  // Greedy choices hide more than needed: show again each secondary figure, most useful first
  // (`weight`, then value), whenever every figure stays protected without it.
  void release() {
    std::vector<int> order;
    for (std::size_t i = 0; i < p_.figures.size(); ++i)
      if (p_.figures[i].hidden == Hidden::secondary) order.push_back(static_cast<int>(i));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      if (fig(a).weight != fig(b).weight) return fig(a).weight > fig(b).weight;
      return fig(a).value > fig(b).value;
    });
    for (int i : order) {
      fig(i).hidden = Hidden::no;
      if (!audit(p_, true).empty()) fig(i).hidden = Hidden::secondary;
    }
  }

 private:
  Figure& fig(int i) { return p_.figures[static_cast<std::size_t>(i)]; }

  void hide(int i, Hidden why) {
    if (fig(i).shown()) fig(i).hidden = why;
  }

  // A shown member of `e` to hide beside its hidden ones: a child whose value brings the hidden
  // children's sum to `need` at the least cost, else the largest child, else a zero, else the parent.
  int partner(const Equation& e, long have, long need) {
    // The lightest figures first: a total or a share's part is hidden only when nothing else will do.
    std::set<int> weights;
    for (int c : e.children)
      if (fig(c).shown()) weights.insert(fig(c).weight);
    for (int w : weights) {
      int enough = -1, largest = -1, zero = -1;
      for (int c : e.children) {
        const Figure& f = fig(c);
        if (!f.shown() || f.weight != w) continue;
        if (f.value == 0) {
          if (zero < 0) zero = c;
          continue;
        }
        if (have + f.value >= need && (enough < 0 || f.value < fig(enough).value)) enough = c;
        if (largest < 0 || f.value > fig(largest).value) largest = c;
      }
      if (enough >= 0) return enough;
      if (largest >= 0) return largest;
      if (zero >= 0) return zero;
    }
    return fig(e.parent).shown() ? e.parent : -1;
  }

  // One sweep of the rules each equation can check alone; true when something was hidden.
  bool local_pass() {
    bool changed = false;
    for (const Equation& e : p_.equations) {
      const std::vector<int> m = members(e);
      int hidden = 0;
      for (int i : m) hidden += fig(i).shown() ? 0 : 1;
      // All of a group in one category: hide that category and one other.
      const Figure& parent = fig(e.parent);
      if (e.distribution && parent.value > 0)
        for (int c : e.children)
          if (fig(c).value == parent.value) {
            if (fig(c).shown()) {
              hide(c, Hidden::group);
              changed = true;
              ++hidden;
            }
            int others = 0;
            for (int o : e.children) others += (o != c && !fig(o).shown()) ? 1 : 0;
            if (others == 0)
              for (int o : e.children)
                if (o != c && fig(o).shown()) {
                  hide(o, Hidden::secondary);
                  changed = true;
                  ++hidden;
                  break;
                }
          }
      if (hidden == 0) continue;
      long sum = 0, top = 0;
      int small_children = 0;
      for (int c : e.children)
        if (!fig(c).shown()) {
          sum += fig(c).value;
          if (small(fig(c).value, p_.threshold)) {
            top = std::max(top, fig(c).value);
            ++small_children;
          }
        }
      // One hidden member is the difference of the others; a hidden sum under the threshold
      // (or no more than one cell's own value) pins its cells down.
      const bool alone = hidden == 1;
      const bool narrow = parent.shown() && small_children > 0 && (sum < p_.threshold || sum < top + 1);
      if (!alone && !narrow) continue;
      const long need = std::max<long>(p_.threshold, top + 1);
      const int q = partner(e, sum, need);
      if (q >= 0) {
        hide(q, Hidden::secondary);
        changed = true;
      }
    }
    return changed;
  }

  // Hides one more figure near an exposure; false when there is none to hide.
  bool fix(const Exposure& x) {
    if (x.group >= 0) {
      // The rest of the group is known to be empty: hide the lightest shown figure over it.
      const Figure& parent = fig(x.group);
      const Figure& child = fig(x.figure);
      std::vector<int> rest;
      std::set_difference(parent.atoms.begin(), parent.atoms.end(), child.atoms.begin(), child.atoms.end(),
                          std::back_inserter(rest));
      const int q = smallest_overlapping(rest, -1);
      if (q < 0) return false;
      hide(q, Hidden::secondary);
      return true;
    }
    // Equations of the figure, those with the fewest hidden members first.
    std::vector<int> eqs = eqs_of_[static_cast<std::size_t>(x.figure)];
    auto hidden_in = [&](int e) {
      int n = 0;
      for (int i : members(p_.equations[static_cast<std::size_t>(e)])) n += fig(i).shown() ? 0 : 1;
      return n;
    };
    std::stable_sort(eqs.begin(), eqs.end(), [&](int a, int b) { return hidden_in(a) < hidden_in(b); });
    for (int ei : eqs) {
      const Equation& e = p_.equations[static_cast<std::size_t>(ei)];
      long sum = 0;
      for (int c : e.children)
        if (!fig(c).shown()) sum += fig(c).value;
      const int q = partner(e, sum, sum + p_.threshold);
      if (q >= 0) {
        hide(q, Hidden::secondary);
        return true;
      }
    }
    // Not in any equation with a shown member: the shown figure sharing atoms with it, smallest first.
    const int q = smallest_overlapping(fig(x.figure).atoms, x.figure);
    if (q < 0) return false;
    hide(q, Hidden::secondary);
    return true;
  }

  // The shown figure (not `except`) sharing an atom with `atoms`: the lightest, then the smallest.
  int smallest_overlapping(const std::vector<int>& atoms, int except) {
    int best = -1;
    for (std::size_t i = 0; i < p_.figures.size(); ++i) {
      const Figure& g = p_.figures[i];
      if (!g.shown() || static_cast<int>(i) == except || !overlaps(atoms, g.atoms)) continue;
      if (best < 0 || g.weight < fig(best).weight || (g.weight == fig(best).weight && g.value < fig(best).value))
        best = static_cast<int>(i);
    }
    return best;
  }

  // Last resort: every shown figure that shares an atom with the exposed figure (or its group)
  // is hidden. False when there was none.
  bool hide_linked(const Exposure& x) {
    const std::vector<int> atoms = fig(x.group >= 0 ? x.group : x.figure).atoms;
    bool any = false;
    for (Figure& g : p_.figures) {
      if (g.shown() && overlaps(atoms, g.atoms)) {
        g.hidden = Hidden::secondary;
        any = true;
      }
    }
    return any;
  }

  CellProblem& p_;
  std::vector<std::vector<int>> eqs_of_;
};

}  // namespace

void protect(CellProblem& p) {
  if (p.threshold > 1) Suppressor(p).run();
}

void improve(CellProblem& p) {
  if (p.threshold > 1) Suppressor(p).trade();
}

std::vector<Exposure> audit(const CellProblem& p) { return audit(p, false); }

std::vector<Exposure> audit(const CellProblem& p, bool first_only) {
  std::vector<Exposure> out;
  bool any_hidden = false;
  for (const Figure& f : p.figures) any_hidden |= !f.shown();
  bool any_distribution = false;
  for (const Equation& e : p.equations) any_distribution |= e.distribution;
  if (!any_hidden && !any_distribution) return out;

  const Merged m = merge_atoms(p);
  RangeSolver solver = solver_for(p, m);
  const int t = p.threshold;

  for (std::size_t i = 0; i < p.figures.size(); ++i) {
    const Figure& f = p.figures[i];
    if (f.shown() || !small(f.value, t)) continue;  // only small counts need a range
    const Range r = solver.range({m.figure_atoms[i], {}});
    const long hi = r.hi ? *r.hi : -1;
    std::string problem;
    if (r.hi && *r.hi < t) problem = "it is known to be under the threshold";
    else if (r.lo > f.value - 1) problem = "it cannot be lower than its value";
    if (!problem.empty()) {
      out.push_back({static_cast<int>(i), -1, r.lo, hi, problem});
      if (first_only) return out;
    }
  }
  // Distributions with every record in one category: it must be possible that one is elsewhere.
  for (const Equation& e : p.equations) {
    if (!e.distribution) continue;
    const Figure& parent = p.figures[static_cast<std::size_t>(e.parent)];
    if (parent.value <= 0) continue;
    for (int c : e.children) {
      const Figure& child = p.figures[static_cast<std::size_t>(c)];
      if (child.value != parent.value) continue;
      AtomSum rest;
      std::set_difference(m.figure_atoms[static_cast<std::size_t>(e.parent)].begin(),
                          m.figure_atoms[static_cast<std::size_t>(e.parent)].end(),
                          m.figure_atoms[static_cast<std::size_t>(c)].begin(),
                          m.figure_atoms[static_cast<std::size_t>(c)].end(), std::back_inserter(rest.plus));
      const Range r = solver.range(rest);
      if (r.hi && *r.hi < 1) {
        out.push_back({c, e.parent, r.lo, *r.hi, "every record of its group is known to be in this category"});
        if (first_only) return out;
      }
    }
  }
  return out;
}

}  // namespace qaf::disclosure
