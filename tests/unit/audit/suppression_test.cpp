// Small-number suppression: what a published count or share may show.
#include <doctest/doctest.h>

#include "audit/suppression.hpp"

using namespace qaf;

TEST_CASE("counts under the threshold are never published; zero and larger counts are") {
  CHECK(published_count(0, 5) == "0");
  CHECK(published_count(1, 5) == "fewer than 5");
  CHECK(published_count(4, 5) == "fewer than 5");
  CHECK(published_count(5, 5) == "5");
  CHECK(published_count(12, 5) == "12");
  CHECK(published_count(2, 3) == "fewer than 3");
  CHECK(published_count(3, 3) == "3");
}

TEST_CASE("shares are published only on a base at or over the threshold") {
  CHECK_FALSE(published_share(1, 4, 5));
  CHECK(published_share(2, 5, 5) == std::optional<std::string>("40%"));
  CHECK(published_share(2, 3, 5) == std::nullopt);
  CHECK(published_share(1, 3, 3) == std::optional<std::string>("33%"));
  CHECK(published_share(0, 0, 1) == std::nullopt);
}
