// TrueType fonts as the PDF writer embeds them (see font_program.hpp).
#include "pdf/font_program.hpp"

#include <cstdint>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <vector>

#include "pdf/pdf_writer.hpp"

namespace qaf::pdf {
namespace {

std::uint32_t u32(const std::string& b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}
std::uint16_t u16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) << 8 | static_cast<unsigned char>(b[at + 1]));
}
void put32(std::string& b, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b[at + static_cast<std::size_t>(i)] = static_cast<char>(v >> (24 - 8 * i));
}

/// The sum of a table's big-endian 32-bit words, the last one padded with zeros.
std::uint32_t checksum(const std::string& b, std::size_t at, std::size_t length) {
  std::uint32_t sum = 0;
  for (std::size_t i = 0; i < length; i += 4) {
    std::uint32_t word = 0;
    for (std::size_t k = 0; k < 4; ++k)
      word = word << 8 | (i + k < length ? static_cast<unsigned char>(b[at + i + k]) : 0u);
    sum += word;
  }
  return sum;
}

struct Table {
  std::string tag;
  std::size_t offset = 0, length = 0;
};

}  // namespace

std::string without_glyph_names(const std::string& font) {
  if (font.size() < 12) return font;
  const std::uint32_t version = u32(font, 0);
  if (version != 0x00010000 && version != 0x74727565) return font;  // TrueType outlines ('true' on a Mac)
  const std::size_t count = u16(font, 4);
  if (12 + 16 * count > font.size()) return font;
  std::vector<Table> tables;
  const Table* post = nullptr;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t at = 12 + 16 * i;
    Table t{font.substr(at, 4), u32(font, at + 8), u32(font, at + 12)};
    if (t.offset > font.size() || t.length > font.size() - t.offset) return font;
    tables.push_back(t);
  }
  for (const Table& t : tables)
    if (t.tag == "post") post = &t;
  if (!post || post->length <= 32 || u32(font, post->offset) != 0x00020000) return font;

  // The same directory, each table after it in the same order, 4-byte aligned.
  std::string out = font.substr(0, 12 + 16 * count);
  std::size_t head_at = std::string::npos;
  for (std::size_t i = 0; i < count; ++i) {
    const Table& t = tables[i];
    const std::size_t offset = out.size();
    if (&t == post) {
      out += font.substr(t.offset, 32);
      put32(out, offset, 0x00030000);  // version 3.0: no glyph names
    } else {
      out += font.substr(t.offset, t.length);
    }
    const std::size_t length = out.size() - offset;
    if (t.tag == "head" && length >= 12) {
      head_at = offset;
      put32(out, offset + 8, 0);  // checksumAdjustment: summed as 0, set once the whole file is
    }
    out.resize(out.size() + (4 - length % 4) % 4, '\0');
    const std::size_t entry = 12 + 16 * i;
    put32(out, entry + 4, checksum(out, offset, length));
    put32(out, entry + 8, static_cast<std::uint32_t>(offset));
    put32(out, entry + 12, static_cast<std::uint32_t>(length));
  }
  if (head_at != std::string::npos) put32(out, head_at + 8, 0xB1B0AFBA - checksum(out, 0, out.size()));
  return out;
}

std::shared_ptr<const std::string> font_program(const std::string& file) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const std::string>> programs;
  std::lock_guard lock(mutex);
  auto& program = programs[file];
  if (!program) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    if (!(in && bytes << in.rdbuf())) throw PdfError("PDF writer: loading font " + file + " failed (the file cannot be read)");
    program = std::make_shared<const std::string>(without_glyph_names(bytes.str()));
  }
  return program;
}

}  // namespace qaf::pdf
