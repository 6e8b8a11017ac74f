// Test helper: reads a built index back and runs queries the way search.js does, counting the files it loads.
#pragma once
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/search.hpp"

namespace qaf::search::testing {

/// The index files decoded: what the browser would hold after loading every file.
struct LoadedIndex {
  std::string dir = "search";
  nlohmann::json manifest;
  std::vector<std::map<std::string, std::string>> shards;  ///< per term shard: term -> encoded postings
  std::vector<nlohmann::json> docs;                        ///< per document: url, anchor, title, headings, body
  std::map<std::string, std::size_t> sizes;                ///< path -> bytes, for every file
};

/// Parses every file of `files` (the JSONP wrappers included); throws if one is malformed.
LoadedIndex read_index(const std::vector<OutputFile>& files, const std::string& dir = "search");

/// The answer to one query, as search.js computes it for its first page of results.
struct QueryResult {
  std::vector<std::size_t> ranked;     ///< all matching documents, best first (before phrase checks)
  std::vector<std::size_t> shown;      ///< the first page: documents the client lists
  std::vector<double> scores;          ///< score of each `ranked` document
  std::set<std::string> files;         ///< index files loaded to answer it (manifest, shards, documents)
  bool partial = false;                ///< no document had every word
};

/// Runs `query` (words, "quoted phrases", the last word a prefix when `typing`) with optional
/// framework and kind filters, mirroring search.js's parseQuery, rank and showMore.
QueryResult run_query(const LoadedIndex& index, std::string_view query, bool typing = false,
                      const std::string& framework = {}, const std::string& kind = {});

/// Bytes of the files a set of queries loads, counting each file once.
std::size_t bytes_of(const LoadedIndex& index, const std::set<std::string>& files);

/// The document number whose url (and anchor, when given) is this.
std::size_t doc_number(const LoadedIndex& index, const std::string& url, const std::string& anchor = {});

}  // namespace qaf::search::testing
