// Checks that loaded text is valid UTF-8 without control characters (other than tab and line breaks),
// and that file names hold nothing that shows other than it is (direction overrides).
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

/// The first character of a file name that would hide what the name is when shown: invalid
/// UTF-8, a control character, or an invisible direction mark or override (U+061C, U+200E,
/// U+200F, U+202A to U+202E, U+2066 to U+2069: "a\u202Egpj.md" shows as "adm.jpg"). Described
/// as e.g. "U+202E (a right-to-left override)"; nullopt when there is none.
std::optional<std::string> hidden_char_in_name(std::string_view name);

/// `text` with each character hidden_char_in_name() would report, except tab and line feed,
/// written as "<U+202E>" (invalid bytes as "<0xff>"): for messages printed to a terminal.
std::string shown_visibly(std::string_view text);

}  // namespace qaf
