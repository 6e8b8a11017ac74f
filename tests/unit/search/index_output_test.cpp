// Unit tests of the index files: layout, JSONP wrappers, numbering, determinism and input checks.
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>

#include "index_reader.hpp"
#include "search/search.hpp"
#include "synthetic_corpus.hpp"

using namespace qaf::search;
using namespace qaf::search::testing;

namespace {

SearchDoc make(std::string url, std::string anchor, DocKind kind, std::string fw, std::string title) {
  SearchDoc d;
  d.url = std::move(url);
  d.anchor = std::move(anchor);
  d.kind = kind;
  d.framework_id = fw;
  d.framework_title = fw.empty() ? "" : "The " + fw;
  d.title = std::move(title);
  d.body = "Body  text\n\nwith   spaces.";
  d.headings = {"First heading"};
  return d;
}

std::vector<SearchDoc> small_site() {
  return {make("frameworks/y/standards.html", "s1-4", DocKind::standard, "y", "1.4 Seen alone"),
          make("index.html", "", DocKind::page, "", "Home"),
          make("frameworks/x/rubric.html", "r2", DocKind::rubric, "x", "Rubric two"),
          make("frameworks/x/standards.html", "s2-10", DocKind::standard, "x", "2.10 Records"),
          make("frameworks/x/standards.html", "s1-1", DocKind::standard, "x", "1.1 Care")};
}

}  // namespace

TEST_CASE("a draft or superseded framework carries its note in the manifest, the same on all its documents") {
  std::vector<SearchDoc> docs = small_site();
  for (SearchDoc& d : docs)
    if (d.framework_id == "y") d.framework_note = "Draft";
  CHECK(read_index(build_index(docs)).manifest["frameworks"] ==
        nlohmann::json::parse(R"([["x","The x"],["y","The y","Draft"]])"));
  docs[0].framework_note = "Superseded";  // one of y's documents disagrees: a broken invariant
  docs.push_back(make("frameworks/y/rubric.html", "r1", DocKind::rubric, "y", "Rubric one"));
  docs.back().framework_note = "Draft";
  CHECK_THROWS_AS(build_index(docs), std::invalid_argument);
}

TEST_CASE("documents that changed in the current version are listed in the manifest by number, with the version") {
  std::vector<SearchDoc> docs = small_site();
  CHECK_FALSE(read_index(build_index(docs)).manifest.contains("changed"));  // nothing changed: no key at all
  // Numbered by framework (none first), kind, url, anchor: home 0, x's 1.1 and 2.10, x's rubric, y's 1.4.
  docs[3].changed_in = "2.1";  // x's 2.10
  docs[0].changed_in = "0.9";  // y's 1.4
  const nlohmann::json manifest = read_index(build_index(docs)).manifest;
  CHECK(manifest["changed"] == nlohmann::json::parse(R"([[2,"2.1"],[4,"0.9"]])"));
}

TEST_CASE("the index is a manifest, term shards and one file per document, sorted by path") {
  const auto files = build_index(small_site());
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(f.path);
  CHECK(std::is_sorted(paths.begin(), paths.end()));
  CHECK(paths == std::vector<std::string>{"search/docs/0.js", "search/docs/1.js", "search/docs/2.js", "search/docs/3.js",
                                          "search/docs/4.js", "search/manifest.js", "search/terms/0.js"});
  const auto m = std::find_if(files.begin(), files.end(), [](const auto& f) { return f.path == "search/manifest.js"; });
  CHECK(m->bytes.starts_with("qafSearch.manifest({"));
  CHECK(m->bytes.ends_with("});\n"));
  const auto index = read_index(files);
  CHECK(index.manifest["docs"] == 5);
  CHECK(index.manifest["frameworks"] == nlohmann::json::parse(R"([["x","The x"],["y","The y"]])"));
  CHECK(index.manifest["kinds"] == nlohmann::json::parse(R"([["standard","Standard"],["rubric","Rubric"],["page","Page"]])"));
  // Numbered by framework, kind, url, anchor: each (framework, kind) is one run.
  CHECK(index.manifest["groups"] == nlohmann::json::parse(R"([[-1,2,0],[0,0,1],[0,1,3],[1,0,4]])"));
  CHECK(index.docs[0]["url"] == "index.html");
  CHECK(index.docs[1]["anchor"] == "s1-1");
  CHECK(index.docs[2]["anchor"] == "s2-10");
  CHECK(index.docs[4]["title"] == "1.4 Seen alone");
  CHECK(index.docs[4]["body"] == "Body text with spaces.");
  CHECK(index.docs[4]["headings"] == nlohmann::json::array({"First heading"}));
}

TEST_CASE("the index folder can be renamed") {
  SearchOptions options;
  options.dir = "assets/find";
  const auto files = build_index(small_site(), options);
  CHECK(files.back().path == "assets/find/terms/0.js");
  CHECK_NOTHROW(read_index(files, "assets/find"));
}

TEST_CASE("two builds are byte-identical, whatever the input order") {
  auto docs = synthetic_corpus(300);
  const auto first = build_index(docs);
  CHECK(build_index(docs) == first);
  std::reverse(docs.begin(), docs.end());
  CHECK(build_index(docs) == first);
}

TEST_CASE("small shards: many files, every term findable through the manifest") {
  SearchOptions options;
  options.term_shard_bytes = 512;
  const auto docs = synthetic_corpus(200);
  const auto index = read_index(build_index(docs, options));
  REQUIRE(index.shards.size() > 20);
  const auto bounds = index.manifest["terms"].get<std::vector<std::string>>();
  CHECK(bounds.size() == index.shards.size());
  CHECK(std::is_sorted(bounds.begin(), bounds.end()));
  for (const auto& d : docs) {
    const auto r = run_query(index, d.title);
    const std::size_t n = doc_number(index, d.url, d.anchor);
    CHECK(std::find(r.ranked.begin(), r.ranked.end(), n) != r.ranked.end());
  }
}

TEST_CASE("an empty site still has a manifest and one shard") {
  const auto index = read_index(build_index({}));
  CHECK(index.manifest["docs"] == 0);
  CHECK(index.shards.size() == 1);
  CHECK(run_query(index, "anything").ranked.empty());
}

TEST_CASE("text needing escapes survives, invalid UTF-8 is replaced") {
  SearchDoc d = make("a b/\"q\".html", "x\"y", DocKind::page, "", "Quotes \" and \\ and </script>");
  d.body = "bad \xFF byte";
  const auto index = read_index(build_index({d}));
  CHECK(index.docs[0]["title"] == "Quotes \" and \\ and </script>");
  CHECK(index.docs[0]["body"] == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("documents the renderer built wrongly are refused") {
  const auto bad = [](auto change) {
    SearchDoc d = make("ok.html", "", DocKind::page, "", "T");
    change(d);
    return build_index({d});
  };
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.url = ""; }), std::invalid_argument);
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.weight = 0; }), std::invalid_argument);
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.weight = 1.5; }), std::invalid_argument);
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.url = "/abs.html"; }), std::invalid_argument);
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.url = "javascript:alert(1)"; }), std::invalid_argument);
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.url = "https://x.org/a"; }), std::invalid_argument);
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.url = "a.html#x"; }), std::invalid_argument);
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.anchor = "#x"; }), std::invalid_argument);
  CHECK_THROWS_AS(bad([](SearchDoc& d) { d.framework_title = "T"; }), std::invalid_argument);
  CHECK_NOTHROW(bad([](SearchDoc& d) { d.url = "a/b:c.html"; }));
  auto one = make("a.html", "", DocKind::standard, "f", "A");
  auto two = make("b.html", "", DocKind::standard, "f", "B");
  two.framework_title = "Another title";
  CHECK_THROWS_AS(build_index({one, two}), std::invalid_argument);
}

TEST_CASE("a document without a title is listed by its url") {
  SearchDoc d = make("untitled.html", "", DocKind::page, "", "");
  CHECK(read_index(build_index({d})).docs[0]["title"] == "untitled.html");
}
