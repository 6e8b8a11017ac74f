// Unit tests of standard numbers: "1.4", "1.40" and "2.10" are distinct terms, matched exactly.
#include <doctest/doctest.h>

#include "index_reader.hpp"
#include "search/search.hpp"

using namespace qaf::search;
using namespace qaf::search::testing;

namespace {

SearchDoc standard(const std::string& number) {
  SearchDoc d;
  d.url = "standards.html";
  d.anchor = "s" + number;
  d.title = number + " Standard " + number;
  d.body = "Text of standard " + number + ".";
  d.kind = DocKind::standard;
  d.framework_id = "f";
  d.framework_title = "F";
  return d;
}

std::vector<std::string> anchors(const LoadedIndex& index, const std::vector<std::size_t>& docs) {
  std::vector<std::string> out;
  for (const std::size_t d : docs) out.push_back(index.docs.at(d)["anchor"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("a standard number finds exactly that standard") {
  const auto index = read_index(build_index({standard("1.4"), standard("1.40"), standard("2.1"), standard("2.10"),
                                             standard("2.11"), standard("1.4.2")}));
  CHECK(anchors(index, run_query(index, "1.4").ranked) == std::vector<std::string>{"s1.4"});
  CHECK(anchors(index, run_query(index, "1.40").ranked) == std::vector<std::string>{"s1.40"});
  CHECK(anchors(index, run_query(index, "2.10").ranked) == std::vector<std::string>{"s2.10"});
  CHECK(anchors(index, run_query(index, "2.1").ranked) == std::vector<std::string>{"s2.1"});
  // Even while typing, a dotted number is not a prefix of longer numbers.
  CHECK(anchors(index, run_query(index, "2.1", true).ranked) == std::vector<std::string>{"s2.1"});
  // With a word: the standard with both first; the others, which say only "standard", after it.
  const auto worded = anchors(index, run_query(index, "standard 1.4.2", true).ranked);
  REQUIRE_FALSE(worded.empty());
  CHECK(worded.front() == "s1.4.2");
}

TEST_CASE("a number with a unit is found as words and as a phrase") {
  SearchDoc a;
  a.url = "a.html";
  a.title = "Reviews";
  a.body = "The first review is held within 45 days of placement.";
  SearchDoc b;
  b.url = "b.html";
  b.title = "Visits";
  b.body = "Visit every 45 working days.";
  const auto index = read_index(build_index({a, b}));
  CHECK(run_query(index, "45 days").ranked.size() == 2);
  const auto phrase = run_query(index, "\"45 days\"");
  REQUIRE(phrase.shown.size() == 1);
  CHECK(index.docs.at(phrase.shown[0])["url"] == "a.html");
}
