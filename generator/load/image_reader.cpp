// Images placed in pages: found in the Markdown, checked and read (see image_reader.hpp).
#include "load/image_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
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

std::optional<ImageHeader> png_header(std::string_view b) {
  // Signature, then the IHDR chunk: length, "IHDR", width, height.
  if (b.size() < 24 || b.substr(0, 8) != std::string_view("\x89PNG\r\n\x1a\n", 8) || b.substr(12, 4) != "IHDR")
    return std::nullopt;
  const unsigned long w = be32(b, 16), h = be32(b, 20);
  if (w == 0 || h == 0 || w > 100000 || h > 100000) return std::nullopt;
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
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
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

/// What in an SVG would run as a script when the file is opened on its own, or "".
std::string svg_script(std::string_view b) {
  std::string lower(b);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* bad : {"<script", "javascript:", "<foreignobject", "<iframe", "<embed", "<object"})
    if (lower.find(bad) != std::string::npos) return bad;
  // Event handler attributes: onload=, onclick= ...
  for (std::size_t at = lower.find("on"); at != std::string::npos; at = lower.find("on", at + 2)) {
    if (at == 0 || !std::isspace(static_cast<unsigned char>(lower[at - 1]))) continue;
    std::size_t i = at + 2;
    while (i < lower.size() && std::isalpha(static_cast<unsigned char>(lower[i]))) ++i;
    while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
    if (i > at + 2 && i < lower.size() && lower[i] == '=') return lower.substr(at, i - at) + "=";
  }
  return {};
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

void load_page_images(const fs::path& root, const Page& page, bool allow_scripts, Images& images, Diagnostics& d) {
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
    const fs::path file = root / *path;
    std::error_code ec;
    if (!path_within(file, root)) {
      hint(d.error(at, "image '" + img.url + "' is outside the project folder"),
           "images are copied into the site: keep them in the project, e.g. in content/images/");
      continue;
    }
    if (!fs::exists(file, ec)) {
      Diagnostic& e = d.error(at, "image file '" + *path + "' not found");
      // A misspelt name: the files of the folder it names.
      std::vector<std::string> names;
      for (const auto& entry : fs::directory_iterator(file.parent_path(), ec)) names.push_back(entry.path().filename().string());
      if (auto best = closest(file.filename().string(), names))
        hint(e, "did you mean '" + (fs::path(img.url).parent_path() / *best).generic_string() + "'?");
      else
        hint(e, "check the name and the folder: it is relative to " + page.pos.file);
      continue;
    }
    if (!fs::is_regular_file(file, ec)) {
      d.error(at, "image '" + *path + "' is not a regular file");
      continue;
    }
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec || size > kMaxImageBytes) {
      hint(d.error(at, "image '" + *path + "' is larger than " + std::to_string(kMaxImageBytes / (1024 * 1024)) + " MB"),
           "save it smaller (a diagram needs no more than about 2000 pixels across)");
      continue;
    }
    auto bytes = std::make_shared<const std::string>(read_file(file));
    const std::optional<ImageHeader> header = read_image_header(*bytes);
    if (!header) {
      hint(d.error(at, "image '" + *path + "' is not a PNG, JPEG or SVG image"),
           "save it as PNG (diagrams, charts) or JPEG (photographs); SVG shows on the site only");
      continue;
    }
    if (header->format == ImageFormat::svg && !allow_scripts) {
      if (const std::string script = svg_script(*bytes); !script.empty()) {
        hint(d.error(at, "SVG image '" + *path + "' holds '" + script + "', which would run as a script"),
             "save the drawing without scripts or links to scripts (or export it as PNG)");
        continue;
      }
    }
    images.emplace(*path, Image{*path, header->format, header->width, header->height, std::move(bytes), at});
  }
}

}  // namespace qaf
