// English stemming through libstemmer (Snowball), cached per term.
#include "search/stemmer.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <stdexcept>

namespace qaf::search::detail {

void Stemmer::Free::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {
  if (!stemmer_) throw std::runtime_error("libstemmer has no English stemmer");
}

Stemmer::~Stemmer() = default;

const std::string& Stemmer::stem(const std::string& term) {
  if (const auto it = cache_.find(term); it != cache_.end()) return it->second;
  std::string out = term;
  const bool digit = std::any_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digit && term.size() >= 3) {
    const auto* in = reinterpret_cast<const sb_symbol*>(term.data());
    const sb_symbol* stemmed = sb_stemmer_stem(stemmer_.get(), in, static_cast<int>(term.size()));
    if (!stemmed) throw std::bad_alloc();
    out.assign(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
  }
  return cache_.emplace(term, std::move(out)).first->second;
}

}  // namespace qaf::search::detail
