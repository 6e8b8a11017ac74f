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

  std::vector<BackLink> checked_by;    ///< template questions that check it
  std::vector<BackLink> described_by;  ///< rubric areas that describe good practice for it
};

struct StandardSection {
  std::string id;
  std::string title;
  Text intro;
  std::vector<Standard> standards;
  SourcePos pos;
};

}  // namespace qaf
