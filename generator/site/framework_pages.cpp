// Framework overview, standards, scales, rules, programmes and roles pages.
#include <algorithm>
#include <set>

#include "site/pages.hpp"
#include "support/colour.hpp"
#include "site/site_paths.hpp"
#include "support/number_format.hpp"
#include "support/plural.hpp"

namespace qaf::site {
namespace sp = site_paths;
using search::DocKind;

std::string tag_colour(const std::string& name) {
  if (name == "approved") return "green";
  if (name == "draft") return "yellow";
  if (name == "superseded") return "grey";
  if (parse_hex_colour(name)) return "custom";  // its background is set by tag_background
  return colour_class(name);
}

std::string tag_background(const std::string& colour) {
  const auto rgb = parse_hex_colour(colour);
  return rgb ? hex_of(*rgb) : "";
}

BuiltPage framework_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::framework(fw.id);
  const FrameworkMeta& m = fw.meta;
  View v;
  v.set("title", m.title).set("council", m.council).set("status", m.status).set("has_status", !m.status.empty())
      .set("status_colour", tag_colour(m.status));
  v.set("summary_html", c.html(m.summary, path, &fw));
  View meta = View::list();
  for (const auto& [key, value] : m.facts()) meta.push(View().set("key", key).set("value", value));
  v.set("meta", meta);
  // Each version with a "what changed" page (a kept version before it) links to it.
  std::set<std::string> compared;
  for (const versions::Step& step : c.history(fw)) compared.insert(step.to);
  View changes = View::list();
  for (const ChangeEntry& ch : m.changes)
    changes.push(View().set("date", ch.date.long_form()).set("version", ch.version)
                     .set("summary_html", c.inline_html(ch.summary, path, &fw)).set("author", ch.author)
                     .set("changes_href", compared.count(ch.version) ? sp::href(path, sp::changes(fw.id, ch.version)) : ""));
  v.set("changes", changes).set("has_changes", !m.changes.empty());
  // Earlier versions, kept as they were published (only from the current framework's overview).
  View earlier = View::list();
  if (c.project.find_framework(fw.id) == &fw)
    for (auto it = c.project.kept_versions(fw.id).rbegin(); it != c.project.kept_versions(fw.id).rend(); ++it)
      if (it->version != m.version)
        earlier.push(View().set("href", sp::href(path, sp::framework(sp::archive_id(fw.id, it->version))))
                         .set("label", "Version " + it->version)
                         .set("note", it->framework.meta.status));
  v.set("earlier", earlier).set("has_earlier", !earlier.empty_list());
  if (const versions::Step* now = versions::current_step(c.history(fw)))
    v.set("whats_new_href", sp::href(path, sp::changes(fw.id, now->to)))
        .set("whats_new", "What changed in " + version_name(now->to) + " (since " + version_name(now->from) + ")");
  View audience = View::list();
  for (const AudienceEntry& a : m.audience) audience.push(View().set("who", a.who).set("involvement", a.involvement));
  v.set("audience", audience).set("has_audience", !m.audience.empty());
  // Contents: every part of the framework, in reading order.
  View parts = View::list();
  auto part = [&](const std::string& to, const std::string& label, const std::string& note) {
    parts.push(View().set("href", sp::href(path, to)).set("label", label).set("note", note));
  };
  for (const Page& pg : fw.pages) part(sp::framework_page(fw.id, pg.id), pg.title, pg.summary);
  if (!fw.standards.empty()) {
    std::size_t n = 0;
    for (const auto& s : fw.standards) n += s.standards.size();
    part(sp::standards(fw.id), "Practice standards", plural(static_cast<long long>(n), "standard") + " in " +
                                                         plural(static_cast<long long>(fw.standards.size()), "section"));
  }
  for (const Rubric& r : fw.rubrics) part(sp::rubric(fw.id, r.id), r.title, "What good looks like");
  for (const SkillSet& s : fw.skill_sets) part(sp::skills(fw.id, s.id), s.title, "Skill descriptors");
  for (const Template& t : fw.templates) part(sp::template_page(fw.id, t.id), t.title, t.stub() ? "Held elsewhere" : "Template");
  if (!fw.scales.empty()) part(sp::scales(fw.id), "Judgement scales", "");
  if (!fw.rules.empty()) part(sp::rules(fw.id), "Rules", "Escalation, moderation and actions");
  if (!fw.programmes.empty()) part(sp::programmes(fw.id), "Programmes and schedules", "");
  if (!fw.roles.empty()) part(sp::roles(fw.id), "Roles and responsibilities", "");
  if (!fw.bodies.empty()) part(sp::bodies(fw.id), "Boards, panels and teams", "Who meets, how often, and who they report to");
  if (!fw.indicators.empty()) part(sp::indicators(fw.id), "Performance indicators", "The figures we watch, and where they are looked at");
  if (!fw.glossary.empty()) part(sp::glossary(fw.id), "Glossary", "Abbreviations and terms, and what they mean");
  v.set("parts", parts);
  // Printable versions: only the PDFs the build writes beside the site.
  View printables = View::list();
  auto printable = [&](const std::string& pdf, const std::string& label) {
    if (c.pdfs.count(pdf)) printables.push(View().set("href", sp::href(path, pdf)).set("label", label));
  };
  printable(sp::handbook_pdf(fw.id), "The whole handbook");
  printable(sp::standards_pdf(fw.id), "Practice standards");
  for (const Rubric& r : fw.rubrics) printable(sp::rubric_pdf(fw.id, r.id), r.title);
  for (const SkillSet& s : fw.skill_sets) printable(sp::skills_pdf(fw.id, s.id), s.title);
  for (const Template& t : fw.templates) printable(sp::template_pdf(fw.id, t.id), t.title + " (blank form)");
  v.set("printables", printables).set("has_printables", !printables.empty_list());
  c.index(path, "", m.title, c.text(m.summary.markdown) + "\n" + m.council, DocKind::page, &fw, {"Change history"});
  return {path, m.title, "Overview", c.render("framework", v), &fw, m.pos, {}};
}

BuiltPage standards_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::standards(fw.id);
  View sections = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  for (const StandardSection& sec : fw.standards) {
    View list = View::list();
    for (const Standard& s : sec.standards) {
      const std::string anchor = sp::standard_anchor(s.id);
      View checked = c.question_links(fw, s.checked_by, path);
      View described = c.area_links(fw, s.described_by, path);
      View standard;
      c.flag_updated(standard, fw, path, anchor);
      list.push(standard
                    .set("anchor", anchor)
                    .set("number", s.numbered ? s.id : "")
                    .set("title", s.title)
                    .set("text_html", c.html(s.text, path, &fw))
                    .set("timescale", s.timescale)
                    .set("applies_to", c.role_links(fw, s.applies_to, path))
                    .set("has_applies_to", !s.applies_to.empty())
                    .set("guidance_html", c.html(s.guidance, path, &fw))
                    .set("checked_by", checked)
                    .set("has_checked_by", !checked.empty_list())
                    .set("described_by", described)
                    .set("has_described_by", !described.empty_list()));
      std::string body = c.text(s.text.markdown);
      if (!s.timescale.empty()) body += "\nTimescale: " + s.timescale;
      if (!s.guidance.empty()) body += "\n" + c.text(s.guidance.markdown);
      c.index(path, anchor,
              s.title.empty() ? s.id + " " + shorten(c.text(s.text.markdown), 70) : standard_heading(s, " "),
              body, DocKind::standard, &fw, {sec.title, "Practice standards"});  // found as "standard 4.5"
    }
    const std::string anchor = "section-" + sec.id;
    // A section written without numbers is headed by its title alone.
    const std::string heading = sec.numbered ? sec.id + ". " + sec.title : sec.title;
    toc.emplace_back(anchor, heading);
    View section;
    c.flag_updated(section, fw, path, anchor);
    sections.push(section.set("anchor", anchor).set("heading", heading).set("title", sec.title)
                      .set("intro_html", c.html(sec.intro, path, &fw)).set("standards", list));
  }
  View v;
  v.set("title", "Practice standards").set("framework", fw.meta.title).set("sections", sections);
  if (c.pdfs.count(sp::standards_pdf(fw.id))) v.set("pdf_href", sp::href(path, sp::standards_pdf(fw.id)));
  BuiltPage p{path, "Practice standards", "", c.render("standards", v), &fw, fw.standards.front().pos, toc};
  return p;
}

BuiltPage scales_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::scales(fw.id);
  View scales = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  for (const Scale& s : fw.scales) {
    View rows = View::list();
    std::string kind_label;
    switch (s.kind) {
      case ScaleKind::grades:
        kind_label = std::string("Named grades, ") + (s.best == BestCode::lowest ? "1 is best" : "the highest code is best");
        for (const Grade& g : s.grades)
          rows.push(View().set("value", std::to_string(g.code)).set("label", g.label)
                        .set("colour", tag_colour(g.colour)).set("colour_hex", tag_background(g.colour)).set("description_html", c.inline_html(g.description, path, &fw)));
        break;
      case ScaleKind::levels:
        kind_label = "Numbered levels";
        for (const Level& l : s.levels)
          rows.push(View().set("value", std::to_string(l.value))
                        .set("label", l.label.empty() ? "Level " + std::to_string(l.value) : l.label)
                        .set("description_html", c.inline_html(l.description, path, &fw)));
        break;
      case ScaleKind::bands: {
        const Scale* target = fw.find_scale(s.maps_to.id);
        kind_label = "Numeric range, in bands that count as grades";
        // In scale order, from the bottom of the range up, as the scale is written. Each row sets its
        // own (empty) notes: a row without them would show the scale's whole description again.
        for (const Band* b : bands_in_order(s)) {
          const Grade* g = target ? target->find_grade(b->grade.id) : nullptr;
          rows.push(View().set("value", format_number(b->from) + "–" + format_number(b->to)).set("label", g ? g->label : b->grade.id)
                        .set("colour", g ? tag_colour(g->colour) : "")
                        .set("colour_hex", g ? tag_background(g->colour) : "").set("description_html", ""));
        }
        break;
      }
      case ScaleKind::choices:
      case ScaleKind::rag:
        kind_label = s.kind == ScaleKind::rag ? "Red, amber, green" : (s.multiple ? "Tick all that apply" : "Choose one");
        for (const Choice& o : s.options)
          rows.push(View().set("value", o.id).set("code", true).set("label", o.label).set("colour", tag_colour(o.colour)).set("colour_hex", tag_background(o.colour))
                        .set("description_html", std::string(o.not_applicable ? "Not counted in rates" : "")));
        break;
    }
    const std::string anchor = sp::scale_anchor(s.id);
    toc.emplace_back(anchor, s.title);
    scales.push(c.flagged(fw, path, anchor).set("anchor", anchor).set("title", s.title).set("kind", kind_label)
                    .set("description_html", c.html(s.description, path, &fw)).set("rows", rows));
  }
  View v;
  v.set("title", "Judgement scales").set("scales", scales);
  // Each scale's title, description and answers: "not applicable" or "partially" finds the page.
  std::string body;
  for (const Scale& s : fw.scales) {
    body += s.title + "\n";
    if (!s.description.empty()) body += c.text(s.description.markdown) + "\n";
    for (const Grade& g : s.grades) body += g.label + "\n";
    for (const Level& l : s.levels) body += l.label + (l.label.empty() ? "" : "\n");
    for (const Choice& o : s.options) body += o.label + "\n";
  }
  c.index(path, "", "Judgement scales", body, DocKind::page, &fw);
  return {path, "Judgement scales", "", c.render("scales", v), &fw, fw.scales.front().pos, toc};
}

BuiltPage rules_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::rules(fw.id);
  auto grade_label = [&](const Ref& scale, const Ref& grade) {
    const Scale* s = fw.find_scale(scale.id);
    const Grade* g = s ? s->find_grade(grade.id) : nullptr;
    return g ? g->label : grade.id;
  };
  auto template_list = [&](const std::vector<Ref>& ids) {
    View list = View::list();
    for (const Ref& r : ids)
      if (const Template* t = fw.find_template(r.id))
        list.push(View().set("href", sp::href(path, sp::template_page(fw.id, t->id))).set("label", t->title));
    return list;
  };
  View esc = View::list(), mod = View::list(), act = View::list(), dl = View::list(), ev = View::list();
  std::string body;
  for (const EscalationRule& r : fw.rules.escalation) {
    const std::string g = grade_label(r.scale, r.grade);
    esc.push(c.flagged(fw, path, sp::rule_anchor(r.id)).set("anchor", sp::rule_anchor(r.id)).set("grade", g).set("or_worse", r.or_worse)
                 .set("notify", c.role_links(fw, r.notify, path)).set("within", r.within)
                 .set("note_html", c.html(r.note, path, &fw)).set("templates", template_list(r.templates)));
    body += "Escalation: " + g + "\n";
  }
  for (const ModerationRule& r : fw.rules.moderation)
    mod.push(c.flagged(fw, path, sp::rule_anchor(r.id)).set("anchor", sp::rule_anchor(r.id)).set("percent", r.sample_percent ? std::to_string(*r.sample_percent) : "")
                 .set("minimum", r.minimum ? std::to_string(r.minimum) : "").set("by", c.role_links(fw, r.by, path))
                 .set("note_html", c.html(r.note, path, &fw)).set("templates", template_list(r.templates)));
  for (const ActionsRule& r : fw.rules.actions)
    act.push(c.flagged(fw, path, sp::rule_anchor(r.id)).set("anchor", sp::rule_anchor(r.id)).set("below", grade_label(r.scale, r.below))
                 .set("minimum", std::to_string(r.minimum)).set("note_html", c.html(r.note, path, &fw))
                 .set("templates", template_list(r.templates)));
  for (const DeadlineRule& r : fw.rules.deadlines)
    dl.push(c.flagged(fw, path, sp::rule_anchor(r.id)).set("anchor", sp::rule_anchor(r.id)).set("days", std::to_string(r.max_days)).set("days_text", plural(r.max_days, "day"))
                .set("note_html", c.html(r.note, path, &fw)).set("templates", template_list(r.templates)));
  for (const EventRule& r : fw.rules.events) {
    ev.push(c.flagged(fw, path, sp::rule_anchor(r.id)).set("anchor", sp::rule_anchor(r.id)).set("when", event_when(r)).set("notify", c.role_links(fw, r.notify, path))
                .set("within", r.within).set("note_html", c.html(r.note, path, &fw)).set("templates", template_list(r.templates)));
    body += "Notification: " + event_when(r) + "\n";
  }
  // Events in a case: the roles as links, then the bodies outside the council in words.
  View cases = View::list();
  for (const CaseEventRule& r : fw.rules.case_events) {
    View people = c.role_links(fw, r.notify, path);
    for (const std::string& o : r.outside) people.push(View().set("label", o).set("href", ""));
    const View all = as_sentence(people);
    cases.push(c.flagged(fw, path, sp::rule_anchor(r.id)).set("anchor", sp::rule_anchor(r.id)).set("event", r.event).set("tell", all).set("within", r.within)
                   .set("note_html", c.html(r.note, path, &fw)));
    body += "In a case: " + r.event + "\n";
  }
  View v;
  v.set("case_events", cases).set("has_case_events", !cases.empty_list());
  v.set("title", "Rules").set("escalation", esc).set("has_escalation", !esc.empty_list())
      .set("events", ev).set("has_events", !ev.empty_list())
      .set("moderation", mod).set("has_moderation", !mod.empty_list()).set("actions", act)
      .set("has_actions", !act.empty_list()).set("deadlines", dl).set("has_deadlines", !dl.empty_list());
  c.index(path, "", "Rules: escalation, moderation and actions", body + "moderation sample actions deadlines", DocKind::page, &fw);
  return {path, "Rules", "", c.render("rules", v), &fw, fw.meta.pos, {}};
}

BuiltPage programmes_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::programmes(fw.id);
  View progs = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  for (const Programme& p : fw.programmes) {
    View entries = View::list();
    std::string body;
    bool has_when = false, has_theme = false;
    for (const ProgrammeEntry& e : p.entries) {
      const std::string when = entry_when(e);
      has_when |= !when.empty();
      has_theme |= !e.theme.empty();
      View items = View::list();
      for (const Text& t : e.items) {
        items.push(View().set("item_html", c.inline_html(t, path, &fw)));
        body += (when.empty() ? e.theme : when) + ": " + c.text(t.markdown) + "\n";
      }
      // With columns: a cell per column, in the programme's order, blank where the entry has none.
      View cells = View::list();
      for (std::size_t i = 0; i < e.cells.size() && i < p.columns.size(); ++i) {
        View cell_items = View::list();
        for (const Text& t : e.cells[i]) {
          cell_items.push(View().set("item_html", c.inline_html(t, path, &fw)));
          body += (when.empty() ? e.theme : when) + ", " + p.columns[i].title + ": " + c.text(t.markdown) + "\n";
        }
        cells.push(View().set("items", cell_items).set("has_items", !e.cells[i].empty()));
      }
      entries.push(View().set("when", when).set("theme", e.theme).set("items", items).set("cells", cells));
    }
    View column_heads = View::list();
    for (const ProgrammeColumn& col : p.columns) column_heads.push(View().set("title", col.title));
    const bool has_to = std::any_of(p.rows.begin(), p.rows.end(), [](const FrequencyRow& r) { return !r.to.empty(); });
    auto row_view = [&](const FrequencyRow& r) {
      const Role* role = fw.find_role(r.role.id);
      // Who receives it, as a sentence of links ("QA board and Head of service"); what it contains, as a list.
      const View to_sentence = c.body_and_role_links(fw, r.to, path);
      View contents = View::list();
      for (const Text& t : r.contents) {
        contents.push(View().set("item_html", c.inline_html(t, path, &fw)));
        body += c.text(t.markdown) + "\n";
      }
      body += (role ? role->title : r.role.id) + ": " + r.activity + "\n";
      return View().set("role", role ? role->title : r.role.id)
          .set("role_href", sp::href(path, sp::roles(fw.id), sp::role_anchor(r.role.id)))
          .set("activity", r.activity).set("how_often", how_often(r))
          .set("note", r.note).set("to", to_sentence).set("contents", contents)
          .set("has_contents", !r.contents.empty())
          .set("sample", r.has_case_sample ? sample_text(r.case_sample) : "");
    };
    // Rows under their group's subheading, groups in the order they first appear.
    const auto grouped = grouped_rows(p.rows);
    const bool has_groups = grouped.size() > 1 || (grouped.size() == 1 && !grouped[0].first.empty());
    View groups = View::list();
    for (const auto& [group, members] : grouped) {
      View rows = View::list();
      for (const FrequencyRow* r : members) rows.push(row_view(*r));
      groups.push(View().set("group", group).set("rows", rows).set("has_heading", has_groups && !group.empty()));
    }
    const std::string anchor = sp::programme_anchor(p.id);
    toc.emplace_back(anchor, p.title);
    progs.push(View().set("anchor", anchor).set("title", p.title).set("intro_html", c.html(p.intro, path, &fw))
                   .set("is_frequency", p.kind == ProgrammeKind::frequency)
                   .set("is_timeline", p.kind == ProgrammeKind::timeline)
                   .set("has_when", has_when).set("has_theme", has_theme).set("has_to", has_to)
                   .set("has_groups", has_groups).set("groups", groups).set("columns", has_to ? "5" : "4")
                   .set("entries", entries).set("has_columns", !p.columns.empty()).set("column_heads", column_heads));
    c.index(path, anchor, p.title, body, DocKind::page, &fw);
  }
  View v;
  v.set("title", "Programmes and schedules").set("programmes", progs);
  return {path, "Programmes and schedules", "Programmes", c.render("programmes", v), &fw, fw.programmes.front().pos, toc};
}

BuiltPage roles_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::roles(fw.id);
  View roles = View::list();
  for (const Role& r : fw.roles) {
    View own = View::list();
    std::string body = c.text(r.summary.markdown) + "\n";
    for (const Text& t : r.responsibilities) {
      own.push(View().set("item_html", c.inline_html(t, path, &fw)));
      body += c.text(t.markdown) + "\n";
    }
    const Role* parent = r.inherits.id.empty() ? nullptr : fw.find_role(r.inherits.id);
    View v = c.flagged(fw, path, sp::role_anchor(r.id)).set("anchor", sp::role_anchor(r.id)).set("title", r.title)
                 .set("summary_html", c.html(r.summary, path, &fw)).set("responsibilities", own)
                 .set("has_parent", parent != nullptr);
    if (parent)
      v.set("parent", parent->title).set("parent_href", sp::href(path, sp::roles(fw.id), sp::role_anchor(parent->id)))
          .set("inherited_lead", fw.inherited_lead(*parent));
    roles.push(v);
    // The page's title is the role's heading context: "team manager responsibilities" finds the role.
    c.index(path, sp::role_anchor(r.id), r.title, body, DocKind::page, &fw, {"Roles and responsibilities"});
  }
  View v;
  v.set("title", "Roles and responsibilities").set("roles", roles);
  return {path, "Roles and responsibilities", "Roles", c.render("roles", v), &fw, fw.roles.front().pos, {}};
}

}  // namespace qaf::site
