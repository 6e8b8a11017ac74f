// Search tokenizer: plain text to folded terms with positions; search.js mirrors it rule for rule.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qaf::search {

/// One indexed word. `position` counts every word of the text, including dropped ones,
/// so phrase adjacency survives a dropped one-letter word ("child's home": child 0, home 2).
struct Token {
  std::string term;
  std::uint32_t position = 0;
  friend bool operator==(const Token&, const Token&) = default;
};

/// Splits UTF-8 text into terms. The rules (shared with the client):
/// - words are runs of letters and digits; ASCII is lowercased; U+00C0..U+024F are folded the
///   way NFD + dropping marks + lowercasing folds them ("É" -> "e"); combining marks are skipped;
///   other non-ASCII letters are kept as written;
/// - a '.' between two digits stays inside the word, so "1.4", "2.10" and "1.4.2" are one term;
/// - one-letter words (not digits) and words over 40 characters are dropped, but keep their position.
std::vector<Token> tokenize(std::string_view text);

/// True for terms matched only exactly, never by prefix: numbers with a dot ("2.1" must not find "2.10").
bool is_exact_only(std::string_view term);

}  // namespace qaf::search
