// Nesting-depth and table-size checks of loaded Markdown texts (see markdown_check.hpp).
#include "load/markdown_check.hpp"

#include <string>

#include "markdown/markdown.hpp"

namespace qaf {

void check_markdown_limits(std::string_view markdown, const SourcePos& where, bool body, Diagnostics& diags) {
  auto at = [&](int line, int column) {
    SourcePos pos = where;
    if (body) {
      pos.line = where.line + line - 1;
      pos.column = column;
    }
    return pos;
  };
  if (const MarkdownTableSize table = markdown_table_too_big(markdown); table.columns > 0) {
    const std::string size = table.columns > kMaxTableColumns
                                 ? std::to_string(table.columns) + " columns"
                                 : "up to " + std::to_string(table.cells) + " cells";
    hint(diags.error(at(table.line, 1), "table of " + size + "; qaf prints tables of at most " +
                                            std::to_string(kMaxTableColumns) + " columns and " +
                                            std::to_string(kMaxTableCells) + " cells"),
         "split the table, or end it with a blank line where it should end");
  }
  const MarkdownNesting deep = markdown_too_deep(markdown);
  if (deep.depth == 0) return;
  const SourcePos pos = at(deep.line, deep.column);
  hint(diags.error(pos, "text nested more than " + std::to_string(kMaxMarkdownNesting) +
                            " levels (block quotes, list items, emphasis or links inside each other)"),
       "qaf prints at most " + std::to_string(kMaxMarkdownNesting) +
           " levels; write the text with fewer '>', list indents or '*' inside each other");
}

}  // namespace qaf
