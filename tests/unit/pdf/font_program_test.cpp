// Unit tests for the fonts the PDF writer embeds: glyph names left out, everything else kept.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "layout/fonts.hpp"
#include "pdf/font_program.hpp"
#include "pdf/pdf_writer.hpp"

using namespace qaf;

namespace {

std::string read(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::uint32_t u32(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(b[at + i]);
  return v;
}

std::uint32_t sum(const std::string& b, std::size_t at, std::size_t length) {
  std::uint32_t s = 0;
  for (std::size_t i = 0; i < length; i += 4) {
    std::uint32_t w = 0;
    for (std::size_t k = 0; k < 4; ++k) w = w << 8 | (i + k < length ? static_cast<unsigned char>(b[at + i + k]) : 0u);
    s += w;
  }
  return s;
}

/// The offset and length of `tag` in a TrueType file's table directory (length 0: none).
std::pair<std::size_t, std::size_t> table(const std::string& font, const std::string& tag) {
  const std::size_t count = static_cast<unsigned char>(font[4]) * 256u + static_cast<unsigned char>(font[5]);
  for (std::size_t i = 0; i < count; ++i)
    if (font.compare(12 + 16 * i, 4, tag) == 0) return {u32(font, 12 + 16 * i + 8), u32(font, 12 + 16 * i + 12)};
  return {0, 0};
}

}  // namespace

TEST_CASE("a font's glyph names are left out and every glyph, metric and name is kept") {
  for (const std::string& file : {layout::default_font_files().regular, layout::default_font_files().bold_italic}) {
    CAPTURE(file);
    const std::string original = read(file);
    REQUIRE(original.size() > 10000);
    const std::string cut = pdf::without_glyph_names(original);
    const auto [post_at, post_length] = table(cut, "post");
    REQUIRE(post_length == 32);
    CHECK(u32(cut, post_at) == 0x00030000);
    // The header after the version (italic angle, underline, fixed pitch) is the font's own.
    CHECK(cut.compare(post_at + 4, 28, original, table(original, "post").first + 4, 28) == 0);
    CHECK(cut.size() + table(original, "post").second - 32 <= original.size() + 3);
    // Every other table byte for byte, each checksum right, and the file's sum is the magic one.
    const std::size_t count = static_cast<unsigned char>(cut[4]) * 256u + static_cast<unsigned char>(cut[5]);
    for (std::size_t i = 0; i < count; ++i) {
      const std::string tag = cut.substr(12 + 16 * i, 4);
      CAPTURE(tag);
      const std::size_t at = u32(cut, 12 + 16 * i + 8), length = u32(cut, 12 + 16 * i + 12);
      CHECK(at % 4 == 0);
      if (tag != "head") CHECK(u32(cut, 12 + 16 * i + 4) == sum(cut, at, length));
      if (tag == "post" || tag == "head") continue;
      const auto [was_at, was_length] = table(original, tag);
      CHECK(cut.compare(at, length, original, was_at, was_length) == 0);
    }
    CHECK(sum(cut, 0, cut.size()) == 0xB1B0AFBA);
    // FreeType reads it as the same font: glyph count, name and each character's glyph.
    FT_Library ft = nullptr;
    REQUIRE(FT_Init_FreeType(&ft) == 0);
    FT_Face a = nullptr, b = nullptr;
    REQUIRE(FT_New_Memory_Face(ft, reinterpret_cast<const FT_Byte*>(original.data()), static_cast<FT_Long>(original.size()), 0, &a) == 0);
    REQUIRE(FT_New_Memory_Face(ft, reinterpret_cast<const FT_Byte*>(cut.data()), static_cast<FT_Long>(cut.size()), 0, &b) == 0);
    CHECK(a->num_glyphs == b->num_glyphs);
    CHECK(std::string(FT_Get_Postscript_Name(a)) == FT_Get_Postscript_Name(b));
    for (FT_ULong c = 0x20; c < 0x2100; ++c) CHECK(FT_Get_Char_Index(a, c) == FT_Get_Char_Index(b, c));
    FT_Done_Face(a), FT_Done_Face(b);
    FT_Done_FreeType(ft);
    // Cut once is cut for good.
    CHECK(pdf::without_glyph_names(cut) == cut);
  }
}

TEST_CASE("bytes that are not a TrueType font come back unchanged") {
  for (const std::string& bytes : {std::string(), std::string("OTTO") + std::string(40, '\0'), std::string("not a font at all"),
                                  std::string("\0\1\0\0\0\x7f", 6) + std::string(20, '\0')})
    CHECK(pdf::without_glyph_names(bytes) == bytes);
}

TEST_CASE("a font file that cannot be read is a PdfError naming it, and a font is read once") {
  CHECK_THROWS_WITH_AS(pdf::font_program("/nonexistent/qaf-font.ttf"),
                       "PDF writer: loading font /nonexistent/qaf-font.ttf failed (the file cannot be read)", pdf::PdfError);
  const std::string file = layout::default_font_files().regular;
  CHECK(pdf::font_program(file) == pdf::font_program(file));  // the same bytes, shared
  CHECK(*pdf::font_program(file) == pdf::without_glyph_names(read(file)));
}
