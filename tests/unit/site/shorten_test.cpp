// shorten(): long text cut for a table cell or a title, at a word where one is near the end, never inside a character.
#include <doctest/doctest.h>

#include "site/site_context.hpp"

using namespace qaf::site;

TEST_CASE("text is cut at the last space before the limit, when that space is in the second half") {
  CHECK(shorten("short enough", 20) == "short enough");
  CHECK(shorten("line\nbreaks become spaces", 40) == "line breaks become spaces");
  CHECK(shorten("one two three four five six", 14) == "one two three\u2026");  // the space at 13
}

TEST_CASE("with no space in the second half, text is cut at the limit, not at a space near the start") {
  const std::string word(200, 'x');
  CHECK(shorten("a " + word, 110) == "a " + std::string(108, 'x') + "\u2026");
  CHECK(shorten(word, 110) == std::string(110, 'x') + "\u2026");  // no space at all
}

TEST_CASE("a cut never splits a UTF-8 character") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "\u00e9";  // 120 bytes, no spaces
  const std::string cut = shorten(text, 111);     // byte 111 is inside the 56th letter
  CHECK(cut == std::string(text, 0, 110) + "\u2026");
}

TEST_CASE("text that is not UTF-8 at all is cut without reading before its start") {
  // Nothing but continuation bytes: the walk back to a character's first byte stops at the start.
  CHECK(shorten(std::string(200, '\x80'), 110) == "\u2026");
}
