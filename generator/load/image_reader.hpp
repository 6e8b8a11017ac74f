// Finds the images a page places, checks them (alternative text, a file of the project, PNG, JPEG or SVG) and loads them.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/image.hpp"
#include "model/programme.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

/// Largest image file qaf copies into the site and the PDFs.
inline constexpr std::uintmax_t kMaxImageBytes = 10u * 1024 * 1024;
/// Largest image qaf places, in pixels (a PNG is small on disk but large once decoded).
inline constexpr long long kMaxImagePixels = 40'000'000;

/// Loads into `images` every image page `page` places with a path of the project (Markdown
/// `![alternative text](images/chart.png)`, relative to the page's file), reporting a missing
/// description, a missing, unreadable or oversized file, a format other than PNG, JPEG or SVG, a
/// path outside the project or inside one of `private_dirs` (project-relative: the audit records),
/// a name a web address would change, an extension that does not match the file, a damaged PNG
/// and (unless `allow_scripts`) an SVG holding scripts. Web addresses are left to the site, which
/// warns about them.
void load_page_images(const std::filesystem::path& root, const Page& page, bool allow_scripts,
                      const std::vector<std::filesystem::path>& private_dirs, Images& images, Diagnostics& d);

/// The format and pixel size of an image file's bytes, from its header; nullopt when they are
/// not a PNG, JPEG or SVG image. Pure.
struct ImageHeader {
  ImageFormat format = ImageFormat::png;
  int width = 0, height = 0;
};
std::optional<ImageHeader> read_image_header(std::string_view bytes);

}  // namespace qaf
