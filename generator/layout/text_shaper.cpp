// Text shaping: styled runs become tokens of glyphs, each with a face that has it (or a warning).
#include <algorithm>

#include "layout/text_flow.hpp"
#include "layout/utf8.hpp"

namespace qaf::layout::detail {

namespace {

int face_for(Style s, bool force_bold) {
  if (force_bold) s = (s == Style::italic || s == Style::bold_italic) ? Style::bold_italic : Style::bold;
  return static_cast<int>(s);
}

bool is_break_after(char32_t c) {
  return c == '-' || c == '/' || c == 0x2013 || c == 0x2014;  // hyphen, slash, en and em dash
}

/// Key in the warned set for "this block has invalid UTF-8" (no code point is this large).
constexpr char32_t kInvalidUtf8 = 0x110000;

bool is_ignored(char32_t c) {
  // Control characters, zero-width space, soft hyphen and byte-order mark draw nothing.
  return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == 0x200B || c == 0xAD || c == 0xFEFF;
}

}  // namespace

void Shaper::begin_block(const SourcePos& pos) {
  pos_ = pos;
  warned_.clear();
}

Glyph Shaper::glyph_for(char32_t c, std::string_view bytes, int face, const TextStyle& style) {
  Glyph g;
  g.bytes = std::string(bytes);
  g.size = style.size;
  g.color = style.color;
  int chosen = -1;
  // The PDF writer's UTF-8 encoder (libharu 2.3) reaches the Basic Multilingual
  // Plane only, so an emoji past U+FFFF counts as missing even if a font has it.
  if (c <= 0xFFFF) {
    if (fonts_.has_glyph(face, c)) chosen = face;
    for (int f = 4; f < fonts_.face_count() && chosen < 0; ++f)
      if (fonts_.has_glyph(f, c)) chosen = f;
  }
  if (chosen >= 0) {
    g.font = chosen;
    g.width = fonts_.advance(chosen, c) * style.size;
    return g;
  }
  g.kind = Glyph::Kind::missing;
  g.font = face;
  g.width = 0.6 * style.size;
  if (warned_.insert(c).second) {
    std::string tried;
    for (int f = 0; f < fonts_.face_count(); ++f) {
      const auto& family = fonts_.family(f);
      if (tried.find(family) == std::string::npos) tried += (tried.empty() ? "" : ", ") + family;
    }
    auto& d = diags_.warning(pos_, "character " + code_point_name(c) + " '" + std::string(bytes) +
                                       "' is in none of the PDF fonts; it prints as an empty box");
    hint(d, "fonts tried: " + tried);
    hint(d, "replace it with a word, or with a character those fonts have");
  }
  return g;
}

std::vector<Token> Shaper::tokens(const Runs& runs, const TextStyle& style) {
  std::vector<Token> out;
  auto word = [&]() -> Token& {
    if (out.empty() || out.back().kind != Token::Kind::word) {
      out.push_back(Token{});
      out.back().glyphs.reserve(12);  // most words fit: one allocation, not four
    }
    return out.back();
  };
  auto add = [](Token& t, Glyph g) {
    t.width += g.width;
    t.glyphs.push_back(std::move(g));
  };
  bool split = false;  // the next word opens a line a table row may be split above
  auto word_token = [&]() -> Token& {
    Token& t = word();
    if (split) t.split_before = true, split = false;
    return t;
  };
  for (const auto& run : runs) {
    split = split || run.split_before;
    const int face = face_for(run.style, style.bold);
    TextStyle s = style;
    if (!run.link.empty()) s.color = style.link_color;
    if (run.tick_box) {
      Glyph g;
      g.kind = Glyph::Kind::tick_box;
      g.font = face;
      g.size = s.size;
      g.box = s.tick_box > 0 ? s.tick_box : 0.75 * s.size;
      g.width = g.box + 0.35 * s.size;  // the box, then a gap before the label
      g.color = s.color;
      g.link = run.link;
      g.ticked = run.ticked;
      add(word_token(), std::move(g));
      continue;
    }
    const std::string_view text = run.text;
    bool break_pending = false;  // the previous glyph allows a break after it
    for (std::size_t pos = 0; pos < text.size();) {
      const CodePoint cp = next_code_point(text, pos);
      if (!cp.valid && warned_.insert(kInvalidUtf8).second) {  // once per block
        auto& d = diags_.warning(pos_, "text is not valid UTF-8; a bad byte prints as U+FFFD");
        hint(d, "save the file as UTF-8");
      }
      if (cp.value == '\n') {
        out.push_back(Token{Token::Kind::newline, {}, 0});
        break_pending = false;
        continue;
      }
      if (cp.value == ' ' || cp.value == '\t') {
        if (!out.empty() && out.back().kind == Token::Kind::space) continue;  // runs of spaces collapse
        Glyph g = glyph_for(' ', " ", face, s);
        g.kind = Glyph::Kind::space;
        g.link = run.link;
        Token t{Token::Kind::space, {}, 0};
        add(t, std::move(g));
        out.push_back(std::move(t));
        break_pending = false;
        continue;
      }
      if (is_ignored(cp.value)) continue;
      if (break_pending) out.push_back(Token{});  // a new word, joined without a space
      Glyph g = glyph_for(cp.value, cp.valid ? cp.bytes : std::string_view("\xEF\xBF\xBD"), face, s);
      g.link = run.link;
      add(word_token(), std::move(g));
      break_pending = is_break_after(cp.value);
    }
  }
  return out;
}

double Shaper::width(const std::string& text, const TextStyle& style) {
  double w = 0;
  for (const auto& t : tokens(Runs{Run{text, Style::regular, {}, false}}, style)) w += t.width;
  return w;
}

std::vector<Line> wrap(Shaper& shaper, const Runs& runs, const TextStyle& style, double width) {
  return break_lines(shaper.tokens(runs, style), width);
}

LineBox line_box(const FontSet& fonts, double size) {
  const double asc = fonts.ascent(0) * size, desc = fonts.descent(0) * size;
  const double height = size * 1.3;
  return LineBox{height, (height - asc - desc) / 2 + asc};
}

LineBox room_for_box(const LineBox& base, double side) {
  constexpr double kAir = 3;  // above and below a tick box, together
  if (side + kAir <= base.height) return base;
  const double height = side + kAir;
  return LineBox{height, base.baseline + (height - base.height) / 2};
}

LineBox line_box_of(const Line& line, const LineBox& base) {
  double tallest = 0;
  for (const auto& g : line.glyphs)
    if (g.kind == Glyph::Kind::tick_box) tallest = std::max(tallest, g.box);
  return room_for_box(base, tallest);
}

double lines_height(const std::vector<Line>& lines, std::size_t from, std::size_t count, const LineBox& base) {
  double h = 0;
  for (std::size_t k = from; k < lines.size() && k < from + count; ++k) h += line_box_of(lines[k], base).height;
  return h;
}

}  // namespace qaf::layout::detail
