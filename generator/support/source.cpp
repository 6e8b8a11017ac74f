// Formatting of source positions for diagnostics and model dumps.
#include "support/source.hpp"

namespace qaf {

std::string SourcePos::str() const {
  if (line <= 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column > 0 ? column : 1);
}

}  // namespace qaf
