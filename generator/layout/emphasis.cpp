// Turns Markdown-ish emphasis in a plain string into styled runs.
#include "layout/emphasis.hpp"

#include <string>

namespace qaf::layout {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

/// Position of the marker closing one opened at `from` (marker length `len`), or npos.
/// A closer follows a non-space; a single '*' closer is not part of a "**".
std::size_t find_closer(std::string_view text, std::size_t from, std::size_t len) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
      continue;
    }
    if (text[i] != '*') continue;
    const bool doubled = i + 1 < text.size() && text[i + 1] == '*';
    if (len == 2 && doubled && i > 0 && !is_space(text[i - 1])) return i;
    if (len == 1 && !doubled && i > 0 && !is_space(text[i - 1])) return i;
    if (doubled) ++i;  // skip a "**" while looking for '*'
  }
  return std::string_view::npos;
}

Style combine(bool bold, bool italic) {
  if (bold && italic) return Style::bold_italic;
  if (bold) return Style::bold;
  if (italic) return Style::italic;
  return Style::regular;
}

}  // namespace

Runs runs_from_emphasis(std::string_view text, Style base) {
  bool bold = base == Style::bold || base == Style::bold_italic;
  bool italic = base == Style::italic || base == Style::bold_italic;
  Runs runs;
  std::string current;
  // Closing positions of open markers: a marker closes only where it was matched.
  std::size_t bold_close = std::string_view::npos, italic_close = std::string_view::npos;
  bool bold_before = bold, italic_before = italic;  // restored when the marker closes
  auto flush = [&] {
    if (current.empty()) return;
    const Style s = combine(bold, italic);
    if (!runs.empty() && runs.back().style == s)
      runs.back().text += current;
    else
      runs.push_back(Run{current, s, {}, false});
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && text[i + 1] == '*') {
      current += '*';
      ++i;
      continue;
    }
    if (c != '*') {
      current += c;
      continue;
    }
    const bool doubled = i + 1 < text.size() && text[i + 1] == '*';
    const std::size_t len = doubled ? 2 : 1;
    if (doubled && i == bold_close) {
      flush(), bold = bold_before, bold_close = std::string_view::npos, ++i;
      continue;
    }
    if (!doubled && i == italic_close) {
      flush(), italic = italic_before, italic_close = std::string_view::npos;
      continue;
    }
    const bool opens = i + len < text.size() && !is_space(text[i + len]);
    const std::size_t close = opens ? find_closer(text, i + len + 1, len) : std::string_view::npos;
    if (close == std::string_view::npos || (doubled ? bold_close : italic_close) != std::string_view::npos) {
      current.append(text.substr(i, len));
      i += len - 1;
      continue;
    }
    flush();
    if (doubled)
      bold_before = bold, bold = true, bold_close = close;
    else
      italic_before = italic, italic = true, italic_close = close;
    i += len - 1;
  }
  flush();
  return runs;
}

}  // namespace qaf::layout
