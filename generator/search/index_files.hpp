// The index's JavaScript files: JSON payloads wrapped in calls to the client's qafSearch registry (internal).
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "search/search.hpp"

namespace qaf::search::detail {

/// Contiguous run of documents sharing a framework and a kind (documents are numbered so
/// that each pair is one run; the client filters by these ranges without loading documents).
struct DocGroup {
  int framework = -1;  ///< index into the manifest's frameworks, -1 for none
  int kind = 0;        ///< index into the manifest's kinds
  std::size_t first = 0;
};

/// A framework as the filter and the result tags name it.
struct ManifestFramework {
  std::string id;
  std::string title;
  std::string note;  ///< "Draft", "Superseded" or ""
  bool operator==(const ManifestFramework&) const = default;
};

/// Everything the manifest says.
struct Manifest {
  std::size_t doc_count = 0;
  std::vector<ManifestFramework> frameworks;                    ///< sorted by id
  std::vector<DocKind> kinds;                                   ///< kinds present, in enum order
  std::vector<DocGroup> groups;
  std::vector<std::string> term_boundaries;  ///< first term (shortened) of each term shard
  std::vector<std::pair<std::size_t, std::string>> changed;  ///< (doc, version) of documents with changed_in
  /// (framework index, groups): each group's alternatives as stems joined by spaces ("person educ plan").
  std::vector<std::pair<std::size_t, std::vector<std::vector<std::string>>>> synonyms;
};

/// `qafSearch.manifest({...});`
std::string manifest_file(const Manifest& manifest);

/// `qafSearch.terms(n,["term","postings",...]);` for (term, encoded postings) pairs in term order.
std::string term_shard_file(std::size_t shard, const std::vector<std::pair<std::string, std::string>>& entries);

/// `qafSearch.doc(n,{"anchor":..,"body":..,"headings":[..],"title":..,"url":..});`
std::string doc_file(std::size_t doc, const SearchDoc& source);

/// A term shard entry's value: postings (see postings_codec.hpp) for a stem, "=stem" for a word
/// whose stem differs, both for a word that is also another word's stem ("P=stem"), and "~" first
/// when the term is a stem no document has as a word (search offers only real words as corrections).
std::string term_value(bool is_word, const std::string& postings, const std::string& stem_of_word);

/// Bytes one (term, postings) entry adds to a term shard file.
std::size_t term_entry_size(const std::string& term, const std::string& postings);

}  // namespace qaf::search::detail
