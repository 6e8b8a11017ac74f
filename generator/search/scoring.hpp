// BM25 term impacts: the per-document half of the score, computed at build time (internal).
#pragma once

namespace qaf::search::detail {

/// BM25 parameters: k1 (term frequency saturation) and b (length normalisation).
struct Bm25 {
  double k1 = 1.2;
  double b = 0.75;
};

/// Largest quantised impact; impacts are stored as one character of the 64-letter alphabet.
inline constexpr int kMaxImpact = 63;

/// BM25's term-frequency component for weighted frequency `tf` in a document of `length`
/// words when documents average `average_length` words, scaled to 0..1 (1 is saturation).
/// The client multiplies it by the term's IDF, which it derives from the posting count.
double impact(double tf, double length, double average_length, Bm25 params = {});

/// `impact` scaled to 1..kMaxImpact (a matching document never scores zero).
int quantize_impact(double impact);

}  // namespace qaf::search::detail
