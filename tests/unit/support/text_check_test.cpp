// Unit tests for first_bad_text: valid UTF-8 passes; every malformed form and control character is found.
#include <doctest/doctest.h>

#include "support/text_check.hpp"

using namespace qaf;

TEST_CASE("valid UTF-8 text with tabs and line breaks passes") {
  CHECK_FALSE(first_bad_text(""));
  CHECK_FALSE(first_bad_text("plain\ttext\r\nline two\n"));
  CHECK_FALSE(first_bad_text("caf\xC3\xA9 \xE2\x82\xAC 5 \xF0\x9F\x98\x80 \xEF\xBB\xBF \xF4\x8F\xBF\xBF"));  // é € 😀 BOM U+10FFFF
}

TEST_CASE("malformed UTF-8 is found with its line and column") {
  auto at = [](std::string_view t) {
    auto b = first_bad_text(t);
    REQUIRE(b);
    return std::to_string(b->line) + ":" + std::to_string(b->column) + " " + b->what;
  };
  CHECK(at("ok\nab\xFF") == "2:3 invalid UTF-8 (byte 0xff)");
  CHECK(at("\xC0\x80") == "1:1 invalid UTF-8 (byte 0xc0)");          // overlong NUL
  CHECK(at("x\xE0\x80\xAF") == "1:2 invalid UTF-8 (byte 0xe0)");     // overlong '/'
  CHECK(at("\xED\xA0\x80") == "1:1 invalid UTF-8 (byte 0xed)");      // a surrogate
  CHECK(at("\xF4\x90\x80\x80") == "1:1 invalid UTF-8 (byte 0xf4)");  // past U+10FFFF
  CHECK(at("abc\xE2\x82") == "1:4 invalid UTF-8 (byte 0xe2)");       // cut short at the end
  CHECK(at("\xE2(\xAC") == "1:1 invalid UTF-8 (byte 0xe2)");         // a continuation missing
  CHECK(at("\x80") == "1:1 invalid UTF-8 (byte 0x80)");              // a lone continuation byte
  CHECK(at(std::string_view("a\0b", 3)) == "1:2 a NUL byte");
  CHECK(at("bell\x07") == "1:5 a control character (U+0007)");
  CHECK(at("del\x7F") == "1:4 a control character (U+007F)");
  CHECK(at("next\xC2\x85line") == "1:5 a control character (U+0085)");
  CHECK(at("esc\x1B[31m") == "1:4 a control character (U+001B)");
}
