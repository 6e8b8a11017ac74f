// Unit tests of word forms and synonyms in the index: the stemmer, forms mapped to stems, glossary synonym groups.
#include <doctest/doctest.h>

#include "index_reader.hpp"
#include "search/search.hpp"
#include "search/stemmer.hpp"

using namespace qaf::search;
using namespace qaf::search::testing;

namespace {

SearchDoc doc(std::string url, std::string body, std::string framework = {}) {
  SearchDoc d;
  d.url = std::move(url);
  d.title = "T";
  d.body = std::move(body);
  if (!framework.empty()) {
    d.framework_id = framework;
    d.framework_title = "Framework " + framework;
  }
  return d;
}

// The raw value of `term` in the index's shards, or "(none)".
std::string value_of(const LoadedIndex& index, const std::string& term) {
  for (const auto& shard : index.shards) {
    if (const auto it = shard.find(term); it != shard.end()) return it->second;
  }
  return "(none)";
}

std::vector<std::string> urls(const LoadedIndex& index, const std::vector<std::size_t>& docs) {
  std::vector<std::string> out;
  for (const std::size_t d : docs) out.push_back(index.docs.at(d)["url"].get<std::string>());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the stemmer reduces English word forms to one stem and leaves numbers alone") {
  detail::Stemmer stemmer;
  for (const char* form : {"visit", "visits", "visiting", "visited"}) CHECK(stemmer.stem(form) == "visit");
  CHECK(stemmer.stem("assessed") == stemmer.stem("assessment"));
  CHECK(stemmer.stem("assessed") == stemmer.stem("assessing"));
  CHECK(stemmer.stem("supervision") == stemmer.stem("supervised"));
  CHECK(stemmer.stem("responsibilities") == stemmer.stem("responsibility"));
  CHECK(stemmer.stem("children") != stemmer.stem("child"));  // Porter2 keeps irregular plurals apart
  // Numbers, words with digits and two-letter words are matched as written.
  for (const char* kept : {"1.4", "2.10", "s47", "45", "cp", "is"}) CHECK(stemmer.stem(kept) == kept);
  // Letters outside ASCII (after folding) go through unharmed.
  CHECK(stemmer.stem("caf\xC3\xA9s") == "caf\xC3\xA9");
}

TEST_CASE("every form a document holds leads to its stem, and a search for one form finds the others") {
  const auto index = read_index(build_index({doc("a.html", "Visiting the child at home."),
                                             doc("b.html", "Two visits a month."), doc("c.html", "Assessed in time."),
                                             doc("d.html", "The assessment was late.")}));
  // The stem holds the postings; as it is a word nobody wrote ("visit"), it is marked "~".
  const std::string stem = value_of(index, "visit");
  REQUIRE(stem.size() > 1);
  CHECK(stem.front() == '~');
  CHECK(stem.find('=') == std::string::npos);
  CHECK(value_of(index, "visiting") == "=visit");
  CHECK(value_of(index, "visits") == "=visit");
  CHECK(value_of(index, "visited") == "(none)");  // only forms the site holds are listed
  CHECK(urls(index, run_query(index, "visits").ranked) == std::vector<std::string>{"a.html", "b.html"});
  CHECK(urls(index, run_query(index, "visiting").ranked) == std::vector<std::string>{"a.html", "b.html"});
  CHECK(urls(index, run_query(index, "assessed").ranked) == std::vector<std::string>{"c.html", "d.html"});
  // While typing, a prefix of a form finds its stem's documents too.
  CHECK(urls(index, run_query(index, "assessm", true).ranked) == std::vector<std::string>{"c.html", "d.html"});
}

TEST_CASE("a word that is also another word's stem keeps both meanings") {
  // "supervise" stems to "supervis", and is the stem of "supervisee".
  const auto index = read_index(build_index({doc("a.html", "Managers supervise practitioners."),
                                             doc("b.html", "Each supervisee keeps notes."),
                                             doc("c.html", "Supervision is monthly.")}));
  const std::string both = value_of(index, "supervise");
  REQUIRE(both.find('=') != std::string::npos);
  CHECK(both.substr(both.find('=')) == "=supervis");
  CHECK(both.front() != '~');
  // Typed as a word, "supervise" means its own stem: supervision, not supervisee.
  CHECK(urls(index, run_query(index, "supervise").ranked) == std::vector<std::string>{"a.html", "c.html"});
  CHECK(urls(index, run_query(index, "supervisee").ranked) == std::vector<std::string>{"b.html"});
}

TEST_CASE("synonym groups are written per framework, as stems, without duplicates or lone words") {
  const Synonyms synonyms{
      {"north", {{"PEP", "personal education plan"}, {"CLA", "LAC", "children looked after", "CLA"}, {"alone"}, {"", " "}}},
      {"south", {{"IRO", "independent reviewing officer"}}},
      {"nowhere", {{"CP", "child protection"}}},  // a framework without documents
  };
  const auto files = build_index({doc("n.html", "Plans.", "north"), doc("s.html", "Reviews.", "south")}, {}, synonyms);
  const auto index = read_index(files);
  const nlohmann::json expected = nlohmann::json::parse(R"([
    [0, [["pep", "person educ plan"], ["cla", "lac", "children look after"]]],
    [1, [["iro", "independ review offic"]]]
  ])");
  CHECK(index.manifest["synonyms"] == expected);
  CHECK(index.manifest["frameworks"][0][0] == "north");
  // Without synonyms the manifest has no such key, and the same input gives the same bytes.
  CHECK_FALSE(read_index(build_index({doc("n.html", "Plans.", "north")})).manifest.contains("synonyms"));
  CHECK(build_index({doc("n.html", "Plans.", "north"), doc("s.html", "Reviews.", "south")}, {}, synonyms) == files);
}

TEST_CASE("a quoted phrase matches any form of its words, still adjacent and in order") {
  const auto index = read_index(build_index({doc("a.html", "Their pathway plans are reviewed."),
                                             doc("b.html", "A plan for the pathway."),
                                             doc("c.html", "The pathway plan is written.")}));
  CHECK(urls(index, run_query(index, "\"pathway plan\"").shown) == std::vector<std::string>{"a.html", "c.html"});
  CHECK(urls(index, run_query(index, "\"pathway plans\"").shown) == std::vector<std::string>{"a.html", "c.html"});
}
