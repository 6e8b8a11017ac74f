// Building blocks shared by every model type: Markdown text and id references with positions.
#pragma once
#include <string>
#include <vector>

#include "support/source.hpp"

namespace qaf {

/// Markdown written by an author, kept with where it was written.
struct Text {
  std::string markdown;
  SourcePos pos;  ///< where line 1, column 1 of `markdown` is in its file
  bool block = false;  ///< every line starts at pos.column (a page body, a YAML '|' or '>' block), not only the first
  bool empty() const { return markdown.empty(); }
  /// The file position of a line and column (1-based) of `markdown`; column 0 when unknown.
  SourcePos where(int line, int column) const {
    SourcePos p = pos;
    p.line = pos.line + line - 1;
    p.column = column <= 0 ? (line == 1 ? pos.column : 1) : (line == 1 || block ? pos.column + column - 1 : column);
    return p;
  }
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
