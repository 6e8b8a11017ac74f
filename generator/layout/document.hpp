// Layout input: a small tree of blocks the caller builds (headings, paragraphs, tables, form parts).
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "support/source.hpp"

namespace qaf::layout {

/// Font style of a run of text.
enum class Style { regular, bold, italic, bold_italic };

/// A stretch of inline content with one style.
struct Run {
  std::string text;       ///< UTF-8; '\n' forces a line break
  Style style = Style::regular;
  std::string link;       ///< named destination this run links to ("" for none)
  bool tick_box = false;  ///< an empty tick box drawn inline (text is ignored)
};
using Runs = std::vector<Run>;

/// How page numbers are written (footer and PDF page labels).
enum class NumberStyle { decimal, roman_lower };

struct Paragraph {
  Runs runs;
};
/// Level 1-3; becomes an outline entry and the named destination `id`
/// (an empty id gets "section-N", N counting headings from 1).
struct Heading {
  int level = 1;
  Runs runs;
  std::string id;
  bool in_contents = true;  ///< listed by a TableOfContents (false for "Contents" itself)
};
struct List {
  bool numbered = false;
  std::vector<Runs> items;
};
/// A column width: points when `fixed`, else a share of what fixed columns leave.
struct Column {
  double width = 1;
  bool fixed = false;
};
/// Rows of cells; the first `header_rows` rows repeat at the top of every page.
/// No columns means equal shares.
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Runs>> rows;
  int header_rows = 1;
};
/// Blank ruled lines to write on.
struct WritingLines {
  int count = 3;
};
/// One tick box per option, stacked.
struct TickBoxes {
  std::vector<Runs> options;
};
/// A row of boxes, one per scale label ("Inadequate", "Good"...).
struct RatingRow {
  std::vector<std::string> labels;
};
/// Labelled lines side by side, e.g. "Signature ____  Date ____".
struct SignatureLines {
  std::vector<std::string> labels = {"Signature", "Date"};
};
/// Contents list of the document's headings down to `depth`, with page numbers and links.
struct TableOfContents {
  int depth = 2;
};
/// Starts a new page; with `restart_numbering` the next page begins a new
/// numbering range ("Page n of m" and the PDF page label count within it).
struct PageBreak {
  bool restart_numbering = false;
  NumberStyle style = NumberStyle::decimal;
};

/// One stacked segment of a chart bar; colour as red, green, blue from 0 to 1.
struct ChartSegment {
  double value = 0;
  std::string label;  ///< legend entry ("" for none)
  double red = 0, green = 0, blue = 0;
};
struct ChartBar {
  std::string label;
  std::vector<ChartSegment> segments;
  std::string note;  ///< printed after the bar ("7", "43%")
};
/// A horizontal bar chart drawn as vector shapes, with a legend; kept on one page.
struct BarChart {
  std::vector<ChartBar> bars;
  double max = 0;  ///< value of a full-width bar (0: the largest bar)
};

using Content = std::variant<Paragraph, Heading, List, Table, WritingLines, TickBoxes, RatingRow,
                             SignatureLines, TableOfContents, PageBreak, BarChart>;

/// One block and where it came from (named in diagnostics, e.g. a missing glyph).
struct Block {
  Content content;
  SourcePos pos;
};

enum class Orientation { portrait, landscape };

/// Text repeated on every page. `{n}` and `{m}` in `page_number` become the
/// page number and the page count of its numbering range.
struct Furniture {
  std::string header_left;                  ///< e.g. the framework title
  std::string header_right;                 ///< e.g. the document title
  std::vector<std::string> footer_lines;    ///< version, status, "Printed from..."
  std::string page_number = "Page {n} of {m}";
  SourcePos pos;  ///< where the furniture text came from, for diagnostics
};

/// A whole document: A4 in the given orientation.
struct Document {
  std::string title;
  Orientation orientation = Orientation::portrait;
  double margin = 48;       ///< points, all four sides
  double body_size = 10;    ///< body text size in points
  Furniture furniture;
  std::vector<Block> blocks;
};

}  // namespace qaf::layout
