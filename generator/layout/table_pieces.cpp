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
                  const Grid& g, double top, bool header, Page& out) {
  std::size_t used = 1;  // an empty row still has one line's height
  for (std::size_t i = 0; i < row.cells.size(); ++i)
    used = std::max(used, std::min(count, row.cells[i].size() - std::min(from[i], row.cells[i].size())));
  const double height = static_cast<double>(used) * g.box.height + 2 * g.pad;
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
    for (std::size_t r = 0; r < header_rows; ++r) {
      const auto row = wrap_row(t.rows[r], g, c, header_style);
      header->height +=
          paint_band(row, std::vector<std::size_t>(n, 0), row.max_lines(), g, header->height, true, header->items);
    }
  }
  const double header_h = header ? header->height : 0;
  // Lines of a row that fit on one page under the header.
  const double room = std::max(g.box.height, c.max_height - header_h - 2 * g.pad);
  const auto per_page = std::max<std::size_t>(1, static_cast<std::size_t>(room / g.box.height + 1e-6));

  bool first = true;
  for (std::size_t r = header_rows; r < t.rows.size(); ++r) {
    const auto row = wrap_row(t.rows[r], g, c, style);
    std::vector<std::size_t> from(n, 0);
    const std::size_t total = row.max_lines();
    // A row that fits is one piece; a taller one is cut between lines into page-high bands.
    std::size_t done = 0;
    do {
      Piece p;
      p.group = group;
      p.header = header;
      const std::size_t take = std::min(per_page, total - done);
      p.height = paint_band(row, from, take, g, 0, false, p.items);
      for (auto& f : from) f += take;
      done += take;
      if (first) p.space_before = 0.6 * c.body_size;
      first = false;
      out.push_back(std::move(p));
    } while (done < total);
  }
  if (first && header) {  // a table of header rows only
    Piece p = *header;
    p.space_before = 0.6 * c.body_size;
    out.push_back(std::move(p));
  }
}

}  // namespace qaf::layout::detail
