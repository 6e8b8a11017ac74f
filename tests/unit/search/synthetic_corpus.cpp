// Test helper: generates a large, reproducible corpus from a seeded generator (no data files).
#include "synthetic_corpus.hpp"

#include <cmath>
#include <cstdint>
#include <string>

namespace qaf::search::testing {
namespace {

// splitmix64: small, fast and the same on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }

 private:
  std::uint64_t state_;
};

// Real words first (the most frequent), then made-up ones built from syllables.
std::vector<std::string> vocabulary(std::size_t size) {
  std::vector<std::string> words = {
      "the", "of", "and", "to", "child", "children", "young", "people", "care", "and", "in", "is", "for", "are",
      "staff", "home", "their", "with", "that", "be", "should", "plan", "safeguarding", "social", "worker",
      "visit", "seen", "alone", "days", "within", "record", "manager", "review", "placement", "health",
      "education", "family", "carers", "risk", "support", "evidence", "outcome", "practice", "quality",
      "assurance", "audit", "leaders", "missing", "education", "independent", "reviewing", "officer",
      "statutory", "assessment", "wishes", "feelings", "voice", "permanence", "contact", "siblings",
      "exploitation", "consent", "complaint", "advocacy", "supervision", "training", "registered",
      "ofsted", "inspection", "judgement", "good", "outstanding", "requires", "improvement", "inadequate"};
  static const char* const onsets[] = {"b", "br", "c", "ch", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p",
                                       "pr", "r", "s", "sh", "st", "t", "th", "tr", "v", "w"};
  static const char* const vowels[] = {"a", "e", "i", "o", "u", "ea", "ou", "ai"};
  static const char* const codas[] = {"", "n", "r", "s", "t", "nd", "ng", "ll", "ck", "m"};
  Random r(7);
  while (words.size() < size) {
    std::string w;
    const std::size_t syllables = 1 + r.below(3);
    for (std::size_t s = 0; s < syllables; ++s) {
      w += onsets[r.below(std::size(onsets))];
      w += vowels[r.below(std::size(vowels))];
      w += codas[r.below(std::size(codas))];
    }
    words.push_back(w);
  }
  return words;
}

// Zipf(1) sampling by inverting the cumulative weights.
class Zipf {
 public:
  explicit Zipf(std::size_t n) : cumulative_(n) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) cumulative_[i] = (sum += 1.0 / static_cast<double>(i + 1));
  }
  std::size_t sample(Random& r) const {
    const double x = r.unit() * cumulative_.back();
    std::size_t lo = 0, hi = cumulative_.size() - 1;
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      if (cumulative_[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

 private:
  std::vector<double> cumulative_;
};

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace

std::vector<SearchDoc> synthetic_corpus(std::size_t count) {
  const auto words = vocabulary(20000);
  const Zipf zipf(words.size());
  Random r(2024);
  const auto phrase = [&](std::size_t length) {
    std::string out;
    for (std::size_t i = 0; i < length; ++i) {
      if (i) out += ' ';
      out += words[zipf.sample(r)];
    }
    return out;
  };
  static const char* const frameworks[][2] = {{"ofsted-sccif", "Ofsted SCCIF"},
                                              {"leaving-care", "Leaving Care Standards"},
                                              {"fostering", "Fostering Standards"},
                                              {"residential", "Children's Homes Regulations"}};
  static const DocKind kinds[] = {DocKind::standard, DocKind::standard, DocKind::standard, DocKind::rubric,
                                  DocKind::skill, DocKind::template_, DocKind::page};
  static const char* const extras[] = {"seen alone", "45 days", "within 45 days", "missing from care",
                                       "wishes and feelings", "return home interview", "20 working days"};

  std::vector<SearchDoc> docs;
  docs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    SearchDoc d;
    d.kind = kinds[r.below(std::size(kinds))];
    const auto& fw = frameworks[r.below(std::size(frameworks))];
    if (d.kind != DocKind::page) {
      d.framework_id = fw[0];
      d.framework_title = fw[1];
    }
    const std::string kind(kind_id(d.kind));
    const std::string number = std::to_string(1 + i % 9) + "." + std::to_string(1 + (i / 9) % 40);
    d.title = (d.kind == DocKind::standard ? number + " " : "") + capitalised(phrase(2 + r.below(4)));
    d.url = (d.framework_id.empty() ? std::string("pages") : "frameworks/" + d.framework_id) + "/" + kind + "s/" +
            std::to_string(i / 20) + ".html";
    d.anchor = kind + "-" + std::to_string(i);
    for (std::size_t h = 0, n = 1 + r.below(4); h < n; ++h) d.headings.push_back(capitalised(phrase(2 + r.below(3))));
    const std::size_t length = 120 + r.below(401);
    for (std::size_t w = 0; w < length; ++w) {
      if (w) d.body += (r.below(12) == 0) ? ". " : " ";
      d.body += (r.below(150) == 0) ? extras[r.below(std::size(extras))] : words[zipf.sample(r)];
    }
    d.body += '.';
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace qaf::search::testing
