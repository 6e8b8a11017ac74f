// Builds the search index: numbers the documents, weighs their terms with BM25 and cuts the shards.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "search/index_files.hpp"
#include "search/postings_codec.hpp"
#include "search/scoring.hpp"
#include "search/search.hpp"
#include "search/sharding.hpp"
#include "search/stemmer.hpp"
#include "search/tokenizer.hpp"

namespace qaf::search {
namespace {

using detail::Posting;

void check(const SearchDoc& doc) {
  const auto fail = [&](const std::string& why) {
    throw std::invalid_argument("search document '" + doc.url + "': " + why);
  };
  if (doc.url.empty()) fail("empty url");
  const std::size_t colon = doc.url.find(':');
  if (doc.url.front() == '/' || (colon != std::string::npos && colon < doc.url.find('/'))) {
    fail("url must be relative to the site root (no leading '/', no scheme)");
  }
  if (doc.url.find('#') != std::string::npos) fail("url must not hold the anchor; use SearchDoc::anchor");
  if (!doc.anchor.empty() && doc.anchor.front() == '#') fail("anchor must not start with '#'");
  if (doc.framework_id.empty() && !doc.framework_title.empty()) fail("framework_title without framework_id");
  if (!(doc.weight > 0 && doc.weight <= 1)) fail("weight must be more than 0 and at most 1");
}

// Index order: by framework, then kind, so that every (framework, kind) pair is one run of
// document numbers; then by url and anchor for a stable, input-order-independent numbering.
std::vector<std::size_t> index_order(const std::vector<SearchDoc>& docs) {
  std::vector<std::size_t> order(docs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const SearchDoc& x = docs[a];
    const SearchDoc& y = docs[b];
    return std::tie(x.framework_id, x.kind, x.url, x.anchor) < std::tie(y.framework_id, y.kind, y.url, y.anchor);
  });
  return order;
}

// Weighted term frequencies and length of one document.
struct DocTerms {
  std::unordered_map<std::string, double> tf;
  double length = 0;
};

// Counts stems; every word as written goes into `words` (the forms readers type).
DocTerms count_terms(const SearchDoc& doc, const SearchOptions& options, detail::Stemmer& stemmer,
                     std::set<std::string>& words) {
  DocTerms out;
  const auto add = [&](const std::string& text, double weight) {
    for (const Token& t : tokenize(text)) {
      out.tf[stemmer.stem(t.term)] += weight;
      out.length += 1;
      words.insert(t.term);
    }
  };
  add(doc.title, options.title_weight);
  for (const std::string& h : doc.headings) add(h, options.heading_weight);
  add(doc.body, 1.0);
  return out;
}

// Each framework's synonym groups as stems ("pep", "person educ plan"): a group keeps its distinct
// non-empty alternatives and is dropped when fewer than two remain; frameworks without documents are left out.
void add_synonyms(detail::Manifest& m, const Synonyms& synonyms, detail::Stemmer& stemmer) {
  for (std::size_t f = 0; f < m.frameworks.size(); ++f) {
    const auto found = synonyms.find(m.frameworks[f].id);
    if (found == synonyms.end()) continue;
    std::vector<std::vector<std::string>> groups;
    for (const std::vector<std::string>& group : found->second) {
      std::vector<std::string> alternatives;
      for (const std::string& words : group) {
        std::string stems;
        for (const Token& t : tokenize(words)) stems += (stems.empty() ? "" : " ") + stemmer.stem(t.term);
        if (!stems.empty() && std::find(alternatives.begin(), alternatives.end(), stems) == alternatives.end()) {
          alternatives.push_back(stems);
        }
      }
      if (alternatives.size() >= 2 && std::find(groups.begin(), groups.end(), alternatives) == groups.end()) {
        groups.push_back(std::move(alternatives));
      }
    }
    if (!groups.empty()) m.synonyms.emplace_back(f, std::move(groups));
  }
}

detail::Manifest describe(const std::vector<const SearchDoc*>& docs) {
  detail::Manifest m;
  m.doc_count = docs.size();
  std::map<std::string, detail::ManifestFramework> frameworks;
  for (const SearchDoc* d : docs) {
    if (d->framework_id.empty()) continue;
    const detail::ManifestFramework f{d->framework_id, d->framework_title, d->framework_note};
    const auto [it, added] = frameworks.emplace(d->framework_id, f);
    if (!added && !(it->second == f)) {
      throw std::invalid_argument("framework '" + d->framework_id + "' has two titles or notes: '" + it->second.title +
                                  "' (" + it->second.note + ") and '" + d->framework_title + "' (" + d->framework_note + ")");
    }
  }
  for (const auto& [id, f] : frameworks) m.frameworks.push_back(f);
  for (const SearchDoc* d : docs) {
    if (std::find(m.kinds.begin(), m.kinds.end(), d->kind) == m.kinds.end()) m.kinds.push_back(d->kind);
  }
  std::sort(m.kinds.begin(), m.kinds.end());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const SearchDoc& d = *docs[i];
    detail::DocGroup g;
    if (!d.framework_id.empty()) {
      const auto at = std::find_if(m.frameworks.begin(), m.frameworks.end(),
                                   [&](const auto& f) { return f.id == d.framework_id; });
      g.framework = static_cast<int>(at - m.frameworks.begin());
    }
    g.kind = static_cast<int>(std::find(m.kinds.begin(), m.kinds.end(), d.kind) - m.kinds.begin());
    g.first = i;
    if (m.groups.empty() || m.groups.back().framework != g.framework || m.groups.back().kind != g.kind) {
      m.groups.push_back(g);
    }
    if (!d.changed_in.empty()) m.changed.emplace_back(i, d.changed_in);
  }
  return m;
}

}  // namespace

std::vector<OutputFile> build_index(const std::vector<SearchDoc>& input, const SearchOptions& options,
                                    const Synonyms& synonyms) {
  for (const SearchDoc& d : input) check(d);
  if (options.dir.empty() || options.dir.front() == '/' || options.dir.back() == '/') {
    throw std::invalid_argument("search index dir must be a relative folder without a trailing '/'");
  }

  std::vector<const SearchDoc*> docs;
  for (const std::size_t i : index_order(input)) docs.push_back(&input[i]);

  detail::Stemmer stemmer;
  std::set<std::string> words;  // every word as written, to map the forms readers type to stems
  std::vector<DocTerms> counted;
  counted.reserve(docs.size());
  double total_length = 0;
  for (const SearchDoc* d : docs) {
    counted.push_back(count_terms(*d, options, stemmer, words));
    total_length += counted.back().length;
  }
  const double average_length = docs.empty() ? 0 : total_length / static_cast<double>(docs.size());

  // Postings per term, in byte order of the terms (= code point order, as the client compares).
  std::map<std::string, std::vector<Posting>> postings;
  for (std::size_t id = 0; id < counted.size(); ++id) {
    for (const auto& [term, tf] : counted[id].tf) {
      const double value = docs[id]->weight * detail::impact(tf, counted[id].length, average_length);
      postings[term].push_back({static_cast<std::uint32_t>(id), detail::quantize_impact(value)});
    }
  }

  // One entry per stem and per word as written (see detail::term_value): "visit" holds the
  // postings, "visiting" says "=visit"; a stem that is no word ("supervis") is marked "~".
  std::map<std::string, std::string> values;
  for (const auto& [term, list] : postings) {
    values[term] = detail::term_value(words.contains(term), detail::encode_postings(list), "");
  }
  for (const std::string& word : words) {
    const std::string& stem = stemmer.stem(word);
    if (stem == word) continue;
    auto [it, added] = values.emplace(word, detail::term_value(true, "", stem));
    if (!added) it->second = detail::term_value(true, it->second, stem);  // a word that is also another's stem
  }
  std::vector<std::pair<std::string, std::string>> entries;
  std::vector<std::size_t> sizes;
  entries.reserve(values.size());
  for (auto& [term, value] : values) {
    entries.emplace_back(term, std::move(value));
    sizes.push_back(detail::term_entry_size(entries.back().first, entries.back().second));
  }
  std::vector<std::size_t> starts = detail::cut_shards(sizes, options.term_shard_bytes);
  if (starts.empty()) starts.push_back(0);  // an empty index still has one (empty) shard

  detail::Manifest manifest = describe(docs);
  add_synonyms(manifest, synonyms, stemmer);
  std::vector<OutputFile> files;
  for (std::size_t s = 0; s < starts.size(); ++s) {
    const std::size_t begin = starts[s];
    const std::size_t end = s + 1 < starts.size() ? starts[s + 1] : entries.size();
    manifest.term_boundaries.push_back(
        s == 0 ? std::string() : detail::separating_prefix(entries[begin - 1].first, entries[begin].first));
    const std::vector<std::pair<std::string, std::string>> shard(entries.begin() + static_cast<long>(begin),
                                                                 entries.begin() + static_cast<long>(end));
    files.push_back({options.dir + "/terms/" + std::to_string(s) + ".js", detail::term_shard_file(s, shard)});
  }
  for (std::size_t id = 0; id < docs.size(); ++id) {
    SearchDoc shown = *docs[id];
    if (shown.title.empty()) shown.title = shown.url;
    files.push_back({options.dir + "/docs/" + std::to_string(id) + ".js", detail::doc_file(id, shown)});
  }
  files.push_back({options.dir + "/manifest.js", detail::manifest_file(manifest)});
  std::sort(files.begin(), files.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace qaf::search
