// Unit tests of term shard cutting, boundary prefixes and the term-to-shard lookup.
#include <doctest/doctest.h>

#include "search/sharding.hpp"

using namespace qaf::search::detail;

TEST_CASE("shards are cut by size and never empty") {
  CHECK(cut_shards({}, 10).empty());
  CHECK(cut_shards({4, 4, 4, 4, 4}, 10) == std::vector<std::size_t>{0, 2, 4});
  CHECK(cut_shards({30, 1, 1}, 10) == std::vector<std::size_t>{0, 1});  // an oversized entry has its own shard
  CHECK(cut_shards({1, 1, 1}, 100) == std::vector<std::size_t>{0});
}

TEST_CASE("boundaries are the shortest separating prefix") {
  CHECK(separating_prefix("apple", "banana") == "b");
  CHECK(separating_prefix("care", "carers") == "carer");
  CHECK(separating_prefix("care", "cared") == "cared");
  CHECK(separating_prefix("1.4", "1.40") == "1.40");
  // "é" is two bytes: a boundary never splits it.
  CHECK(separating_prefix("caf", "caf\xC3\xA9s") == "caf\xC3\xA9");
  CHECK_THROWS(separating_prefix("b", "a"));
}

TEST_CASE("a term finds the last shard whose boundary is not after it") {
  const std::vector<std::string> bounds{"", "carer", "m", "s"};
  CHECK(shard_for_term(bounds, "abuse") == 0);
  CHECK(shard_for_term(bounds, "care") == 0);
  CHECK(shard_for_term(bounds, "carer") == 1);
  CHECK(shard_for_term(bounds, "carers") == 1);
  CHECK(shard_for_term(bounds, "leaving") == 1);
  CHECK(shard_for_term(bounds, "m") == 2);
  CHECK(shard_for_term(bounds, "zebra") == 3);
  CHECK(shard_for_term(bounds, "\xC3\xA6") == 3);  // non-ASCII sorts after ASCII, as code points do
  CHECK(shard_for_term({""}, "anything") == 0);
}
