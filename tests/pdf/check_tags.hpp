// Test helper: the machine-checkable rules of PDF/UA-1 that qaf's PDFs must meet, read from qpdf --json.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "page_marks.hpp"

namespace qaf::test {

/// One element of a PDF's structure tree as a reader walks it: its type, its depth, and the
/// text of its marked content is left to pdfinfo -struct-text (see check_pdfs).
struct TagElement {
  std::string role;   ///< its /S, as a standard type (through the role map)
  int depth = 0;      ///< 0: the root element
  std::string alt;    ///< its /Alt or /ActualText, if any
};

/// Checks `pdf` (whose pages' content `pages` is, from read_page_marks) against PDF/UA-1's
/// machine-checkable rules that apply to what qaf writes:
/// - the catalog: /MarkInfo /Marked true, /Lang, /ViewerPreferences /DisplayDocTitle true, a
///   title in the document information and in XMP metadata (dc:title, dc:language), which says
///   the file is PDF/UA-1 (pdfuaid:part);
/// - the structure tree is a tree: every element has /S of a standard type, /P its parent, no
///   element twice; tables hold rows of header and data cells and at least one header cell;
///   list items are in lists and hold a label or a body; figures have /Alt; Link elements hold
///   their annotation; headings start at H1 and never skip a level;
/// - every marked-content sequence with an MCID on a page belongs to exactly one element, and
///   every element's MCID is drawn; the parent tree (its keys ascending, below its next key) gives each page's MCIDs their elements and
///   each annotation its element; a page with annotations tabs in structure order (/Tabs /S);
///   every annotation says what it is (/Contents);
/// - every font is embedded and, if composite, maps its glyphs to Unicode (/ToUnicode).
/// Returns the problems found (empty: none); `tree` receives the elements in reading order.
std::vector<std::string> check_tags(const std::filesystem::path& pdf, const std::vector<PageMarks>& pages,
                                    std::vector<TagElement>& tree);

}  // namespace qaf::test
