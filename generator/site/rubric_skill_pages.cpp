// Rubric pages (indicators, area x grade matrix, measures table) and skill descriptor pages.
#include "site/pages.hpp"
#include "site/site_paths.hpp"

namespace qaf::site {
namespace sp = site_paths;
using search::DocKind;

BuiltPage rubric_page(SiteContext& c, const Framework& fw, const Rubric& r) {
  const std::string path = sp::rubric(fw.id, r.id);
  const Scale* scale = fw.find_scale(r.scale.id);
  View areas = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  for (const RubricArea& a : r.areas) {
    const std::string anchor = sp::area_anchor(a.id);
    View indicators = View::list(), cells = View::list();
    std::string body = c.text(a.intro.markdown) + "\n";
    for (const Text& t : a.indicators) {
      indicators.push(View().set("item_html", c.inline_html(t, path, &fw)));
      body += c.text(t.markdown) + "\n";
    }
    for (const RubricCell& cell : a.cells) {
      const Grade* g = scale ? scale->find_grade(cell.grade.id) : nullptr;
      cells.push(View().set("grade", g ? g->label : cell.grade.id).set("cell_html", c.html(cell.text, path, &fw)));
      body += (g ? g->label : cell.grade.id) + ": " + c.text(cell.text.markdown) + "\n";
    }
    body += c.text(a.good.markdown) + "\n" + c.text(a.measured.markdown);
    View standards = c.standard_links(fw, a.standards, path);
    View checked = c.question_links(fw, a.checked_by, path);
    areas.push(c.flagged(fw, path, anchor)
                   .set("anchor", anchor)
                   .set("title", a.title)
                   .set("intro_html", c.html(a.intro, path, &fw))
                   .set("indicators", indicators)
                   .set("cells", cells)
                   .set("good_html", c.html(a.good, path, &fw))
                   .set("measured_html", c.html(a.measured, path, &fw))
                   .set("standards", standards)
                   .set("has_standards", !standards.empty_list())
                   .set("checked_by", checked)
                   .set("checked_groups", c.question_groups(fw, a.checked_by, path))
                   .set("has_checked_by", !checked.empty_list()));
    toc.emplace_back(anchor, a.title);
    c.index(path, anchor, a.title + " — " + r.title, body, DocKind::rubric, &fw, {r.title});
  }
  View grades = View::list();
  if (scale)  // a matrix shows only the grades it describes
    for (const Grade* g : described_grades(r, *scale)) grades.push(View().set("label", g->label));
  View guidance = View::list();
  for (const JudgementGuidance& g : r.guidance) {
    const Grade* gr = scale ? scale->find_grade(g.grade.id) : nullptr;
    guidance.push(View().set("grade", gr ? gr->label : g.grade.id).set("colour", gr ? tag_colour(gr->colour) : "")
                      .set("colour_hex", gr ? tag_background(gr->colour) : "")
                      .set("guidance_html", c.html(g.text, path, &fw)));
  }
  View v;
  c.flag_updated(v, fw, path, "");
  v.set("title", r.title).set("intro_html", c.html(r.intro, path, &fw)).set("areas", areas).set("grades", grades)
      .set("is_indicators", r.shape == RubricShape::indicators).set("is_matrix", r.shape == RubricShape::matrix)
      .set("is_measures", r.shape == RubricShape::measures).set("guidance", guidance)
      .set("has_guidance", !r.guidance.empty()).set("guidance_heading", kGuidanceHeading);
  if (c.pdfs.count(sp::rubric_pdf(fw.id, r.id))) v.set("pdf_href", sp::href(path, sp::rubric_pdf(fw.id, r.id)));
  if (!r.guidance.empty()) toc.emplace_back("guidance", kGuidanceHeading);
  return {path, r.title, "", c.render("rubric", v), &fw, r.pos, toc};
}

BuiltPage skills_page(SiteContext& c, const Framework& fw, const SkillSet& set) {
  const std::string path = sp::skills(fw.id, set.id);
  const Scale* scale = fw.find_scale(set.scale.id);
  View levels = View::list();
  if (scale)
    for (const Level& l : scale->levels)
      levels.push(View().set("name", level_name(l.value, &l))
                      .set("description_html", c.inline_html(l.description, path, &fw)));
  View groups = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  for (const SkillGroup& g : set.groups) {
    View skills = View::list();
    for (const Skill& s : g.skills) {
      View cells = View::list();
      std::string body = c.text(s.description.markdown) + "\n";
      View components = View::list();
      for (const SkillComponent& part : s.components) {
        components.push(View().set("title", part.title).set("description_html", c.inline_html(part.description, path, &fw)));
        body += part.title + ": " + c.text(part.description.markdown) + "\n";
      }
      for (const SkillLevel& l : s.levels) {
        View behaviours = View::list();
        for (const Text& b : l.behaviours) {
          behaviours.push(View().set("item_html", c.inline_html(b, path, &fw)));
          body += c.text(b.markdown) + "\n";
        }
        const Level* lv = scale ? scale->find_level(l.level) : nullptr;
        cells.push(View().set("name", level_name(l.level, lv))
                       .set("behaviours", behaviours));
      }
      View observed = c.question_links(fw, s.observed_by, path);
      // A skill is a level-3 heading under its group's heading, or level 2 when the group has none.
      skills.push(c.flagged(fw, path, sp::skill_anchor(s.id)).set("anchor", sp::skill_anchor(s.id)).set("title", s.title).set("number", s.number)
                      .set("heading_level", g.title.empty() ? "2" : "3")
                      .set("description_html", c.html(s.description, path, &fw)).set("levels", cells).set("has_grid", !s.levels.empty())
                      .set("components", components).set("has_components", !s.components.empty())
                      .set("observed_by", observed).set("has_observed_by", !observed.empty_list()));
      c.index(path, sp::skill_anchor(s.id), s.title, body, DocKind::skill, &fw, {set.title, g.title});
    }
    if (!g.id.empty()) toc.emplace_back("group-" + g.id, g.title);
    groups.push(View().set("anchor", g.id.empty() ? "" : "group-" + g.id).set("title", g.title)
                    .set("has_title", !g.title.empty()).set("description_html", c.html(g.description, path, &fw))
                    .set("skills", skills));
  }
  View v;
  c.flag_updated(v, fw, path, "");
  v.set("title", set.title).set("intro_html", c.html(set.intro, path, &fw)).set("levels", levels)
      .set("has_levels", set.shape == SkillShape::levels).set("groups", groups)
      .set("scale", scale ? scale->title : "");
  if (c.pdfs.count(sp::skills_pdf(fw.id, set.id))) v.set("pdf_href", sp::href(path, sp::skills_pdf(fw.id, set.id)));
  return {path, set.title, "", c.render("skills", v), &fw, set.pos, toc};
}

}  // namespace qaf::site
