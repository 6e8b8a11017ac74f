// Font metrics for layout: TrueType faces read with FreeType, measured in em units.
// A FontSet owns its faces; it throws std::runtime_error only when a font file cannot be loaded.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace qaf::layout {

/// Files of the four styles of the body family, then fallback faces tried in
/// order for characters the styled face lacks (e.g. U+2713 CHECK MARK).
struct FontFiles {
  std::string regular, bold, italic, bold_italic;
  std::vector<std::string> fallbacks;
};

/// Liberation Sans (fonts-liberation2) with DejaVu Sans (fonts-dejavu-core) as fallback.
FontFiles default_font_files();

/// Faces 0-3 are regular, bold, italic, bold italic (the order of Style); 4... are fallbacks.
class FontSet {
 public:
  /// Loads every file; throws std::runtime_error naming a file that cannot be read.
  explicit FontSet(const FontFiles& files);
  ~FontSet();
  FontSet(FontSet&&) noexcept;
  FontSet& operator=(FontSet&&) noexcept;
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  int face_count() const;
  const std::string& file(int face) const;
  const std::string& family(int face) const;  ///< e.g. "Liberation Sans"
  bool has_glyph(int face, char32_t c) const;
  /// Advance width in em (multiply by the size in points), as a PDF viewer will place it.
  double advance(int face, char32_t c) const;
  double ascent(int face) const;   ///< em, positive
  double descent(int face) const;  ///< em, positive

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qaf::layout
