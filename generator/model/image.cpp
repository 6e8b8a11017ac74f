// Image paths: where an image a text names is in the project (see image.hpp).
#include "model/image.hpp"

#include <filesystem>

namespace qaf {

std::optional<std::string> image_path(const std::string& text_file, const std::string& target) {
  std::string t = target.substr(0, target.find_first_of("#?"));
  if (t.empty() || t.front() == '/' || t.front() == '\\') return std::nullopt;
  // A scheme ("https:", "file:", "data:") is a letter then letters, digits, '+', '-', '.' up to ':'.
  const std::size_t colon = t.find(':');
  if (colon != std::string::npos && t.find('/') > colon) return std::nullopt;
  std::filesystem::path p = (std::filesystem::path(text_file).parent_path() / t).lexically_normal();
  if (p.empty() || p.is_absolute() || *p.begin() == "..") return std::nullopt;
  return p.generic_string();
}

}  // namespace qaf
