// Leaves out comment lines, blank lines and indentation of a theme's JavaScript.
#include "site/script_trim.hpp"

namespace qaf::site {

std::string trim_script(std::string_view script) {
  std::string out;
  out.reserve(script.size());
  std::size_t at = 0;
  while (at < script.size()) {
    std::size_t end = script.find('\n', at);
    if (end == std::string_view::npos) end = script.size();
    std::string_view line = script.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.back() == '\\') return std::string(script);  // a string may go on
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    line.remove_prefix(first);
    if (line.starts_with("//")) continue;
    // A template literal opens on a line of code; without one, every "//" line is a comment.
    if (line.find('`') != std::string_view::npos) return std::string(script);
    out.append(line);
    out += '\n';
  }
  return out;
}

}  // namespace qaf::site
