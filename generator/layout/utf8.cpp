// UTF-8 decoding for the layout engine: strict decoding, invalid bytes become U+FFFD.
#include "layout/utf8.hpp"

#include <cstdio>

namespace qaf::layout::detail {

namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

CodePoint next_code_point(std::string_view text, std::size_t& pos) {
  const auto start = pos;
  const auto b0 = static_cast<unsigned char>(text[pos]);
  int extra = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if (b0 < 0x80) {
    ++pos;
    return {b0, text.substr(start, 1), true};
  } else if ((b0 & 0xE0) == 0xC0) {
    extra = 1, value = b0 & 0x1F, minimum = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2, value = b0 & 0x0F, minimum = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3, value = b0 & 0x07, minimum = 0x10000;
  } else {
    ++pos;
    return {0xFFFD, text.substr(start, 1), false};
  }
  if (start + extra >= text.size()) {  // truncated sequence
    ++pos;
    return {0xFFFD, text.substr(start, 1), false};
  }
  for (int i = 1; i <= extra; ++i) {
    const auto b = static_cast<unsigned char>(text[start + i]);
    if (!is_continuation(b)) {
      ++pos;
      return {0xFFFD, text.substr(start, 1), false};
    }
    value = (value << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    ++pos;
    return {0xFFFD, text.substr(start, 1), false};
  }
  pos = start + extra + 1;
  return {value, text.substr(start, extra + 1), true};
}

std::string to_utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

std::string code_point_name(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

}  // namespace qaf::layout::detail
