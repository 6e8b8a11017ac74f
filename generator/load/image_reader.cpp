// Images placed in pages: found in the Markdown, checked and read (see image_reader.hpp).
#include "load/image_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <system_error>
#include <vector>

#include "load/io_error.hpp"
#include "markdown/markdown.hpp"
#include "support/paths.hpp"
#include "support/suggest.hpp"

namespace qaf {
namespace fs = std::filesystem;

namespace {

unsigned byte_at(std::string_view b, std::size_t i) { return static_cast<unsigned char>(b[i]); }
unsigned be16(std::string_view b, std::size_t i) { return byte_at(b, i) << 8 | byte_at(b, i + 1); }
unsigned long be32(std::string_view b, std::size_t i) {
  return static_cast<unsigned long>(be16(b, i)) << 16 | be16(b, i + 2);
}

/// CRC-32 as PNG chunks use it (ISO 3309, the polynomial 0xEDB88320, reflected).
unsigned long crc32(std::string_view data) {
  unsigned long c = 0xFFFFFFFFul;
  for (unsigned char byte : data) {
    c ^= byte;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320ul ^ (c >> 1) : c >> 1;
  }
  return c ^ 0xFFFFFFFFul;
}

std::optional<ImageHeader> png_header(std::string_view b) {
  // Signature, then the IHDR chunk: length, "IHDR", width, height.
  if (b.size() < 24 || b.substr(0, 8) != std::string_view("\x89PNG\r\n\x1a\n", 8) || b.substr(12, 4) != "IHDR")
    return std::nullopt;
  const unsigned long w = be32(b, 16), h = be32(b, 20);
  if (w == 0 || h == 0 || w > 100000 || h > 100000) return std::nullopt;
  // Every chunk whole, with its checksum, up to IEND: a cut or damaged file is refused here, by
  // qaf check, rather than by the PDF writer during the build.
  for (std::size_t i = 8;;) {
    if (i + 12 > b.size()) return std::nullopt;
    const unsigned long length = be32(b, i);
    if (length > b.size() - i - 12) return std::nullopt;
    if (crc32(b.substr(i + 4, 4 + length)) != be32(b, i + 8 + length)) return std::nullopt;
    if (b.substr(i + 4, 4) == "IEND") break;
    i += 12 + length;
  }
  return ImageHeader{ImageFormat::png, static_cast<int>(w), static_cast<int>(h)};
}

std::optional<ImageHeader> jpeg_header(std::string_view b) {
  if (b.size() < 4 || byte_at(b, 0) != 0xFF || byte_at(b, 1) != 0xD8) return std::nullopt;
  // Segments after the start marker: FF, a marker, a 2-byte length that counts itself. The
  // frame header (SOF0-SOF15 but DHT C4, JPG C8 and DAC CC) holds precision, height, width.
  for (std::size_t i = 2; i + 4 <= b.size();) {
    if (byte_at(b, i) != 0xFF) return std::nullopt;
    const unsigned marker = byte_at(b, i + 1);
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // end of image, or scan data before any frame
    const unsigned length = be16(b, i + 2);
    if (length < 2) return std::nullopt;
    if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
      return std::nullopt;  // lossless, hierarchical or arithmetic-coded: rare, and not every reader takes them
    if (marker >= 0xC0 && marker <= 0xC2) {
      if (i + 9 > b.size()) return std::nullopt;
      const unsigned h = be16(b, i + 5), w = be16(b, i + 7);
      if (w == 0 || h == 0) return std::nullopt;
      return ImageHeader{ImageFormat::jpeg, static_cast<int>(w), static_cast<int>(h)};
    }
    i += 2 + length;
  }
  return std::nullopt;
}

/// The value of attribute `name` in an XML start tag, or "".
std::string attribute(std::string_view tag, std::string_view name) {
  for (std::size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    const bool starts = at > 0 && std::isspace(static_cast<unsigned char>(tag[at - 1]));
    std::size_t i = at + name.size();
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (!starts || i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
    const std::size_t end = tag.find(tag[i], i + 1);
    if (end == std::string_view::npos) return {};
    return std::string(tag.substr(i + 1, end - i - 1));
  }
  return {};
}

/// A length in pixels ("240", "240px", "240.5"), 0 for anything else (percentages, other units).
int pixels(const std::string& value) {
  char* end = nullptr;
  const double v = std::strtod(value.c_str(), &end);
  if (end == value.c_str() || !(v > 0 && v < 100000)) return 0;
  const std::string unit(end);
  return unit.empty() || unit == "px" ? static_cast<int>(v + 0.5) : 0;
}

std::optional<ImageHeader> svg_header(std::string_view b) {
  const std::size_t open = b.find("<svg");
  if (open == std::string_view::npos || open > 4096) return std::nullopt;
  const std::size_t close = b.find('>', open);
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view tag = b.substr(open, close - open);
  ImageHeader h{ImageFormat::svg, pixels(attribute(tag, "width")), pixels(attribute(tag, "height"))};
  if (h.width == 0 || h.height == 0) {
    double x = 0, y = 0, w = 0, hh = 0;
    const std::string box = attribute(tag, "viewBox");
    if (std::sscanf(box.c_str(), "%lf%*[ ,]%lf%*[ ,]%lf%*[ ,]%lf", &x, &y, &w, &hh) == 4 && w > 0 && hh > 0 && w < 100000 &&
        hh < 100000) {
      h.width = static_cast<int>(w + 0.5);
      h.height = static_cast<int>(hh + 0.5);
    } else {
      h.width = h.height = 0;
    }
  }
  return h;
}

/// The text with numeric character references (&#106; &#x6A;) decoded, in lower case, without
/// blanks or control characters: what a browser's parsers would see in names and addresses.
std::string flattened(std::string_view b) {
  std::string out;
  out.reserve(b.size());
  for (std::size_t i = 0; i < b.size(); ++i) {
    unsigned long c = static_cast<unsigned char>(b[i]);
    if (c == '&' && i + 2 < b.size() && b[i + 1] == '#') {
      const bool hex = b[i + 2] == 'x' || b[i + 2] == 'X';
      std::size_t j = i + (hex ? 3 : 2);
      unsigned long v = 0;
      const std::size_t first = j;
      while (j < b.size() && (hex ? std::isxdigit(static_cast<unsigned char>(b[j])) : std::isdigit(static_cast<unsigned char>(b[j]))) &&
             v < 0x110000) {
        v = v * (hex ? 16 : 10) + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(b[j])) ? b[j] - '0' : (std::tolower(b[j]) - 'a' + 10));
        ++j;
      }
      if (j > first) {
        c = v < 128 ? v : '?';
        i = (j < b.size() && b[j] == ';') ? j : j - 1;
      }
    }
    if (c <= ' ' || c == 0x7F) continue;
    out += static_cast<char>(std::tolower(static_cast<int>(c)));
  }
  return out;
}

/// What in an SVG would run as a script when the file is opened on its own, or "".
std::string svg_script(std::string_view b) {
  const std::string flat = flattened(b);
  // Entities could spell anything; scripts, embedded documents and script addresses by name,
  // with or without a namespace prefix ("<svg:script").
  for (const char* bad : {"<!entity", "javascript:", "vbscript:"})
    if (flat.find(bad) != std::string::npos) return bad;
  for (std::size_t at = flat.find('<'); at != std::string::npos; at = flat.find('<', at + 1)) {
    std::size_t name = at + 1;
    const std::size_t colon = flat.find_first_of(":>/<", name);
    if (colon != std::string::npos && flat[colon] == ':' && colon - name < 32) name = colon + 1;
    for (const char* element : {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"})
      if (flat.compare(name, std::strlen(element), element) == 0) return std::string("<") + element;
  }
  // Event handler attributes (onload=, onclick= ...), blanks around '=' allowed.
  std::string lower(b);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (std::size_t at = lower.find("on"); at != std::string::npos; at = lower.find("on", at + 2)) {
    if (at == 0 || !(std::isspace(static_cast<unsigned char>(lower[at - 1])) || lower[at - 1] == '/' || lower[at - 1] == ':'))
      continue;
    std::size_t i = at + 2;
    while (i < lower.size() && std::isalpha(static_cast<unsigned char>(lower[i]))) ++i;
    const std::size_t name_end = i;
    while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
    if (name_end > at + 2 && i < lower.size() && lower[i] == '=') return lower.substr(at, name_end - at) + "=";
  }
  return {};
}

/// The format a file name's extension promises, or nullopt for any other extension.
std::optional<ImageFormat> format_of_name(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".png") return ImageFormat::png;
  if (ext == ".jpg" || ext == ".jpeg") return ImageFormat::jpeg;
  if (ext == ".svg") return ImageFormat::svg;
  return std::nullopt;
}

/// True when every character of a path is one a web address carries as it is.
bool plain_name(const std::string& path) {
  if (path.find("..") != std::string::npos) return false;
  return std::all_of(path.begin(), path.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '/';
  });
}

struct Placed {
  std::string url, alt;
  int line = 0, column = 0;
};

std::vector<Placed> placed_images(const std::string& markdown) {
  std::vector<Placed> out;
  if (markdown.find("![") == std::string::npos) return out;  // no image: not worth a parse
  MarkdownOptions o;
  o.rewrite_image = [&out](const std::string& url, const std::string& alt, int line, int column) {
    out.push_back({url, alt, line, column});
    return std::optional<std::string>();
  };
  render_markdown(markdown, o);
  return out;
}

}  // namespace

std::optional<ImageHeader> read_image_header(std::string_view bytes) {
  if (auto h = png_header(bytes)) return h;
  if (auto h = jpeg_header(bytes)) return h;
  return svg_header(bytes);
}

void load_page_images(const fs::path& root, const Page& page, bool allow_scripts,
                      const std::vector<fs::path>& private_dirs, Images& images, Diagnostics& d) {
  for (const Placed& img : placed_images(page.body)) {
    const SourcePos at{page.pos.file, page.body_line + img.line - 1, std::max(img.column, 1)};
    const std::optional<std::string> path = image_path(page.pos.file, img.url);
    const bool web = img.url.rfind("https://", 0) == 0 || img.url.rfind("http://", 0) == 0;
    const bool inline_data = img.url.rfind("data:", 0) == 0;  // the image in its address (cmark-gfm keeps safe ones)
    if (!path) {
      if (web || inline_data) continue;  // the site warns of web images: not copied, not printed
      hint(d.error(at, "image '" + img.url + "' is not a file of the project"),
           "put the image in the project (e.g. content/images/) and name it relative to this page, as in "
           "![What the chart shows](images/chart.png)");
      continue;
    }
    std::string alt = img.alt;
    alt.erase(std::remove_if(alt.begin(), alt.end(), [](unsigned char c) { return std::isspace(c); }), alt.end());
    if (alt.empty())
      hint(d.error(at, "image '" + img.url + "' has no alternative text"),
           "write what the image shows between the brackets, for people who cannot see it: "
           "![The QA board reports to the practice board each quarter](" + img.url + ")");
    if (images.count(*path)) continue;
    // Audit records hold personal data: nothing in their folders is ever published.
    const bool is_private = std::any_of(private_dirs.begin(), private_dirs.end(), [&](const fs::path& dir) {
      return !dir.empty() && normal_within(fs::path(*path).lexically_normal(), dir.lexically_normal());
    });
    if (is_private) {
      hint(d.error(at, "image '" + *path + "' is in the audit records folder, which is never published"),
           "keep images for the site apart from the audit records, e.g. in content/images/");
      continue;
    }
    if (!plain_name(*path)) {
      hint(d.error(at, "image name '" + *path + "' has characters a web address would change"),
           "rename the file (and its folders) using letters, digits, '-', '_' and single dots, e.g. images/board-chart.png");
      continue;
    }
    const std::optional<ImageFormat> named = format_of_name(*path);
    if (!named) {
      hint(d.error(at, "image '" + *path + "' is not named as a PNG, JPEG or SVG file"),
           "save it as PNG (diagrams, charts) or JPEG (photographs), named .png, .jpg or .jpeg; SVG (.svg) shows on the "
           "site only");
      continue;
    }
    const fs::path file = root / *path;
    std::error_code ec;
    if (!path_within(file, root)) {
      hint(d.error(at, "image '" + img.url + "' is outside the project folder"),
           "images are copied into the site: keep them in the project, e.g. in content/images/");
      continue;
    }
    if (!fs::exists(file, ec)) {
      Diagnostic& e = d.error(at, "image file '" + *path + "' not found");
      // A misspelt name: the files of the folder it names (hidden ones left out).
      std::vector<std::string> names;
      fs::directory_iterator it(file.parent_path(), ec), end;
      for (; !ec && it != end; it.increment(ec))
        if (const std::string n = it->path().filename().string(); !n.empty() && n[0] != '.') names.push_back(n);
      if (auto best = closest(file.filename().string(), names))
        hint(e, "did you mean '" + (fs::path(img.url).parent_path() / *best).generic_string() + "'?");
      else
        hint(e, "check the name and the folder: it is relative to " + page.pos.file);
      continue;
    }
    if (!fs::is_regular_file(file, ec)) {
      hint(d.error(at, "image '" + *path + "' is not a regular file"), "name an image file, not a folder or a device");
      continue;
    }
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec) {
      d.error(at, "cannot read the size of image '" + *path + "': " + ec.message());
      continue;
    }
    if (size > kMaxImageBytes) {
      hint(d.error(at, "image '" + *path + "' is larger than " + std::to_string(kMaxImageBytes / (1024 * 1024)) + " MB"),
           "save it smaller: a diagram needs no more than about 1,500 pixels across");
      continue;
    }
    auto bytes = std::make_shared<const std::string>(read_file(file));
    const std::optional<ImageHeader> header = read_image_header(*bytes);
    if (!header || header->format != *named) {
      hint(d.error(at, "image '" + *path + "' is not a whole " + (*named == ImageFormat::png ? "PNG" : *named == ImageFormat::jpeg ? "JPEG" : "SVG") +
                           " image"),
           "open it in an image editor and save it again as PNG or JPEG (baseline or progressive), with the matching "
           "extension");
      continue;
    }
    // PNG and JPEG are decoded to be placed in the PDFs; an SVG's size is only its drawing's units.
    if (header->format != ImageFormat::svg && static_cast<long long>(header->width) * header->height > kMaxImagePixels) {
      hint(d.error(at, "image '" + *path + "' is " + std::to_string(header->width) + " x " + std::to_string(header->height) +
                           " pixels; qaf places images of at most " + std::to_string(kMaxImagePixels / 1000000) + " million pixels"),
           "save it smaller: a diagram needs no more than about 1,500 pixels across");
      continue;
    }
    if (header->format == ImageFormat::svg && !allow_scripts) {
      if (const std::string script = svg_script(*bytes); !script.empty()) {
        hint(d.error(at, "SVG image '" + *path + "' holds '" + script + "', which would run as a script"),
             "save the drawing without scripts, entities or links to scripts (or export it as PNG)");
        continue;
      }
    }
    images.emplace(*path, Image{*path, header->format, header->width, header->height, std::move(bytes), at});
  }
}

}  // namespace qaf
