// Internal: page furniture, the header and footer drawn on every page (with "Page n of m").
#pragma once
#include <string>

#include "layout/document.hpp"
#include "layout/text_flow.hpp"

namespace qaf::layout::detail {

/// Heights the header and footer take from the body (including their gaps).
struct FurnitureSize {
  double header = 0;
  double footer = 0;
};

/// Sizes the header and footer for a body `width` wide.
FurnitureSize measure_furniture(const Furniture& f, Shaper& shaper, double width);

/// Paints the header below `top` and the footer above `bottom` (page coordinates),
/// with `page_text` (e.g. "Page 2 of 9") at the right of the footer.
void paint_header(const Furniture& f, Shaper& shaper, double left, double width, double top, Page& out);
/// The watermark, slanted across the middle of the page, pale, before anything else is drawn.
void paint_watermark(const Furniture& f, Shaper& shaper, Page& out);
void paint_footer(const Furniture& f, Shaper& shaper, double left, double width, double bottom,
                  const std::string& page_text, Page& out);

/// The page number text: `format` with {n} and {m} replaced.
std::string page_number_text(const std::string& format, const std::string& n, const std::string& m);

/// A number written in a numbering style ("4", "iv").
std::string number_in_style(int n, NumberStyle style);

}  // namespace qaf::layout::detail
