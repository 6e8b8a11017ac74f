// A project built in memory and brought up to date as its files are saved (qaf serve).
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "load/project_loader.hpp"
#include "pipeline/pipeline.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

/// The project at a root, loaded, and its site with the PDFs built (never the packs: they hold
/// personal data and a preview has no need of them).
class LiveBuild {
 public:
  /// Loads and builds; problems go to `diags`. Throws IoError when the theme or a file cannot be
  /// read.
  LiveBuild(const std::filesystem::path& root, const LoadOptions& options, Diagnostics& diags);
  ~LiveBuild();
  LiveBuild(const LiveBuild&) = delete;
  LiveBuild& operator=(const LiveBuild&) = delete;

  /// Whether the site was built without errors.
  bool ok() const { return ok_; }
  /// The site's files (empty when loading failed).
  const OutputTree& site() const;
  /// The project as loaded, with each page rebuilt since as it now reads.
  const Project& project() const { return *project_; }

  /// Brings the site up to date after the files `changed` (relative to the root) were saved,
  /// when each is a Markdown page of the project whose front matter reads as before (or a file
  /// that is gone and was no page: an editor's temporary file): each is read again and its page
  /// alone rendered (Outputs::site_build). Returns their site paths, and
  /// warnings in `diags`. Returns nullopt, and leaves `diags` as it was, when that is not enough:
  /// any other file changed, or a page has errors. A full build is then needed, and this one is
  /// not to be used again. Either way the search index, links into the page and what it means for
  /// other pages are brought up to date only by a full build.
  std::optional<std::vector<std::string>> rebuild_pages(const std::vector<std::string>& changed, Diagnostics& diags);

 private:
  std::filesystem::path root_;
  std::unique_ptr<Project> project_;  ///< at a stable address: the kept site refers to it
  Outputs outputs_;
  OutputTree empty_;
  bool ok_ = false;
  bool spent_ = false;  ///< a page rebuild failed half-way: the site is no longer whole
};

}  // namespace qaf
