// Block builder for tables: column widths, wrapped cells, a repeated header, and rows split only when taller than a page.
#include <algorithm>
#include <cmath>
#include <memory>

#include "layout/block_pieces.hpp"

namespace qaf::layout::detail {

namespace {

constexpr Color kBorder{0.45, 0.45, 0.45};
constexpr Color kHeaderFill{0.88, 0.9, 0.93};

/// Column widths in points: fixed ones as given, shares split what is left;
/// everything is scaled down if fixed widths alone overflow the body.
std::vector<double> column_widths(const Table& t, std::size_t n, double total) {
  std::vector<Column> cols = t.columns;
  cols.resize(n, Column{});
  double fixed = 0, shares = 0;
  for (const auto& col : cols) (col.fixed ? fixed : shares) += std::max(0.0, col.width);
  const double rest = std::max(0.0, total - fixed);
  std::vector<double> w;
  for (const auto& col : cols) {
    const double v = std::max(0.0, col.width);
    w.push_back(col.fixed ? v : (shares > 0 ? rest * v / shares : 0));
  }
  double sum = 0;
  for (double v : w) sum += v;
  if (sum > total && sum > 0)
    for (double& v : w) v *= total / sum;
  return w;
}

/// A row's cells wrapped to their columns.
struct RowLines {
  std::vector<std::vector<Line>> cells;
  std::size_t max_lines() const {
    std::size_t m = 0;
    for (const auto& c : cells) m = std::max(m, c.size());
    return m;
  }
  /// The tallest cell's text, each line at its own height (a line with a tick box is taller).
  double text_height(const LineBox& box) const {
    double h = box.height;  // an empty row still has one line's height
    for (const auto& c : cells) h = std::max(h, lines_height(c, 0, c.size(), box));
    return h;
  }
};

/// Geometry shared by all rows of one table.
struct Grid {
  double left = 0;
  std::vector<double> widths;
  double pad = 4;
  LineBox box;
  std::vector<int> cells{};  ///< the structure element of each cell of the row being painted (TH, TD)
  std::vector<StructNode>* structure = nullptr;  ///< where a cell's tick boxes get their elements
  /// Gives what was drawn on `page` since `from` to cell `i`'s element.
  void tag(Page& page, const Mark& from, std::size_t i) const {
    if (i < cells.size()) tag_with_boxes(page, from, structure, cells[i]);
  }
};

/// Paints lines [from, from + count) of each cell as one band of the row at `top`.
double paint_band(const RowLines& row, const std::vector<std::size_t>& from, std::size_t count,
                  const Grid& g, double top, bool header, Page& out, double min_height = 0) {
  double used = g.box.height;  // an empty row still has one line's height
  for (std::size_t i = 0; i < row.cells.size(); ++i) used = std::max(used, lines_height(row.cells[i], from[i], count, g.box));
  const double height = std::max(min_height, used + 2 * g.pad);
  double x = g.left;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    RectItem r{x, top, g.widths[i], height, 0.5, kBorder, std::nullopt};
    if (header) r.fill = kHeaderFill;
    out.rects.push_back(r);
    const auto& lines = row.cells[i];
    double y = top + g.pad;
    const Mark at = mark(out);
    for (std::size_t k = from[i], n = 0; k < lines.size() && n < count; ++k, ++n) {
      const LineBox own = line_box_of(lines[k], g.box);
      paint_line(lines[k], x + g.pad, y + own.baseline, out);
      y += own.height;
    }
    g.tag(out, at, i);
    x += g.widths[i];
  }
  return height;
}

/// One horizontal slice of a row split across pages, `height` tall: the cells' sides down it,
/// the row's top rule over the first slice and its bottom rule under the last. A page break
/// after a slice closes the row with a rule; the next page reopens it with a little air.
Piece row_slice(const Grid& g, double height, bool first, bool last) {
  double right = g.left;
  for (double w : g.widths) right += w;
  Piece p;
  p.height = height;
  for (double x = g.left; const double w : g.widths) {
    p.items.lines.push_back(LineItem{x, 0, x, height, 0.5, kBorder});
    x += w;
  }
  p.items.lines.push_back(LineItem{right, 0, right, height, 0.5, kBorder});
  const LineItem top_rule{g.left, 0, right, 0, 0.5, kBorder};
  const LineItem bottom_rule{g.left, height, right, height, 0.5, kBorder};
  if (first) {
    p.items.lines.push_back(top_rule);
  } else {
    p.gap_at_page_start = g.pad;
    p.at_page_start.lines.push_back(LineItem{g.left, -g.pad, right, -g.pad, 0.5, kBorder});
    for (double edge = g.left; const double w : g.widths) {
      p.at_page_start.lines.push_back(LineItem{edge, -g.pad, edge, 0, 0.5, kBorder});
      edge += w;
    }
    p.at_page_start.lines.push_back(LineItem{right, -g.pad, right, 0, 0.5, kBorder});
  }
  if (last) p.items.lines.push_back(bottom_rule);
  else p.at_page_end.lines.push_back(bottom_rule);
  return p;
}

/// A row taller than a page: one piece per line, so it starts wherever the page has
/// room and goes on under the repeated header.
std::vector<Piece> line_bands(const RowLines& row, const Grid& g) {
  const std::size_t total = row.max_lines();
  std::vector<Piece> out;
  for (std::size_t k = 0; k < total; ++k) {
    const double top = k == 0 ? g.pad : 0;
    LineBox band = g.box;  // the k-th lines of all cells side by side: the tallest sets the band
    for (const auto& cell : row.cells)
      if (k < cell.size() && line_box_of(cell[k], g.box).height > band.height) band = line_box_of(cell[k], g.box);
    Piece p = row_slice(g, top + band.height + (k + 1 == total ? g.pad : 0), k == 0, k + 1 == total);
    double x = g.left;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const Mark at = mark(p.items);
      if (k < row.cells[i].size()) paint_line(row.cells[i][k], x + g.pad, top + band.baseline, p.items);
      g.tag(p.items, at, i);
      x += g.widths[i];
    }
    out.push_back(std::move(p));
  }
  if (out.size() >= 2) {  // like a paragraph: no single line of the row alone on a page
    out.front().keep_with_next = true;
    out[out.size() - 2].keep_with_next = true;
  }
  return out;
}

/// Where a tall row may be split: heights from the top of its text at which some cell starts a
/// line marked Line::split_before (a new question) and every other cell is at the start of a
/// line too, or has ended. Each part is at least `least` tall.
std::vector<double> split_points(const RowLines& row, const Grid& g, double least) {
  std::vector<std::vector<double>> tops(row.cells.size());  // each cell's line tops, then its end
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    double y = 0;
    for (const Line& l : row.cells[i]) {
      tops[i].push_back(y);
      y += line_box_of(l, g.box).height;
    }
    tops[i].push_back(y);
  }
  std::vector<double> cuts;
  for (std::size_t i = 0; i < row.cells.size(); ++i)
    for (std::size_t k = 1; k < row.cells[i].size(); ++k) {
      if (!row.cells[i][k].split_before) continue;
      const double y = tops[i][k];
      bool clean = true;  // no other cell has a line across y
      for (std::size_t j = 0; j < row.cells.size() && clean; ++j) {
        if (j == i || y >= tops[j].back() - 1e-6) continue;
        clean = std::any_of(tops[j].begin(), tops[j].end(), [&](double t) { return std::abs(t - y) < 1e-6; });
      }
      if (clean) cuts.push_back(y);
    }
  std::sort(cuts.begin(), cuts.end());
  double end = 0;
  for (const auto& t : tops) end = std::max(end, t.back());
  std::vector<double> kept;
  for (double y : cuts)
    if (y - (kept.empty() ? 0 : kept.back()) >= least && end - y >= least) kept.push_back(y);
  return kept;
}

/// A row split at `cuts` (heights from the top of its text): one slice per part, each cell's
/// lines in the part it starts in; the last part is as tall as the rest of the row's `height`.
std::vector<Piece> split_row(const RowLines& row, const Grid& g, const std::vector<double>& cuts, double height) {
  std::vector<Piece> out;
  for (std::size_t s = 0; s <= cuts.size(); ++s) {
    const double from = s == 0 ? 0 : cuts[s - 1];
    const bool first = s == 0, last = s == cuts.size();
    const double to = last ? height - 2 * g.pad : cuts[s];
    Piece p = row_slice(g, (to - from) + (first ? g.pad : 0) + (last ? g.pad : 0), first, last);
    const double top = first ? g.pad : 0;
    double x = g.left;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      double y = 0;
      const Mark at = mark(p.items);
      for (const Line& l : row.cells[i]) {
        const LineBox own = line_box_of(l, g.box);
        if (y >= from - 1e-6 && (last || y < to - 1e-6)) paint_line(l, x + g.pad, top + (y - from) + own.baseline, p.items);
        y += own.height;
      }
      g.tag(p.items, at, i);
      x += g.widths[i];
    }
    out.push_back(std::move(p));
  }
  return out;
}

/// A table row's element, under the table (c.parent while the table is built).
int row_node(BlockContext& c) { return add_node(c.structure, "TR", c.parent); }
/// A header cell of `row`: it names the column (or columns) below it, or with `scope` "Row" the
/// cells beside it.
int header_cell(BlockContext& c, int row, const char* scope = "Column") {
  const int n = add_node(c.structure, "TH", row);
  if (c.structure && n >= 0) (*c.structure)[static_cast<std::size_t>(n)].scope = scope;
  return n;
}
/// The cells' elements of a new row: header cells in a header row, data cells in the body (its
/// first a row's header with `t.row_headers`); a frame's cells are paragraphs, in no row.
std::vector<int> row_cells(BlockContext& c, const Table& t, std::size_t n, bool header) {
  std::vector<int> cells;
  if (t.frame) {
    for (std::size_t i = 0; i < n; ++i) cells.push_back(add_node(c.structure, "P", c.parent));
    return cells;
  }
  const int row = row_node(c);
  for (std::size_t i = 0; i < n; ++i)
    cells.push_back(header                         ? header_cell(c, row)
                    : i == 0 && t.row_headers && n > 1 ? header_cell(c, row, "Row")
                                                   : add_node(c.structure, "TD", row));
  return cells;
}

/// The band of column-group headings above the header rows: one cell per group, spanning its
/// columns, and an empty cell for each column in no group. Returns its height.
double paint_groups(const std::vector<ColumnGroup>& groups, const Grid& g, BlockContext& c, const TextStyle& style,
                    Page& out) {
  const std::size_t n = g.widths.size();
  std::vector<double> edge{g.left};
  for (double w : g.widths) edge.push_back(edge.back() + w);
  struct Span {
    double x, width;
    std::vector<Line> lines;
    std::size_t columns = 1;
  };
  std::vector<Span> spans;
  std::size_t col = 0;
  for (const ColumnGroup& grp : groups) {
    const std::size_t first = std::min(grp.first, n), last = std::min(grp.first + grp.count, n);
    if (first < col || last <= first) continue;  // overlapping or empty: the builder's mistake, left out
    for (; col < first; ++col) spans.push_back({edge[col], g.widths[col], {}});
    const double width = edge[last] - edge[first];
    spans.push_back({edge[first], width, wrap(c.shaper, grp.title, style, std::max(1.0, width - 2 * g.pad)), last - first});
    col = last;
  }
  for (; col < n; ++col) spans.push_back({edge[col], g.widths[col], {}});
  std::size_t lines = 1;
  for (const Span& s : spans) lines = std::max(lines, s.lines.size());
  const double height = static_cast<double>(lines) * g.box.height + 2 * g.pad;
  // The band is a row of its own: a header cell for each group's title, spanning its columns,
  // and an empty one over each column in no group, so that the row is as wide as the table.
  const int row = row_node(c);
  for (const Span& s : spans) {
    out.rects.push_back(RectItem{s.x, 0, s.width, height, 0.5, kBorder, kHeaderFill});
    const Mark at = mark(out);
    for (std::size_t k = 0; k < s.lines.size(); ++k)
      paint_line(s.lines[k], s.x + g.pad, g.pad + static_cast<double>(k) * g.box.height + g.box.baseline, out);
    const int cell = header_cell(c, row);
    if (c.structure && cell >= 0) (*c.structure)[static_cast<std::size_t>(cell)].colspan = static_cast<int>(s.columns);
    tag_since(out, at, cell);
  }
  return height;
}

RowLines wrap_row(const std::vector<Runs>& cells, const Grid& g, BlockContext& c, const TextStyle& style) {
  RowLines row;
  for (std::size_t i = 0; i < g.widths.size(); ++i) {
    const Runs empty;
    const Runs& runs = i < cells.size() ? cells[i] : empty;
    row.cells.push_back(wrap(c.shaper, runs, style, std::max(1.0, g.widths[i] - 2 * g.pad)));
  }
  return row;
}

}  // namespace

void add_table(const Table& t, BlockContext& c, std::vector<Piece>& out) {
  std::size_t n = t.columns.size();
  for (const auto& row : t.rows) n = std::max(n, row.size());
  if (n == 0 || t.rows.empty()) return;
  TextStyle style{c.small_size};
  style.tick_box = c.tick_box;
  TextStyle header_style = style;
  header_style.bold = true;
  Grid g{c.left, column_widths(t, n, c.width), 0.4 * c.body_size, line_box(c.shaper.fonts(), style.size)};
  g.structure = c.structure;
  const int group = c.next_group++;
  const std::size_t header_rows = std::min(static_cast<std::size_t>(std::max(0, t.header_rows)), t.rows.size());
  // The table's rows and cells are its element's children.
  const int outer = c.parent;
  c.parent = add_node(c.structure, t.frame ? "Div" : "Table", outer);

  std::shared_ptr<Piece> header;
  if (header_rows > 0) {
    header = std::make_shared<Piece>();
    header->group = group;
    if (!t.column_groups.empty()) header->height += paint_groups(t.column_groups, g, c, header_style, header->items);
    for (std::size_t r = 0; r < header_rows; ++r) {
      const auto row = wrap_row(t.rows[r], g, c, header_style);
      g.cells = row_cells(c, t, n, true);
      header->height +=
          paint_band(row, std::vector<std::size_t>(n, 0), row.max_lines(), g, header->height, true, header->items);
    }
  }
  const double header_h = header ? header->height : 0;
  bool first = true;
  for (std::size_t r = header_rows; r < t.rows.size(); ++r) {
    const auto row = wrap_row(t.rows[r], g, c, style);
    g.cells = row_cells(c, t, n, false);
    const double text_height = row.text_height(g.box) + 2 * g.pad;
    const double height = std::max(text_height, std::min(t.min_row_height, c.max_height - header_h));
    std::vector<Piece> pieces;
    // A row over a third of a page tall may be split between the questions of its cells, so that
    // it does not leave the page before it mostly empty; a shorter one is never split.
    const double third = (c.max_height - header_h) / 3;
    const std::vector<double> cuts = height > third ? split_points(row, g, 3 * g.box.height) : std::vector<double>{};
    if (!cuts.empty() && header_h + height <= c.max_height) {
      pieces = split_row(row, g, cuts, height);
    } else if (header_h + height <= c.max_height) {  // a row that fits on a page
      pieces.emplace_back();
      paint_band(row, std::vector<std::size_t>(n, 0), row.max_lines(), g, 0, false, pieces.back().items, height);
      pieces.back().height = height;
    } else {
      pieces = line_bands(row, g);
    }
    for (auto& p : pieces) {
      p.group = group;
      p.header = header;
    }
    if (first) pieces.front().space_before = 0.6 * c.body_size;
    first = false;
    for (auto& p : pieces) out.push_back(std::move(p));
  }
  if (first && header) {  // a table of header rows only
    Piece p = *header;
    p.space_before = 0.6 * c.body_size;
    out.push_back(std::move(p));
  }
  c.parent = outer;
}

}  // namespace qaf::layout::detail
