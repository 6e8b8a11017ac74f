// Word-level difference: common ends trimmed, then a longest common subsequence of the middle.
#include "versions/word_diff.hpp"

#include <algorithm>
#include <cstdint>

namespace qaf::versions {
namespace {

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && space(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !space(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

void put(std::vector<WordPiece>& out, WordPiece::Op op, std::string_view word) {
  if (!out.empty() && out.back().op == op) {
    out.back().text += ' ';
    out.back().text += word;
  } else {
    out.push_back({op, std::string(word)});
  }
}

}  // namespace

std::vector<WordPiece> word_diff(std::string_view before, std::string_view after, std::size_t max_words) {
  const std::vector<std::string_view> a = words_of(before), b = words_of(after);
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
  const std::size_t n = a.size() - head - tail, m = b.size() - head - tail;

  std::vector<WordPiece> out;
  for (std::size_t i = 0; i < head; ++i) put(out, WordPiece::Op::same, a[i]);
  if (n > max_words || m > max_words) {
    for (std::size_t i = 0; i < n; ++i) put(out, WordPiece::Op::removed, a[head + i]);
    for (std::size_t j = 0; j < m; ++j) put(out, WordPiece::Op::added, b[head + j]);
  } else {
    // lcs[i][j]: the longest common subsequence of the middles' suffixes from i and j.
    const std::size_t w = m + 1;
    std::vector<std::uint32_t> lcs((n + 1) * w, 0);
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        lcs[i * w + j] = a[head + i] == b[head + j] ? lcs[(i + 1) * w + j + 1] + 1
                                                    : std::max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        put(out, WordPiece::Op::same, a[head + i]);
        ++i, ++j;
      } else if (i < n && (j == m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        put(out, WordPiece::Op::removed, a[head + i++]);  // on a tie, what goes before what comes
      } else {
        put(out, WordPiece::Op::added, b[head + j++]);
      }
    }
  }
  for (std::size_t i = a.size() - tail; i < a.size(); ++i) put(out, WordPiece::Op::same, a[i]);
  return out;
}

std::vector<WordPiece> around_changes(std::vector<WordPiece> pieces, std::size_t context) {
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    WordPiece& p = pieces[i];
    if (p.op != WordPiece::Op::same) continue;
    const std::vector<std::string_view> words = words_of(p.text);
    const bool first = i == 0, last = i + 1 == pieces.size();
    if (first && last) continue;  // nothing changed
    auto span = [&](std::size_t from, std::size_t to) {
      std::string out;
      for (std::size_t k = from; k < to; ++k) (out += k > from ? " " : "") += words[k];
      return out;
    };
    const std::size_t n = words.size();
    if (first && n > context) p.text = "… " + span(n - context, n);
    else if (last && n > context) p.text = span(0, context) + " …";
    else if (!first && !last && n > 2 * context + 1) p.text = span(0, context) + " … " + span(n - context, n);
  }
  return pieces;
}

}  // namespace qaf::versions
