// Source positions: where in which input file a loaded value came from.
#pragma once
#include <string>

namespace qaf {

/// A point in an input file. `file` is relative to the project directory;
/// line and column are 1-based (0 means "the whole file").
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;

  /// "file:line:col", or "file" when no line is known.
  std::string str() const;
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

}  // namespace qaf
