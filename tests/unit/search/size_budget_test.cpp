// Size budget on a synthetic 10,000-document site: a first query loads under 300 kB, client included.
#include <doctest/doctest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "index_reader.hpp"
#include "site/script_trim.hpp"
#include "search/search.hpp"
#include "synthetic_corpus.hpp"

using namespace qaf::search;
using namespace qaf::search::testing;

namespace {

constexpr std::size_t kBudget = 300 * 1000;

std::size_t client_bytes() {
  std::ifstream in(std::string(QAF_SOURCE_DIR) + "/themes/default/js/search.js", std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return qaf::site::trim_script(s.str()).size();  // as the site ships it
}

// The built 10,000-document index, made once for every test case here.
const LoadedIndex& big_index() {
  static const LoadedIndex index = [] {
    const auto files = build_index(synthetic_corpus(10000));
    std::size_t total = 0;
    for (const auto& f : files) total += f.bytes.size();
    const auto loaded = read_index(files);
    std::cout << "search index, 10000 docs: " << files.size() << " files, " << total << " bytes, "
              << loaded.shards.size() << " term shards, manifest " << loaded.sizes.at("search/manifest.js")
              << " bytes\n";
    return loaded;
  }();
  return index;
}

// Bytes a visitor's first search transfers: the client, then everything its queries load.
std::size_t first_search_bytes(const LoadedIndex& index, const std::vector<std::pair<std::string, bool>>& steps,
                               const std::string& label) {
  std::set<std::string> files;
  std::size_t results = 0;
  for (const auto& [query, typing] : steps) {
    const auto r = run_query(index, query, typing);
    files.insert(r.files.begin(), r.files.end());
    results = r.ranked.size();
  }
  std::set<std::string> shards;
  for (const auto& f : files) {
    if (f.starts_with("search/terms/")) shards.insert(f);
  }
  const std::size_t total = client_bytes() + bytes_of(index, files);
  std::cout << "  (term shards: " << shards.size() << ", " << bytes_of(index, shards) << " bytes)\n";
  std::cout << "first search " << label << ": " << total << " bytes in " << files.size() + 1 << " files ("
            << results << " matches)\n";
  return total;
}

}  // namespace

TEST_CASE("first queries on 10,000 documents stay under 300 kB") {
  const LoadedIndex& index = big_index();
  REQUIRE(index.docs.size() == 10000);
  for (const char* q : {"safeguarding", "seen alone", "\"seen alone\"", "\"45 days\"", "2.10", "missing from care",
                        "the", "children young people care plan", "\"wishes and feelings\""}) {
    // Text ending in a letter is read as still being typed, as search.js reads it.
    const bool typing = std::string_view(q).back() != '"';
    CHECK(first_search_bytes(index, {{q, typing}}, std::string("'") + q + "'") < kBudget);
  }
}

TEST_CASE("typing a query letter by letter stays under 300 kB") {
  const LoadedIndex& index = big_index();
  for (const std::string word : {"safeguarding", "placement", "supervision", "children", "the care plan"}) {
    std::vector<std::pair<std::string, bool>> steps;
    for (std::size_t n = 2; n <= word.size(); ++n) steps.emplace_back(word.substr(0, n), true);
    CHECK(first_search_bytes(index, steps, "typed '" + word + "'") < kBudget);
  }
}

TEST_CASE("no term shard is much larger than its target") {
  const LoadedIndex& index = big_index();
  std::size_t largest = 0;
  for (std::size_t n = 0; n < index.shards.size(); ++n) {
    largest = std::max(largest, index.sizes.at("search/terms/" + std::to_string(n) + ".js"));
  }
  std::cout << "largest term shard: " << largest << " bytes\n";
  CHECK(largest < 64 * 1024);
}
