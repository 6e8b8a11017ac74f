// Unit tests of the postings text encoding.
#include <doctest/doctest.h>

#include <stdexcept>

#include "search/postings_codec.hpp"

using qaf::search::detail::decode_postings;
using qaf::search::detail::encode_postings;
using qaf::search::detail::Posting;

TEST_CASE("postings round-trip, small gaps take one letter") {
  const std::vector<Posting> list{{0, 1}, {1, 63}, {2, 30}, {40, 5}, {1040, 7}, {1000000, 9}};
  const std::string text = encode_postings(list);
  CHECK(decode_postings(text) == list);
  CHECK(encode_postings({{0, 1}, {1, 2}, {2, 3}}) == "010203");
  CHECK(encode_postings({{31, 1}}) == "V1");   // gap 31: one digit
  CHECK(encode_postings({{32, 1}}) == "X01");  // gap 32: digit 1 (letter 33) then 0
  CHECK(encode_postings({}).empty());
}

TEST_CASE("the alphabet needs no escaping in a JavaScript string") {
  const std::string text = encode_postings({{5, 10}, {100000, 63}});
  CHECK(text.find_first_of("\"\\'<>&") == std::string::npos);
}

TEST_CASE("bad postings are rejected") {
  CHECK_THROWS_AS(encode_postings({{3, 1}, {3, 1}}), std::invalid_argument);
  CHECK_THROWS_AS(encode_postings({{3, 0}}), std::invalid_argument);
  CHECK_THROWS_AS(decode_postings("W"), std::invalid_argument);
  CHECK_THROWS_AS(decode_postings("0"), std::invalid_argument);
  CHECK_THROWS_AS(decode_postings("0!"), std::invalid_argument);
}
