// Checks that loaded text is valid UTF-8 without control characters (other than tab and line breaks).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace qaf {

/// The first problem in a text: where (1-based line, and column in bytes) and what.
struct BadText {
  int line = 1, column = 1;
  std::string what;  ///< e.g. "invalid UTF-8 (byte 0xff)", "a NUL byte", "a control character (U+0007)"
  std::string hint;
};

/// Finds the first byte sequence that is not valid UTF-8 (overlong forms, surrogates and
/// code points past U+10FFFF included) or a control character other than tab, CR and LF.
/// Pure; never throws except std::bad_alloc.
std::optional<BadText> first_bad_text(std::string_view text);

}  // namespace qaf
