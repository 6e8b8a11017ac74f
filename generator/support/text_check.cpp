// UTF-8 and control-character check of input text (see text_check.hpp).
#include "support/text_check.hpp"

#include <cstdio>

namespace qaf {

std::optional<BadText> first_bad_text(std::string_view t) {
  int line = 1;
  std::size_t line_start = 0;
  auto bad = [&](std::size_t at, std::string what, std::string hint) {
    return BadText{line, static_cast<int>(at - line_start) + 1, std::move(what), std::move(hint)};
  };
  auto hex = [](unsigned v, const char* fmt) {
    char buf[16];
    std::snprintf(buf, sizeof buf, fmt, v);
    return std::string(buf);
  };
  for (std::size_t i = 0; i < t.size();) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '\n') {
      ++line;
      line_start = ++i;
      continue;
    }
    if (c < 0x80) {
      if (c == 0) return bad(i, "a NUL byte", "remove it: text files hold no NUL bytes (was it saved as UTF-16?)");
      if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f)
        return bad(i, "a control character (" + hex(c, "U+%04X") + ")", "remove it: only tabs and line breaks are allowed");
      ++i;
      continue;
    }
    // Lead byte: length and the smallest code point that length may encode (no overlong forms).
    const std::size_t len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    unsigned cp = len == 4 ? c & 0x07u : len == 3 ? c & 0x0fu : c & 0x1fu;
    bool ok = len != 0 && i + len <= t.size();
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto b = static_cast<unsigned char>(t[i + k]);
      ok = (b & 0xc0) == 0x80;
      cp = (cp << 6) | (b & 0x3fu);
    }
    if (ok) ok = !(len == 3 && cp < 0x800) && !(len == 4 && (cp < 0x10000 || cp > 0x10ffff)) && !(cp >= 0xd800 && cp <= 0xdfff);
    if (!ok)
      return bad(i, "invalid UTF-8 (byte " + hex(c, "0x%02x") + ")",
                 "save the file as UTF-8 (in Excel or Word: 'CSV UTF-8' or 'Plain text, UTF-8')");
    if (cp >= 0x80 && cp < 0xa0)
      return bad(i, "a control character (" + hex(cp, "U+%04X") + ")", "remove it: only tabs and line breaks are allowed");
    i += len;
  }
  return std::nullopt;
}

}  // namespace qaf
