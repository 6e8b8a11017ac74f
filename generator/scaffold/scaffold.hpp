// `qaf new`: plans the skeleton files of a new framework or template, and writes them without overwriting anything.
#pragma once
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "scaffold/skeleton.hpp"

namespace qaf {

/// What `qaf new` will write, and what it has to tell the user besides.
struct ScaffoldPlan {
  std::vector<NewFile> files;      ///< paths relative to the project folder
  std::vector<std::string> notes;  ///< printed after the list of files
};

/// Why `qaf new` writes nothing: `path` (relative to the project, or "" for the command) and a hint.
struct ScaffoldRefused : std::runtime_error {
  ScaffoldRefused(std::string path_, const std::string& message, std::string hint_)
      : std::runtime_error(message), path(std::move(path_)), hint(std::move(hint_)) {}
  std::string path;
  std::string hint;
};

/// The files of a new framework `id` in the project at `root` (which need not exist yet). In a
/// folder with neither qaf.yaml nor frameworks/, qaf.yaml and content/index.md are added (the
/// latter only when missing). Throws ScaffoldRefused for an invalid id or a framework folder that exists.
ScaffoldPlan plan_framework(const std::filesystem::path& root, const std::string& id, const Date& today);

/// A new template `id` in framework `framework` (or the project's only framework). Throws
/// ScaffoldRefused for an invalid id, an unknown or ambiguous framework, or a template that exists.
ScaffoldPlan plan_template(const std::filesystem::path& root, const std::string& id,
                           const std::optional<std::string>& framework);

/// Writes `files` under `root`, creating folders as needed. Each file is created only if nothing
/// is at its path (checked again at the moment of creating it); a path that leads out of `root`
/// (through a link) is refused. All or nothing: on failure, what this call made is removed and
/// ScaffoldRefused is thrown.
void write_new_files(const std::filesystem::path& root, const std::vector<NewFile>& files);

}  // namespace qaf
