// Layout engine entry point: a Document of blocks becomes pages of positioned boxes (no PDF library here).
#pragma once
#include "layout/document.hpp"
#include "layout/fonts.hpp"
#include "layout/pages.hpp"
#include "support/diagnostics.hpp"

namespace qaf::layout {

/// A4 page size in points for an orientation: {width, height}.
struct PageSize {
  double width = 0, height = 0;
};
PageSize a4(Orientation o);

/// Lays out `doc` with the metrics of `fonts`. Content problems (a character no
/// font has, a link to an unknown heading, a repeated heading id) are reported
/// to `diags` and laid out as best as possible. The caller owns the result; it
/// names the font files, so it outlives `fonts`. Throws only std::bad_alloc.
LaidOutDocument layout_document(const Document& doc, const FontSet& fonts, Diagnostics& diags);

}  // namespace qaf::layout
