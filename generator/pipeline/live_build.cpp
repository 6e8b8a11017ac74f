// A kept build: loaded once, then a page whose words changed is rendered again alone.
#include "pipeline/live_build.hpp"

#include "support/date.hpp"

namespace qaf {

LiveBuild::LiveBuild(const std::filesystem::path& root, const LoadOptions& options, Diagnostics& diags)
    : root_(root), project_(std::make_unique<Project>(load_project(root, options, diags))) {
  if (diags.has_errors()) return;
  outputs_ = render_outputs(root, *project_, today(), diags, /*check_only=*/false, /*packs=*/false, nullptr, nullptr,
                            /*keep_site=*/true);
  ok_ = !diags.has_errors() && outputs_.site_build != nullptr;
}

LiveBuild::~LiveBuild() = default;

const OutputTree& LiveBuild::site() const { return outputs_.site_build ? outputs_.site_build->tree() : empty_; }

std::optional<std::vector<std::string>> LiveBuild::rebuild_pages(const std::vector<std::string>& changed,
                                                                 Diagnostics& diags) {
  if (!ok_ || spent_ || changed.empty()) return std::nullopt;
  // Each changed file must be one page's source: site pages (not the home page's introduction,
  // which is the home page's alone), and the current frameworks' pages. A file that is gone and
  // was no page (an editor's temporary file) is no change.
  std::vector<Page*> pages;
  std::vector<std::string> sources;
  for (const std::string& rel : changed) {
    Page* found = nullptr;
    for (Page& p : project_->pages)
      if (p.pos.file == rel) {
        if (p.id == "index") return std::nullopt;
        found = &p;
      }
    for (Framework& fw : project_->frameworks)
      for (Page& p : fw.pages)
        if (p.pos.file == rel) found = &p;
    std::error_code ec;
    if (!found && !std::filesystem::exists(root_ / rel, ec) && !ec) continue;
    if (!found) return std::nullopt;
    pages.push_back(found);
    sources.push_back(rel);
  }
  if (pages.empty()) return std::nullopt;
  Diagnostics mine;
  std::vector<Page> fresh;
  for (const std::string& rel : sources) {
    try {
      fresh.push_back(reload_page(root_, rel, mine));
    } catch (const IoError&) {
      return std::nullopt;  // removed, or being written: the full build says what is wrong
    }
  }
  if (mine.has_errors()) return std::nullopt;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const Page& before = *pages[i];
    const Page& now = fresh[i];
    // Its place in the site and in navigation, and what other pages show of it, are as before.
    if (now.id != before.id || now.title != before.title || now.summary != before.summary || now.order != before.order)
      return std::nullopt;
  }
  spent_ = true;  // from here the kept site changes: whole again only if every page renders
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    pages[i]->body = std::move(fresh[i].body);
    pages[i]->body_line = fresh[i].body_line;
    const std::optional<std::string> path = outputs_.site_build->rebuild_page(*pages[i], mine);
    if (!path || mine.has_errors()) return std::nullopt;
    paths.push_back(*path);
  }
  spent_ = false;
  for (const Diagnostic& d : mine.all()) diags.warning(d.pos, d.message).hints = d.hints;
  return paths;
}

}  // namespace qaf
