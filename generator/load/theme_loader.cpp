// Reads a theme's templates and assets in a stable order.
#include "load/theme_loader.hpp"

#include <algorithm>

#include "load/io_error.hpp"
#include "support/suggest.hpp"

namespace qaf {
namespace fs = std::filesystem;

const std::vector<std::string>& required_templates() {
  static const std::vector<std::string> names = {"layout", "home", "page", "framework", "standards", "rubric",
                                                 "skills", "template", "scales", "rules", "programmes", "roles", "search", "dashboard"};
  return names;
}

fs::path theme_folder(const fs::path& root, const std::string& name) {
  std::error_code ec;
  const fs::path own = root / "themes" / name, builtin = fs::path(QAF_BUILTIN_THEMES) / name;
  return !fs::is_directory(own, ec) && fs::is_directory(builtin, ec) ? builtin : own;
}

Theme load_theme(const fs::path& root, const Project& project, Diagnostics& d) {
  Theme t;
  t.name = project.config.theme;
  // The project's own themes/ first, then the themes that come with qaf.
  std::error_code ec;
  const fs::path dir = theme_folder(root, t.name);
  const fs::path base = dir == root / "themes" / t.name ? root : fs::path(QAF_BUILTIN_THEMES).parent_path();
  if (!fs::is_directory(dir, ec)) {
    std::vector<std::string> known;
    if (fs::is_directory(root / "themes", ec))
      for (const auto& e : fs::directory_iterator(root / "themes"))
        if (e.is_directory()) known.push_back(e.path().filename().string());
    std::sort(known.begin(), known.end());
    Diagnostic& e = d.error(project.config.pos.file.empty() ? SourcePos{"qaf.yaml", 0, 0} : project.config.pos,
                            "theme '" + t.name + "' not found in themes/");
    if (auto best = closest(t.name, known)) hint(e, "did you mean '" + *best + "'?");
    else hint(e, known.empty() ? "add a theme folder under themes/ (copy themes/default from qaf)"
                               : "themes here: " + join_or(known));
    return t;
  }
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it)
    if (it->is_regular_file() && it->path().filename().string()[0] != '.') files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    const fs::path rel = fs::relative(p, dir);
    const std::string rel_s = rel.generic_string();
    if (rel_s.rfind("templates/", 0) == 0) {
      if (p.extension() != ".mustache") continue;
      const std::string name = rel.stem().string();
      t.templates[name] = read_file(p);
      t.template_pos[name] = {fs::relative(p, base).generic_string(), 0, 0};
    } else if (rel_s != "README.md") {
      t.assets[rel_s] = read_file(p);
    }
  }
  for (const std::string& name : required_templates())
    if (!t.templates.count(name))
 hint(d.error({fs::relative(dir, base).generic_string(), 0, 0}, "theme '" + t.name + "' has no template '" + name + "'"),
           "add templates/" + name + ".mustache");
  if (!project.config.logo.empty()) {
    const fs::path logo = root / project.config.logo;
    if (!fs::is_regular_file(logo, ec))
      d.error(project.config.pos, "logo file '" + project.config.logo + "' not found");
    else
      t.assets["logo" + logo.extension().string()] = read_file(logo);
  }
  return t;
}

}  // namespace qaf
