// Site build: pages in reading order, navigation, layout, search index, assets, then the link check.
#include "site/site_builder.hpp"

#include <map>
#include <memory>
#include <set>

#include "audit/aggregate.hpp"
#include "disclosure/publication.hpp"
#include "forms/form_definition.hpp"
#include "site/link_checker.hpp"
#include "site/pages.hpp"
#include "site/script_trim.hpp"
#include "site/site_paths.hpp"

namespace qaf {
namespace sp = site_paths;
using site::BuiltPage;

namespace {

// The published figures of a framework's audits: the only audit aggregates the site sees.
disclosure::Publication publication(const Project& project, const Framework& fw, const Date& as_of) {
  disclosure::PublishOptions o;
  o.aggregate.period = project.config.period == "month" ? Period::month : Period::quarter;
  o.aggregate.as_of = as_of;
  o.threshold = project.config.suppress_below;
  return disclosure::publish(project, fw, o);
}

void framework_pages(site::SiteContext& c, const Framework& fw, std::vector<BuiltPage>& pages);

// All pages, site-wide first, then each framework in reading order; dashboards' figures files
// go to `figures` (site path -> bytes).
std::vector<BuiltPage> build_pages(site::SiteContext& c, const Date& as_of, std::map<std::string, std::string>& figures) {
  std::vector<BuiltPage> pages;
  pages.push_back(site::home_page(c));
  for (const Page& p : c.project.pages)
    if (p.id != "index") pages.push_back(site::content_page(c, p));
  pages.push_back(site::search_page(c));
  for (const Framework& fw : c.project.frameworks) {
    framework_pages(c, fw, pages);
    // Fill-in forms for the current version only: a record is completed on the form in force.
    for (const Template& t : fw.templates)
      if (forms::has_form(t)) pages.push_back(site::form_page(c, fw, t));
    if (!records_of(c.project, fw).empty()) {
      const disclosure::Publication pub = publication(c.project, fw, as_of);
      pages.push_back(site::dashboard_page(c, fw, pub));
      figures[sp::dashboard_figures(fw.id)] = pub.figures_json;
    }
  }
  // Each earlier version kept, as it was published, under "<fw>/versions/<V>/": read, not searched.
  for (const Framework& fw : c.project.frameworks)
    for (const Framework* old : c.archives(fw)) {
      const std::size_t first = pages.size(), docs = c.docs.size();
      framework_pages(c, *old, pages);
      c.docs.resize(docs);
      for (std::size_t i = first; i < pages.size(); ++i) pages[i].current = &fw;
    }
  return pages;
}

// A framework's pages in reading order, its dashboard aside.
void framework_pages(site::SiteContext& c, const Framework& fw, std::vector<BuiltPage>& pages) {
  pages.push_back(site::framework_page(c, fw));
  for (const Page& p : fw.pages) pages.push_back(site::narrative_page(c, fw, p));
  if (!fw.standards.empty()) pages.push_back(site::standards_page(c, fw));
  for (const Rubric& r : fw.rubrics) pages.push_back(site::rubric_page(c, fw, r));
  for (const SkillSet& s : fw.skill_sets) pages.push_back(site::skills_page(c, fw, s));
  for (const Template& t : fw.templates) pages.push_back(site::template_page(c, fw, t));
  if (!fw.scales.empty()) pages.push_back(site::scales_page(c, fw));
  if (!fw.rules.empty()) pages.push_back(site::rules_page(c, fw));
  if (!fw.programmes.empty()) pages.push_back(site::programmes_page(c, fw));
  if (!fw.roles.empty()) pages.push_back(site::roles_page(c, fw));
  if (!fw.bodies.empty()) pages.push_back(site::bodies_page(c, fw));
  if (!fw.indicators.empty()) pages.push_back(site::indicators_page(c, fw));
  if (!fw.glossary.empty()) pages.push_back(site::glossary_page(c, fw));
  for (const versions::Step& step : c.history(fw)) pages.push_back(site::changes_page(c, fw, step));
}

// The page body with its "On this page" list placed after its main heading (the first </h1>).
std::string with_contents(site::SiteContext& c, const BuiltPage& p) {
  if (p.toc.size() < 2) return p.body_html;
  View toc = View::list();
  for (const auto& [anchor, label] : p.toc) toc.push(View().set("href", "#" + anchor).set("label", label));
  const std::string contents = c.render("_contents", View().set("toc", toc));
  const std::size_t h1 = p.body_html.find("</h1>");
  const std::size_t at = h1 == std::string::npos ? 0 : h1 + 5;
  return p.body_html.substr(0, at) + "\n" + contents + p.body_html.substr(at);
}

View page_link(const std::string& from, const BuiltPage& to) {
  return View().set("href", sp::href(from, to.path)).set("label", to.nav_label.empty() ? to.title : to.nav_label);
}

// Copies `from`'s diagnostics into `to`.
void copy_diagnostics(const Diagnostics& from, Diagnostics& to) {
  for (const Diagnostic& d : from.all()) {
    Diagnostic& copy = d.severity == Severity::error ? to.error(d.pos, d.message) : to.warning(d.pos, d.message);
    copy.hints = d.hints;
  }
}

}  // namespace

// Everything a page's layout needs besides the page: the built pages (their bodies dropped once
// laid out), the navigation groups and the context that renders templates and Markdown.
struct SiteBuild::State {
  State(const Project& project, const Theme& theme, const SiteOptions& options)
      : theme(theme), c(project, this->theme, options.pdfs, diags) {}
  Diagnostics diags;  ///< the context reports here; copied out after each step
  const Theme theme;
  site::SiteContext c;
  std::vector<BuiltPage> pages;
  std::map<std::string, std::size_t> index;  ///< site path -> its place in `pages`
  std::map<std::string, SourcePos> sources;
  // Groups for navigation, computed once: each framework's pages in reading order, and the
  // site pages by the folder of their source file (so a 10,000-page site stays linear).
  std::map<const Framework*, std::vector<std::size_t>> framework_pages;
  std::map<std::string, std::vector<std::size_t>> folder_pages;
  std::vector<std::string> folder_of;
  std::vector<std::size_t> overviews;
  std::string home_folder;  // the folder of the first site page after the home page
  std::set<std::string> page_paths;
  std::string logo;
  OutputTree tree;

  void group();
  std::string layout(std::size_t i);
};

void SiteBuild::State::group() {
  for (const auto& [path, bytes] : theme.assets)
    if (path.rfind("logo.", 0) == 0) logo = path;
  folder_of.assign(pages.size(), "");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const BuiltPage& p = pages[i];
    index[p.path] = i;
    page_paths.insert(p.path);
    if (p.fw) {
      if (p.aside) continue;
      framework_pages[p.fw].push_back(i);
      if (p.path == sp::framework(p.fw->id) && !p.current) overviews.push_back(i);
      continue;
    }
    const std::size_t slash = p.pos.file.rfind('/');
    folder_of[i] = p.path == sp::kHome || p.path == sp::kSearch ? "" : p.pos.file.substr(0, slash == std::string::npos ? 0 : slash);
    if (p.path != sp::kSearch) folder_pages[folder_of[i]].push_back(i);
    if (home_folder.empty() && i > 0 && p.path != sp::kSearch) home_folder = folder_of[i];
  }
}

// Page i in the theme's layout: title, breadcrumbs, navigation, previous and next.
std::string SiteBuild::State::layout(std::size_t i) {
  constexpr std::size_t kMaxFolderNav = 40;
  const Config& cfg = c.project.config;
  const BuiltPage& p = pages[i];
  View v;
  // Every framework has a "Practice standards" page: the framework names it in the <title>; an
  // archived page names its version too ("... – Framework, version 2.0").
  std::string title_framework = p.fw && p.title != p.fw->meta.title ? p.fw->meta.title : "";
  if (p.current) title_framework += (title_framework.empty() ? "" : ", ") + std::string("version ") + p.fw->meta.version;
  v.set("root", sp::root_of(p.path)).set("lang", cfg.language).set("site_title", cfg.title).set("council", cfg.council)
      .set("page_title", p.title).set("content_html", with_contents(c, p)).set("logo", logo)
      .set("title_framework", title_framework).set("has_title_framework", !title_framework.empty())
      .set("primary_colour", cfg.primary_colour).set("is_home", p.path == sp::kHome).set("is_search", p.path == sp::kSearch)
      .set("home_href", sp::href(p.path, sp::kHome)).set("search_href", sp::href(p.path, sp::kSearch));
  // Breadcrumbs: Home > framework > page.
  View crumbs = View::list();
  if (p.path != sp::kHome) crumbs.push(View().set("href", sp::href(p.path, sp::kHome)).set("label", "Home"));
  if (p.fw && p.path != sp::framework(p.fw->id))
    crumbs.push(View().set("href", sp::href(p.path, sp::framework(p.fw->id)))
                    .set("label", p.fw->meta.title + (p.current ? " (version " + p.fw->meta.version + ")" : "")));
  for (const auto& [path, label] : p.crumbs) crumbs.push(View().set("href", sp::href(p.path, path)).set("label", label));
  v.set("breadcrumbs", crumbs);
  View scripts = View::list();
  for (const std::string& name : p.scripts) scripts.push(View().set("name", name));
  v.set("scripts", scripts);
  // Navigation: a framework page lists its framework's pages; a site page lists the
  // frameworks and the site pages of its own folder (when there are few enough to list).
  // A site page's list starts with Home and the frameworks; the home page lists the pages of
  // the first site page's folder (it has no previous or next).
  View nav = View::list();
  const BuiltPage* prev = nullptr;
  const BuiltPage* next = nullptr;
  const std::vector<std::size_t>& group = p.fw                  ? framework_pages[p.fw]
                                          : p.path == sp::kHome ? folder_pages[home_folder]
                                                                : folder_pages[folder_of[i]];
  const bool list_group = p.fw || group.size() <= kMaxFolderNav;
  if (!p.fw) {
    nav.push(page_link(p.path, pages[0]).set("current", i == 0));
    for (std::size_t j : overviews) nav.push(page_link(p.path, pages[j]).set("label", pages[j].fw->meta.title).set("current", false));
  }
  for (std::size_t k = 0; k < group.size(); ++k) {
    const std::size_t j = group[k];
    if (j == 0) continue;  // Home is listed first
    if (group[k] == i) {
      if (k > 0 && group[k - 1] != 0) prev = &pages[group[k - 1]];
      if (k + 1 < group.size()) next = &pages[group[k + 1]];
    }
    if (list_group) nav.push(page_link(p.path, pages[j]).set("current", j == i));
  }
  v.set("nav", nav).set("nav_label", p.fw ? p.fw->meta.title : cfg.title);
  if (prev) v.set("prev", page_link(p.path, *prev));
  if (next) v.set("next", page_link(p.path, *next));
  if (p.fw)
    v.set("framework", View().set("id", p.fw->id).set("title", p.fw->meta.title).set("version", p.fw->meta.version)
                               .set("status", p.fw->meta.status).set("status_colour", site::tag_colour(p.fw->meta.status))
                               .set("has_status", !p.fw->meta.status.empty())
                               .set("is_draft", p.fw->meta.status == "draft" && !p.current)
                               .set("is_superseded", p.fw->meta.status == "superseded" && !p.current));
  // A page of an earlier version says so, and leads to the same page as it is now (or to the
  // framework's overview when the current version has no such page).
  if (p.current) {
    const std::string now = sp::framework(p.current->id);
    const std::string prefix = p.fw->id + "/";
    const std::string same = p.current->id + "/" + p.path.substr(prefix.size());
    v.set("archive", View().set("version", p.fw->meta.version).set("current_version", p.current->meta.version)
                         .set("in_force", p.fw->meta.status != "superseded")
                         .set("current_href", sp::href(p.path, page_paths.count(same) ? same : now))
                         .set("same_page", page_paths.count(same) > 0));
  }
  return c.render("layout", v);
}

SiteBuild::SiteBuild(const Project& project, const Theme& theme, const SiteOptions& options, Diagnostics& diags)
    : s_(std::make_unique<State>(project, theme, options)) {
  for (const Framework& fw : project.frameworks)
    if (sp::reserved(fw.id))
      hint(diags.error({fw.dir, 0, 0}, "a framework cannot be called '" + fw.id + "'"),
           "the site uses that name for its own files: rename the folder");
  State& s = *s_;
  std::map<std::string, std::string> figures;
  s.pages = build_pages(s.c, options.as_of, figures);
  s.group();
  for (std::size_t i = 0; i < s.pages.size(); ++i) {
    s.tree.add(s.pages[i].path, s.layout(i));
    s.sources[s.pages[i].path] = s.pages[i].pos;
    s.pages[i].body_html.clear();  // laid out: only its title, place and contents are used again
  }
  for (const auto& [path, bytes] : figures) s.tree.add(path, bytes);
  s.c.mark_changed_docs();
  search::Synonyms synonyms;  // each framework's glossary, for its own documents only
  for (const Framework& fw : project.frameworks) synonyms[fw.id] = site::glossary_synonyms(fw);
  for (const search::OutputFile& f : search::build_index(s.c.docs, {}, synonyms)) s.tree.add(f.path, f.bytes);
  for (const auto& [path, bytes] : theme.assets) {
    s.tree.add("assets/" + path, path.ends_with(".js") ? site::trim_script(bytes) : bytes);
  }
  for (const auto& [path, image] : project.images) s.tree.add(image_site_path(path), *image.bytes);
  // PDFs are written by the PDF renderer; count them as present for the link check.
  site::check_links(s.tree, s.sources, s.diags, options.pdfs);
  copy_diagnostics(s.diags, diags);
}

SiteBuild::~SiteBuild() = default;

OutputTree& SiteBuild::tree() { return s_->tree; }

std::optional<std::string> SiteBuild::rebuild_page(const Page& page, Diagnostics& diags) {
  State& s = *s_;
  const Framework* fw = nullptr;
  std::string path;
  for (const Page& p : s.c.project.pages)
    if (&p == &page && p.id != "index") path = sp::content_page(p.id);
  for (const Framework& f : s.c.project.frameworks)
    for (const Page& p : f.pages)
      if (&p == &page) {
        fw = &f;
        path = sp::framework_page(f.id, p.id);
      }
  const auto at = s.index.find(path);
  if (path.empty() || at == s.index.end()) return std::nullopt;
  s.diags = Diagnostics();
  const std::size_t docs = s.c.docs.size();
  BuiltPage built = fw ? site::narrative_page(s.c, *fw, page) : site::content_page(s.c, page);
  s.c.docs.resize(docs);  // the search index is left as it was: a full build brings it up to date
  built.current = s.pages[at->second].current;
  s.pages[at->second] = std::move(built);
  s.tree.add(path, s.layout(at->second));
  s.pages[at->second].body_html.clear();
  site::check_page_links(s.tree, path, s.sources, s.diags, s.c.pdfs);
  copy_diagnostics(s.diags, diags);
  return path;
}

OutputTree build_site(const Project& project, const Theme& theme, const SiteOptions& options, Diagnostics& diags) {
  SiteBuild build(project, theme, options, diags);
  return std::move(build.tree());
}

}  // namespace qaf
