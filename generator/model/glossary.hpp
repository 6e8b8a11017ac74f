// A framework's glossary: the abbreviations and terms it uses, what they stand for and mean, and words that mean the same.
#pragma once
#include <string>
#include <vector>

#include "model/common.hpp"

namespace qaf {

/// One term of the glossary ("PEP", "CLA", "Moderation"), in the order the framework lists them.
struct GlossaryEntry {
  std::string term{};                   ///< as written: "PEP", "CLA", "Moderation"
  std::string stands_for{};             ///< the words an abbreviation stands for ("personal education plan"), or ""
  std::vector<std::string> synonyms{};  ///< other names for the same thing: "LAC", "child in care"
  Text meaning{};                       ///< the definition, Markdown
  std::string anchor{};                 ///< its id on the site ("term-pep"), from the term; unique in the framework (set by the resolver)
  SourcePos pos{};
};

}  // namespace qaf
