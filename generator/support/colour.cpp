// Colour names, #rrggbb parsing and WCAG 2 contrast ratios.
#include "support/colour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace qaf {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Relative luminance (WCAG 2): each channel linearised from sRGB.
double luminance(const Rgb& c) {
  auto lin = [](int v) {
    const double s = v / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

}  // namespace

const std::vector<std::string>& colour_names() {
  static const std::vector<std::string> names = {"green", "amber", "yellow", "red", "grey", "blue"};
  return names;
}

std::string colour_class(std::string_view name) {
  if (name == "amber") return "yellow";
  for (const std::string& n : colour_names())
    if (n == name) return n;
  return "";
}

std::optional<Rgb> parse_hex_colour(std::string_view t) {
  if (t.size() != 7 || t[0] != '#') return std::nullopt;
  int v[6];
  for (int i = 0; i < 6; ++i)
    if ((v[i] = hex_digit(t[static_cast<std::size_t>(i) + 1])) < 0) return std::nullopt;
  return Rgb{v[0] * 16 + v[1], v[2] * 16 + v[3], v[4] * 16 + v[5]};
}

std::string hex_of(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r & 0xff, c.g & 0xff, c.b & 0xff);
  return buf;
}

double contrast_ratio(const Rgb& a, const Rgb& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace qaf
