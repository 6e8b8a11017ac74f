// Loading a theme folder (themes/<name>/): templates/*.mustache and every other file as an asset.
#pragma once
#include <filesystem>

#include "model/project.hpp"
#include "model/theme.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

/// Loads the theme named by the project's config from `root`/themes/ (or, when the
/// project has no such folder, from the themes that come with qaf), plus the
/// configured logo as an asset. Problems (unknown theme, missing template) go to
/// `diags`; throws IoError when a file cannot be read.
Theme load_theme(const std::filesystem::path& root, const Project& project, Diagnostics& diags);

/// The folder the theme `name` is read from: `root`/themes/`name`, else qaf's own copy
/// when it has one (the project's path when neither exists). Reads the disk; never throws.
std::filesystem::path theme_folder(const std::filesystem::path& root, const std::string& name);

/// Templates a theme must provide.
const std::vector<std::string>& required_templates();

}  // namespace qaf
