// Reads a framework's glossary: its terms (what each stands for, other names, meaning) and groups of words that mean the same.
#include "load/readers.hpp"

#include <algorithm>
#include <cctype>

namespace qaf::detail {
namespace {

// The words without the spaces around them, in lower case (ASCII): how terms and synonyms are compared.
std::string folded(const std::string& s) {
  std::size_t from = 0, to = s.size();
  while (from < to && std::isspace(static_cast<unsigned char>(s[from]))) ++from;
  while (to > from && std::isspace(static_cast<unsigned char>(s[to - 1]))) --to;
  std::string out = s.substr(from, to - from);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string glossary_key(const std::string& words) { return folded(words); }

std::optional<GlossaryEntry> read_glossary_entry(const YamlFile& file, const YAML::Node& n) {
  Fields f(file, n, "glossary-entry");
  if (!f.ok()) return std::nullopt;
  Diagnostics& d = file.diags();
  GlossaryEntry e;
  e.pos = f.pos();
  e.term = f.str("term");
  e.stands_for = f.str("stands_for");
  e.meaning = f.text("meaning");
  const std::string key = folded(e.term);
  for (const Text& s : f.texts("synonyms")) {
    if (folded(s.markdown).empty()) {
      hint(d.error(s.pos, "a synonym is empty"), "remove it, or write the other name people use");
      continue;
    }
    if (!key.empty() && folded(s.markdown) == key) {
      hint(d.warning(s.pos, "term '" + e.term + "' is listed as its own synonym"),
           "remove it from 'synonyms': a term is always found by its own name");
      continue;
    }
    e.synonyms.push_back(s.markdown);
  }
  if (f.has("term") && key.empty()) {
    hint(d.error(f.pos_of("term"), "a glossary term is empty"),
         "write the abbreviation or word as readers see it, e.g. 'term: PEP'");
    return std::nullopt;
  }
  if (key.empty()) return std::nullopt;  // no term at all: reported as a missing key
  // Only an entry that holds its term alone: anything else written there (a misspelt key, a
  // synonym in error) is reported already, and is the one mistake.
  if (n.size() == 1)
    hint(d.warning(f.pos_of("term"), "glossary term '" + e.term + "' says nothing about it"),
         "add what it stands for ('stands_for'), what it means ('meaning') or other names for it ('synonyms')");
  return e;
}

void read_synonym_group(const YamlFile& file, const YAML::Node& n, const SourcePos& where, Framework& fw) {
  Diagnostics& d = file.diags();
  const SourcePos at = file.pos(n, where);
  if (!n.IsSequence()) {
    hint_colon(hint(d.error(at, "each item of 'synonyms' must be a group: a list of words that mean the same, not " + describe(n)),
                    "'synonyms' is a list of groups: write each group in brackets on a line of its own, e.g. "
                    "'- [S47, section 47 enquiry, child protection enquiry]'"),
               n);
    return;
  }
  std::vector<std::string> words;
  bool reported = false;  // a word in error is the group's one error: it is not counted short as well
  for (const YAML::Node& item : n) {
    const SourcePos item_at = file.pos(item, at);
    if (!item.IsScalar()) {
      hint_colon(d.error(item_at, "each word of a synonym group must be text, not " + describe(item)), item);
      reported = true;
    } else if (folded(item.Scalar()).empty()) {
      hint(d.error(item_at, "a word of a synonym group is empty"), "remove it");
      reported = true;
    } else {
      words.push_back(item.Scalar());
    }
  }
  if (reported) return;
  if (words.size() < 2) {
    hint(d.error(at, words.empty() ? std::string("a synonym group is empty")
                                   : "a synonym group needs at least two words or phrases, but has only '" + words[0] + "'"),
         "list every word that means the same, e.g. '[S47, section 47 enquiry]'; a single term with its meaning goes under 'glossary'");
    return;
  }
  fw.synonym_groups.push_back(std::move(words));
  fw.synonym_group_pos.push_back(at);
}

}  // namespace qaf::detail
