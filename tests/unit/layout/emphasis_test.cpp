// Unit tests for the emphasis helper: **bold** and *italic* inside a string become styled runs.
#include <doctest/doctest.h>

#include "layout/emphasis.hpp"

using namespace qaf::layout;

TEST_CASE("plain text is one regular run") {
  const auto runs = runs_from_emphasis("Hello world");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].text == "Hello world");
  CHECK(runs[0].style == Style::regular);
}

TEST_CASE("bold and italic markers become styled runs") {
  const auto runs = runs_from_emphasis("a **b** c *d* e");
  REQUIRE(runs.size() == 5);
  CHECK(runs[0].text == "a ");
  CHECK(runs[1].text == "b");
  CHECK(runs[1].style == Style::bold);
  CHECK(runs[2].text == " c ");
  CHECK(runs[3].text == "d");
  CHECK(runs[3].style == Style::italic);
  CHECK(runs[4].text == " e");
}

TEST_CASE("italic nested in bold is bold italic") {
  const auto runs = runs_from_emphasis("**a *b* c**");
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].style == Style::bold);
  CHECK(runs[1].text == "b");
  CHECK(runs[1].style == Style::bold_italic);
  CHECK(runs[2].text == " c");
  CHECK(runs[2].style == Style::bold);
}

TEST_CASE("unpaired and escaped markers stay as text") {
  CHECK(runs_from_emphasis("5 * 3 = 15")[0].text == "5 * 3 = 15");
  CHECK(runs_from_emphasis("**open only")[0].text == "**open only");
  const auto escaped = runs_from_emphasis("\\*not italic\\*");
  REQUIRE(escaped.size() == 1);
  CHECK(escaped[0].text == "*not italic*");
}

TEST_CASE("bold inside a bold base stays bold") {
  const auto runs = runs_from_emphasis("x **y** z", Style::bold);
  for (const auto& r : runs) CHECK(r.style == Style::bold);
}
