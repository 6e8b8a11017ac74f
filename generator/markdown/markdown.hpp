// Markdown to HTML and to plain text with cmark-gfm (tables, strikethrough, autolinks, tag filter, task lists).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qaf {

struct MarkdownOptions {
  bool allow_raw_html = false;  ///< false: raw HTML in the source is left out of the output
  /// Called with every link and image target and the line and column (1-based, within the
  /// text) where the target is written; column 0 when it could not be found as written (an
  /// escaped target: line is then the one cmark-gfm gives). A returned string replaces it (used
  /// to turn "standard:1.4" into a relative URL).
  std::function<std::optional<std::string>(const std::string& url, int line, int column)> rewrite_link;
  /// The same for image targets, with the image's alternative text (plain text, "" when none);
  /// when set, images are passed here rather than to rewrite_link.
  std::function<std::optional<std::string>(const std::string& url, const std::string& alt, int line, int column)>
      rewrite_image;
};

/// A heading found in a Markdown text.
struct MarkdownHeading {
  int level = 1;
  std::string text;
  std::string id;  ///< slug used as its anchor
};

/// The result of rendering one Markdown text.
struct RenderedMarkdown {
  std::string html;
  std::string text;  ///< plain text with blocks separated by newlines (for search and PDFs)
  std::vector<MarkdownHeading> headings;
};

/// Renders Markdown. Pure; thread-compatible. Throws std::bad_alloc only.
/// Headings get id attributes (slugs, de-duplicated within the text) so they can be linked.
RenderedMarkdown render_markdown(std::string_view markdown, const MarkdownOptions& options = {});

/// Renders a short inline text (a title, a table cell): no enclosing <p>.
std::string render_inline_markdown(std::string_view markdown, const MarkdownOptions& options = {});

/// Plain text of a Markdown text (markup removed).
std::string markdown_to_text(std::string_view markdown);

/// A stretch of inline text with one style (bold, italic, code, link target).
struct MarkdownSpan {
  std::string text;  ///< plain text; '\n' is a hard line break
  bool strong = false;
  bool emphasis = false;
  bool code = false;
  std::string url;  ///< link target as written ("" when not a link)
};
using MarkdownSpans = std::vector<MarkdownSpan>;

enum class MarkdownBlockKind { paragraph, heading, list_item, code, quote, table, rule, image };

/// One block of a Markdown text, flattened for layout outside HTML (the PDFs).
struct MarkdownBlock {
  MarkdownBlockKind kind = MarkdownBlockKind::paragraph;
  int level = 0;         ///< heading: 1-6; list_item: nesting depth from 1
  bool ordered = false;  ///< list_item: in a numbered list
  int number = 0;        ///< list_item: its number in a numbered list
  MarkdownSpans spans;   ///< every kind but table and rule
  std::vector<std::vector<MarkdownSpans>> rows;  ///< table: rows of cells, the first the header
  std::string url;       ///< image: its target as written (spans hold its alternative text)
  int line = 1;          ///< 1-based line within the text where the block starts
};

/// The blocks of a Markdown text in document order, with typographic quotes and dashes
/// (as render_markdown makes them). Raw HTML is left out; a paragraph that is one image and
/// nothing else is an `image` block; an image inside other text is its alt text;
/// a list item's later paragraphs join its first with a line break. A text nested deeper than
/// kMaxMarkdownNesting is one paragraph of its plain text (qaf check reports it). Throws std::bad_alloc only.
std::vector<MarkdownBlock> markdown_blocks(std::string_view markdown);

/// Deepest nesting a Markdown text may have: block quotes, list items, emphasis, strong,
/// links, images and strikethrough inside each other. Deeper texts are an error in `qaf check`
/// (an auditor's free text could otherwise exhaust the stack of any recursive walk).
inline constexpr int kMaxMarkdownNesting = 50;

/// Where a Markdown text first nests more than `limit` levels (line and column 1-based,
/// within the text), or depth 0 when it never does. Iterative; cheap for ordinary text (a
/// text with no more than `limit` markup characters is not even parsed). Throws std::bad_alloc only.
struct MarkdownNesting {
  int depth = 0;  ///< limit + 1 when exceeded, else 0
  int line = 0, column = 0;
};
MarkdownNesting markdown_too_deep(std::string_view markdown, int limit = kMaxMarkdownNesting);

/// Largest table a Markdown text may hold: cmark-gfm pads every row to the header's width, so
/// a few kilobytes of '|' can ask for millions of cells. Larger tables are an error in `qaf check`
/// and are never parsed as tables.
inline constexpr int kMaxTableColumns = 100;
inline constexpr long kMaxTableCells = 50000;

/// The first table of a Markdown text whose columns or cells (an upper bound: columns times the
/// lines from its header to the next blank line) exceed the limits, found from its delimiter row
/// ("| --- | :-: |") without parsing; columns 0 when there is none. `line` is 1-based within the text.
struct MarkdownTableSize {
  int columns = 0;
  long cells = 0;
  int line = 0;
};
MarkdownTableSize markdown_table_too_big(std::string_view markdown, int max_columns = kMaxTableColumns,
                                         long max_cells = kMaxTableCells);

/// A slug for anchors: lower-case letters, digits and '-' ("Seen alone?" -> "seen-alone").
std::string slugify(std::string_view text);

}  // namespace qaf
