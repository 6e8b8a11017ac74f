// Building blocks shared by every model type: Markdown text and id references with positions.
#pragma once
#include <string>
#include <vector>

#include "support/source.hpp"

namespace qaf {

/// Markdown written by an author, kept with where it was written.
struct Text {
  std::string markdown;
  SourcePos pos;
  bool empty() const { return markdown.empty(); }
};

/// A reference by id to another object, kept with where it was written so a
/// dangling reference can be reported at the right place.
struct Ref {
  std::string id;
  SourcePos pos;
};

/// Ids of the referenced objects (for lookups and dumps).
inline std::vector<std::string> ids_of(const std::vector<Ref>& refs) {
  std::vector<std::string> out;
  out.reserve(refs.size());
  for (const Ref& r : refs) out.push_back(r.id);
  return out;
}

}  // namespace qaf
