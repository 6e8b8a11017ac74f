// Practice standards: numbered statements grouped in sections, with the back-links found by resolving.
#pragma once
#include <string>
#include <vector>

#include "model/common.hpp"

namespace qaf {

/// Where a standard is checked or described, filled in by the resolver.
struct BackLink {
  std::string owner;  ///< template id or rubric id
  std::string item;   ///< question id or area id
};

struct Standard {
  std::string id;  ///< the author's number, e.g. "1.4"; unique in the framework
  std::string title;
  Text text;  ///< the standard itself, often in the first person
  std::string timescale;  ///< "within 5 working days"
  std::vector<Ref> applies_to;  ///< role ids
  Text guidance;
  SourcePos pos;
  /// False when the council wrote its standards without numbers (StandardSection::numbered):
  /// the id then serves links only, and readers see the title where they would see a number.
  bool numbered = true;

  std::vector<BackLink> checked_by;    ///< template questions that check it
  std::vector<BackLink> described_by;  ///< rubric areas that describe good practice for it
};

struct StandardSection {
  std::string id;
  std::string title;
  Text intro;
  std::vector<Standard> standards;
  SourcePos pos;
  bool numbered = true;  ///< `numbered: false`: neither the section nor its standards show a number
};

/// How readers know a standard in a list or a link: its number ("1.4"), or for a standard
/// written without one its title in quotes ("“Every child has a say”").
inline std::string standard_name(const Standard& s) {
  return s.numbered ? s.id : "“" + s.title + "”";
}

/// A standard's heading: "1.4  Seeing the child", or the title alone when it has no number.
inline std::string standard_heading(const Standard& s, const char* gap = "  ") {
  return s.numbered ? s.id + gap + s.title : s.title;
}

}  // namespace qaf
