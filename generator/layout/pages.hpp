// Layout output: pages of positioned boxes, ready for a writer (the PDF writer) to draw as they are.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/document.hpp"

namespace qaf::layout {

// Coordinates are points from the page's top-left corner, y growing down.
//
// Every drawn item names the element of the document's structure (LaidOutDocument::structure)
// it belongs to, for a tagged PDF; kArtifact marks page furniture, rules and decoration, which a
// screen reader skips.
constexpr int kArtifact = -1;

struct Color {
  double r = 0, g = 0, b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

/// Text on one baseline in one font; `font` indexes LaidOutDocument::font_files.
struct TextItem {
  double x = 0, y = 0;  ///< start of the baseline
  int font = 0;
  double size = 0;
  std::string text;  ///< UTF-8, every character present in the font
  Color color;
  double angle = 0;  ///< degrees anticlockwise about (x, y): a watermark's slant; 0 for body text
  int node = kArtifact;  ///< its structure element, or kArtifact
  bool after_break = false;  ///< the first text of a line begun after a forced break (a new paragraph)
};
struct LineItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color;
  int node = kArtifact;  ///< its structure element, or kArtifact
  bool tick = false;     ///< a stroke of the tick in an inline tick box
};
/// A rectangle (x, y is its top-left corner), stroked and/or filled.
struct RectItem {
  double x = 0, y = 0, w = 0, h = 0;
  double line_width = 0.5;
  std::optional<Color> stroke;
  std::optional<Color> fill;
  int node = kArtifact;  ///< its structure element, or kArtifact
  /// An inline tick box in a line of text (a grid cell's answer) is one with `tick` >= 0.
  double baseline = 0;
  signed char tick = -1;  ///< -1: not an inline tick box; 0: empty; 1: ticked
};
/// An image drawn in the box (x, y is its top-left corner).
struct ImageItem {
  double x = 0, y = 0, w = 0, h = 0;
  std::shared_ptr<const std::string> bytes;  ///< PNG or JPEG file
  bool jpeg = false;
  std::string alt;
  int node = kArtifact;  ///< its structure element, or kArtifact
};
/// A clickable area that jumps to a named destination.
struct LinkItem {
  double x = 0, y = 0, w = 0, h = 0;
  std::string dest;
  int node = kArtifact;  ///< its structure element, or kArtifact
};

/// One page. Writers draw slanted text (a watermark), images, fills, then strokes, then lines, then text, then links.
struct Page {
  double width = 0, height = 0;
  std::vector<RectItem> rects;
  std::vector<LineItem> lines;
  std::vector<TextItem> texts;
  std::vector<LinkItem> links;
  std::vector<ImageItem> images;
};

/// A named place a link or outline entry jumps to.
struct Destination {
  std::string name;
  int page = 0;  ///< 0-based
  double x = 0, y = 0;
};
/// A bookmark; level 1 is top level, outline entries are in document order.
struct OutlineEntry {
  std::string title;
  int level = 1;
  std::string dest;
};
/// From page `first_page` (0-based) on, pages are numbered `start`, start+1... in `style`.
struct PageLabel {
  int first_page = 0;
  NumberStyle style = NumberStyle::decimal;
  int start = 1;
};

/// An element of the document's structure, as a tagged PDF gives it to assistive technology:
/// `role` is a standard structure type (Document, H1, P, L, LI, Lbl, LBody, Table, TR, TH, TD,
/// Figure...). Elements are in reading order; a parent comes before its children.
struct StructNode {
  std::string role;
  int parent = -1;       ///< index in LaidOutDocument::structure; -1 for the root
  std::string alt{};     ///< a figure's alternative text
  std::string scope{};   ///< a header cell's: "Column" or "Row"
  std::string actual{};  ///< what its content says when it is not text (a tick box: "☐" or "☒")
  int colspan = 1;       ///< a table cell's: how many columns it spans
  bool in_blocks = false;  ///< a table cell whose words are in paragraphs and lists of its own (tag_with_boxes)
};

struct LaidOutDocument {
  std::string title;
  /// The structure tree: element 0 is the Document, the root (empty: the PDF is not tagged).
  std::vector<StructNode> structure;
  std::vector<std::string> font_files;  ///< TrueType files, indexed by TextItem::font
  std::vector<std::string> font_names;  ///< family names, same index
  std::vector<Page> pages;
  std::vector<Destination> destinations;  ///< document order
  std::vector<OutlineEntry> outline;
  std::vector<PageLabel> labels;
  /// Pages another document supplies after these (Document::appended), in order: each holds
  /// only what is drawn over the supplied page (its number in this document). Destinations
  /// and bookmarks may point at them (page >= pages.size()); a writer leaves those, and links
  /// to them, to whoever adds the pages.
  std::vector<Page> appended;
  /// By font index: characters the fonts must also hold for the supplied pages.
  std::vector<std::string> also_cover;
};

}  // namespace qaf::layout
