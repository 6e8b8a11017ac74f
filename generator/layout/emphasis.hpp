// Turns Markdown-ish emphasis in a plain string into styled runs (not a Markdown parser).
#pragma once
#include <string_view>

#include "layout/document.hpp"

namespace qaf::layout {

/// "**bold**" and "*italic*" (nestable, e.g. "**a *b* c**") become styled runs;
/// "\*" is a literal asterisk, and a marker with no partner stays as text.
/// Returns runs the caller owns; never throws except std::bad_alloc.
Runs runs_from_emphasis(std::string_view text, Style base = Style::regular);

}  // namespace qaf::layout
