// Building the intranet site: every page of every framework, the search index and the theme's assets.
#pragma once
#include <set>
#include <string>

#include "model/project.hpp"
#include "model/theme.hpp"
#include "support/date.hpp"
#include "output/output_tree.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

struct SiteOptions {
  std::set<std::string> pdfs;  ///< site paths of PDFs that will sit in the site (linked from their pages)
  Date as_of;                  ///< the day dashboards count actions on (today(): SOURCE_DATE_EPOCH or the clock)
};

/// Renders the site for `project` with `theme`. Pure: returns the files; the caller
/// writes them. Problems (broken links, template errors, reserved framework ids) go to
/// `diags`; when it has errors the tree must not be written.
OutputTree build_site(const Project& project, const Theme& theme, const SiteOptions& options, Diagnostics& diags);

}  // namespace qaf
