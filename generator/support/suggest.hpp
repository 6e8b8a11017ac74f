// "Did you mean" suggestions for misspelt keys and ids.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qaf {

/// Levenshtein distance between two strings (bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a plausible typo.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

/// "a, b or c" for listing allowed values in a hint.
std::string join_or(const std::vector<std::string>& items);
/// "a, b and c" for listing all of several values in a hint.
std::string join_and(const std::vector<std::string>& items);

}  // namespace qaf
