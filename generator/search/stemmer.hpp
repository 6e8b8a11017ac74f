// English stemming for the search index: Snowball's English (Porter2) stemmer from libstemmer (internal).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace qaf::search::detail {

/// Reduces a folded term to its stem: "visits", "visiting" and "visited" to "visit", "assessed"
/// and "assessment" to "assess". Terms with a digit, and terms of under three letters, are left
/// as they are (numbers such as "1.4" and "s47" are matched exactly). Results are cached; one
/// Stemmer per thread (libstemmer's stemmers are not shared between threads).
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  /// The stem of `term` (a token from tokenize(): lowercase, folded).
  const std::string& stem(const std::string& term);

 private:
  struct Free {
    void operator()(sb_stemmer* s) const;
  };
  std::unique_ptr<sb_stemmer, Free> stemmer_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace qaf::search::detail
