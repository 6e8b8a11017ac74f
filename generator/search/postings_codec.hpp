// Compact text encoding of postings lists for the term shards (internal; search.js decodes it).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qaf::search::detail {

/// One document that contains a term, with its quantised impact (1..63).
struct Posting {
  std::uint32_t doc = 0;
  int impact = 0;
  friend bool operator==(const Posting&, const Posting&) = default;
};

/// The 64 characters of the encoding: safe inside a JavaScript string literal, no escaping.
inline constexpr std::string_view kAlphabet =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/// Encodes postings sorted by ascending doc: per posting, the gap to the previous doc
/// (doc - previous - 1, the first counted from -1) as a base-32 number whose leading
/// digits use letters 32..63 and whose last digit uses letters 0..31, then one letter
/// for the impact. Throws std::invalid_argument if docs are not strictly ascending.
std::string encode_postings(const std::vector<Posting>& postings);

/// Inverse of encode_postings; throws std::invalid_argument on malformed text.
std::vector<Posting> decode_postings(std::string_view text);

}  // namespace qaf::search::detail
