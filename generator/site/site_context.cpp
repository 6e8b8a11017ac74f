// Markdown with qaf link rewriting, cross-link lists and search documents for the site pages.
#include "site/site_context.hpp"

#include "site/pages.hpp"

#include <algorithm>
#include <cctype>

#include "support/plural.hpp"
#include "support/suggest.hpp"

#include "site/site_paths.hpp"
#include "site/template_engine.hpp"

namespace qaf::site {
namespace sp = site_paths;

namespace {

// The link types of qaf links ("standard:1.4"), in the order the authoring reference lists them.
const std::vector<std::string>& link_types() {
  static const std::vector<std::string> types = {"standard", "template", "question", "rubric", "skill", "skill-set",
                                                 "role", "scale", "programme", "rule", "body", "indicator",
                                                 "page", "framework"};
  return types;
}

bool is_link_type(const std::string& scheme) {
  const std::vector<std::string>& t = link_types();
  return std::find(t.begin(), t.end(), scheme) != t.end();
}

// The scheme of `url` ("https" of "https://..."), or "" when it has none (a relative link).
std::string scheme_of(const std::string& url) {
  const std::size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(url[0]))) return {};
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = url[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return {};
  }
  std::string s = url.substr(0, colon);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Schemes of addresses outside qaf that a framework may link to; any other "word:" is a slip.
bool is_outside_scheme(const std::string& scheme) {
  static const std::set<std::string> outside = {"http", "https", "mailto", "tel",  "sms",     "ftp",     "sftp",
                                                "file", "news",  "irc",    "webcal", "sip",   "callto",  "msteams",
                                                "teams", "skype", "onenote", "data", "urn",   "ms-word", "ms-excel"};
  return outside.count(scheme) > 0;
}

}  // namespace

SiteContext::SiteContext(const Project& p, const Theme& t, std::set<std::string> pdf_paths, Diagnostics& d)
    : project(p), theme(t), pdfs(std::move(pdf_paths)), diags(d), templates_(t) {
  for (const Page& pg : project.pages) site_page_ids_.insert(pg.id);
  for (const Framework& fw : project.frameworks) {
    // Edited after it was published, under the same number: the kept copy is no longer what the
    // site shows as that version.
    for (const KeptVersion& k : project.kept_versions(fw.id))
      if (k.version == fw.meta.version && !versions::compare(k.framework, fw).empty())
        hint(diags.warning(fw.meta.pos, "framework '" + fw.id + "' has changed since version " + k.version +
                                            " was published, and still says it is version " + k.version),
             "give it the next version number in framework.yaml (and a line in its 'changes'): a published "
             "version stays as it was published, in versions/" + k.version + "/");
    std::vector<versions::Step> steps = versions::history(fw, project.kept_versions(fw.id));
    if (const versions::Step* now = versions::current_step(steps))
      for (const versions::Change& ch : now->changes)
        if (const auto place = flagged_place(fw, ch)) {
          updated_.emplace(*place, now->to);
        }
    if (!steps.empty()) histories_[fw.id] = std::move(steps);
  }
}

const std::vector<versions::Step>& SiteContext::history(const Framework& fw) const {
  static const std::vector<versions::Step> none;
  const auto it = histories_.find(fw.id);
  return it == histories_.end() ? none : it->second;
}

View& SiteContext::flag_updated(View& v, const Framework& fw, const std::string& page, const std::string& anchor) const {
  // Set either way: a flag on a section must not show on each standard in it (mustache looks
  // a missing name up in the enclosing views).
  const auto it = updated_.find({page, anchor});
  if (it == updated_.end()) return v.set("updated", "").set("updated_href", "");
  return v.set("updated", it->second).set("updated_href", sp::href(page, sp::changes(fw.id, it->second)));
}

std::optional<std::string> SiteContext::resolve(const std::string& url, const std::string& from,
                                                const Framework* fw) const {
  const std::size_t colon = url.find(':');
  if (colon == std::string::npos) return std::nullopt;
  const std::string scheme = url.substr(0, colon), id = url.substr(colon + 1);
  if (!is_link_type(scheme)) return std::nullopt;  // http:, mailto: ... are left alone
  if (scheme == "framework")
    return project.find_framework(id) ? std::optional(sp::href(from, sp::framework(id))) : std::nullopt;
  if (scheme == "page") {
    if (fw)
      for (const Page& pg : fw->pages)
        if (pg.id == id) return sp::href(from, sp::framework_page(fw->id, id));
    if (site_page_ids_.count(id)) return sp::href(from, id == "index" ? sp::kHome : sp::content_page(id));
    // A framework's page from a site page: "page:northgate/introduction".
    const std::size_t slash = id.find('/');
    const Framework* named = fw || slash == std::string::npos ? nullptr : project.find_framework(id.substr(0, slash));
    return named ? resolve("page:" + id.substr(slash + 1), from, named) : std::nullopt;
  }
  if (!fw) {  // a site page belongs to no framework: it names one first ("template:northgate/observation")
    const std::size_t slash = id.find('/');
    const Framework* named = slash == std::string::npos ? nullptr : project.find_framework(id.substr(0, slash));
    return named ? resolve(scheme + ":" + id.substr(slash + 1), from, named) : std::nullopt;
  }
  if (scheme == "standard" && fw->find_standard(id))
    return sp::href(from, sp::standards(fw->id), sp::standard_anchor(id));
  if (scheme == "template" && fw->find_template(id)) return sp::href(from, sp::template_page(fw->id, id));
  if (scheme == "question") {  // question:case-audit/seen-alone
    const std::size_t slash = id.find('/');
    const Template* t = slash == std::string::npos ? nullptr : fw->find_template(id.substr(0, slash));
    if (t && t->find_question(id.substr(slash + 1)))
      return sp::href(from, sp::template_page(fw->id, t->id), sp::question_anchor(id.substr(slash + 1)));
  }
  if (scheme == "programme")
    for (const Programme& p : fw->programmes)
      if (p.id == id) return sp::href(from, sp::programmes(fw->id), sp::programme_anchor(id));
  if (scheme == "skill-set")
    for (const SkillSet& set : fw->skill_sets)
      if (set.id == id) return sp::href(from, sp::skills(fw->id, set.id));
  if (scheme == "rubric") {
    const std::size_t slash = id.find('/');
    const Rubric* r = fw->find_rubric(id.substr(0, slash));
    if (r && slash == std::string::npos) return sp::href(from, sp::rubric(fw->id, r->id));
    if (r && r->find_area(id.substr(slash + 1)))
      return sp::href(from, sp::rubric(fw->id, r->id), sp::area_anchor(id.substr(slash + 1)));
  }
  if (scheme == "skill")
    for (const SkillSet& set : fw->skill_sets)
      for (const SkillGroup& g : set.groups)
        for (const Skill& s : g.skills)
          if (s.id == id) return sp::href(from, sp::skills(fw->id, set.id), sp::skill_anchor(id));
  if (scheme == "role" && fw->find_role(id)) return sp::href(from, sp::roles(fw->id), sp::role_anchor(id));
  if (scheme == "scale" && fw->find_scale(id)) return sp::href(from, sp::scales(fw->id), sp::scale_anchor(id));
  const std::vector<std::string> rules = scheme == "rule" ? rule_ids(fw->rules) : std::vector<std::string>{};
  if (scheme == "body")
    for (const Body& b : fw->bodies)
      if (b.id == id) return sp::href(from, sp::bodies(fw->id), sp::body_anchor(id));
  if (scheme == "indicator")
    for (const Indicator& i : fw->indicators)
      if (i.id == id) return sp::href(from, sp::indicators(fw->id), sp::indicator_anchor(id));
  if (std::find(rules.begin(), rules.end(), id) != rules.end()) return sp::href(from, sp::rules(fw->id), sp::rule_anchor(id));
  return std::nullopt;
}

namespace {

bool is_page_file(const Project& project, const std::string& file) {
  auto in = [&](const std::vector<Page>& pages) {
    return std::any_of(pages.begin(), pages.end(), [&](const Page& p) { return p.pos.file == file; });
  };
  return in(project.pages) ||
         std::any_of(project.frameworks.begin(), project.frameworks.end(), [&](const Framework& fw) { return in(fw.pages); });
}

}  // namespace

std::string SiteContext::missing_target_hint(const std::string& target, const Framework* fw) const {
  const std::size_t colon = target.find(':');
  const std::string scheme = target.substr(0, colon), id = target.substr(colon + 1);
  const std::size_t slash = id.find('/');
  if (!fw && scheme != "framework" && scheme != "page") {  // a site page names the framework first
    const Framework* named = slash == std::string::npos ? nullptr : project.find_framework(id.substr(0, slash));
    if (named) {
      std::string h = missing_target_hint(scheme + ":" + id.substr(slash + 1), named);
      const std::string mean = "did you mean '" + scheme + ":";
      if (const std::size_t at = h.find(mean); at != std::string::npos) h.insert(at + mean.size(), named->id + "/");
      return h;
    }
    std::vector<std::string> fws;
    for (const Framework& f : project.frameworks) fws.push_back(f.id);
    const std::string first = id.substr(0, slash);
    std::string h = "a site page belongs to no framework, so a " + scheme + " link names the framework first: '" +
                    scheme + ":FRAMEWORK/" + id.substr(slash == std::string::npos ? 0 : slash + 1) + "'";
    if (auto best = closest(first, fws); best && slash != std::string::npos) h += "; did you mean framework '" + *best + "'?";
    return h;
  }
  const std::string where = fw ? "framework '" + fw->id + "'" : std::string("the site");
  // What the link could have named: ids of its type, "owner/item" for two-part ids.
  std::vector<std::string> ids;
  std::string owner_missing;  // "rubric 'x' has no area 'y'" when the first part exists
  if (scheme == "framework")
    for (const Framework& f : project.frameworks) ids.push_back(f.id);
  if (scheme == "page") {
    if (fw)
      for (const Page& p : fw->pages) ids.push_back(p.id);
    for (const Page& p : project.pages) ids.push_back(p.id);
  }
  if (fw) {
    if (scheme == "standard")
      for (const StandardSection& sec : fw->standards)
        for (const Standard& st : sec.standards) ids.push_back(st.id);
    if (scheme == "template" || scheme == "question")
      for (const Template& t : fw->templates) {
        if (scheme == "template") ids.push_back(t.id);
        else if (slash != std::string::npos && t.id == id.substr(0, slash)) {
          owner_missing = "template '" + t.id + "' has no question '" + id.substr(slash + 1) + "'";
          for (const Section& sec : t.sections)
            for (const Question& q : sec.questions) ids.push_back(t.id + "/" + q.id);
        }
      }
    if (scheme == "rubric")
      for (const Rubric& r : fw->rubrics) {
        if (slash == std::string::npos) ids.push_back(r.id);
        else if (r.id == id.substr(0, slash)) {
          owner_missing = "rubric '" + r.id + "' has no area '" + id.substr(slash + 1) + "'";
          for (const RubricArea& a : r.areas) ids.push_back(r.id + "/" + a.id);
        }
      }
    if (scheme == "skill" || scheme == "skill-set")
      for (const SkillSet& set : fw->skill_sets) {
        if (scheme == "skill-set") ids.push_back(set.id);
        else
          for (const SkillGroup& g : set.groups)
            for (const Skill& sk : g.skills) ids.push_back(sk.id);
      }
    if (scheme == "role")
      for (const Role& r : fw->roles) ids.push_back(r.id);
    if (scheme == "scale")
      for (const Scale& sc : fw->scales) ids.push_back(sc.id);
    if (scheme == "programme")
      for (const Programme& p : fw->programmes) ids.push_back(p.id);
    if (scheme == "rule") ids = rule_ids(fw->rules);
    if (scheme == "body")
      for (const Body& b : fw->bodies) ids.push_back(b.id);
    if (scheme == "indicator")
      for (const Indicator& i : fw->indicators) ids.push_back(i.id);
  }
  std::string what = owner_missing.empty() ? "no " + scheme + " '" + id + "' in " + where : owner_missing;
  if (auto best = closest(id, ids)) return what + "; did you mean '" + scheme + ":" + *best + "'?";
  return what;
}

MarkdownOptions SiteContext::options(const Text& t, const std::string& from, const Framework* fw) const {
  MarkdownOptions o;
  o.allow_raw_html = project.config.allow_raw_html;
  o.rewrite_link = [this, &t, from, fw](const std::string& url, int line, int column) -> std::optional<std::string> {
    const std::size_t colon = url.find(':');
    const SourcePos at = t.where(line, column);
    const std::string scheme = scheme_of(url);
    if (scheme.empty() || is_outside_scheme(scheme)) return std::nullopt;  // relative, or a web address
    // Script addresses are dropped by the Markdown renderer (kept only with allow_raw_html, where
    // the authors are trusted with HTML anyway): not a qaf link either way.
    if (scheme == "javascript" || scheme == "vbscript") return std::nullopt;
    if (!is_link_type(url.substr(0, colon))) {
      Diagnostic& e = diags.error(at, "unknown link type '" + url.substr(0, colon) + "' in '" + url + "'");
      if (auto best = closest(url.substr(0, colon), link_types())) hint(e, "did you mean '" + *best + ":'?");
      else hint(e, "qaf links are written TYPE:ID, TYPE one of " + join_or(link_types()) +
                       "; a web address starts with https://");
      return std::string("#");
    }
    // "page:recording#what-to-record": the target is resolved, the fragment kept (and checked later).
    const std::size_t hash = url.find('#');
    const std::string target = url.substr(0, hash);
    const std::string fragment = hash == std::string::npos ? "" : url.substr(hash);
    if (auto r = resolve(target, from, fw)) return *r + fragment;
    hint(diags.error(at, "broken link '" + url + "'"), missing_target_hint(target, fw));
    return std::string("#");
  };
  o.rewrite_image = [this, &t, from](const std::string& url, const std::string&, int line, int column) -> std::optional<std::string> {
    const SourcePos at = t.where(line, column);
    if (url.rfind("data:", 0) == 0) return std::nullopt;  // the image is in its address: nothing to copy
    if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) {
      hint(diags.warning(at, "image '" + url + "' is on the web: it is not copied into the site and is not printed"),
           "save the image in the project (e.g. content/images/) and name it from the page, so that it shows "
           "from a file share and on paper");
      return std::nullopt;
    }
    // Pages' images were checked and read by the loader; found here, the image is published.
    const std::optional<std::string> path = image_path(t.pos.file, url);
    if (path && project.images.count(*path)) return sp::href(from, image_site_path(*path));
    if (is_page_file(project, t.pos.file)) return std::string("#");  // the loader reported it (missing, outside...)
    hint(diags.error(at, "image '" + url + "' is not in a page"),
         "images can be placed in pages (content/*.md, a framework's pages/*.md); link to the page from here");
    return std::string("#");
  };
  return o;
}

std::string SiteContext::html(const Text& t, const std::string& from, const Framework* fw) const {
  return rendered(t, from, fw).html;
}

RenderedMarkdown SiteContext::rendered(const Text& t, const std::string& from, const Framework* fw) const {
  if (t.empty()) return {};
  return render_markdown(t.markdown, options(t, from, fw));
}

std::string SiteContext::inline_html(const Text& t, const std::string& from, const Framework* fw) const {
  if (t.empty()) return {};
  return render_inline_markdown(t.markdown, options(t, from, fw));
}

std::string SiteContext::text(const std::string& markdown) { return markdown_to_text(markdown); }

View SiteContext::question_links(const Framework& fw, const std::vector<BackLink>& links, const std::string& from) const {
  View list = View::list();
  for (const BackLink& l : links) {
    const Template* t = fw.find_template(l.owner);
    const Question* q = t ? t->find_question(l.item) : nullptr;
    if (!q) continue;
    list.push(View().set("href", sp::href(from, sp::template_page(fw.id, t->id), sp::question_anchor(q->id)))
                  .set("template", t->title)
                  .set("label", shorten(text(q->full_markdown()), 90)));
  }
  return list;
}

View SiteContext::question_groups(const Framework& fw, const std::vector<BackLink>& links,
                                  const std::string& from) const {
  View groups = View::list();
  std::vector<std::pair<const Template*, View>> order;  // templates in the order first met
  for (const BackLink& l : links) {
    const Template* t = fw.find_template(l.owner);
    const Question* q = t ? t->find_question(l.item) : nullptr;
    if (!q) continue;
    // "question 2.3", or with no numbers the question's words.
    const std::string n = t->question_number(q->id);
    auto it = std::find_if(order.begin(), order.end(), [&](const auto& g) { return g.first == t; });
    if (it == order.end()) it = order.insert(order.end(), {t, View::list()});
    it->second.push(View().set("href", sp::href(from, sp::template_page(fw.id, t->id), sp::question_anchor(l.item)))
                        .set("number", n.empty() ? shorten(markdown_to_text(q->full_markdown()), 40) : n));
  }
  for (auto& [t, questions] : order) {
    View qs = View::list();
    for (std::size_t i = 0; i < questions.items().size(); ++i)
      qs.push(View(questions.items()[i]).set("last", i + 1 == questions.items().size()));
    groups.push(View().set("template", t->title).set("href", sp::href(from, sp::template_page(fw.id, t->id)))
                    .set("questions", qs).set("plural", qs.items().size() > 1));
  }
  return groups;
}

View SiteContext::area_links(const Framework& fw, const std::vector<BackLink>& links, const std::string& from) const {
  View list = View::list();
  for (const BackLink& l : links) {
    const Rubric* r = fw.find_rubric(l.owner);
    const RubricArea* a = r ? r->find_area(l.item) : nullptr;
    if (!a) continue;
    list.push(View().set("href", sp::href(from, sp::rubric(fw.id, r->id), sp::area_anchor(a->id)))
                  .set("rubric", r->title)
                  .set("label", a->title));
  }
  return list;
}

View SiteContext::standard_links(const Framework& fw, const std::vector<Ref>& refs, const std::string& from) const {
  View list = View::list();
  for (const Ref& r : refs) {
    const Standard* s = fw.find_standard(r.id);
    if (!s) continue;
    list.push(View().set("href", sp::href(from, sp::standards(fw.id), sp::standard_anchor(s->id)))
                  .set("number", s->numbered ? s->id : "")  // links to an unnumbered standard read its title
                  .set("label", s->title.empty() ? shorten(text(s->text.markdown), 80) : s->title));
  }
  return list;
}

View as_sentence(const View& list) {
  View out = View::list();
  const std::size_t n = list.items().size();
  for (std::size_t i = 0; i < n; ++i)
    out.push(View(list.items()[i]).set("sep", i + 1 == n ? "" : i + 2 == n ? " and " : ", "));
  return out;
}

View SiteContext::role_links(const Framework& fw, const std::vector<Ref>& refs, const std::string& from) const {
  View list = View::list();
  for (const Ref& r : refs)
    if (const Role* role = fw.find_role(r.id))
      list.push(View().set("href", sp::href(from, sp::roles(fw.id), sp::role_anchor(role->id))).set("label", role->title));
  return as_sentence(list);
}

View SiteContext::body_and_role_links(const Framework& fw, const std::vector<Ref>& refs, const std::string& from) const {
  View list = View::list();
  for (const Ref& r : refs) {
    if (const Body* b = fw.find_body(r.id))
      list.push(View().set("label", b->title).set("href", sp::href(from, sp::bodies(fw.id), sp::body_anchor(b->id))));
    else if (const Role* role = fw.find_role(r.id))
      list.push(View().set("label", role->title).set("href", sp::href(from, sp::roles(fw.id), sp::role_anchor(role->id))));
  }
  return as_sentence(list);
}

search::SearchDoc& SiteContext::index(const std::string& url, const std::string& anchor, const std::string& title, std::string body,
                        search::DocKind kind, const Framework* fw, std::vector<std::string> headings) {
  search::SearchDoc d;
  d.url = url;
  d.anchor = anchor;
  d.title = title;
  d.body = std::move(body);
  d.headings = std::move(headings);
  d.kind = kind;
  if (fw) {
    d.framework_id = fw->id;
    d.framework_title = fw->meta.title;
    if (fw->meta.status == "draft" || fw->meta.status == "superseded") d.framework_note = capitalised(fw->meta.status);
  }
  docs.push_back(std::move(d));
  return docs.back();
}

bool SiteContext::archived(const Framework& fw) const {
  return std::none_of(project.frameworks.begin(), project.frameworks.end(), [&](const Framework& f) { return &f == &fw; });
}

std::vector<const Framework*> SiteContext::archives(const Framework& current) {
  std::vector<const Framework*> out;
  for (Framework& old : sp::archived_versions(project, current)) out.push_back(&archives_.emplace_back(std::move(old)));
  return out;
}

void SiteContext::mark_changed_docs() {
  // The parts of pages that have documents of their own.
  std::set<std::pair<std::string, std::string>> own;
  for (const search::SearchDoc& d : docs) own.emplace(d.url, d.anchor);
  // What changed where no document of its own holds it counts for the page's document.
  std::map<std::string, std::string> rest;
  for (const auto& [place, version] : updated_)
    if (!own.count(place)) rest.emplace(place.first, version);
  for (search::SearchDoc& d : docs) {
    const auto part = updated_.find({d.url, d.anchor});
    const auto page = d.anchor.empty() ? rest.find(d.url) : rest.end();
    d.changed_in = part != updated_.end() ? part->second : page != rest.end() ? page->second : "";
  }
}

std::string SiteContext::render(const std::string& name, const View& view) const {
  return templates_.render(name, view, diags);
}


std::string shorten(const std::string& text, std::size_t max) {
  std::string flat;
  for (char c : text) flat += (c == '\n' ? ' ' : c);
  if (flat.size() <= max) return flat;
  std::size_t cut = flat.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) cut = max;
  while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return flat.substr(0, cut) + "…";
}

}  // namespace qaf::site
