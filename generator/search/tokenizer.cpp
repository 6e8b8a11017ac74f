// Search tokenizer: UTF-8 decoding, folding and the number rule (search.js tokenize() is its twin).
#include "search/tokenizer.hpp"

#include "search/char_fold.hpp"

namespace qaf::search {
namespace {

constexpr std::size_t kMaxWordChars = 40;

// Decodes the code point at `i` and advances `i`; malformed input yields U+FFFD (a separator).
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  std::size_t len = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  std::string word;           // folded characters of the word being read
  std::size_t word_chars = 0;  // its length in code points
  bool last_digit = false;     // whether the word's last character is an ASCII digit
  std::uint32_t position = 0;

  const auto flush = [&] {
    if (word_chars == 0) return;
    const bool one_letter = word_chars == 1 && !is_digit(static_cast<unsigned char>(word[0]));
    if (!one_letter && word_chars <= kMaxWordChars) out.push_back({word, position});
    ++position;
    word.clear();
    word_chars = 0;
    last_digit = false;
  };

  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = next_code_point(text, i);
    switch (detail::char_class(cp)) {
      case detail::CharClass::ignored:
        break;
      case detail::CharClass::word: {
        if (cp < 0x80) {
          word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
        } else if (const std::string_view folded = detail::fold_latin(cp); !folded.empty()) {
          word += folded;
        } else {
          append_utf8(word, cp);
        }
        ++word_chars;
        last_digit = is_digit(cp);
        break;
      }
      case detail::CharClass::separator: {
        // "2.10": a dot between digits belongs to the number.
        if (cp == '.' && last_digit && i < text.size() && is_digit(static_cast<unsigned char>(text[i]))) {
          word += '.';
          ++word_chars;
          last_digit = false;
          break;
        }
        flush();
        break;
      }
    }
  }
  flush();
  return out;
}

bool is_exact_only(std::string_view term) {
  return term.find('.') != std::string_view::npos;
}

}  // namespace qaf::search
