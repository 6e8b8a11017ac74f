// "What changed" between two versions of a framework as plain text, for `qaf changes` in a terminal.
#pragma once
#include <string>

#include "versions/history.hpp"

namespace qaf {

/// The changes of `step` as text: a summary line, then each group (a blank line and its title)
/// and each change on its own lines ("  Reworded  Standard 1.4 ... (in Section 1: ...)"), with
/// rewording word by word as "[-old words-]{+new words+}" (long unchanged runs shortened).
std::string changes_text(const versions::Step& step);

}  // namespace qaf
