// TrueType fonts as the PDF writer embeds them: each file read once per process, glyph names left out.
#pragma once
#include <memory>
#include <string>

namespace qaf::pdf {

/// The TrueType font `file` as the writer hands it to libharu: its bytes with the glyph names
/// of its `post` table left out (without_glyph_names). Read once per process and shared between
/// threads. Throws PdfError naming the file when it cannot be read.
std::shared_ptr<const std::string> font_program(const std::string& file);

/// `font` (a TrueType file's bytes) with its `post` table cut to format 3: the same header
/// (italic angle, underline), no glyph names. A PDF finds a glyph through its CIDToGIDMap, never
/// by name, and the names are about a third of each subset libharu embeds. Every other table is
/// kept byte for byte; the checksums are made again. A file that is not a TrueType font qaf can
/// take apart, or has no format-2 names to drop, comes back unchanged.
std::string without_glyph_names(const std::string& font);

}  // namespace qaf::pdf
