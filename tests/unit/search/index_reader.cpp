// Test helper: a C++ twin of search.js's query side, used to test ranking and count loaded bytes.
#include "index_reader.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "search/postings_codec.hpp"
#include "search/sharding.hpp"
#include "search/tokenizer.hpp"

namespace qaf::search::testing {
namespace {

using nlohmann::json;

constexpr std::size_t kPageSize = 10;
constexpr double kPrefixWeight = 0.75;
constexpr std::size_t kMaxPrefixShards = 3;  // search.js MAX_PREFIX_SHARDS
constexpr std::size_t kPhraseBatches = 5;

// "qafSearch.fn(ARGS);\n" -> ARGS
std::string_view call_arguments(std::string_view bytes, std::string_view fn) {
  const std::string head = "qafSearch." + std::string(fn) + "(";
  const std::string_view tail = ");\n";
  if (bytes.substr(0, head.size()) != head || bytes.size() < head.size() + tail.size() ||
      bytes.substr(bytes.size() - tail.size()) != tail) {
    throw std::runtime_error("not a qafSearch." + std::string(fn) + " file");
  }
  return bytes.substr(head.size(), bytes.size() - head.size() - tail.size());
}

// "N,JSON" -> (N, JSON)
std::pair<std::size_t, json> numbered(std::string_view args) {
  const std::size_t comma = args.find(',');
  return {std::stoul(std::string(args.substr(0, comma))), json::parse(args.substr(comma + 1))};
}

// search.js's little words: they weigh kStopWeight and a document need not hold them.
const std::set<std::string>& stop_words() {
  static const std::set<std::string> words{
      "about", "an", "and", "are", "as", "at", "be", "being", "but", "by", "can", "could", "did", "do", "does", "for",
      "from", "had", "has", "have", "how", "if", "in", "into", "is", "it", "its", "me", "must", "my", "need", "needs",
      "of", "on", "or", "our", "should", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they",
      "this", "those", "to", "too", "us", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will",
      "with", "would", "you", "your"};
  return words;
}
constexpr double kStopWeight = 0.1;

struct Clause {
  std::string term;  // word clause
  bool prefix = false;
  bool stop = false;
  std::vector<std::pair<std::string, std::uint32_t>> phrase;  // (term, offset) for a phrase clause
};

std::vector<Clause> parse_query(std::string_view text, bool typing) {
  std::vector<Clause> clauses;
  std::set<std::string> seen;
  std::vector<std::string> parts{""};
  for (const char c : text) {
    if (c == '"') parts.emplace_back();
    else parts.back() += c;
  }
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const auto tokens = tokenize(parts[i]);
    if (i % 2 == 1 && tokens.size() > 1) {
      Clause c;
      for (const Token& t : tokens) c.phrase.emplace_back(t.term, t.position - tokens.front().position);
      clauses.push_back(c);
      continue;
    }
    for (const Token& t : tokens) {
      if (seen.insert(t.term).second) clauses.push_back({t.term, false, stop_words().contains(t.term), {}});
    }
  }
  if (typing && !clauses.empty() && clauses.back().phrase.empty() && parts.size() % 2 == 1) {
    clauses.back().prefix = !is_exact_only(clauses.back().term);
  }
  return clauses;
}

struct Expansion {
  std::string term;
  double weight;
  std::string postings;
};

std::string shard_path(const LoadedIndex& index, std::size_t n) {
  return index.dir + "/terms/" + std::to_string(n) + ".js";
}

// A term shard entry (detail::term_value): "~" first for a stem that is no word, postings, "=stem".
struct Entry {
  bool word = true;
  std::string postings;
  std::string stem;
};

Entry entry(std::string value) {
  Entry e;
  if (!value.empty() && value.front() == '~') {
    e.word = false;
    value.erase(0, 1);
  }
  const std::size_t eq = value.find('=');
  e.postings = value.substr(0, eq);
  if (eq != std::string::npos) e.stem = value.substr(eq + 1);
  return e;
}

const std::string* find_term(const LoadedIndex& index, const std::vector<std::string>& bounds, const std::string& term,
                             std::set<std::string>& files) {
  const std::size_t n = detail::shard_for_term(bounds, term);
  files.insert(shard_path(index, n));
  const auto& shard = index.shards.at(n);
  const auto it = shard.find(term);
  return it == shard.end() ? nullptr : &it->second;
}

std::string postings_of(const LoadedIndex& index, const std::vector<std::string>& bounds, const std::string& stem,
                        std::set<std::string>& files) {
  const std::string* value = find_term(index, bounds, stem, files);
  return value ? entry(*value).postings : std::string();
}

// The stems a word stands for (its own; with `prefix`, those of its completions too), as search.js expand().
std::vector<Expansion> expand_word(const LoadedIndex& index, const std::vector<std::string>& bounds,
                                   const std::string& term, bool prefix, std::set<std::string>& files) {
  std::vector<std::pair<std::string, double>> keys;
  const auto add = [&](const std::string& key, double weight) {
    if (std::none_of(keys.begin(), keys.end(), [&](const auto& k) { return k.first == key; })) keys.emplace_back(key, weight);
  };
  if (const std::string* own = find_term(index, bounds, term, files)) {
    const Entry e = entry(*own);
    add(e.stem.empty() ? term : e.stem, 1.0);
  }
  if (prefix) {
    const std::size_t first = detail::shard_for_term(bounds, term);
    std::size_t last = detail::shard_for_term(bounds, term + "\xF4\x8F\xBF\xBF");  // + U+10FFFF
    if (last - first >= kMaxPrefixShards) last = first;
    for (std::size_t n = first; n <= last; ++n) {
      files.insert(shard_path(index, n));
      for (const auto& [t, value] : index.shards.at(n)) {
        if (t == term || !t.starts_with(term) || is_exact_only(t)) continue;
        const Entry e = entry(value);
        if (!e.stem.empty()) add(e.stem, kPrefixWeight);
        if (!e.postings.empty()) add(t, kPrefixWeight);
      }
    }
  }
  std::vector<Expansion> out;
  for (const auto& [key, weight] : keys) {
    std::string postings = postings_of(index, bounds, key, files);
    if (!postings.empty()) out.push_back({key, weight, std::move(postings)});
  }
  return out;
}

double idf(double n, double df) { return std::log(1 + (n - df + 0.5) / (df + 0.5)); }

std::map<std::size_t, double> score_word(double n, const std::vector<Expansion>& expansions) {
  std::map<std::size_t, double> scores;
  for (const Expansion& e : expansions) {
    const auto list = detail::decode_postings(e.postings);
    const double w = e.weight * idf(n, static_cast<double>(list.size()));
    for (const auto& p : list) {
      const double s = w * p.impact / 63.0;
      auto [it, added] = scores.emplace(p.doc, s);
      if (!added && s > it->second) it->second = s;
    }
  }
  return scores;
}

// The stem a word stands for in the index (search.js stemKnown, with every shard at hand); the word
// itself when the index lacks it.
std::string stem_in(const LoadedIndex& index, const std::vector<std::string>& bounds, const std::string& term) {
  const auto& shard = index.shards.at(detail::shard_for_term(bounds, term));
  const auto it = shard.find(term);
  if (it == shard.end()) return term;
  const Entry e = entry(it->second);
  return e.stem.empty() ? term : e.stem;
}

// The phrase's words adjacent and in order, each in any of its forms (search.js hasPhrase); the
// shards of the document's words that share a phrase word's first three letters are loaded.
bool has_phrase(const LoadedIndex& index, const std::vector<std::string>& bounds, const json& doc,
                const std::vector<std::pair<std::string, std::uint32_t>>& phrase, std::set<std::string>& files) {
  std::set<std::string> starts;
  for (const auto& [term, offset] : phrase) starts.insert(term.substr(0, 3));
  std::vector<std::string> fields{doc["title"].get<std::string>(), doc["body"].get<std::string>()};
  for (const auto& h : doc["headings"]) fields.push_back(h.get<std::string>());
  for (const std::string& text : fields) {
    std::map<std::uint32_t, std::string> at;
    for (const Token& t : tokenize(text)) {
      if (starts.contains(t.term.substr(0, 3))) files.insert(shard_path(index, detail::shard_for_term(bounds, t.term)));
      at[t.position] = stem_in(index, bounds, t.term);
    }
    for (const auto& [pos, term] : at) {
      const bool all = std::all_of(phrase.begin(), phrase.end(), [&](const auto& p) {
        const auto it = at.find(pos + p.second);
        return it != at.end() && it->second == stem_in(index, bounds, p.first);
      });
      if (all) return true;
    }
  }
  return false;
}

// [framework index, kind index, first doc] of the group holding `doc`.
const json& group_of(const json& manifest, std::size_t doc) {
  const json& groups = manifest["groups"];
  std::size_t at = 0;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (groups[i][2].get<std::size_t>() <= doc) at = i;
  }
  return groups[at];
}

}  // namespace

LoadedIndex read_index(const std::vector<OutputFile>& files, const std::string& dir) {
  LoadedIndex index;
  index.dir = dir;
  std::map<std::size_t, std::map<std::string, std::string>> shards;
  std::map<std::size_t, json> docs;
  for (const OutputFile& f : files) {
    index.sizes[f.path] = f.bytes.size();
    if (f.path == dir + "/manifest.js") {
      index.manifest = json::parse(call_arguments(f.bytes, "manifest"));
    } else if (f.path.starts_with(dir + "/terms/")) {
      auto [n, flat] = numbered(call_arguments(f.bytes, "terms"));
      if (f.path != shard_path(index, n)) throw std::runtime_error("shard number differs from file name: " + f.path);
      auto& shard = shards[n];
      for (std::size_t i = 0; i + 1 < flat.size(); i += 2) shard[flat[i].get<std::string>()] = flat[i + 1].get<std::string>();
    } else if (f.path.starts_with(dir + "/docs/")) {
      auto [n, doc] = numbered(call_arguments(f.bytes, "doc"));
      if (f.path != dir + "/docs/" + std::to_string(n) + ".js") throw std::runtime_error("doc number differs: " + f.path);
      docs[n] = std::move(doc);
    } else {
      throw std::runtime_error("unexpected index file " + f.path);
    }
  }
  for (auto& [n, shard] : shards) {
    if (n != index.shards.size()) throw std::runtime_error("term shards are not numbered 0..n-1");
    index.shards.push_back(std::move(shard));
  }
  for (auto& [n, doc] : docs) {
    if (n != index.docs.size()) throw std::runtime_error("documents are not numbered 0..n-1");
    index.docs.push_back(std::move(doc));
  }
  return index;
}

QueryResult run_query(const LoadedIndex& index, std::string_view query, bool typing, const std::string& framework,
                      const std::string& kind) {
  QueryResult result;
  result.files.insert(index.dir + "/manifest.js");
  const auto clauses = parse_query(query, typing);
  if (clauses.empty()) return result;
  const json& m = index.manifest;
  const auto bounds = m["terms"].get<std::vector<std::string>>();
  const double n = m["docs"].get<double>();

  // search.js search(): little words are not looked up when the query has other words.
  const bool content = std::any_of(clauses.begin(), clauses.end(), [](const Clause& c) { return !c.phrase.empty() || !c.stop; });
  std::vector<std::map<std::size_t, double>> scored;
  for (const Clause& c : clauses) {
    if (content && c.phrase.empty() && c.stop) {
      scored.emplace_back();
      continue;
    }
    if (c.phrase.empty()) {
      scored.push_back(score_word(n, expand_word(index, bounds, c.term, c.prefix, result.files)));
      continue;
    }
    std::map<std::size_t, double> all;
    bool first = true;
    for (const auto& [term, offset] : c.phrase) {
      const auto word = score_word(n, expand_word(index, bounds, term, false, result.files));
      if (first) {
        all = word;
        first = false;
        continue;
      }
      std::map<std::size_t, double> both;
      for (const auto& [doc, s] : all) {
        if (const auto it = word.find(doc); it != word.end()) both[doc] = s + it->second;
      }
      all = std::move(both);
    }
    scored.push_back(std::move(all));
  }

  const auto allowed = [&](std::size_t doc) {
    const json& g = group_of(m, doc);
    const int fw = g[0].get<int>();
    const std::string fw_id = fw < 0 ? "" : m["frameworks"][static_cast<std::size_t>(fw)][0].get<std::string>();
    const std::string kind_id = m["kinds"][g[1].get<std::size_t>()][0].get<std::string>();
    return (framework.empty() || fw_id == framework) && (kind.empty() || kind_id == kind);
  };
  // Every word counts: the sum of the words' scores times the square of the share of the words
  // (little words aside) a document holds; little words weigh kStopWeight.
  const bool all_stop = std::all_of(clauses.begin(), clauses.end(), [](const Clause& c) { return c.stop; });
  const auto counts = [&](std::size_t i) { return all_stop || !clauses[i].stop; };
  std::size_t need = 0;
  for (std::size_t i = 0; i < clauses.size(); ++i) need += counts(i) ? 1 : 0;
  std::map<std::size_t, double> total;
  std::map<std::size_t, std::size_t> have;
  for (std::size_t i = 0; i < scored.size(); ++i) {
    for (const auto& [doc, s] : scored[i]) {
      total[doc] += (clauses[i].stop && !all_stop ? kStopWeight : 1.0) * s;
      if (counts(i)) ++have[doc];
    }
  }
  std::vector<std::pair<double, std::size_t>> order;
  bool complete = false;
  for (const auto& [doc, k] : have) {
    if (k == 0 || !allowed(doc)) continue;
    const double share = static_cast<double>(k) / static_cast<double>(need);
    complete = complete || k == need;
    order.emplace_back(total[doc] * share * share, doc);
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  result.partial = !complete && !order.empty() && clauses.size() > 1;
  for (const auto& [s, doc] : order) {
    result.ranked.push_back(doc);
    result.scores.push_back(s);
  }

  // showMore: load documents a page at a time; phrase queries keep only verified documents.
  std::size_t next = 0;
  for (std::size_t batch = 0; result.shown.size() < kPageSize && next < result.ranked.size(); ++batch) {
    const bool phrases = std::any_of(clauses.begin(), clauses.end(), [](const Clause& c) { return !c.phrase.empty(); });
    if (phrases && batch >= kPhraseBatches) break;
    const std::size_t take = std::min(kPageSize - result.shown.size(), result.ranked.size() - next);
    for (std::size_t i = next; i < next + take; ++i) {
      const std::size_t doc = result.ranked[i];
      result.files.insert(index.dir + "/docs/" + std::to_string(doc) + ".js");
      const bool ok = std::all_of(clauses.begin(), clauses.end(), [&](const Clause& c) {
        return c.phrase.empty() || has_phrase(index, bounds, index.docs.at(doc), c.phrase, result.files);
      });
      if (ok) result.shown.push_back(doc);
    }
    next += take;
  }
  return result;
}

std::size_t bytes_of(const LoadedIndex& index, const std::set<std::string>& files) {
  std::size_t total = 0;
  for (const std::string& f : files) total += index.sizes.at(f);
  return total;
}

std::size_t doc_number(const LoadedIndex& index, const std::string& url, const std::string& anchor) {
  for (std::size_t i = 0; i < index.docs.size(); ++i) {
    if (index.docs[i]["url"] == url && (anchor.empty() || index.docs[i]["anchor"] == anchor)) return i;
  }
  throw std::runtime_error("no document " + url + "#" + anchor);
}

}  // namespace qaf::search::testing
