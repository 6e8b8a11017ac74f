// Page furniture: header (framework and document titles) and footer (version lines, page n of m).
#include "layout/furniture.hpp"

#include <algorithm>
#include <cmath>

namespace qaf::layout::detail {

namespace {

constexpr Color kGrey{0.3, 0.3, 0.3};
constexpr Color kRule{0.6, 0.6, 0.6};
constexpr double kSize = 7.5;
constexpr double kGap = 8;  // between furniture and body
constexpr double kStrip = 26;       // the reference strip under the header: label and writing line
constexpr double kStripSize = 11;   // its label: as large as a form's text, to be read and written beside
constexpr double kStripLine = 150;  // the strip's writing line, at the right margin

TextStyle furniture_style() {
  TextStyle s{kSize};
  s.color = kGrey;
  return s;
}

std::vector<Line> lines_of(Shaper& shaper, const std::string& text, double width) {
  if (text.empty()) return {};
  return wrap(shaper, Runs{Run{text, Style::regular, {}, false}}, furniture_style(), std::max(1.0, width));
}

/// Left header text takes 60% of the width, the right one the rest.
double left_share(double width) { return 0.6 * width - 10; }
double right_share(double width) { return 0.4 * width - 10; }
double number_column() { return 70; }

std::vector<Line> footer_lines(const Furniture& f, Shaper& shaper, double width) {
  std::vector<Line> lines;
  for (const auto& text : f.footer_lines)
    for (auto& l : lines_of(shaper, text, width - number_column())) lines.push_back(std::move(l));
  return lines;
}

}  // namespace

FurnitureSize measure_furniture(const Furniture& f, Shaper& shaper, double width) {
  const auto box = line_box(shaper.fonts(), kSize);
  FurnitureSize s;
  const auto left = lines_of(shaper, f.header_left, left_share(width)).size();
  const auto right = lines_of(shaper, f.header_right, right_share(width)).size();
  if (left + right > 0) s.header = static_cast<double>(std::max(left, right)) * box.height + 3 + kGap;
  if (!f.reference_label.empty()) s.header += kStrip;
  const auto footer = std::max<std::size_t>(footer_lines(f, shaper, width).size(), f.page_number.empty() ? 0 : 1);
  if (footer > 0) s.footer = static_cast<double>(footer) * box.height + 3 + kGap;
  return s;
}

void paint_header(const Furniture& f, Shaper& shaper, double left, double width, double top, Page& out) {
  const auto box = line_box(shaper.fonts(), kSize);
  const auto l = lines_of(shaper, f.header_left, left_share(width));
  const auto r = lines_of(shaper, f.header_right, right_share(width));
  if (l.empty() && r.empty()) return;
  for (std::size_t i = 0; i < l.size(); ++i)
    paint_line(l[i], left, top + static_cast<double>(i) * box.height + box.baseline, out);
  for (std::size_t i = 0; i < r.size(); ++i)
    paint_line(r[i], left + width - r[i].width, top + static_cast<double>(i) * box.height + box.baseline, out);
  const double rule = top + static_cast<double>(std::max(l.size(), r.size())) * box.height + 2;
  out.lines.push_back(LineItem{left, rule, left + width, rule, 0.5, kRule});
  if (f.reference_label.empty()) return;
  // "Case number: ______" at the right, on every page: room to write the reference by hand.
  const double baseline = rule + kStrip - 6;
  const double line_start = left + width - kStripLine;
  TextStyle style{kStripSize};
  style.bold = true;
  const auto label = wrap(shaper, Runs{Run{f.reference_label + ":", Style::bold, {}, false}}, style, right_share(width));
  if (!label.empty()) paint_line(label.front(), line_start - 4 - label.front().width, baseline, out);
  out.lines.push_back(LineItem{line_start, baseline + 1, left + width, baseline + 1, 0.6, Color{0, 0, 0}});
}

void paint_watermark(const Furniture& f, Shaper& shaper, Page& out) {
  if (f.watermark.empty()) return;
  constexpr double kAngle = 45, kPi = 3.14159265358979323846;
  const double c = std::cos(kAngle * kPi / 180), s = std::sin(kAngle * kPi / 180);
  TextStyle style{96};
  style.bold = true;
  style.color = Color{0.86, 0.86, 0.86};
  auto lines = wrap(shaper, Runs{Run{f.watermark, Style::bold, {}, false}}, style, 1e6);
  if (lines.empty()) return;
  // A long word ("SUPERSEDED") is set smaller: no longer than three quarters of the page's shorter side.
  const double widest = 0.75 * std::min(out.width, out.height);
  if (lines.front().width > widest) {
    style.size = std::floor(style.size * widest / lines.front().width);
    lines = wrap(shaper, Runs{Run{f.watermark, Style::bold, {}, false}}, style, 1e6);
    if (lines.empty()) return;
  }
  Page flat;  // the text set level at the origin, then turned about the page's centre
  paint_line(lines.front(), 0, 0, flat);
  // The line's middle, half a cap height above the baseline, lands on the page's centre; y grows
  // down the page, so "up the slant" is (cos, -sin).
  const double half = lines.front().width / 2, lift = 0.35 * style.size;
  const double x0 = out.width / 2 - half * c + lift * s, y0 = out.height / 2 + half * s + lift * c;
  for (TextItem t : flat.texts) {
    const double x = t.x, y = t.y;
    t.x = x0 + x * c + y * s;
    t.y = y0 - x * s + y * c;
    t.angle = kAngle;
    out.texts.push_back(std::move(t));
  }
}

void paint_footer(const Furniture& f, Shaper& shaper, double left, double width, double bottom,
                  const std::string& page_text, Page& out) {
  const auto box = line_box(shaper.fonts(), kSize);
  const auto lines = footer_lines(f, shaper, width);
  const std::size_t count = std::max<std::size_t>(lines.size(), page_text.empty() ? 0 : 1);
  if (count == 0) return;
  const double top = bottom - static_cast<double>(count) * box.height;
  out.lines.push_back(LineItem{left, top - 3, left + width, top - 3, 0.5, kRule});
  for (std::size_t i = 0; i < lines.size(); ++i)
    paint_line(lines[i], left, top + static_cast<double>(i) * box.height + box.baseline, out);
  if (!page_text.empty()) {
    const auto n = lines_of(shaper, page_text, number_column());
    if (!n.empty()) paint_line(n.front(), left + width - n.front().width, top + box.baseline, out);
  }
}

std::string page_number_text(const std::string& format, const std::string& n, const std::string& m) {
  std::string out;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format.compare(i, 3, "{n}") == 0) {
      out += n, i += 2;
    } else if (format.compare(i, 3, "{m}") == 0) {
      out += m, i += 2;
    } else {
      out += format[i];
    }
  }
  return out;
}

std::string number_in_style(int n, NumberStyle style) {
  if (style == NumberStyle::decimal || n <= 0 || n >= 4000) return std::to_string(n);
  static const std::pair<int, const char*> kRoman[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                       {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                       {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                       {1, "i"}};
  std::string out;
  for (const auto& [value, text] : kRoman)
    while (n >= value) out += text, n -= value;
  return out;
}

}  // namespace qaf::layout::detail
