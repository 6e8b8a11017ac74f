// UTF-8 decoding for the layout engine: text arrives as UTF-8 and is measured per code point.
#pragma once
#include <string>
#include <string_view>

namespace qaf::layout::detail {

/// One decoded code point and the bytes it came from.
struct CodePoint {
  char32_t value = 0;     // U+FFFD when the bytes were not valid UTF-8
  std::string_view bytes; // the source bytes (one byte for an invalid sequence)
  bool valid = true;
};

/// Decodes the code point starting at `pos` and advances `pos` past it.
/// Precondition: pos < text.size().
CodePoint next_code_point(std::string_view text, std::size_t& pos);

/// Encodes one code point as UTF-8.
std::string to_utf8(char32_t c);

/// "U+00A3" style name of a code point (at least four hex digits).
std::string code_point_name(char32_t c);

}  // namespace qaf::layout::detail
