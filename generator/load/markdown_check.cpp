// Nesting-depth check of loaded Markdown texts (see markdown_check.hpp).
#include "load/markdown_check.hpp"

#include <string>

#include "markdown/markdown.hpp"

namespace qaf {

void check_markdown_nesting(std::string_view markdown, const SourcePos& where, bool body, Diagnostics& diags) {
  const MarkdownNesting deep = markdown_too_deep(markdown);
  if (deep.depth == 0) return;
  SourcePos pos = where;
  if (body) {
    pos.line = where.line + deep.line - 1;
    pos.column = deep.column;
  }
  hint(diags.error(pos, "text nested more than " + std::to_string(kMaxMarkdownNesting) +
                            " levels (block quotes, list items, emphasis or links inside each other)"),
       "qaf prints at most " + std::to_string(kMaxMarkdownNesting) +
           " levels; write the text with fewer '>', list indents or '*' inside each other");
}

}  // namespace qaf
