// Layout input: a small tree of blocks the caller builds (headings, paragraphs, tables, form parts).
#pragma once
#include <memory>
#include <optional>
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
  std::string link;       ///< named destination this run links to, or a web address (is_web_link); "" for none
  bool tick_box = false;  ///< an empty tick box drawn inline (text is ignored)
  bool ticked = false;    ///< with tick_box: the box is drawn ticked (a filled form)
  /// In a table cell: a row too tall for the rest of a page may be split across pages above the
  /// line this run starts (between the questions of a cell, not inside one).
  bool split_before = false;
};

/// Whether a run's link is a web address ("https://..."), opened in the reader's browser, rather
/// than a named destination in the document.
inline bool is_web_link(const std::string& link) { return link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0; }
using Runs = std::vector<Run>;

enum class Orientation { portrait, landscape };

/// How page numbers are written (footer and PDF page labels).
enum class NumberStyle { decimal, roman_lower };

struct Paragraph {
  Runs runs;
  double indent = 0;  ///< points from the body's left edge
  bool small = false;  ///< one point smaller than body text (notes, guidance)
  double space_before = -1;  ///< points above it (dropped at the top of a page); negative: the usual gap
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
  int level = 1;  ///< nesting depth: each level below 1 is indented further
  int start = 1;  ///< number of the first item of a numbered list
};
/// A column width: points when `fixed`, else a share of what fixed columns leave.
struct Column {
  double width = 1;
  bool fixed = false;
};
/// A heading over `count` columns from `first` ("Filled in by the auditor" over three of them).
struct ColumnGroup {
  std::size_t first = 0;
  std::size_t count = 1;
  Runs title;
};
/// Rows of cells; the first `header_rows` rows repeat at the top of every page, under a band of
/// `column_groups` headings when there are any (columns in no group have an empty cell there).
/// No columns means equal shares.
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Runs>> rows;
  int header_rows = 1;
  double min_row_height = 0;  ///< points: body rows are at least this tall (room to write)
  std::vector<ColumnGroup> column_groups{};  ///< in column order, not overlapping
  /// What the table is to a screen reader (a tagged PDF): a grid of data, whose header cells
  /// name its columns; with `row_headers`, the first cell of each body row names its row too (a
  /// label beside its value); a `frame` is no table, only a border drawn round text (an answer
  /// written on a filled form), each cell read as a paragraph.
  bool row_headers = false;
  bool frame = false;
};
/// Blank ruled lines to write on.
struct WritingLines {
  int count = 3;
};
/// One tick box per option, stacked; or side by side, wrapping, with `across`.
struct TickBoxes {
  std::vector<Runs> options;
  bool across = false;
  std::vector<bool> ticked = {};  ///< options drawn ticked (a filled form); missing entries: not ticked
};
/// A row of boxes, one per scale label ("Inadequate", "Good"...).
struct RatingRow {
  std::vector<std::string> labels;
  int chosen = -1;  ///< index of the label drawn ticked (a filled form), -1 for none
};
/// Labelled lines side by side, e.g. "Signature ____  Date ____".
struct SignatureLines {
  std::vector<std::string> labels = {"Signature", "Date"};
  std::vector<std::string> values = {};  ///< written on the lines (a filled form); missing entries: blank
};
/// Contents list of the document's headings down to `depth`, with page numbers and links.
struct TableOfContents {
  int depth = 2;
};
/// Starts a new page; with `restart_numbering` the next page begins a new
/// numbering range ("Page n of m" and the PDF page label count within it).
/// With `orientation`, pages from here on are A4 in that orientation (e.g. a wide
/// grid in a portrait handbook), until another page break changes it.
struct PageBreak {
  bool restart_numbering = false;
  NumberStyle style = NumberStyle::decimal;
  std::optional<Orientation> orientation = std::nullopt;
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

/// An image on its own (a diagram, a chart): PNG or JPEG bytes, `width` x `height` pixels,
/// placed at 96 pixels to the inch, never enlarged, shrunk to fit the body, centred.
struct Figure {
  std::shared_ptr<const std::string> bytes;
  bool jpeg = false;  ///< JPEG, else PNG
  int width = 0, height = 0;
  std::string alt;  ///< what it shows, for readers who cannot see it
};

using Content = std::variant<Paragraph, Heading, List, Table, WritingLines, TickBoxes, RatingRow,
                             SignatureLines, TableOfContents, PageBreak, BarChart, Figure>;

/// One block and where it came from (named in diagnostics, e.g. a missing glyph).
struct Block {
  Content content;
  SourcePos pos;
  bool keep_with_next = false;  ///< no page break between this block's end and the next block
  /// No page break inside the block when it fits on a page (a table of a few rows, a box).
  bool keep_together = false;
};

/// Text repeated on every page. `{n}` and `{m}` in `page_number` become the
/// page number and the page count of its numbering range.
struct Furniture {
  std::string header_left;                  ///< e.g. the framework title
  std::string header_right;                 ///< e.g. the document title
  std::vector<std::string> footer_lines;    ///< version, status, "Printed from..."
  std::string page_number = "Page {n} of {m}";
  /// Printed large and pale across every page ("DRAFT"), under the text; "" for none.
  std::string watermark{};
  /// A blank form's reference strip: this label and a line to write on, under the header of
  /// every page, so that loose pages can be matched ("Case number: ______"); "" for none.
  std::string reference_label{};
  SourcePos pos;  ///< where the furniture text came from, for diagnostics
};

/// A heading on a page that another document supplies (see AppendedPart).
struct AppendedHeading {
  int level = 1;
  std::string title;
  std::string id;   ///< its destination's name in this document (links and the contents use it)
  int page = 0;     ///< 0-based, within its part
  double y = 0;     ///< from the page's top
};
/// Pages made elsewhere that follow the document's own in the same PDF (a pack's filled audits,
/// each its own PDF, copied in whole): they are numbered on in the last numbering range, counted
/// in its "of m", and their headings are in the contents and the bookmarks.
struct AppendedPart {
  std::vector<Orientation> pages;  ///< each A4
  std::vector<AppendedHeading> headings;
};

/// A whole document: A4 in the given orientation.
struct Document {
  std::string title;
  Orientation orientation = Orientation::portrait;
  double margin = 48;       ///< points, all four sides
  double body_size = 10;    ///< body text size in points
  /// Notes, guidance, table cells and chart labels; 0: a point under the body (a form for pen and
  /// paper keeps them as large as the body).
  double small_size = 0;
  /// The side of every tick box in points (a form sets 5 mm for a pen); 0: in proportion to the
  /// text beside it.
  double tick_box = 0;
  Furniture furniture;
  std::vector<Block> blocks;
  std::vector<AppendedPart> appended{};
  /// Printed in the top margin of each appended page, whose own footer numbers it within its
  /// part: `{n}` and `{m}` as in Furniture::page_number ("Pack page {n} of {m}").
  std::string appended_page_number = "{n} of {m}";
};

}  // namespace qaf::layout
