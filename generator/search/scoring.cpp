// BM25 term impacts and their quantisation for the index's postings.
#include "search/scoring.hpp"

#include <algorithm>
#include <cmath>

namespace qaf::search::detail {

double impact(double tf, double length, double average_length, Bm25 params) {
  if (tf <= 0) return 0;
  const double norm = average_length > 0 ? length / average_length : 1.0;
  // BM25's tf * (k1 + 1) / (tf + K), divided by its limit k1 + 1.
  return tf / (tf + params.k1 * (1.0 - params.b + params.b * norm));
}

int quantize_impact(double value) {
  const long q = std::lround(value * kMaxImpact);
  return static_cast<int>(std::clamp<long>(q, 1, kMaxImpact));
}

}  // namespace qaf::search::detail
