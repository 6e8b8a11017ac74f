// Layout engine entry point: a Document of blocks becomes pages of positioned boxes (no PDF library here).
#pragma once
#include <set>
#include <string>
#include <vector>

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

/// A laid-out document as another's appended part (its PDF copied in whole): its pages'
/// orientations and its bookmarks' headings, with their own destination names and places.
AppendedPart as_appended_part(const LaidOutDocument& doc);
/// Adds the characters `doc` draws in each font to `into`, by font index (see
/// LaidOutDocument::also_cover).
void add_characters(const LaidOutDocument& doc, std::vector<std::set<char32_t>>& into);
/// The same as LaidOutDocument::also_cover's text, one string per font.
std::vector<std::string> cover_text(const std::vector<std::set<char32_t>>& characters);

}  // namespace qaf::layout
