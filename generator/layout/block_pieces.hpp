// Internal: one builder per block kind turns a block into pieces for pagination.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "layout/document.hpp"
#include "layout/piece.hpp"
#include "layout/tagging.hpp"
#include "layout/text_flow.hpp"

namespace qaf::layout::detail {

/// A heading as the contents list sees it.
struct HeadingRef {
  int level = 1;
  Runs runs;
  std::string id;
  bool in_contents = true;
};

/// What every builder needs: measuring, the body's box and the document's headings.
struct BlockContext {
  Shaper& shaper;
  double left = 0;        // x of the body's left edge
  double width = 0;       // body width
  double max_height = 0;  // body height: no piece may be taller
  double body_size = 10;
  double small_size = 9;  // notes, guidance, table cells
  double tick_box = 0;    // the side of a tick box (0: in proportion to its label)
  int next_group = 0;                          // table ids for repeated headers
  const std::vector<HeadingRef>* headings = nullptr;  // in document order, ids assigned
  const std::map<std::string, std::string>* page_of = nullptr;  // dest -> page number text
  std::size_t heading_index = 0;               // headings seen so far
  /// The document's structure tree, which builders add their elements to (see tagging.hpp);
  /// null: none is kept.
  std::vector<StructNode>* structure = nullptr;
  int parent = 0;                    // where a block's elements go: the Document
  // Lists as they nest, by level: the open list (L) and its last item's body (LBody), which a
  // list one level in belongs to; a list back at a level goes on with that level's open list.
  std::vector<int> open_lists = {};
  std::vector<int> last_bodies = {};
};

void add_paragraph(const Paragraph& b, BlockContext& c, std::vector<Piece>& out);
void add_heading(const Heading& b, BlockContext& c, std::vector<Piece>& out);
void add_list(const List& b, BlockContext& c, std::vector<Piece>& out);
void add_table(const Table& b, BlockContext& c, std::vector<Piece>& out);
void add_writing_lines(const WritingLines& b, BlockContext& c, std::vector<Piece>& out);
void add_tick_boxes(const TickBoxes& b, BlockContext& c, std::vector<Piece>& out);
void add_rating_row(const RatingRow& b, BlockContext& c, std::vector<Piece>& out);
void add_signature_lines(const SignatureLines& b, BlockContext& c, std::vector<Piece>& out);
void add_contents(const TableOfContents& b, BlockContext& c, std::vector<Piece>& out);
void add_bar_chart(const BarChart& b, BlockContext& c, std::vector<Piece>& out);
void add_figure(const Figure& b, BlockContext& c, std::vector<Piece>& out);

/// A bar chart's alternative text: every bar's label, its segments' labels and values, and its note.
std::string chart_alt(const BarChart& b);

/// One piece per line, with orphan and widow control: the first two and the
/// last two lines of a block keep together. Lines are painted at x = `x`.
std::vector<Piece> line_pieces(const std::vector<Line>& lines, double x, const LineBox& box);

/// Text of runs without styling (outline titles).
std::string plain_text(const Runs& runs);

/// Heading text size and the space above a heading of `level` (1-3).
double heading_size(int level, double body_size);

}  // namespace qaf::layout::detail
