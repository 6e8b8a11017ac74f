// Home page, site-wide Markdown pages, framework narrative pages and the search page.
#include "site/pages.hpp"
#include "site/site_paths.hpp"

namespace qaf::site {
namespace sp = site_paths;
using search::DocKind;

namespace {

// A Markdown page body: rendered HTML, its headings as a contents list, and a search document.
BuiltPage markdown_page(SiteContext& c, const Page& page, const std::string& path, const Framework* fw) {
  // Rendered once: the HTML, and the headings and text for the contents list and search.
  const RenderedMarkdown r = c.rendered(Text{page.body, {page.pos.file, page.body_line, 1}}, path, fw);
  std::vector<std::pair<std::string, std::string>> toc;
  std::vector<std::string> headings;
  for (const MarkdownHeading& h : r.headings) {
    if (h.level == 2) toc.emplace_back(h.id, h.text);
    headings.push_back(h.text);
  }
  View v;
  if (fw) c.flag_updated(v, *fw, path, "");
  v.set("title", page.title).set("summary", page.summary);
  // A page whose Markdown starts with its own top heading does not get a second one; the flag
  // "Updated in version V" follows the page's heading either way.
  const bool show_title = r.headings.empty() || r.headings.front().level != 1;
  std::string html = r.html;
  if (!show_title && fw) {
    const std::size_t h1 = html.find("</h1>");
    if (h1 != std::string::npos) html.insert(h1 + 5, c.render("_updated", v));
  }
  v.set("show_title", show_title).set("body_html", html);
  c.index(path, "", page.title, r.text, DocKind::page, fw, headings);
  return {path, page.title, "", c.render("page", v), fw, page.pos, toc};
}

}  // namespace

BuiltPage home_page(SiteContext& c) {
  const std::string path = sp::kHome;
  View frameworks = View::list();
  for (const Framework& fw : c.project.frameworks) {
    const FrameworkMeta& m = fw.meta;
    frameworks.push(View().set("href", sp::href(path, sp::framework(fw.id))).set("title", m.title)
                        .set("council", m.council).set("version", m.version).set("status", m.status)
                        .set("has_status", !m.status.empty()).set("status_colour", tag_colour(m.status))
                        .set("summary", shorten(c.text(m.summary.markdown), 240))
                        .set("next_review", m.next_review ? m.next_review->long_form() : kNotRecorded));
  }
  View pages = View::list();
  const Page* intro = nullptr;
  for (const Page& p : c.project.pages) {
    if (p.id == "index") {
      intro = &p;
      continue;
    }
    pages.push(View().set("href", sp::href(path, sp::content_page(p.id))).set("title", p.title).set("summary", p.summary));
  }
  View v;
  v.set("title", c.project.config.title).set("frameworks", frameworks).set("has_frameworks", !frameworks.empty_list())
      .set("pages", pages).set("has_pages", !pages.empty_list());
  bool intro_has_title = false;
  if (intro) {
    const RenderedMarkdown r = c.rendered(Text{intro->body, {intro->pos.file, intro->body_line, 1}}, path, nullptr);
    v.set("intro_html", r.html);
    intro_has_title = !r.headings.empty() && r.headings.front().level == 1;
  }
  // Like any page, the home page has one main heading: the intro's own, when it starts with one.
  v.set("show_title", !intro_has_title);
  c.index(path, "", c.project.config.title, intro ? c.text(intro->body) : "", DocKind::page, nullptr);
  return {path, c.project.config.title, "Home", c.render("home", v), nullptr,
          intro ? intro->pos : SourcePos{"content", 0, 0}, {}};
}

BuiltPage content_page(SiteContext& c, const Page& page) {
  return markdown_page(c, page, sp::content_page(page.id), nullptr);
}

BuiltPage narrative_page(SiteContext& c, const Framework& fw, const Page& page) {
  return markdown_page(c, page, sp::framework_page(fw.id, page.id), &fw);
}

BuiltPage search_page(SiteContext& c) {
  View v;
  v.set("title", "Search");
  return {sp::kSearch, "Search", "", c.render("search", v), nullptr, {"themes/" + c.theme.name, 0, 0}, {}};
}

}  // namespace qaf::site
