// Writes the manifest, term shard and document files as JSONP-style scripts (loadable from file://).
#include "search/index_files.hpp"

#include <nlohmann/json.hpp>

namespace qaf::search::detail {
namespace {

using nlohmann::json;

// Compact JSON, UTF-8 kept as is; malformed UTF-8 becomes U+FFFD rather than throwing.
std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string call(const std::string& function, const std::string& arguments) {
  return "qafSearch." + function + "(" + arguments + ");\n";
}

// Runs of whitespace become one space: snippets read cleanly and files are smaller.
std::string squeeze(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string manifest_file(const Manifest& manifest) {
  json frameworks = json::array();
  // [id, title], or [id, title, note] for a draft or superseded framework.
  for (const ManifestFramework& f : manifest.frameworks)
    frameworks.push_back(f.note.empty() ? json::array({f.id, f.title}) : json::array({f.id, f.title, f.note}));
  json kinds = json::array();
  for (const DocKind kind : manifest.kinds) kinds.push_back(json::array({kind_id(kind), kind_label(kind)}));
  json groups = json::array();
  for (const DocGroup& g : manifest.groups) groups.push_back(json::array({g.framework, g.kind, g.first}));
  json m = json::object();
  m["version"] = 1;
  m["docs"] = manifest.doc_count;
  m["frameworks"] = std::move(frameworks);
  m["kinds"] = std::move(kinds);
  m["groups"] = std::move(groups);
  m["terms"] = manifest.term_boundaries;
  // [doc, version] of what changed in its framework's current version; left out when nothing did.
  if (!manifest.changed.empty()) {
    json changed = json::array();
    for (const auto& [doc, version] : manifest.changed) changed.push_back(json::array({doc, version}));
    m["changed"] = std::move(changed);
  }
  // [framework, [[alternative, ...], ...]]: synonyms and abbreviations, each framework's own.
  if (!manifest.synonyms.empty()) {
    json synonyms = json::array();
    for (const auto& [framework, groups] : manifest.synonyms) synonyms.push_back(json::array({framework, groups}));
    m["synonyms"] = std::move(synonyms);
  }
  return call("manifest", dump(m));
}

std::string term_shard_file(std::size_t shard, const std::vector<std::pair<std::string, std::string>>& entries) {
  json flat = json::array();
  for (const auto& [term, postings] : entries) {
    flat.push_back(term);
    flat.push_back(postings);
  }
  return call("terms", std::to_string(shard) + "," + dump(flat));
}

std::string doc_file(std::size_t doc, const SearchDoc& source) {
  json headings = json::array();
  for (const std::string& h : source.headings) headings.push_back(squeeze(h));
  json d = json::object();
  d["url"] = source.url;
  d["anchor"] = source.anchor;
  d["title"] = squeeze(source.title);
  d["headings"] = std::move(headings);
  d["body"] = squeeze(source.body);
  return call("doc", std::to_string(doc) + "," + dump(d));
}

std::string term_value(bool is_word, const std::string& postings, const std::string& stem_of_word) {
  return (is_word ? "" : "~") + postings + (stem_of_word.empty() ? "" : "=" + stem_of_word);
}

std::size_t term_entry_size(const std::string& term, const std::string& postings) {
  return dump(json(term)).size() + postings.size() + 4;  // two quotes and two commas
}

}  // namespace qaf::search::detail
