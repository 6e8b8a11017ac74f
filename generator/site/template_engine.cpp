// The one file that uses the Mustache library: View -> mustache data, partials, error reporting.
#include "site/template_engine.hpp"

#include <kainjow/mustache.hpp>


namespace qaf {
namespace {

namespace mu = kainjow::mustache;

mu::data to_data(const View& v) {
  switch (v.kind()) {
    // An empty text is false, as in mustache.js: {{#timescale}}...{{/timescale}} is skipped
    // when there is none, and {{timescale}} still renders as nothing.
    case View::Kind::text: return v.text().empty() ? mu::data(false) : mu::data(v.text());
    case View::Kind::flag: return mu::data(v.flag());
    case View::Kind::list: {
      mu::data list(mu::data::type::list);
      for (const View& item : v.items()) list.push_back(to_data(item));
      return list;
    }
    case View::Kind::object: break;
  }
  mu::data obj(mu::data::type::object);
  for (const auto& [key, value] : v.fields()) obj.set(key, to_data(*value));
  return obj;
}

}  // namespace

namespace {

// A template's problem reported to this build's sink once: a template is rendered once per page.
void report(Diagnostics& diags, const SourcePos& pos, const std::string& message) {
  for (const Diagnostic& d : diags.all())
    if (d.message == message && d.pos.file == pos.file && d.pos.line == pos.line) return;
  diags.error(pos, message);
}

// Renders a parsed template (nullptr: the theme has no such template; invalid: a syntax error).
std::string render_parsed(const Theme& theme, const std::string& name, mu::mustache* tmpl, const View& view,
                          Diagnostics& diags) {
  if (!tmpl) {
    report(diags, {"themes/" + theme.name, 0, 0}, "theme '" + theme.name + "' has no template '" + name + "'");
    return {};
  }
  if (!tmpl->is_valid()) {
    auto pos = theme.template_pos.find(name);
    report(diags, pos == theme.template_pos.end() ? SourcePos{"themes/" + theme.name, 0, 0} : pos->second,
           "template error in '" + name + "': " + tmpl->error_message());
    return {};
  }
  mu::data data = to_data(view);
  // Partials are the templates whose names start with '_' (data keys never do, so none is hidden).
  for (const auto& [pname, text] : theme.templates) {
    if (pname.empty() || pname[0] != '_') continue;
    const std::string* body = &text;  // the theme outlives the render
    data.set(pname, mu::partial([body]() { return *body; }));
  }
  return tmpl->render(data);
}

}  // namespace

std::string render_template(const Theme& theme, const std::string& name, const View& view, Diagnostics& diags) {
  auto it = theme.templates.find(name);
  if (it == theme.templates.end()) return render_parsed(theme, name, nullptr, view, diags);
  mu::mustache tmpl(it->second);
  return render_parsed(theme, name, &tmpl, view, diags);
}

struct TemplateCache::Parsed {
  mu::mustache tmpl;
};

TemplateCache::TemplateCache(const Theme& theme) : theme_(theme) {}
TemplateCache::~TemplateCache() = default;

std::string TemplateCache::render(const std::string& name, const View& view, Diagnostics& diags) {
  auto it = parsed_.find(name);
  if (it == parsed_.end()) {
    auto text = theme_.templates.find(name);
    if (text == theme_.templates.end()) return render_parsed(theme_, name, nullptr, view, diags);
    it = parsed_.emplace(name, std::make_unique<Parsed>(Parsed{mu::mustache(text->second)})).first;
  }
  return render_parsed(theme_, name, &it->second->tmpl, view, diags);
}

}  // namespace qaf
