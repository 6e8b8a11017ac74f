// Unit tests of the search tokenizer: words, folding, numbers, dropped words and positions.
#include <doctest/doctest.h>

#include "search/char_fold.hpp"
#include "search/tokenizer.hpp"

using qaf::search::is_exact_only;
using qaf::search::Token;
using qaf::search::tokenize;

namespace {
std::vector<std::string> terms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.push_back(t.term);
  return out;
}
}  // namespace

TEST_CASE("words are lowercased runs of letters and digits") {
  CHECK(terms("Children SEEN alone, within 45 days!") ==
        std::vector<std::string>{"children", "seen", "alone", "within", "45", "days"});
  CHECK(terms("").empty());
  CHECK(terms("  ...  ").empty());
  CHECK(terms("well-being/health") == std::vector<std::string>{"well", "being", "health"});
}

TEST_CASE("standard numbers stay one term") {
  CHECK(terms("Standard 1.4 and 2.10.") == std::vector<std::string>{"standard", "1.4", "and", "2.10"});
  CHECK(terms("see 1.4.2, not 1.40") == std::vector<std::string>{"see", "1.4.2", "not", "1.40"});
  CHECK(terms("v1.4 (1.)") == std::vector<std::string>{"v1.4", "1"});
  CHECK(terms("end. 3.Next") == std::vector<std::string>{"end", "3", "next"});
  CHECK(terms("2..3") == std::vector<std::string>{"2", "3"});
}

TEST_CASE("only dotted numbers are exact-only") {
  CHECK(is_exact_only("2.10"));
  CHECK(is_exact_only("1.4.2"));
  CHECK_FALSE(is_exact_only("45"));
  CHECK_FALSE(is_exact_only("days"));
}

TEST_CASE("positions count dropped one-letter words so phrases stay adjacent") {
  const auto tokens = tokenize("A child's home");
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0] == Token{"child", 1});
  CHECK(tokens[1] == Token{"home", 3});
  CHECK(terms("a b c 7") == std::vector<std::string>{"7"});  // single digits are kept
}

TEST_CASE("Latin letters are folded, other scripts kept") {
  CHECK(terms("Café NAÏVE Ærø Łódź") == std::vector<std::string>{"cafe", "naive", "ærø", "łodz"});
  CHECK(terms("cafe\xCC\x81") == std::vector<std::string>{"cafe"});  // combining acute skipped
  CHECK(terms("Ωμέγα") == std::vector<std::string>{"Ωμέγα"});  // beyond U+024F: as written
}

TEST_CASE("typographic punctuation separates words") {
  CHECK(terms("carers\xE2\x80\x99 rights \xE2\x80\x94 \xE2\x80\x9Cvoice\xE2\x80\x9D") ==
        std::vector<std::string>{"carers", "rights", "voice"});
  CHECK(terms("\xC2\xA3" "45\xC2\xA0" "days") == std::vector<std::string>{"45", "days"});  // pound sign, no-break space
  CHECK(terms("3\xC3\x97" "4") == std::vector<std::string>{"3", "4"});                  // multiplication sign
}

TEST_CASE("malformed UTF-8 separates instead of failing") {
  CHECK(terms("ab\xFF" "cd") == std::vector<std::string>{"ab", "cd"});
  CHECK(terms("ab\xC3") == std::vector<std::string>{"ab"});
  CHECK(terms("ab\xE0\x80\x80" "cd") == std::vector<std::string>{"ab", "cd"});  // overlong encoding
}

TEST_CASE("very long words are dropped") {
  const std::string forty(40, 'x');
  CHECK(terms(forty) == std::vector<std::string>{forty});
  CHECK(terms(forty + "y").empty());
}

// The ASCII ranges' first and last letters, and the characters just outside them.
TEST_CASE("case folding: the boundary letters A, Z, a, z and their neighbours") {
  CHECK(terms("AZ az ZA za Zz AAA ZZZ") == std::vector<std::string>{"az", "az", "za", "za", "zz", "aaa", "zzz"});
  CHECK(terms("Zone ZEBRA Azure QUIZ") == std::vector<std::string>{"zone", "zebra", "azure", "quiz"});
  // '@' (before 'A'), '[' (after 'Z'), '`' (before 'a') and '{' (after 'z') separate words.
  CHECK(terms("AB@YZ[ab`yz{ZA") == std::vector<std::string>{"ab", "yz", "ab", "yz", "za"});
  CHECK(terms("@@[[``{{").empty());
  // '/' and ':' sit either side of the digits.
  CHECK(terms("09/90:19") == std::vector<std::string>{"09", "90", "19"});
  using qaf::search::detail::char_class;
  using qaf::search::detail::CharClass;
  for (char32_t c : {U'A', U'Z', U'a', U'z', U'0', U'9'}) CHECK(char_class(c) == CharClass::word);
  for (char32_t c : {U'@', U'[', U'`', U'{', U'/', U':', U'\x7F'}) CHECK(char_class(c) == CharClass::separator);
}

TEST_CASE("character classes at both ends of every range outside ASCII") {
  using qaf::search::detail::char_class;
  using qaf::search::detail::CharClass;
  // Latin-1 punctuation up to the inverted question mark (U+BF), x and / signs: separators.
  for (char32_t c : {0x80u, 0xA0u, 0xBFu, 0xD7u, 0xF7u}) CHECK(char_class(c) == CharClass::separator);
  // The letters either side of them: A grave (C0), O stroke (D8), o diaeresis (F6), o stroke (F8).
  for (char32_t c : {0xC0u, 0xD6u, 0xD8u, 0xF6u, 0xF8u, 0xFFu, 0x2FFu, 0x370u}) CHECK(char_class(c) == CharClass::word);
  // Combining marks U+0300 to U+036F and variation selectors are dropped, not split on.
  for (char32_t c : {0x300u, 0x36Fu, 0xFE00u, 0xFE0Fu}) CHECK(char_class(c) == CharClass::ignored);
  for (char32_t c : {0x2000u, 0x2BFFu, 0x3000u, 0x303Fu, 0xFEFFu, 0xFFFDu, 0x1F000u, 0x1FAFFu})
    CHECK(char_class(c) == CharClass::separator);
  for (char32_t c : {0x1FFFu, 0x2C00u, 0x2FFFu, 0x3040u, 0xFDFFu, 0xFE10u, 0x1EFFFu, 0x1FB00u})
    CHECK(char_class(c) == CharClass::word);
}

TEST_CASE("case folding: accented capitals and the ends of the folded range") {
  // \u00C0 A grave, \u00C9 E acute, \u00CE I circumflex, \u00D5 O tilde, \u00DC U diaeresis, \u00DD Y acute
  CHECK(terms("\xC3\x80\xC3\x89\xC3\x8E\xC3\x95\xC3\x9C\xC3\x9D") == std::vector<std::string>{"aeiouy"});
  // \u0178 Y diaeresis, \u017D Z caron, \u0179 Z acute, \u0100 A macron, \u0106 C acute
  CHECK(terms("\xC5\xB8\xC5\xBD\xC5\xB9\xC4\x80\xC4\x86") == std::vector<std::string>{"yzzac"});
  CHECK(terms("\xC3\x86SOP \xC3\x98RE") == std::vector<std::string>{"\xC3\xA6sop", "\xC3\xB8re"});  // AE, O stroke
  using qaf::search::detail::fold_latin;
  CHECK(fold_latin(0xBF).empty());                  // inverted question mark: before the range
  CHECK(fold_latin(0xC0) == "a");                   // first entry
  CHECK(fold_latin(0xD7).empty());                  // multiplication sign: not a letter
  CHECK(fold_latin(0xF7).empty());                  // division sign
  CHECK(fold_latin(0xDF) == "\xC3\x9F");            // sharp s stays itself
  CHECK(fold_latin(0x24F) == "\xC9\x8F");           // last entry
  CHECK(fold_latin(0x250).empty());                 // after the range
  CHECK(fold_latin(U'A').empty());                  // ASCII is lowercased by the tokenizer, not here
  CHECK(terms("x\xC9\x90y") == std::vector<std::string>{"x\xC9\x90y"});  // U+0250 kept as written
}

// Surrogates (U+D800..U+DFFF) and code points past U+10FFFF are not characters: each such
// sequence is one separator; the code points just inside the valid ranges are letters.
TEST_CASE("UTF-8: the edges of the surrogate range and of Unicode") {
  CHECK(terms("ab\xED\xA0\x80" "cd") == std::vector<std::string>{"ab", "cd"});  // U+D800, first surrogate
  CHECK(terms("ab\xED\xBF\xBF" "cd") == std::vector<std::string>{"ab", "cd"});  // U+DFFF, last surrogate
  CHECK(terms("ab\xF4\x90\x80\x80" "cd") == std::vector<std::string>{"ab", "cd"});  // U+110000
  CHECK(terms("ab\xED\x9F\xBF" "cd") == std::vector<std::string>{"ab\xED\x9F\xBF" "cd"});  // U+D7FF
  CHECK(terms("ab\xEE\x80\x80" "cd") == std::vector<std::string>{"ab\xEE\x80\x80" "cd"});  // U+E000
  CHECK(terms("ab\xF4\x8F\xBF\xBF" "cd") == std::vector<std::string>{"ab\xF4\x8F\xBF\xBF" "cd"});  // U+10FFFF
}
