// Unit tests of ranking through the built index: field weights, BM25, every word counting, prefixes, phrases, filters.
#include <doctest/doctest.h>

#include "index_reader.hpp"
#include "search/search.hpp"

using namespace qaf::search;
using namespace qaf::search::testing;

namespace {

SearchDoc doc(std::string url, std::string title, std::string body, std::vector<std::string> headings = {},
              DocKind kind = DocKind::page, std::string framework = {}) {
  SearchDoc d;
  d.url = std::move(url);
  d.title = std::move(title);
  d.body = std::move(body);
  d.headings = std::move(headings);
  d.kind = kind;
  if (!framework.empty()) {
    d.framework_id = framework;
    d.framework_title = "Framework " + framework;
  }
  return d;
}

// Filler so that documents have comparable, realistic lengths.
std::string filler(int words) {
  static const char* const pool[] = {"records", "plans", "reviews", "meetings", "notes", "reports", "visits"};
  std::string out;
  for (int i = 0; i < words; ++i) out += std::string(i ? " " : "") + pool[i % 7];
  return out;
}

std::string url_of(const LoadedIndex& index, std::size_t doc) { return index.docs.at(doc)["url"].get<std::string>(); }

std::vector<std::string> urls(const LoadedIndex& index, const std::vector<std::size_t>& docs) {
  std::vector<std::string> out;
  for (const std::size_t d : docs) out.push_back(url_of(index, d));
  return out;
}

}  // namespace

TEST_CASE("a title hit ranks above a body hit, a heading hit between") {
  const auto index = read_index(build_index({
      doc("body.html", "Meetings", filler(30) + " safeguarding " + filler(30)),
      doc("title.html", "Safeguarding", filler(60)),
      doc("heading.html", "Reports", filler(60), {"Safeguarding leads"}),
  }));
  const auto r = run_query(index, "safeguarding");
  CHECK(urls(index, r.ranked) == std::vector<std::string>{"title.html", "heading.html", "body.html"});
}

TEST_CASE("BM25: more occurrences rank higher, shorter documents rank higher") {
  const auto index = read_index(build_index({
      doc("once.html", "A", filler(40) + " advocacy"),
      doc("thrice.html", "B", filler(40) + " advocacy advocacy advocacy"),
      doc("long.html", "C", filler(400) + " advocacy"),
  }));
  const auto r = run_query(index, "advocacy");
  CHECK(urls(index, r.ranked) == std::vector<std::string>{"thrice.html", "once.html", "long.html"});
}

TEST_CASE("BM25: a rare word outweighs a common one") {
  std::vector<SearchDoc> docs;
  for (int i = 0; i < 20; ++i) docs.push_back(doc("common" + std::to_string(i) + ".html", "T", "contact " + filler(20)));
  docs.push_back(doc("rare.html", "T", "contact siblings " + filler(20)));
  docs.push_back(doc("common-twice.html", "T", "contact contact " + filler(20)));
  const auto index = read_index(build_index(docs));
  const auto r = run_query(index, "contact siblings");
  // The document with every word first; those with some follow (no word is required).
  REQUIRE(r.ranked.size() == 22);
  CHECK(url_of(index, r.ranked[0]) == "rare.html");
  CHECK(r.scores[0] > 2 * r.scores[1]);  // a document missing half the words keeps a quarter of its score
  CHECK_FALSE(r.partial);
  // When no document has every word, the status says so; the rare word still ranks first.
  const auto some = run_query(index, "siblings nowhere");
  CHECK(some.partial);
  REQUIRE_FALSE(some.ranked.empty());
  CHECK(url_of(index, some.ranked[0]) == "rare.html");
}

TEST_CASE("the word being typed matches as a prefix, whole words above completions") {
  const auto index = read_index(build_index({
      doc("exact.html", "T", "care " + filler(20)),
      doc("longer.html", "T", "careful " + filler(20)),
      doc("other.html", "T", filler(20)),
  }));
  CHECK(urls(index, run_query(index, "care", true).ranked) == std::vector<std::string>{"exact.html", "longer.html"});
  CHECK(urls(index, run_query(index, "car", true).ranked).size() == 2);
  CHECK(run_query(index, "car", false).ranked.empty());  // a finished word is matched whole
}

TEST_CASE("quoted phrases need the words adjacent and in order") {
  const auto index = read_index(build_index({
      doc("phrase.html", "T", "The child was seen alone by the worker."),
      doc("apart.html", "T", "The child was seen by the worker, then left alone."),
      doc("reversed.html", "T", "Alone, the child was seen."),
      doc("dropped.html", "T", "Ask a child's wishes."),
  }));
  CHECK(urls(index, run_query(index, "\"seen alone\"").shown) == std::vector<std::string>{"phrase.html"});
  CHECK(run_query(index, "seen alone").shown.size() == 3);  // unquoted: all words, any order
  CHECK(urls(index, run_query(index, "\"child's wishes\"").shown) == std::vector<std::string>{"dropped.html"});
  CHECK(run_query(index, "\"child wishes\"").shown.empty());
}

TEST_CASE("filters keep one framework or one kind") {
  const auto index = read_index(build_index({
      doc("a.html", "Supervision", "supervision", {}, DocKind::standard, "x"),
      doc("b.html", "Supervision", "supervision", {}, DocKind::rubric, "x"),
      doc("c.html", "Supervision", "supervision", {}, DocKind::standard, "y"),
      doc("d.html", "Supervision", "supervision", {}, DocKind::page),
  }));
  CHECK(run_query(index, "supervision").ranked.size() == 4);
  CHECK(urls(index, run_query(index, "supervision", false, "x").ranked) == std::vector<std::string>{"a.html", "b.html"});
  CHECK(urls(index, run_query(index, "supervision", false, "", "standard").ranked) ==
        std::vector<std::string>{"a.html", "c.html"});
  CHECK(urls(index, run_query(index, "supervision", false, "y", "rubric").ranked).empty());
  CHECK(urls(index, run_query(index, "supervision", false, "", "page").ranked) == std::vector<std::string>{"d.html"});
}

TEST_CASE("equal scores keep index order") {
  const auto index = read_index(build_index({doc("b.html", "T", "same words"), doc("a.html", "T", "same words")}));
  CHECK(urls(index, run_query(index, "same").ranked) == std::vector<std::string>{"a.html", "b.html"});
}

TEST_CASE("a document's weight lowers its score: a short question ranks under the standard that says the same at length") {
  SearchDoc question = doc("template.html", "Was each child seen alone?", "");
  SearchDoc standard = doc("standards.html", "Each child is seen alone", filler(60));
  auto ranked = [&] {
    const auto index = read_index(build_index({question, standard}));
    return urls(index, run_query(index, "seen alone").ranked);
  };
  // Alone, the short document wins on BM25's length normalisation.
  CHECK(ranked() == std::vector<std::string>{"template.html", "standards.html"});
  question.weight = 0.6;
  CHECK(ranked() == std::vector<std::string>{"standards.html", "template.html"});
}
