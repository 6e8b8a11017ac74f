// Font metrics for layout: the one file that talks to FreeType (faces wrapped in move-only owners).
#include "layout/fonts.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace qaf::layout {

namespace {

/// Owns an FT_Library.
class Library {
 public:
  Library() {
    if (FT_Init_FreeType(&lib_) != 0) throw std::runtime_error("cannot initialise FreeType");
  }
  ~Library() {
    if (lib_) FT_Done_FreeType(lib_);
  }
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;
  FT_Library get() const { return lib_; }

 private:
  FT_Library lib_ = nullptr;
};

/// Owns one FT_Face plus the metrics layout asks for, cached per code point.
class Face {
 public:
  Face(FT_Library lib, const std::string& path) : path_(path) {
    if (FT_New_Face(lib, path.c_str(), 0, &face_) != 0)
      throw std::runtime_error("cannot load font " + path);
    if (!FT_IS_SFNT(face_) || face_->units_per_EM == 0) {
      FT_Done_Face(face_);
      throw std::runtime_error("not a TrueType font: " + path);
    }
    family_ = face_->family_name ? face_->family_name : path;
    const double em = face_->units_per_EM;
    ascent_ = face_->ascender / em;
    descent_ = -face_->descender / em;
    // The code points most text is made of, looked up once: a missing glyph is negative.
    for (char32_t c = 0; c < kCommon; ++c) common_[c] = FT_Get_Char_Index(face_, c) != 0 ? measure(c) : -1;
  }
  ~Face() {
    if (face_) FT_Done_Face(face_);
  }
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  const std::string& path() const { return path_; }
  const std::string& family() const { return family_; }
  double ascent() const { return ascent_; }
  double descent() const { return descent_; }

  bool has_glyph(char32_t c) const { return c < kCommon ? common_[c] >= 0 : FT_Get_Char_Index(face_, c) != 0; }

  double advance(char32_t c) const {
    if (c < kCommon) return std::max(0.0, common_[c]);
    if (auto it = advances_.find(c); it != advances_.end()) return it->second;
    const double em = measure(c);
    advances_.emplace(c, em);
    return em;
  }

 private:
  static constexpr char32_t kCommon = 0x2100;  // Latin, Greek, Cyrillic, general punctuation

  double measure(char32_t c) const {
    FT_Fixed units = 0;
    const FT_UInt glyph = FT_Get_Char_Index(face_, c);
    if (FT_Get_Advance(face_, glyph, FT_LOAD_NO_SCALE, &units) != 0) units = 0;
    // The PDF's /W array holds whole thousandths of an em (libharu truncates);
    // measure the same way so lines end where the viewer draws them.
    const auto thousandths = static_cast<long>(units) * 1000 / face_->units_per_EM;
    return static_cast<double>(thousandths) / 1000.0;
  }

  std::string path_;
  std::string family_;
  FT_Face face_ = nullptr;
  double ascent_ = 0, descent_ = 0;
  std::vector<double> common_ = std::vector<double>(kCommon);  // advance in em of each code point below kCommon
  mutable std::unordered_map<char32_t, double> advances_;         // the rest, as they are asked for
};

}  // namespace

struct FontSet::Impl {
  Library library;  // declared first: destroyed after the faces
  std::vector<std::unique_ptr<Face>> faces;
};

FontFiles default_font_files() {
  const std::string lib = "/usr/share/fonts/truetype/liberation2/LiberationSans-";
  return FontFiles{lib + "Regular.ttf", lib + "Bold.ttf", lib + "Italic.ttf", lib + "BoldItalic.ttf",
                   {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"}};
}

FontSet::FontSet(const FontFiles& files) : impl_(std::make_unique<Impl>()) {
  std::vector<std::string> paths = {files.regular, files.bold, files.italic, files.bold_italic};
  paths.insert(paths.end(), files.fallbacks.begin(), files.fallbacks.end());
  for (const auto& p : paths) impl_->faces.push_back(std::make_unique<Face>(impl_->library.get(), p));
}

FontSet::~FontSet() = default;
FontSet::FontSet(FontSet&&) noexcept = default;
FontSet& FontSet::operator=(FontSet&&) noexcept = default;

int FontSet::face_count() const { return static_cast<int>(impl_->faces.size()); }
const std::string& FontSet::file(int face) const { return impl_->faces.at(face)->path(); }
const std::string& FontSet::family(int face) const { return impl_->faces.at(face)->family(); }
bool FontSet::has_glyph(int face, char32_t c) const { return impl_->faces.at(face)->has_glyph(c); }
double FontSet::advance(int face, char32_t c) const { return impl_->faces.at(face)->advance(c); }
double FontSet::ascent(int face) const { return impl_->faces.at(face)->ascent(); }
double FontSet::descent(int face) const { return impl_->faces.at(face)->descent(); }

}  // namespace qaf::layout
