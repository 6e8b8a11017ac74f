// Fill-in form pages: a template's form, built in the browser from its definition, saved as a record file.
#include "forms/form_definition.hpp"
#include "site/pages.hpp"
#include "site/site_paths.hpp"

namespace qaf::site {
namespace sp = site_paths;

BuiltPage form_page(SiteContext& c, const Framework& fw, const Template& t) {
  const std::string path = sp::template_form(fw.id, t.id);
  const forms::HtmlOf html = [&](const Text& text, bool block) {
    return block ? c.html(text, path, &fw) : c.inline_html(text, path, &fw);
  };
  View v;
  v.set("title", t.title).set("kind", template_kind_label(t.kind))
      .set("template_href", sp::href(path, sp::template_page(fw.id, t.id)))
      .set("definition_html", forms::form_definition(fw, t, html));
  const std::string pdf = sp::template_pdf(fw.id, t.id);
  if (c.pdfs.count(pdf)) v.set("pdf_href", sp::href(path, pdf));
  BuiltPage page{path, "Fill in: " + t.title, "", c.render("form", v), &fw, t.pos, {}};
  page.aside = true;
  page.scripts = {"form.js"};
  page.crumbs = {{sp::template_page(fw.id, t.id), t.title}};
  return page;
}

}  // namespace qaf::site
