// Internal: the structure elements builders give what they draw (a tagged PDF's headings, lists, tables, figures).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "layout/pages.hpp"

namespace qaf::layout::detail {

/// How many items of each kind a page holds: items drawn after a mark are those past it.
struct Mark {
  std::size_t texts = 0, lines = 0, rects = 0, images = 0, links = 0;
};
Mark mark(const Page& page);

/// Gives the text, images and links drawn on `page` since `from` to element `node`. Rules and
/// boxes stay artifacts unless `shapes` (a tick box, whose state the element's ActualText says).
void tag_since(Page& page, const Mark& from, int node, bool shapes = false);

/// As tag_since, and each inline tick box drawn since `from` (a table cell's answer, painted by
/// paint_line) says whether it is ticked (ActualText ☐ or ☒), with its tick's strokes. Alone in a
/// cell without words (a grid), each box is a Span of the cell; with words, the cell's content is
/// paragraphs and lists in reading order: a question's words, then a list of its options (each
/// box the label of an item whose body is the words after it, up to the next box or paragraph),
/// then the next question's words... Words drawn later for the same cell (the part of a split
/// row on the next page) are a paragraph after them.
void tag_with_boxes(Page& page, const Mark& from, std::vector<StructNode>* structure, int node);

/// Adds an element of `role` under `parent` to `structure` and returns its index; with no
/// structure kept (null), returns kArtifact and adds nothing.
int add_node(std::vector<StructNode>* structure, const std::string& role, int parent, const std::string& alt = "",
             const std::string& actual = "");

}  // namespace qaf::layout::detail
