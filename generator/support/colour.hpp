// Colours as authors write them: a name from the site's tag palette or #rrggbb, with WCAG contrast.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qaf {

/// A colour as red, green and blue, 0-255 each.
struct Rgb {
  int r = 0, g = 0, b = 0;
};

/// The colour of the text on a tag (the site's text colour): a `#rrggbb` colour is the
/// tag's background behind it.
inline constexpr Rgb kTagText{0x0b, 0x0c, 0x0c};
/// WCAG 2 AA minimum contrast for normal text.
inline constexpr double kMinContrast = 4.5;

/// Colour names the site's tags know, in the order the reference lists them.
const std::vector<std::string>& colour_names();
/// The theme's tag class for a colour name ("amber" is "yellow"); "" when not a name.
std::string colour_class(std::string_view name);
/// Parses "#rrggbb" (either case); nullopt for anything else.
std::optional<Rgb> parse_hex_colour(std::string_view text);
/// "#rrggbb" in lower case.
std::string hex_of(const Rgb& c);
/// WCAG 2 contrast ratio between two colours, from 1 to 21.
double contrast_ratio(const Rgb& a, const Rgb& b);

}  // namespace qaf
