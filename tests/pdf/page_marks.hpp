// Test helper: what a PDF draws on each page (text with its size and place, stroked boxes, rules), read from the content streams.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace qaf::test {

/// A piece of text shown by Tj or TJ: where its baseline starts (PDF user space, y up) and its
/// size in points (the Tf size scaled by the text matrix).
struct TextMark {
  double x = 0, y = 0, size = 0;
};
/// A rectangle drawn with `re` and stroked (S): a table cell, a tick box.
struct BoxMark {
  double x = 0, y = 0, w = 0, h = 0;
};
/// A straight stroked line (m, l, S): a rule, a writing line.
struct LineMark {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};
struct PageMarks {
  double width = 0, height = 0;
  std::vector<TextMark> texts;
  std::vector<BoxMark> boxes;
  std::vector<LineMark> lines;
  /// Tagging: operators that show text or paint (Tj, TJ, f, S, Do...) outside any marked-content
  /// sequence (BDC/BMC ... EMC), and sequences that do not nest (an EMC with none open, one that
  /// crosses a text object's edge, one left open at the end of the page).
  int unmarked = 0;
  int misnested = 0;
  int marked_depth = 0;  ///< sequences open after the content read so far
  std::vector<int> mcids;  ///< the MCID of each marked-content sequence that has one, in order
};

/// Reads every page of `pdf` through `qpdf --qdf` (content streams uncompressed) and interprets
/// the operators that place text and paths; `cm` transforms are followed. On failure returns no
/// pages and sets `error`.
std::vector<PageMarks> read_page_marks(const std::filesystem::path& pdf, std::string& error);

}  // namespace qaf::test
