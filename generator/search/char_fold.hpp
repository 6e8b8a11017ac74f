// Character classes and Latin folding used by the search tokenizer (internal to the search module).
#pragma once
#include <string_view>

namespace qaf::search::detail {

/// What the tokenizer does with a code point.
enum class CharClass { word, separator, ignored };

/// Class of a code point: word characters build terms, separators end them, ignored ones
/// (combining marks) vanish. Identical to charClass() in search.js.
CharClass char_class(char32_t cp);

/// Folded UTF-8 form of a word code point in U+00C0..U+024F ("É" -> "e", "Æ" -> "æ"),
/// or empty when the code point is outside that range.
std::string_view fold_latin(char32_t cp);

}  // namespace qaf::search::detail
