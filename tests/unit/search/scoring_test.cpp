// Unit tests of BM25 impacts: saturation, length normalisation and quantisation.
#include <doctest/doctest.h>

#include "search/scoring.hpp"

using qaf::search::detail::impact;
using qaf::search::detail::quantize_impact;

TEST_CASE("impact grows with frequency but saturates") {
  const double one = impact(1, 100, 100);
  const double two = impact(2, 100, 100);
  const double ten = impact(10, 100, 100);
  CHECK(one < two);
  CHECK(two < ten);
  CHECK(ten < 1.0);
  CHECK(two - one > impact(3, 100, 100) - two);  // diminishing returns
  CHECK(one == doctest::Approx(1.0 / 2.2));       // BM25 at average length: tf/(tf+k1)
}

TEST_CASE("longer documents weigh a match less") {
  CHECK(impact(1, 50, 100) > impact(1, 100, 100));
  CHECK(impact(1, 100, 100) > impact(1, 400, 100));
  CHECK(impact(0, 100, 100) == 0);
}

TEST_CASE("quantised impacts stay in 1..63 and keep order") {
  CHECK(quantize_impact(0.0) == 1);
  CHECK(quantize_impact(0.00001) == 1);
  CHECK(quantize_impact(1.0) == 63);
  CHECK(quantize_impact(0.5) == 32);
  CHECK(quantize_impact(impact(1, 100, 100)) < quantize_impact(impact(5, 100, 100)));
}
