// Feasible ranges of sums of unknown counts, given published sums: the one file that calls GLPK.
#pragma once
#include <memory>
#include <optional>
#include <vector>

namespace qaf::disclosure {

/// A sum of unknown non-negative integer counts ("atoms"), each with a coefficient of +1 or -1.
struct AtomSum {
  std::vector<int> plus;   ///< atom indices counted +1
  std::vector<int> minus;  ///< atom indices counted -1
};

/// The smallest and largest value a sum can take; `hi` is empty when it is unbounded.
struct Range {
  long lo = 0;
  std::optional<long> hi;
};

/// Integer programs over `atom_count` unknown counts (>= 0) that must add up to each known sum.
/// Holds one GLPK problem, re-solved from its last basis for each objective. Move-only.
class RangeSolver {
 public:
  /// `known`: each pair is a set of atoms and the value its sum is known to have.
  RangeSolver(int atom_count, const std::vector<std::pair<std::vector<int>, long>>& known);
  ~RangeSolver();
  RangeSolver(RangeSolver&&) noexcept;
  RangeSolver& operator=(RangeSolver&&) noexcept;
  RangeSolver(const RangeSolver&) = delete;
  RangeSolver& operator=(const RangeSolver&) = delete;

  /// False when no non-negative integer counts give every known sum (inconsistent input).
  bool feasible();
  /// The range of `sum` over every integer solution. Throws std::logic_error when infeasible.
  Range range(const AtomSum& sum);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qaf::disclosure
