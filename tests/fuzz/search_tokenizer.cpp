// Fuzz target: the search tokenizer on arbitrary bytes, with the invariants the index relies on.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "search/tokenizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto tokens = qaf::search::tokenize(text);
  // Terms are never empty, positions strictly increase, and the tokenizer is idempotent on a term.
  std::uint32_t last = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.term.empty() || t.term.size() > size * 2 + 8) std::abort();
    if (i > 0 && t.position <= last) std::abort();
    last = t.position;
    (void)qaf::search::is_exact_only(t.term);
    // A query for an indexed term finds it: the term read again is that one term.
    const auto again = qaf::search::tokenize(t.term);
    if (again.size() != 1 || again[0].term != t.term) std::abort();
  }
  return 0;
}
