// Diagnostics sink: every content problem is collected here, then reported together.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "support/source.hpp"

namespace qaf {

enum class Severity { warning, error };

/// One compiler-style message: `path:line:col: error: message` then `hint:` lines.
struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;
  std::vector<std::string> hints;
};

/// Collects diagnostics. Content problems never throw: loaders report here and
/// carry on, so one run shows every problem. Exceptions are kept for I/O failures
/// and broken invariants.
class Diagnostics {
 public:
  /// Records an error and returns it so callers can add hints.
  Diagnostic& error(SourcePos pos, std::string message);
  /// Records a warning and returns it so callers can add hints.
  Diagnostic& warning(SourcePos pos, std::string message);

  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  const std::vector<Diagnostic>& all() const { return items_; }

  /// Diagnostics in a stable order: files in the order first reported (so a cause comes before
  /// its knock-on errors in other files), then by line, column and arrival.
  std::vector<Diagnostic> sorted() const;
  /// Writes every diagnostic (sorted) and a one-line summary when any were found. The same
  /// message with the same hints at several places is written once, followed by
  /// "and N more like this: " and the other places (in a file already named, "line:column").
  void print(std::ostream& out) const;

 private:
  std::vector<Diagnostic> items_;
};

/// Appends a hint line to a diagnostic (helper for fluent use).
inline Diagnostic& hint(Diagnostic& d, std::string text) {
  d.hints.push_back(std::move(text));
  return d;
}

}  // namespace qaf
