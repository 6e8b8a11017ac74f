// Booklets: practice standards, what-good-looks-like rubrics and skill descriptors, alone or as handbook parts.
#include <algorithm>

#include "print/booklet_parts.hpp"
#include "site/site_paths.hpp"

namespace qaf::print {

using namespace detail;
using layout::Block;
using layout::Runs;

namespace detail {

namespace {

void append(Runs& to, Runs more) {
  for (auto& r : more) to.push_back(std::move(r));
}

/// A small line naming the standards something describes: "Standards 1.1, 1.2 and 1.4."
void add_standards_note(const Framework& fw, const std::vector<Ref>& standards, const SourcePos& pos, Blocks& out) {
  if (standards.empty()) return;
  Runs runs{italic(standards.size() == 1 ? "Standard " : "Standards ")};
  for (std::size_t i = 0; i < standards.size(); ++i) {
    if (i > 0) runs.push_back(italic(i + 1 == standards.size() ? " and " : ", "));
    const Standard* s = fw.find_standard(standards[i].id);
    layout::Run r = italic(s ? standard_name(*s) : standards[i].id);
    r.link = standard_dest(standards[i].id);
    runs.push_back(std::move(r));
  }
  runs.push_back(italic("."));
  out.push_back(paragraph(std::move(runs), pos, true));
}

/// Where a standard is checked: "Checked by: Case audit (2 questions), Observation".
void add_checked_by(const Framework& fw, const Standard& s, Blocks& out) {
  std::vector<std::string> names;
  for (const auto& link : s.checked_by) {
    const Template* t = fw.find_template(link.owner);
    const std::string name = t ? t->title : link.owner;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  if (!names.empty()) out.push_back(paragraph({italic("Checked by: " + join_words(names) + ".")}, s.pos, true));
}

Runs cell_of(const Text& t) { return markdown_runs(t.markdown); }

}  // namespace

bool is_wide(const Rubric& r) { return r.shape == RubricShape::matrix; }

bool is_wide(const SkillSet& s) {
  if (s.shape != SkillShape::levels) return false;
  std::size_t most = 0;
  for (const auto& g : s.groups)
    for (const auto& k : g.skills) most = std::max(most, k.levels.size());
  return most >= 4;
}

void add_standards_part(const Framework& fw, const std::string& title, Blocks& out) {
  out.push_back(heading(1, title, "standards", fw.meta.pos));
  for (const StandardSection& sec : fw.standards) {
    out.push_back(heading(2, sec.numbered ? sec.id + "  " + sec.title : sec.title, section_dest(sec.id), sec.pos));
    add_markdown(sec.intro, out, 2);
    out.back().keep_with_next = true;  // with what it introduces
    for (const Standard& s : sec.standards) {
      out.push_back(heading(3, standard_heading(s), standard_dest(s.id), s.pos));
      add_markdown(s.text, out, 3);
      if (!s.timescale.empty()) out.push_back(paragraph({bold("Timescale: "), plain(s.timescale)}, s.pos, true));
      if (!s.applies_to.empty())
        out.push_back(paragraph({bold("Applies to: "), plain(join_words(role_titles(fw, s.applies_to)))}, s.pos, true));
      if (!s.guidance.empty()) {
        Runs g{bold("Guidance: ")};
        append(g, markdown_runs(s.guidance.markdown, layout::Style::italic));
        out.push_back(paragraph(std::move(g), s.guidance.pos, true));
      }
      add_checked_by(fw, s, out);
    }
  }
}

void add_rubric_part(const Framework& fw, const Rubric& r, Blocks& out) {
  out.push_back(heading(1, r.title, rubric_dest(r.id), r.pos));
  add_markdown(r.intro, out, 1);
  out.back().keep_with_next = true;  // with what it introduces
  const Scale* scale = fw.find_scale(r.scale.id);
  switch (r.shape) {
    case RubricShape::indicators:
      for (const RubricArea& a : r.areas) {
        out.push_back(heading(2, a.title, area_dest(r.id, a.id), a.pos));
        add_markdown(a.intro, out, 2);
        out.back().keep_with_next = true;  // with what it introduces
        layout::List list;
        for (const Text& i : a.indicators) list.items.push_back(markdown_runs(i.markdown));
        if (!list.items.empty()) out.push_back(Block{std::move(list), a.pos});
        add_standards_note(fw, a.standards, a.pos, out);
      }
      break;
    case RubricShape::matrix: {
      layout::Table grid;
      grid.columns.push_back(layout::Column{1, false});
      std::vector<Runs> header{{plain("Area")}};
      std::vector<std::string> grade_ids;
      if (scale)  // only the grades the matrix describes
        for (const Grade* g : described_grades(r, *scale)) {
          grade_ids.push_back(g->id);
          header.push_back({plain(g->label)});
          grid.columns.push_back(layout::Column{1.35, false});
        }
      grid.rows.push_back(std::move(header));
      for (const RubricArea& a : r.areas) {
        Runs first{bold(a.title)};
        if (!a.intro.empty()) {
          first.push_back(plain("\n"));
          append(first, markdown_runs(a.intro.markdown, layout::Style::italic));
        }
        if (!a.standards.empty()) first.push_back(italic("\nStandards " + join_words(fw.standard_names(a.standards))));
        std::vector<Runs> row{std::move(first)};
        for (const std::string& g : grade_ids) {
          Runs cell;
          for (const RubricCell& c : a.cells)
            if (c.grade.id == g) cell = cell_of(c.text);
          row.push_back(std::move(cell));
        }
        grid.rows.push_back(std::move(row));
      }
      out.push_back(Block{std::move(grid), r.pos});
      break;
    }
    case RubricShape::measures: {
      layout::Table table;
      table.columns = {layout::Column{1, false}, layout::Column{1.4, false}, layout::Column{1.2, false}};
      table.rows.push_back({{plain("Quality standard")}, {plain("What good looks like")}, {plain("How it is measured")}});
      for (const RubricArea& a : r.areas) {
        Runs first{bold(a.title)};
        if (!a.intro.empty()) {
          first.push_back(plain("\n"));
          append(first, markdown_runs(a.intro.markdown));
        }
        if (!a.standards.empty()) first.push_back(italic("\nStandards " + join_words(fw.standard_names(a.standards))));
        table.rows.push_back({std::move(first), cell_of(a.good), cell_of(a.measured)});
      }
      out.push_back(Block{std::move(table), r.pos});
      break;
    }
  }
  if (!r.guidance.empty()) {
    out.push_back(heading(2, kGuidanceHeading, rubric_dest(r.id) + "-guidance", r.pos));
    for (const JudgementGuidance& g : r.guidance) {
      const Grade* grade = scale ? scale->find_grade(g.grade.id) : nullptr;
      out.push_back(paragraph({bold(grade ? grade->label : g.grade.id)}, g.pos, false, true));
      add_markdown(g.text, out, 3);
    }
  }
}

void add_skill_set_part(const Framework& fw, const SkillSet& set, Blocks& out) {
  out.push_back(heading(1, set.title, skill_set_dest(set.id), set.pos));
  add_markdown(set.intro, out, 1);
  out.back().keep_with_next = true;  // with what it introduces
  const Scale* scale = fw.find_scale(set.scale.id);
  for (const SkillGroup& g : set.groups) {
    // A skill's heading is under its group's, or under the set's when the group has no name: a
    // heading level is never skipped (a screen reader's outline would have a hole).
    const bool named = !g.id.empty() || !g.title.empty();
    if (named) out.push_back(heading(2, g.title.empty() ? g.id : g.title, "", g.pos));
    add_markdown(g.description, out, named ? 2 : 1);
    out.back().keep_with_next = true;  // with what it introduces
    if (set.shape == SkillShape::capabilities) {
      const int level = named ? 3 : 2;
      for (const Skill& s : g.skills) {
        out.push_back(heading(level, s.numbered_title(), skill_dest(s.id), s.pos));
        add_markdown(s.description, out, level);
        for (const SkillComponent& part : s.components) {
          Runs line{bold(part.title + (part.description.empty() ? "" : ": "))};
          append(line, markdown_runs(part.description.markdown));
          out.push_back(paragraph(std::move(line), part.pos));
        }
      }
      continue;
    }
    // A grid: one row per skill, one column per level, the behaviours in the cells.
    std::vector<int> levels;
    for (const Skill& s : g.skills)
      for (const SkillLevel& l : s.levels)
        if (std::find(levels.begin(), levels.end(), l.level) == levels.end()) levels.push_back(l.level);
    std::sort(levels.begin(), levels.end());
    layout::Table grid;
    grid.columns.push_back(layout::Column{1, false});
    std::vector<Runs> header{{plain("Skill")}};
    for (int v : levels) {
      const Level* l = scale ? scale->find_level(v) : nullptr;
      header.push_back({plain(level_name(v, l))});
      grid.columns.push_back(layout::Column{1.25, false});
    }
    grid.rows.push_back(std::move(header));
    for (const Skill& s : g.skills) {
      Runs first{bold(s.title)};
      if (!s.description.empty()) {
        first.push_back(plain("\n"));
        append(first, markdown_runs(s.description.markdown, layout::Style::italic));
      }
      // Its named parts, each with its line: "Empathy: sees the situation as the family does".
      for (const SkillComponent& part : s.components) {
        first.push_back(plain("\n"));
        first.push_back(bold(part.title + (part.description.empty() ? "" : ": ")));
        append(first, markdown_runs(part.description.markdown));
      }
      std::vector<Runs> row{std::move(first)};
      for (int v : levels) {
        Runs cell;
        for (const SkillLevel& l : s.levels) {
          if (l.level != v) continue;
          for (const Text& b : l.behaviours) {
            if (!cell.empty()) cell.push_back(plain("\n"));
            cell.push_back(plain("\u2022 "));
            append(cell, markdown_runs(b.markdown));
          }
        }
        row.push_back(std::move(cell));
      }
      grid.rows.push_back(std::move(row));
    }
    if (!g.skills.empty()) out.push_back(Block{std::move(grid), g.pos});
  }
}

}  // namespace detail

layout::Document standards_document(const Framework& fw, const PrintOptions& options) {
  layout::Document doc = new_document(fw, "Practice standards", site_paths::standards(fw.id), options);
  add_standards_part(fw, "Practice standards", doc.blocks);
  // A booklet of several areas opens with their contents, each entry a link to its page.
  if (fw.standards.size() >= 2) {
    std::get<layout::Heading>(doc.blocks.front().content).in_contents = false;
    doc.blocks.insert(doc.blocks.begin() + 1, Block{layout::TableOfContents{2}, fw.meta.pos});
  }
  drop_unknown_links(doc);
  return doc;
}

layout::Document rubric_document(const Framework& fw, const Rubric& r, const PrintOptions& options) {
  layout::Document doc = new_document(fw, r.title, site_paths::rubric(fw.id, r.id), options,
                                      is_wide(r) ? layout::Orientation::landscape : layout::Orientation::portrait);
  add_rubric_part(fw, r, doc.blocks);
  drop_unknown_links(doc);
  return doc;
}

layout::Document skills_document(const Framework& fw, const SkillSet& s, const PrintOptions& options) {
  layout::Document doc = new_document(fw, s.title, site_paths::skills(fw.id, s.id), options,
                                      is_wide(s) ? layout::Orientation::landscape : layout::Orientation::portrait);
  add_skill_set_part(fw, s, doc.blocks);
  drop_unknown_links(doc);
  return doc;
}

}  // namespace qaf::print
