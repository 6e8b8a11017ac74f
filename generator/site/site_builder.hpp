// Building the intranet site: every page of every framework, the search index and the theme's assets.
#pragma once
#include <memory>
#include <optional>
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

/// A site built and kept in memory, so that a Markdown page whose words changed, and nothing in
/// its front matter, can be rendered again alone (qaf serve's quick path). It refers to the
/// project, which must outlive it, at the same address.
class SiteBuild {
 public:
  /// Builds the whole site, as build_site() does.
  SiteBuild(const Project& project, const Theme& theme, const SiteOptions& options, Diagnostics& diags);
  ~SiteBuild();
  SiteBuild(const SiteBuild&) = delete;
  SiteBuild& operator=(const SiteBuild&) = delete;

  /// The site's files, with each page rebuilt since.
  OutputTree& tree();
  /// Renders again the page made from `page`, a page of the project (a site page other than the
  /// home page's introduction, or a framework's page) whose body changed: its HTML replaces the
  /// old one in tree() and its own links are checked, into `diags`. Returns its site path;
  /// nullopt when no page of the site is made from `page` alone. The search index, and links
  /// from other pages into this one, stay as they were: a full build brings them up to date.
  std::optional<std::string> rebuild_page(const Page& page, Diagnostics& diags);

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace qaf
