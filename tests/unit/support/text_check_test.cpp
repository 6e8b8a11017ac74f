// Unit tests for text checks: first_bad_text finds every malformed form and control character; file names and messages show hidden characters.
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

TEST_CASE("file names: direction overrides, marks, controls and bad bytes are named; other letters pass") {
  CHECK_FALSE(hidden_char_in_name("content/équipe-2.md").has_value());
  CHECK_FALSE(hidden_char_in_name("frameworks/riverside/case audit.yaml").has_value());
  CHECK(hidden_char_in_name("a\u202Egpj.md").value() == "U+202E (a right-to-left override)");
  CHECK(hidden_char_in_name("a\u202Dx").value() == "U+202D (a left-to-right override)");
  CHECK(hidden_char_in_name("a\u200Fx").value() == "U+200F (an invisible direction mark)");
  CHECK(hidden_char_in_name("a\u061Cx").value() == "U+061C (an invisible direction mark)");
  CHECK(hidden_char_in_name("a\u2066x").value() == "U+2066 (an invisible direction change)");
  CHECK(hidden_char_in_name("a\u2069x").value() == "U+2069 (an invisible direction change)");
  CHECK(hidden_char_in_name("a\u202Ax").value() == "U+202A (an invisible direction change)");
  CHECK_FALSE(hidden_char_in_name("a\u2065x\u206Ax\u2029").has_value());  // just outside the ranges
  CHECK(hidden_char_in_name("a\tb").value() == "U+0009 (a control character)");
  CHECK(hidden_char_in_name("a\x7f").value() == "U+007F (a control character)");
  CHECK(hidden_char_in_name("a\u0085").value() == "U+0085 (a control character)");
  CHECK(hidden_char_in_name("a\xffz").value() == "invalid UTF-8 (byte 0xff)");
  CHECK(hidden_char_in_name("a\xe2\x80").value() == "invalid UTF-8 (byte 0xe2)");  // cut short
}

TEST_CASE("messages print hidden characters as <U+XXXX>, keeping tabs, line feeds and other letters") {
  CHECK(shown_visibly("content/a\u202Egpj.md") == "content/a<U+202E>gpj.md");
  CHECK(shown_visibly("é ✓ \t\n") == "é ✓ \t\n");
  CHECK(shown_visibly("a\x1b[31mred") == "a<U+001B>[31mred");
  CHECK(shown_visibly("a\xff") == "a<0xff>");
  CHECK(shown_visibly("\u200E") == "<U+200E>");
}
