// Word-level difference of two texts (longest common subsequence of words), for rewording.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace qaf::versions {

/// A run of the difference: words both texts have, words only the older has, or only the newer.
struct WordPiece {
  enum class Op { same, removed, added };
  Op op = Op::same;
  std::string text;  ///< the words, single-spaced
  friend bool operator==(const WordPiece&, const WordPiece&) = default;
};

/// The difference from `before` to `after`, word by word (words are runs of non-space; spacing is
/// not a difference). Runs of the same kind are merged; a removed run comes before the added run
/// that replaces it. Texts beyond `max_words` words each are compared as wholes (all removed, all
/// added) to bound the work.
std::vector<WordPiece> word_diff(std::string_view before, std::string_view after, std::size_t max_words = 3000);

/// The same pieces with long runs of unchanged words cut down to the `context` words next to each
/// change, "…" standing for what is left out: what a reader needs to see a rewording in a page.
std::vector<WordPiece> around_changes(std::vector<WordPiece> pieces, std::size_t context = 12);

}  // namespace qaf::versions
