// Postings encoding: gap-coded doc numbers in base 32 plus one impact letter each.
#include "search/postings_codec.hpp"

#include <stdexcept>

namespace qaf::search::detail {
namespace {

int letter_value(char c) {
  const std::size_t at = kAlphabet.find(c);
  if (at == std::string_view::npos) throw std::invalid_argument("postings: unexpected character");
  return static_cast<int>(at);
}

}  // namespace

std::string encode_postings(const std::vector<Posting>& postings) {
  std::string out;
  long long previous = -1;
  for (const Posting& p : postings) {
    if (static_cast<long long>(p.doc) <= previous) throw std::invalid_argument("postings: docs not ascending");
    if (p.impact < 1 || p.impact > 63) throw std::invalid_argument("postings: impact out of range");
    auto gap = static_cast<std::uint64_t>(p.doc - previous - 1);
    char digits[16];
    int n = 0;
    digits[n++] = kAlphabet[gap % 32];  // last digit: letters 0..31
    gap /= 32;
    while (gap > 0) {
      digits[n++] = kAlphabet[32 + gap % 32];  // leading digits: letters 32..63
      gap /= 32;
    }
    while (n > 0) out += digits[--n];
    out += kAlphabet[static_cast<std::size_t>(p.impact)];
    previous = p.doc;
  }
  return out;
}

std::vector<Posting> decode_postings(std::string_view text) {
  std::vector<Posting> out;
  long long previous = -1;
  std::size_t i = 0;
  while (i < text.size()) {
    long long gap = 0;
    for (;;) {
      if (i >= text.size()) throw std::invalid_argument("postings: truncated number");
      const int v = letter_value(text[i++]);
      gap = gap * 32 + (v % 32);
      if (v < 32) break;
    }
    if (i >= text.size()) throw std::invalid_argument("postings: missing impact");
    const int impact = letter_value(text[i++]);
    previous += gap + 1;
    out.push_back({static_cast<std::uint32_t>(previous), impact});
  }
  return out;
}

}  // namespace qaf::search::detail
