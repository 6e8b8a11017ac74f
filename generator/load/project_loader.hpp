// Loading a whole project: qaf.yaml, frameworks/<id>/, content/ pages and audit records.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#include "load/io_error.hpp"
#include "model/project.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

struct LoadOptions {
  std::string audits_dir;  ///< overrides qaf.yaml's `audits` (relative to the current directory)
  bool load_audits = true;
};

/// Loads and validates everything under `root`. Content problems go to `diags`
/// (the returned model is then partial); throws IoError when `root` or a file
/// cannot be read. The result owns all its data.
Project load_project(const std::filesystem::path& root, const LoadOptions& options, Diagnostics& diags);

/// Reads one Markdown page (`rel_path`, '/'-separated, under `root`) as load_project() reads each:
/// for qaf serve, which renders again a page whose words changed without loading the rest.
/// Throws IoError when the file cannot be read.
Page reload_page(const std::filesystem::path& root, const std::string& rel_path, Diagnostics& diags);

/// Reads one audit record from `text` as load_project() reads each file of the audit records
/// folder, validated against `project` (its frameworks loaded); `rel_path` names it in diagnostics.
/// For `qaf import`, which checks every record it would write before writing any. Ids are not
/// compared with other records' here: the caller does that.
AuditRecord read_audit_text(const std::string& rel_path, const std::string& text, const Project& project,
                            Diagnostics& diags);

/// Reads `root`/qaf.yaml into a Config (the defaults when there is no qaf.yaml); problems go to `diags`.
Config load_config(const std::filesystem::path& root, Diagnostics& diags);

/// Whether `id` follows the rules for ids (lower-case letters, digits, '-', '_', '.', never "..";
/// a letter or digit first; at most 100 characters): the loader's own check.
bool is_valid_id(std::string_view id);

/// The folder of a framework that holds its kept versions, one folder each (`qaf publish`).
inline constexpr const char* kVersionsFolder = "versions";

/// Loads one framework folder (`root`/frameworks/`id`, without its versions folder) and resolves
/// its references.
Framework load_framework(const std::filesystem::path& root, const std::string& id, Diagnostics& diags);

/// Loads the kept versions of framework `id` (`root`/frameworks/`id`/versions/<version>/), oldest
/// first; a folder whose framework.yaml names another version is an error. Only errors are
/// reported for them: warnings were for the author when the version was current.
std::vector<KeptVersion> load_kept_versions(const std::filesystem::path& root, const std::string& id,
                                            Diagnostics& diags);

}  // namespace qaf
