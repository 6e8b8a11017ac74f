// UTF-8 and control-character check of input text (see text_check.hpp).
#include "support/text_check.hpp"

#include <cstdio>
#include <utility>

namespace qaf {

namespace {

// The code point at t[i] and its length in bytes; length 0 for invalid UTF-8.
std::pair<unsigned, std::size_t> code_point_at(std::string_view t, std::size_t i) {
  const auto c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return {c, 1};
  const std::size_t len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
  if (len == 0 || i + len > t.size()) return {c, 0};
  unsigned cp = len == 4 ? c & 0x07u : len == 3 ? c & 0x0fu : c & 0x1fu;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(t[i + k]);
    if ((b & 0xc0) != 0x80) return {c, 0};
    cp = (cp << 6) | (b & 0x3fu);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
    return {c, 0};
  return {cp, len};
}

}  // namespace

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
    const auto [cp, len] = code_point_at(t, i);
    if (len == 0)
      return bad(i, "invalid UTF-8 (byte " + hex(c, "0x%02x") + ")",
                 "save the file as UTF-8 (in Excel or Word: 'CSV UTF-8' or 'Plain text, UTF-8')");
    if (cp >= 0x80 && cp < 0xa0)
      return bad(i, "a control character (" + hex(cp, "U+%04X") + ")", "remove it: only tabs and line breaks are allowed");
    i += len;
  }
  return std::nullopt;
}

namespace {

// What a code point that hides itself is, or nullptr for an ordinary one.
const char* hidden_kind(unsigned cp) {
  if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) return "a control character";
  if (cp == 0x202e) return "a right-to-left override";
  if (cp == 0x202d) return "a left-to-right override";
  if (cp == 0x061c || cp == 0x200e || cp == 0x200f) return "an invisible direction mark";
  if ((cp >= 0x202a && cp <= 0x202c) || (cp >= 0x2066 && cp <= 0x2069)) return "an invisible direction change";
  return nullptr;
}

std::string code_name(unsigned cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", cp);
  return buf;
}

}  // namespace

std::optional<std::string> hidden_char_in_name(std::string_view name) {
  for (std::size_t i = 0; i < name.size();) {
    const auto [cp, len] = code_point_at(name, i);
    if (len == 0) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "0x%02x", cp);
      return std::string("invalid UTF-8 (byte ") + buf + ")";
    }
    if (const char* kind = hidden_kind(cp)) return code_name(cp) + " (" + kind + ")";
    i += len;
  }
  return std::nullopt;
}

std::string shown_visibly(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, len] = code_point_at(text, i);
    if (len == 0) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "<0x%02x>", cp);
      out += buf;
      ++i;
      continue;
    }
    if (cp != '\t' && cp != '\n' && hidden_kind(cp)) out += "<" + code_name(cp) + ">";
    else out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace qaf
