// A site theme as loaded: Mustache page templates by name, and asset files copied to the site.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "support/source.hpp"

namespace qaf {

struct Theme {
  std::string name;
  std::map<std::string, std::string> templates;  ///< "layout" -> text of templates/layout.mustache
  std::map<std::string, SourcePos> template_pos;  ///< where each template came from
  std::map<std::string, std::string> assets;      ///< path under the site's assets/ -> bytes
};

}  // namespace qaf
