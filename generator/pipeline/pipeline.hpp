// Everything `qaf build` writes, rendered in memory: the site and, apart from it, the packs.
#pragma once
#include <filesystem>
#include <memory>

#include "model/project.hpp"
#include "output/output_tree.hpp"
#include "site/site_builder.hpp"
#include "support/date.hpp"
#include "support/diagnostics.hpp"
#include "support/progress.hpp"

namespace qaf {

struct Outputs {
  OutputTree site;   ///< the intranet site: aggregates only, no personal data
  OutputTree packs;  ///< restricted: filled audits, packs, CSV exports
  /// With `keep_site`: the site kept to rebuild pages in (its tree(), the PDFs in it, is the
  /// site; `site` stays empty).
  std::unique_ptr<SiteBuild> site_build;
};

/// Loads the theme and renders the site and the packs for a loaded project. Problems go
/// to `diags`; when it has errors nothing may be written. Throws IoError when theme
/// files cannot be read. With `check_only` (qaf check) every check runs the same, but PDFs
/// and workbooks are laid out and not written (their files are empty) and size is not limited.
/// Without `packs` (qaf build --no-packs) the packs are not rendered: `Outputs::packs` stays empty.
/// `progress`, when given, is told of each phase ("pdfs", "site", "packs") and each filled audit.
/// With `packs_dir` the packs are not held in memory: each file goes into that folder's staging
/// folder as it is made (`Outputs::packs` is streamed; see OutputTree::stream_to), and
/// WriteError or WriteInterrupted may be thrown. With `keep_site` the site is kept as a SiteBuild
/// (see Outputs::site_build), which refers to `project`.
Outputs render_outputs(const std::filesystem::path& root, const Project& project, const Date& as_of, Diagnostics& diags,
                       bool check_only = false, bool packs = true, Progress* progress = nullptr,
                       const WritableDir* packs_dir = nullptr, bool keep_site = false);

}  // namespace qaf
