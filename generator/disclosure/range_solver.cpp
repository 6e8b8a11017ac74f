// GLPK behind RangeSolver: an integer program per bound, warm-started from the last LP basis.
#include "disclosure/range_solver.hpp"

#include <glpk.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace qaf::disclosure {

struct RangeSolver::Impl {
  glp_prob* lp = nullptr;
  int atoms = 0;
  std::vector<int> objective;  // atoms with a non-zero objective coefficient now

  ~Impl() {
    if (lp) glp_delete_prob(lp);
  }

  void set_objective(const AtomSum& s) {
    for (int j : objective) glp_set_obj_coef(lp, j + 1, 0.0);
    objective.clear();
    for (int j : s.plus) {
      glp_set_obj_coef(lp, j + 1, glp_get_obj_coef(lp, j + 1) + 1.0);
      objective.push_back(j);
    }
    for (int j : s.minus) {
      glp_set_obj_coef(lp, j + 1, glp_get_obj_coef(lp, j + 1) - 1.0);
      objective.push_back(j);
    }
  }

  // Solves with the current objective and direction; nullopt when unbounded.
  std::optional<double> solve() {
    glp_smcp sp;
    glp_init_smcp(&sp);
    sp.msg_lev = GLP_MSG_OFF;
    sp.presolve = GLP_OFF;
    int rc = glp_simplex(lp, &sp);
    if (rc != 0) {  // a lost basis: start again from a fresh one
      glp_adv_basis(lp, 0);
      rc = glp_simplex(lp, &sp);
    }
    if (rc != 0) throw std::logic_error("GLPK simplex failed");
    const int status = glp_get_status(lp);
    if (status == GLP_UNBND) return std::nullopt;
    if (status != GLP_OPT) throw std::logic_error("no counts give the published figures");
    bool integral = true;
    for (int j = 1; j <= atoms && integral; ++j) {
      const double x = glp_get_col_prim(lp, j);
      integral = std::fabs(x - std::round(x)) < 1e-7;
    }
    if (integral) return glp_get_obj_val(lp);
    glp_iocp ip;
    glp_init_iocp(&ip);
    ip.msg_lev = GLP_MSG_OFF;
    ip.presolve = GLP_OFF;
    if (glp_intopt(lp, &ip) != 0) throw std::logic_error("GLPK branch and bound failed");
    const int mstatus = glp_mip_status(lp);
    if (mstatus != GLP_OPT) throw std::logic_error("no integer counts give the published figures");
    return glp_mip_obj_val(lp);
  }
};

RangeSolver::RangeSolver(int atom_count, const std::vector<std::pair<std::vector<int>, long>>& known)
    : impl_(std::make_unique<Impl>()) {
  glp_term_out(GLP_OFF);
  impl_->lp = glp_create_prob();
  impl_->atoms = atom_count;
  glp_prob* lp = impl_->lp;
  if (atom_count > 0) {
    glp_add_cols(lp, atom_count);
    for (int j = 1; j <= atom_count; ++j) {
      glp_set_col_bnds(lp, j, GLP_LO, 0.0, 0.0);
      glp_set_col_kind(lp, j, GLP_IV);
    }
  }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0.0};
  if (!known.empty()) glp_add_rows(lp, static_cast<int>(known.size()));
  for (std::size_t i = 0; i < known.size(); ++i) {
    const int row = static_cast<int>(i) + 1;
    glp_set_row_bnds(lp, row, GLP_FX, static_cast<double>(known[i].second), static_cast<double>(known[i].second));
    for (int j : known[i].first) {
      ia.push_back(row);
      ja.push_back(j + 1);
      ar.push_back(1.0);
    }
  }
  glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
}

RangeSolver::~RangeSolver() = default;
RangeSolver::RangeSolver(RangeSolver&&) noexcept = default;
RangeSolver& RangeSolver::operator=(RangeSolver&&) noexcept = default;

bool RangeSolver::feasible() {
  try {
    impl_->set_objective({});
    glp_set_obj_dir(impl_->lp, GLP_MIN);
    impl_->solve();
    return true;
  } catch (const std::logic_error&) {
    return false;
  }
}

Range RangeSolver::range(const AtomSum& sum) {
  impl_->set_objective(sum);
  Range r;
  glp_set_obj_dir(impl_->lp, GLP_MIN);
  const std::optional<double> lo = impl_->solve();
  r.lo = lo ? std::lround(*lo) : std::numeric_limits<long>::min();  // unbounded only with minus terms
  glp_set_obj_dir(impl_->lp, GLP_MAX);
  if (const std::optional<double> hi = impl_->solve()) r.hi = std::lround(*hi);
  return r;
}

}  // namespace qaf::disclosure
