// The performance indicators page of a framework: one section per indicator with its unit, source and reviewers.
#include "site/pages.hpp"
#include "site/site_paths.hpp"

namespace qaf::site {
namespace sp = site_paths;
using search::DocKind;

BuiltPage indicators_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::indicators(fw.id);
  View items = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  for (const Indicator& i : fw.indicators) {
    // Where it is looked at: bodies link to the bodies page, roles to the roles page; a sentence.
    const View at_sentence = c.body_and_role_links(fw, i.reviewed_at, path);
    const Role* owner = i.owner.id.empty() ? nullptr : fw.find_role(i.owner.id);
    View v = View().set("anchor", sp::indicator_anchor(i.id)).set("title", i.title)
                 .set("description_html", c.html(i.description, path, &fw))
                 .set("unit", i.unit.empty() ? "" : unit_label(i.unit)).set("better", better_label(i.better))
                 .set("source", i.source).set("how_often", i.reported ? how_often(i.how_often) : "")
                 .set("has_owner", owner != nullptr)
                 .set("reviewed_at", at_sentence).set("has_reviewed_at", !at_sentence.empty_list());
    if (owner) v.set("owner", owner->title).set("owner_href", sp::href(path, sp::roles(fw.id), sp::role_anchor(owner->id)));
    items.push(v);
    toc.emplace_back(sp::indicator_anchor(i.id), i.title);
    c.index(path, sp::indicator_anchor(i.id), i.title, c.text(i.description.markdown) + "\n" + i.source, DocKind::page, &fw);
  }
  View v;
  v.set("title", "Performance indicators").set("indicators", items);
  return {path, "Performance indicators", "Indicators", c.render("indicators", v), &fw, fw.indicators.front().pos, toc};
}

}  // namespace qaf::site
