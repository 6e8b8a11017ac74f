// Images placed in pages (diagrams, process charts): the file's bytes, format and size, keyed by project path.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "support/source.hpp"

namespace qaf {

enum class ImageFormat { png, jpeg, svg };

struct Image {
  std::string path;  ///< project-relative, normal, '/'-separated: "content/images/governance.png"
  ImageFormat format = ImageFormat::png;
  int width = 0, height = 0;  ///< pixels (SVG: its width and height or viewBox, 0 when it gives none)
  std::shared_ptr<const std::string> bytes;  ///< the file as read (shared with the PDF pages that place it)
  SourcePos pos;  ///< where it is first placed
};

/// Images by path.
using Images = std::map<std::string, Image>;

/// The project path of image target `target` written in a text of file `text_file` (both
/// project-relative), or nullopt when it is not a file of the project: a web address or other
/// scheme, an absolute path, or one that climbs above the project folder. A "#..." or "?..."
/// suffix is dropped.
std::optional<std::string> image_path(const std::string& text_file, const std::string& target);

/// Where an image of the site is published: "media/" + its project path.
inline std::string image_site_path(const std::string& path) { return "media/" + path; }

}  // namespace qaf
