// Unit tests for unclosed_flow: the '{' or '[' a YAML syntax error really comes from.
#include <doctest/doctest.h>

#include "load/yaml_flow.hpp"

using namespace qaf::detail;

TEST_CASE("an unclosed '{' or '[' is found at its own line and column, not where the parser stopped") {
  const auto map = unclosed_flow("id: a\nheader: { case: T-1, team: North\nanswers:\n  x: 1\n", 3);
  REQUIRE(map.has_value());
  CHECK(map->line == 2);
  CHECK(map->column == 9);
  CHECK(map->bracket == '{');
  const auto list = unclosed_flow("items:\n  - tags: [a, b\n  - next\n", 3);
  REQUIRE(list.has_value());
  CHECK(list->line == 2);
  CHECK(list->column == 11);
  CHECK(list->bracket == '[');
}

TEST_CASE("the innermost open bracket is the one named; closed ones are not") {
  const auto inner = unclosed_flow("a: { b: [1, 2], c: { d: 1\n", 1);
  REQUIRE(inner.has_value());
  CHECK(inner->column == 20);
  CHECK_FALSE(unclosed_flow("a: { b: [1, 2], c: { d: 1 } }\nb: [x]\n", 2));
  // A flow collection may run over several lines and still be closed.
  CHECK_FALSE(unclosed_flow("a: {\n  b: 1,\n  c: 2\n}\n", 4));
  // Only lines up to the error count.
  CHECK_FALSE(unclosed_flow("a: 1\nb: {\n", 1));
}

TEST_CASE("brackets in quotes, comments and plain text are not flow brackets") {
  CHECK_FALSE(unclosed_flow("title: \"Tiny { framework\"\nnote: 'a [b'\n", 2));
  CHECK_FALSE(unclosed_flow("council: Tiny [council\ntext: a {b\n", 2));
  CHECK_FALSE(unclosed_flow("a: 1  # see {this\n", 1));
  CHECK_FALSE(unclosed_flow("a: { b: \"x}\" }\n", 1));
  CHECK_FALSE(unclosed_flow("a: 'it''s {' \n", 1));
  CHECK_FALSE(unclosed_flow("a: \"say \\\"{\\\"\"\n", 1));
  // ...but a bracket at the start of a list item or a complex key is.
  CHECK(unclosed_flow("- {a: 1\n", 1).has_value());
  CHECK(unclosed_flow("? [a\n", 1).has_value());
  CHECK(unclosed_flow("[a, b\n", 1).has_value());
  // A key that is quoted is followed by its value, where a bracket counts again.
  CHECK(unclosed_flow("\"key\": {a: 1\n", 1).has_value());
}
