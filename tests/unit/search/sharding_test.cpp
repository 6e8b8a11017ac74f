// Unit tests of term shard cutting, boundary prefixes and the term-to-shard lookup.
#include <doctest/doctest.h>

#include "search/index_files.hpp"
#include "search/postings_codec.hpp"
#include "search/sharding.hpp"

using namespace qaf::search::detail;

TEST_CASE("shards are cut by size and never empty") {
  CHECK(cut_shards({}, 10).empty());
  CHECK(cut_shards({4, 4, 4, 4, 4}, 10) == std::vector<std::size_t>{0, 2, 4});
  CHECK(cut_shards({30, 1, 1}, 10) == std::vector<std::size_t>{0, 1});  // an oversized entry has its own shard
  CHECK(cut_shards({1, 1, 1}, 100) == std::vector<std::size_t>{0});
  // A shard may fill its target exactly: only going over it starts the next one.
  CHECK(cut_shards({5, 5, 5, 5}, 10) == std::vector<std::size_t>{0, 2});
  CHECK(cut_shards({10, 1}, 10) == std::vector<std::size_t>{0, 1});
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

TEST_CASE("an entry's size is exactly the bytes it adds to its term shard file") {
  // The shard budget is kept only if every entry is measured as it is written.
  const std::vector<std::pair<std::string, std::string>> entries = {
      {"assessment", encode_postings({{0, 5}, {3, 63}})}, {"care", encode_postings({{2, 1}})},
      {"caf\xC3\xA9", encode_postings({{0, 9}, {40, 2}, {5000, 30}})}, {"1.4", encode_postings({{7, 7}})}};
  for (std::size_t n = 1; n < entries.size(); ++n) {
    const std::vector<std::pair<std::string, std::string>> shorter(entries.begin(), entries.begin() + static_cast<long>(n));
    const std::vector<std::pair<std::string, std::string>> longer(entries.begin(), entries.begin() + static_cast<long>(n) + 1);
    CHECK_MESSAGE(term_shard_file(0, longer).size() - term_shard_file(0, shorter).size() ==
                      term_entry_size(entries[n].first, entries[n].second),
                  entries[n].first);
  }
}
