// Page copying: a written PDF followed by every page of other PDFs, sharing its fonts (libqpdf).
// C++17 and free of layout types: qpdf 11.3's headers do not compile as C++20 with clang 14.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "pdf/pdf_error.hpp"

namespace qaf::pdf {

/// What a document with appended pages leaves to append_pages (see appendix_of). Coordinates
/// are points from a page's top-left corner, as in layout.
struct Appendix {
  std::size_t own_pages = 0;
  std::vector<std::size_t> part_pages;  ///< the pages laid out for each part, in order
  struct Text {  ///< one line drawn over an appended page
    double x = 0, y = 0, size = 0;
    std::size_t font = 0;  ///< font index
    std::string text;      ///< UTF-8
    double r = 0, g = 0, b = 0;
  };
  struct Page {
    double height = 0;
    std::vector<Text> texts;
  };
  std::vector<Page> pages;  ///< the appended pages
  struct Place {
    std::string name;
    std::size_t page = 0;  ///< in the whole document
    double y = 0;
  };
  std::vector<Place> destinations;  ///< those on appended pages
  struct Link {
    std::size_t page = 0;  ///< an own page
    double page_height = 0, x = 0, y = 0, w = 0, h = 0;
    std::string dest;
  };
  std::vector<Link> links;  ///< on own pages, to destinations on appended pages
  struct Bookmark {
    std::string title;
    int level = 1;
    std::string dest;
  };
  std::vector<Bookmark> outline;  ///< bookmarks to destinations on appended pages, in order
};

/// `first` (the PDF written from the document `appendix` came from, with the `font_names`
/// write_pdf gave) followed by every page of each of `part_count` parts, in order, as they
/// are (`part(k)` gives part k's bytes, each asked for once and let go once copied): their
/// content is not drawn again, and their links keep working. Their fonts are replaced by
/// `first`'s, which must hold their characters (LaidOutDocument::also_cover), so a font is
/// embedded once whatever the number of parts. The appendix's texts are drawn over the copied
/// pages (the page's own content wrapped in q/Q first); its links, destinations and bookmarks
/// (closed) are added. The same input gives the same bytes. Throws PdfError (a PDF libqpdf
/// cannot read or finds damaged, a font `first` lacks, a part whose page count is not the
/// appendix's); what `part` throws passes through unchanged.
std::string append_pages(const std::string& first, const std::vector<std::string>& font_names, const Appendix& appendix,
                         std::size_t part_count, const std::function<std::string(std::size_t)>& part);

}  // namespace qaf::pdf
