// `qaf import`: a spreadsheet's rows checked as audit records through the loader, then written all together or not at all.
#pragma once
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/diagnostics.hpp"

namespace qaf::importing {

struct ImportOptions {
  std::filesystem::path project = ".";
  bool project_named = false;            ///< PROJECT_DIR was given: paths are printed under it
  std::string file;                      ///< the CSV, as named on the command line
  std::string template_ref;              ///< "FRAMEWORK/TEMPLATE", or "TEMPLATE" when only one framework has it
  std::optional<std::string> map_file{};
  std::optional<std::string> audits_dir{};  ///< --audits (relative to the working directory)
};

/// What cannot be imported at all (a workbook, an unknown template): exit 2, with a hint.
struct ImportRefused : std::runtime_error {
  ImportRefused(const std::string& message, std::string hint_) : std::runtime_error(message), hint(std::move(hint_)) {}
  std::string hint;
};

struct ImportResult {
  std::vector<std::string> written{};  ///< the records' files, as the user finds them
  std::string folder;                  ///< where they went
  std::size_t rows = 0;                ///< rows with answers
  bool project_errors = false;         ///< the project had errors before anything was imported
};

/// Loads the project, reads the CSV (and the mapping file), makes one record per row and reads
/// each with the loader's own read_audit; every problem goes to `diags` at FILE:row:column (the
/// spreadsheet's row and column; row 1 is the headings). Only when there is none are the records
/// written, all of them or none, into the audits folder's `imported/` subfolder, named by their
/// ids; an id already used by a record, or a file already there, is an error: nothing existing
/// is ever written over. Throws ImportRefused for a workbook, an unknown template, or writing
/// that fails (nothing is then left written); IoError when a file cannot be read.
ImportResult import_csv(const ImportOptions& options, Diagnostics& diags);

}  // namespace qaf::importing
