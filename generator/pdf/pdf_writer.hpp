// PDF writer: laid-out pages become PDF bytes (embedded TrueType fonts, bookmarks, links, page labels).
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "layout/pages.hpp"
#include "pdf/pdf_error.hpp"
#include "support/date.hpp"

namespace qaf::pdf {

struct PdfOptions {
  std::string creator = "qaf";
  std::string subject;
  /// Creation and modification date (midnight UTC); no date is written without
  /// one, so the same input always gives the same bytes. Pass SOURCE_DATE_EPOCH's date.
  std::optional<Date> created;
  bool compress = true;
  /// The document's language (BCP 47), for a tagged document: what a screen reader reads it in.
  std::string lang = "en-GB";
};

/// Renders `doc` to a PDF held in memory; the caller owns the bytes.
/// Reads the font files `doc` names. Throws PdfError.
std::vector<unsigned char> write_pdf(const layout::LaidOutDocument& doc, const PdfOptions& options = {});
/// The same, consuming `doc`: each page's drawn items go as soon as the page is drawn, so a
/// long document is not held twice (once laid out, once in libharu). The bytes are the same.
/// With `font_names`, it is given each font's PDF name (BaseFont without its subset tag) by
/// font index, "" for a font not written.
std::vector<unsigned char> write_pdf(layout::LaidOutDocument&& doc, const PdfOptions& options = {},
                                     std::vector<std::string>* font_names = nullptr);

}  // namespace qaf::pdf
