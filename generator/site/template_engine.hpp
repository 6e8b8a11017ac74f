// Rendering theme templates (Mustache, via kainjow's library) with View values and the theme's partials.
#pragma once
#include <map>
#include <memory>
#include <string>

#include "model/theme.hpp"
#include "site/view.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

/// Renders the theme's template `name` with `view`; templates whose names start with '_'
/// are available as partials ({{> _name}}). A template with a syntax error or an
/// unknown name is reported to `diags` (once per template) and renders as "".
std::string render_template(const Theme& theme, const std::string& name, const View& view, Diagnostics& diags);

/// The theme's templates, each parsed once, for a build that renders thousands of pages with
/// them. Rendering through it gives what render_template gives.
class TemplateCache {
 public:
  explicit TemplateCache(const Theme& theme);
  ~TemplateCache();
  TemplateCache(const TemplateCache&) = delete;
  TemplateCache& operator=(const TemplateCache&) = delete;
  std::string render(const std::string& name, const View& view, Diagnostics& diags);

 private:
  struct Parsed;
  const Theme& theme_;
  std::map<std::string, std::unique_ptr<Parsed>> parsed_;
};

}  // namespace qaf
