// Block builder for tables: column widths, wrapped cells, a repeated header, and rows split only when taller than a page.
#include <algorithm>
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
};

/// Geometry shared by all rows of one table.
struct Grid {
  double left = 0;
  std::vector<double> widths;
  double pad = 4;
  LineBox box;
};

/// Paints lines [from, from + count) of each cell as one band of the row at `top`.
double paint_band(const RowLines& row, const std::vector<std::size_t>& from, std::size_t count,
                  const Grid& g, double top, bool header, Page& out, double min_height = 0) {
  std::size_t used = 1;  // an empty row still has one line's height
  for (std::size_t i = 0; i < row.cells.size(); ++i)
    used = std::max(used, std::min(count, row.cells[i].size() - std::min(from[i], row.cells[i].size())));
  const double height = std::max(min_height, static_cast<double>(used) * g.box.height + 2 * g.pad);
  double x = g.left;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    RectItem r{x, top, g.widths[i], height, 0.5, kBorder, std::nullopt};
    if (header) r.fill = kHeaderFill;
    out.rects.push_back(r);
    const auto& lines = row.cells[i];
    for (std::size_t k = from[i], n = 0; k < lines.size() && n < count; ++k, ++n)
      paint_line(lines[k], x + g.pad, top + g.pad + static_cast<double>(n) * g.box.height + g.box.baseline, out);
    x += g.widths[i];
  }
  return height;
}

/// A row taller than a page: one piece per line, so it starts wherever the page has
/// room and goes on under the repeated header. Cell sides are drawn per line; a page
/// break closes the row with a rule and the next page reopens it.
std::vector<Piece> line_bands(const RowLines& row, const Grid& g) {
  const std::size_t total = row.max_lines();
  double right = g.left;
  for (double w : g.widths) right += w;
  std::vector<Piece> out;
  for (std::size_t k = 0; k < total; ++k) {
    Piece p;
    const double top = k == 0 ? g.pad : 0;
    p.height = top + g.box.height + (k + 1 == total ? g.pad : 0);
    double x = g.left;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      if (k < row.cells[i].size()) paint_line(row.cells[i][k], x + g.pad, top + g.box.baseline, p.items);
      p.items.lines.push_back(LineItem{x, 0, x, p.height, 0.5, kBorder});
      x += g.widths[i];
    }
    p.items.lines.push_back(LineItem{right, 0, right, p.height, 0.5, kBorder});
    const LineItem top_rule{g.left, 0, right, 0, 0.5, kBorder};
    const LineItem bottom_rule{g.left, p.height, right, p.height, 0.5, kBorder};
    if (k == 0) {
      p.items.lines.push_back(top_rule);
    } else {  // reopened on a new page: the rule and a little air above the text
      p.gap_at_page_start = g.pad;
      p.at_page_start.lines.push_back(LineItem{g.left, -g.pad, right, -g.pad, 0.5, kBorder});
      for (double edge = g.left; const double w : g.widths) {
        p.at_page_start.lines.push_back(LineItem{edge, -g.pad, edge, 0, 0.5, kBorder});
        edge += w;
      }
      p.at_page_start.lines.push_back(LineItem{right, -g.pad, right, 0, 0.5, kBorder});
    }
    if (k + 1 == total) p.items.lines.push_back(bottom_rule);
    else p.at_page_end.lines.push_back(bottom_rule);
    out.push_back(std::move(p));
  }
  if (out.size() >= 2) {  // like a paragraph: no single line of the row alone on a page
    out.front().keep_with_next = true;
    out[out.size() - 2].keep_with_next = true;
  }
  return out;
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
  };
  std::vector<Span> spans;
  std::size_t col = 0;
  for (const ColumnGroup& grp : groups) {
    const std::size_t first = std::min(grp.first, n), last = std::min(grp.first + grp.count, n);
    if (first < col || last <= first) continue;  // overlapping or empty: the builder's mistake, left out
    for (; col < first; ++col) spans.push_back({edge[col], g.widths[col], {}});
    const double width = edge[last] - edge[first];
    spans.push_back({edge[first], width, wrap(c.shaper, grp.title, style, std::max(1.0, width - 2 * g.pad))});
    col = last;
  }
  for (; col < n; ++col) spans.push_back({edge[col], g.widths[col], {}});
  std::size_t lines = 1;
  for (const Span& s : spans) lines = std::max(lines, s.lines.size());
  const double height = static_cast<double>(lines) * g.box.height + 2 * g.pad;
  for (const Span& s : spans) {
    out.rects.push_back(RectItem{s.x, 0, s.width, height, 0.5, kBorder, kHeaderFill});
    for (std::size_t k = 0; k < s.lines.size(); ++k)
      paint_line(s.lines[k], s.x + g.pad, g.pad + static_cast<double>(k) * g.box.height + g.box.baseline, out);
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
  TextStyle style{c.body_size - 1};
  TextStyle header_style = style;
  header_style.bold = true;
  Grid g{c.left, column_widths(t, n, c.width), 0.4 * c.body_size, line_box(c.shaper.fonts(), style.size)};
  const int group = c.next_group++;
  const std::size_t header_rows = std::min(static_cast<std::size_t>(std::max(0, t.header_rows)), t.rows.size());

  std::shared_ptr<Piece> header;
  if (header_rows > 0) {
    header = std::make_shared<Piece>();
    header->group = group;
    if (!t.column_groups.empty()) header->height += paint_groups(t.column_groups, g, c, header_style, header->items);
    for (std::size_t r = 0; r < header_rows; ++r) {
      const auto row = wrap_row(t.rows[r], g, c, header_style);
      header->height +=
          paint_band(row, std::vector<std::size_t>(n, 0), row.max_lines(), g, header->height, true, header->items);
    }
  }
  const double header_h = header ? header->height : 0;
  bool first = true;
  for (std::size_t r = header_rows; r < t.rows.size(); ++r) {
    const auto row = wrap_row(t.rows[r], g, c, style);
    const double text_height = static_cast<double>(std::max<std::size_t>(1, row.max_lines())) * g.box.height + 2 * g.pad;
    const double height = std::max(text_height, std::min(t.min_row_height, c.max_height - header_h));
    std::vector<Piece> pieces;
    if (header_h + height <= c.max_height) {  // a row that fits on a page is never split
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
}

}  // namespace qaf::layout::detail
