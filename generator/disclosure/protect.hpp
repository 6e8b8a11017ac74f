// Cell suppression for published counts: primary (small counts), then secondary until an exact
// interval audit finds every hidden count protected. Works on any figures that are sums of atoms.
#pragma once
#include <string>
#include <vector>

namespace qaf::disclosure {

/// Why a figure is hidden. Readers see every hidden figure marked the same way.
enum class Hidden { no, small, secondary, group };

/// A published figure: the sum of some atoms (the finest counts, unknown to readers).
struct Figure {
  std::vector<int> atoms;  ///< sorted atom indices
  long value = 0;          ///< the true value: the sum of its atoms' counts
  int weight = 0;          ///< how much readers lose when it is hidden (totals, shares' parts: more)
  Hidden hidden = Hidden::no;
  bool shown() const { return hidden == Hidden::no; }
};

/// parent = sum of children, among figures. A distribution splits a group of records into
/// categories (a row of grades): no published figure may show all of them in one category.
struct Equation {
  int parent = 0;
  std::vector<int> children;
  bool distribution = false;
};

/// One set of linked figures over one set of atoms.
struct CellProblem {
  std::vector<long> atoms;  ///< true counts
  std::vector<Figure> figures;
  std::vector<Equation> equations;
  int threshold = 5;  ///< counts 1 .. threshold-1 are small
};

/// A hidden figure whose feasible range is too narrow, or a distribution shown all in one category.
struct Exposure {
  int figure = 0;
  int group = -1;  ///< for a distribution shown all in one category: its parent figure
  long lo = 0;
  long hi = -1;  ///< -1: unbounded
  std::string problem;
};

/// Hides every small figure, then more until `audit` finds nothing; then shows again what is not
/// needed, and every hidden figure whose value can be worked out anyway (so each figure left
/// hidden has two or more possible values). Only `hidden` changes. A threshold of 1 or less
/// turns protection off: nothing is hidden (for a site only the QA team can read).
void protect(CellProblem& p);

/// After protect: trades each hidden total or share part (weight > 0) for lighter figures where
/// that keeps every figure protected. Slower: for the level finally chosen.
void improve(CellProblem& p);

/// The exact audit: for every hidden small count, the range of values consistent with every
/// shown figure (integer counts >= 0) must reach the threshold (so it is not known to be small)
/// and go below its true value (so at least two values remain). For every distribution whose records are all in one
/// category, it must be possible that they are not. Returns what fails (empty: protected).
std::vector<Exposure> audit(const CellProblem& p);
/// The same, stopping at the first exposure when `first_only`.
std::vector<Exposure> audit(const CellProblem& p, bool first_only);

}  // namespace qaf::disclosure
