// Internal: styled runs -> measured glyphs -> wrapped lines -> positioned text items.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "layout/fonts.hpp"
#include "layout/pages.hpp"
#include "support/diagnostics.hpp"

namespace qaf::layout::detail {

/// One code point (or an inline box) with the face chosen for it and its width.
struct Glyph {
  enum class Kind { text, space, tick_box, missing };
  Kind kind = Kind::text;
  std::string bytes;  // UTF-8 of the code point
  int font = 0;
  double size = 0;
  double width = 0;
  Color color;
  std::string link;
  bool ticked = false;  // tick_box: drawn with a tick in it
  double box = 0;       // tick_box: the box's side
};

/// A word (unbreakable unless wider than a line), a space, or a forced break.
struct Token {
  enum class Kind { word, space, newline };
  Kind kind = Kind::word;
  std::vector<Glyph> glyphs;
  double width = 0;
  bool split_before = false;  // a word of a run with Run::split_before: its line may open a page
};

/// One wrapped line, trailing spaces removed.
struct Line {
  std::vector<Glyph> glyphs;
  double width = 0;
  bool split_before = false;  // a table row may be split across pages above this line
  bool after_break = false;   // it follows a forced break ('\n'), not a wrap: a new paragraph
};

/// How a stretch of text is set.
struct TextStyle {
  explicit TextStyle(double s) : size(s) {}
  double size = 10;
  bool bold = false;  // headings: every run at least bold
  Color color;
  Color link_color{0.05, 0.25, 0.6};
  double tick_box = 0;  // side of an inline tick box; 0: three quarters of an em
};

/// Where measured text is reported from: fonts, the diagnostics sink and the
/// block's source position (a missing glyph is warned about once per block).
class Shaper {
 public:
  Shaper(const FontSet& fonts, Diagnostics& diags) : fonts_(fonts), diags_(diags) {}
  /// Starts a new block: later warnings name `pos`.
  void begin_block(const SourcePos& pos);
  /// Splits runs into tokens, choosing a face per code point.
  std::vector<Token> tokens(const Runs& runs, const TextStyle& style);
  /// Width of a plain string in one style, e.g. a list marker.
  double width(const std::string& text, const TextStyle& style);
  const FontSet& fonts() const { return fonts_; }

 private:
  Glyph glyph_for(char32_t c, std::string_view bytes, int face, const TextStyle& style);
  const FontSet& fonts_;
  Diagnostics& diags_;
  SourcePos pos_;
  std::set<char32_t> warned_;
};

/// Greedy line breaking at spaces; a word wider than `width` is split between characters.
/// The tokens' glyphs move into the lines.
std::vector<Line> break_lines(std::vector<Token> tokens, double width);

/// Shorthand: tokens then lines.
std::vector<Line> wrap(Shaper& shaper, const Runs& runs, const TextStyle& style, double width);

/// Vertical metrics of a line of text at `size`: height and baseline offset from its top.
struct LineBox {
  double height = 0;
  double baseline = 0;
};
LineBox line_box(const FontSet& fonts, double size);
/// `base` made tall enough for a tick box of side `side` with a little air above and below it,
/// the text centred; `base` itself when the text is taller.
LineBox room_for_box(const LineBox& base, double side);
/// The box of one line set in `base`: room_for_box of its tallest tick box, if it has one.
LineBox line_box_of(const Line& line, const LineBox& base);
/// The height of lines [from, from + count) of `lines`, each with its own box.
double lines_height(const std::vector<Line>& lines, std::size_t from, std::size_t count, const LineBox& base);

/// Adds the line's text, boxes and link areas to `out` with its baseline at (x, baseline).
void paint_line(const Line& line, double x, double baseline, Page& out);

}  // namespace qaf::layout::detail
