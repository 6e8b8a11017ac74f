// Shared state of one site build: inputs, Markdown with qaf links, back-links, search documents (internal).
#pragma once
#include <deque>
#include <map>
#include <set>
#include <unordered_set>
#include <string>
#include <vector>

#include "markdown/markdown.hpp"
#include "model/project.hpp"
#include "model/theme.hpp"
#include "search/search.hpp"
#include "site/template_engine.hpp"
#include "site/view.hpp"
#include "versions/history.hpp"
#include "support/diagnostics.hpp"

namespace qaf::site {

/// One page of the site before the layout is applied.
struct BuiltPage {
  std::string path;       ///< site path, e.g. "example-borough/standards.html"
  std::string title;      ///< heading and <title>
  std::string nav_label;  ///< its name in navigation (defaults to title)
  std::string body_html;  ///< the page template's output
  const Framework* fw = nullptr;
  SourcePos pos;  ///< the source of the page, for link errors
  std::vector<std::pair<std::string, std::string>> toc;  ///< (anchor, label) of the page's parts
  /// A page of an earlier version (the archive): the framework as it is now. Null otherwise.
  const Framework* current = nullptr;
  /// Reached from another page only (a fill-in form from its template's page): not listed in the
  /// navigation, and not in the previous and next links.
  bool aside = false;
  std::vector<std::string> scripts{};  ///< the theme's scripts the page needs beyond every page's ("form.js")
  /// Breadcrumbs after the framework's: (site path, label) of each page above this one.
  std::vector<std::pair<std::string, std::string>> crumbs{};
};

class SiteContext {
 public:
  SiteContext(const Project& project, const Theme& theme, std::set<std::string> pdfs, Diagnostics& diags);

  const Project& project;
  const Theme& theme;
  const std::set<std::string> pdfs;  ///< site paths of PDFs written beside the site
  Diagnostics& diags;
  std::vector<search::SearchDoc> docs;

  /// Each framework's versions and what changed in each (versions::history), by framework id;
  /// a framework with no kept version has none.
  const std::vector<versions::Step>& history(const Framework& fw) const;
  /// Sets `updated` ("2.1") and `updated_href` (its "what changed" page) on `v` when something
  /// shown at `anchor` of page `page` ("" for the page's top) changed in the framework's current
  /// version; the theme's _updated partial shows them. Returns `v`.
  View& flag_updated(View& v, const Framework& fw, const std::string& page, const std::string& anchor) const;
  /// A new view with those two set: for what is shown at `anchor` of `page`.
  View flagged(const Framework& fw, const std::string& page, const std::string& anchor) const {
    View v;
    return flag_updated(v, fw, page, anchor);
  }

  /// Markdown `t` as HTML for the page at `from`. Links such as "standard:1.4",
  /// "template:case-audit", "rubric:id/area", "skill:id", "role:id", "scale:id",
  /// "page:id" (framework page, else site page) and "framework:id" become relative
  /// URLs; an unknown one is an error at t.pos.
  std::string html(const Text& t, const std::string& from, const Framework* fw) const;
  /// The same, with the text's headings and plain text (for a page's contents and search).
  RenderedMarkdown rendered(const Text& t, const std::string& from, const Framework* fw) const;
  /// The same for a short text: no enclosing paragraph.
  std::string inline_html(const Text& t, const std::string& from, const Framework* fw) const;
  /// Plain text of Markdown (for search bodies and labels).
  static std::string text(const std::string& markdown);

  /// {href, label} objects for links to where a standard, area or skill is checked.
  View question_links(const Framework& fw, const std::vector<BackLink>& links, const std::string& from) const;
  /// The same links grouped by template, each question by its number on the form:
  /// {template, href (the template page), questions: [{href, number, last}]}, for tight table cells.
  View question_groups(const Framework& fw, const std::vector<BackLink>& links, const std::string& from) const;
  View area_links(const Framework& fw, const std::vector<BackLink>& links, const std::string& from) const;
  View standard_links(const Framework& fw, const std::vector<Ref>& refs, const std::string& from) const;
  /// Roles as links, read as a sentence ("Team manager, Senior practitioner and Service manager").
  View role_links(const Framework& fw, const std::vector<Ref>& refs, const std::string& from) const;
  /// Bodies and roles named together (who a report goes to, where a figure is looked at), as links
  /// read as a sentence: a body to the bodies page, a role to the roles page.
  View body_and_role_links(const Framework& fw, const std::vector<Ref>& refs, const std::string& from) const;

  /// The earlier versions of `current` as the archive shows them (site_paths::archived_versions),
  /// oldest first, owned by the context at stable addresses: their pages point at them.
  std::vector<const Framework*> archives(const Framework& current);
  /// Whether `fw` is one of those earlier versions rather than a framework of the project.
  bool archived(const Framework& fw) const;

  /// Sets each search document's changed_in once every page is indexed: a document changed when
  /// what it holds did (its own place), or, for a whole page, anything on it that has no
  /// document of its own.
  void mark_changed_docs();

  /// Adds a search document (see search::SearchDoc); returns it, to set more.
  search::SearchDoc& index(const std::string& url, const std::string& anchor, const std::string& title,
                           std::string body, search::DocKind kind, const Framework* fw,
                           std::vector<std::string> headings = {});

  /// Renders a page template.
  std::string render(const std::string& name, const View& view) const;

 private:
  std::optional<std::string> resolve(const std::string& url, const std::string& from, const Framework* fw) const;
  MarkdownOptions options(const Text& t, const std::string& from, const Framework* fw) const;
  /// What is missing for a link target that does not resolve ("rubric 'x' has no area 'y'"), with the
  /// nearest target of its type.
  std::string missing_target_hint(const std::string& target, const Framework* fw) const;
  /// The ids of the site's own pages, looked up by every "page:" link (a site may have thousands).
  std::unordered_set<std::string> site_page_ids_;
  std::map<std::string, std::vector<versions::Step>> histories_;
  /// (page, anchor) of everything the current versions changed, each framework's pages apart:
  /// the current version's number of each.
  std::map<std::pair<std::string, std::string>, std::string> updated_;
  std::deque<Framework> archives_;  ///< stable addresses: pages point at them

  mutable TemplateCache templates_;  ///< each theme template parsed once
};


/// A list of {label, href...} read as a sentence: each item gains `sep`, the words after it
/// (", ", " and " before the last, "" after it): "A, B and C".
View as_sentence(const View& list);

/// Shortens plain text to about `max` characters at a word boundary, with an ellipsis.
std::string shorten(const std::string& text, std::size_t max);

}  // namespace qaf::site
