// The bodies page of a framework: boards, panels, forums and teams, with chair, members, meetings and reporting lines.
#include "site/pages.hpp"
#include "site/site_paths.hpp"

namespace qaf::site {
namespace sp = site_paths;
using search::DocKind;

namespace {

// A chair or member: a role's title linked to the roles page, or the words as written.
View person_view(const Framework& fw, const BodyPerson& p, const std::string& path) {
  View v = View().set("label", fw.person_label(p));
  if (!p.role.id.empty() && fw.find_role(p.role.id)) v.set("href", sp::href(path, sp::roles(fw.id), sp::role_anchor(p.role.id)));
  return v;
}

}  // namespace

BuiltPage bodies_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::bodies(fw.id);
  View bodies = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  for (const Body& b : fw.bodies) {
    std::string body = c.text(b.purpose.markdown) + "\n";
    View members = View::list();
    for (const BodyPerson& m : b.members) {
      members.push(person_view(fw, m, path));
      body += fw.person_label(m) + "\n";
    }
    const bool has_chair = !b.chair.role.id.empty() || !b.chair.words.empty();
    View v = View().set("anchor", sp::body_anchor(b.id)).set("title", b.title)
                 .set("purpose_html", c.html(b.purpose, path, &fw))
                 .set("has_chair", has_chair).set("members", members).set("has_members", !b.members.empty())
                 .set("meets", b.meets ? how_often(b.meets_how_often) : "").set("meetings_note", b.meetings_note)
                 .set("reports_to", c.body_and_role_links(fw, b.reports_to, path)).set("has_reports_to", !b.reports_to.empty());
    if (has_chair) v.set("chair", person_view(fw, b.chair, path));
    bodies.push(v);
    toc.emplace_back(sp::body_anchor(b.id), b.title);
    c.index(path, sp::body_anchor(b.id), b.title, body, DocKind::page, &fw);
  }
  View v;
  v.set("title", "Boards, panels and teams").set("bodies", bodies);
  return {path, "Boards, panels and teams", "Boards and teams", c.render("bodies", v), &fw, fw.bodies.front().pos, toc};
}

}  // namespace qaf::site
