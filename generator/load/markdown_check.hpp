// Checks on Markdown text as it is loaded (nesting depth, table size), so `qaf check` reports what would break a build.
#pragma once
#include <string_view>

#include "support/diagnostics.hpp"
#include "support/source.hpp"

namespace qaf {

/// Reports an error when `markdown` nests block quotes, list items or emphasis more than
/// kMaxMarkdownNesting levels, or holds a table over kMaxTableColumns / kMaxTableCells. `where`
/// is the text's position; with `body` it is the first line of a page body and the error points
/// at the deep line (or the table's first line), else at `where`.
void check_markdown_limits(std::string_view markdown, const SourcePos& where, bool body, Diagnostics& diags);

}  // namespace qaf
