// Unit tests for booklets and the handbook, and for every document of the repository's example frameworks.
#include <algorithm>
#include <cmath>
#include <set>

#include "load/project_loader.hpp"
#include "print/print_blocks.hpp"
#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

Framework with_booklet_content() {
  Framework fw = sample_framework();
  StandardSection sec;
  sec.id = "1";
  sec.title = "Seeing children";
  sec.pos = at(70);
  Standard s;
  s.id = "1.1";
  s.title = "Seen alone";
  s.text = Text{"I see the child **alone** within 5 days.", at(71)};
  s.timescale = "within 5 working days";
  s.pos = at(71);
  s.checked_by = {BackLink{"form", "pep"}};
  sec.standards.push_back(s);
  fw.standards.push_back(sec);

  Rubric matrix;
  matrix.id = "grid";
  matrix.title = "What each grade looks like";
  matrix.shape = RubricShape::matrix;
  matrix.scale = Ref{"grades", {}};
  matrix.pos = at(80);
  RubricArea area;
  area.id = "voice";
  area.title = "The child's voice";
  area.standards = {Ref{"1.1", {}}};
  for (const auto& g : grades_scale().grades) area.cells.push_back(RubricCell{Ref{g.id, {}}, Text{"Cell for " + g.label, at(81)}});
  matrix.areas.push_back(area);
  fw.rubrics.push_back(matrix);

  Rubric indicators;
  indicators.id = "good";
  indicators.title = "Good practice";
  indicators.shape = RubricShape::indicators;
  indicators.pos = at(90);
  RubricArea visits;
  visits.id = "visits";
  visits.title = "Visits";
  visits.indicators = {Text{"Visits are on time (see [the standard](standard:1.1)).", at(91)}};
  visits.pos = at(91);
  indicators.areas.push_back(visits);
  fw.rubrics.push_back(indicators);

  Scale levels;
  levels.id = "levels";
  levels.title = "Levels";
  levels.kind = ScaleKind::levels;
  for (int v = 1; v <= 4; ++v) levels.levels.push_back(Level{v, "Level " + std::to_string(v), {}, at(100)});
  fw.scales.push_back(levels);
  SkillSet skills;
  skills.id = "skills";
  skills.title = "Practice skills";
  skills.scale = Ref{"levels", {}};
  skills.pos = at(110);
  SkillGroup group;
  group.title = "Relationships";
  Skill empathy;
  empathy.id = "empathy";
  empathy.title = "Empathy";
  for (int v = 1; v <= 4; ++v) empathy.levels.push_back(SkillLevel{v, {Text{"Behaviour at " + std::to_string(v), at(111)}}, at(111)});
  group.skills.push_back(empathy);
  skills.groups.push_back(group);
  fw.skill_sets.push_back(skills);

  Role tm;
  tm.id = "tm";
  tm.title = "Team manager";
  tm.responsibilities = {Text{"Audits four cases a month.", at(120)}};
  fw.roles.push_back(tm);
  Page intro;
  intro.id = "introduction";
  intro.title = "Introduction";
  intro.body = "# Introduction\n\nWhy we audit.\n\n## How to use it\n\n- one\n- two\n";
  intro.body_line = 5;
  intro.pos = SourcePos{"frameworks/fw/pages/introduction.md", 1, 1};
  fw.pages.push_back(intro);
  fw.meta.changes = {ChangeEntry{Date{2025, 4, 1}, "3.1", Text{"Added the matrix.", {}}, "PSW", {}}};
  return fw;
}

/// Every item lies inside the page, within the margins (text measured with the fonts).
void check_inside(const layout::LaidOutDocument& d, double margin, const std::string& name) {
  const auto& f = fonts();
  for (std::size_t p = 0; p < d.pages.size(); ++p) {
    const auto& page = d.pages[p];
    const double left = margin - 0.5, right = page.width - margin + 0.5, top = margin - 0.5, bottom = page.height - margin + 0.5;
    for (const auto& t : page.texts) {
      double w = 0;
      for (std::size_t i = 0; i < t.text.size();) {
        unsigned char c = static_cast<unsigned char>(t.text[i]);
        char32_t cp = c;
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (n > 1) cp = c & (0xFF >> (n + 1));
        for (int k = 1; k < n && i + k < t.text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(t.text[i + k]) & 0x3F);
        w += f.advance(t.font, cp) * t.size;
        i += static_cast<std::size_t>(n);
      }
      // Slanted text (a watermark) runs from (x, y) up the slant: its far end must be inside too.
      const double turn = t.angle * 3.14159265358979323846 / 180;
      const double end_x = t.x + w * std::cos(turn), end_y = t.y - w * std::sin(turn);
      const bool inside = t.x >= left && end_x <= right + 0.5 && std::min(t.y, end_y) - t.size * 0.8 >= top &&
                          std::max(t.y, end_y) <= bottom;
      CHECK_MESSAGE(inside, name << " page " << p + 1 << ": '" << t.text << "' at " << t.x << "," << t.y << " width " << w);
    }
    for (const auto& r : page.rects)
      CHECK_MESSAGE((r.x >= left && r.x + r.w <= right && r.y >= top && r.y + r.h <= bottom),
                    name << " page " << p + 1 << ": box at " << r.x << "," << r.y << " " << r.w << "x" << r.h);
    for (const auto& l : page.lines)
      CHECK_MESSAGE((std::min(l.x1, l.x2) >= left && std::max(l.x1, l.x2) <= right && std::min(l.y1, l.y2) >= top &&
                     std::max(l.y1, l.y2) <= bottom),
                    name << " page " << p + 1 << ": line at " << l.x1 << "," << l.y1);
  }
}

}  // namespace

TEST_CASE("standards booklet: sections, standards with timescales and where they are checked") {
  const Framework fw = with_booklet_content();
  const auto doc = print::standards_document(fw, options());
  CHECK(has_text(doc, "Practice standards"));
  CHECK(has_text(doc, "1  Seeing children"));
  CHECK(has_text(doc, "1.1  Seen alone"));
  CHECK(has_text(doc, "I see the child alone within 5 days."));
  CHECK(has_text(doc, "Timescale: within 5 working days"));
  CHECK(has_text(doc, "Checked by: Case file audit."));
  CHECK(doc.furniture.footer_lines[0].find("Online version") == std::string::npos);  // no site address set
  print::PrintOptions o = options();
  o.site_url = "https://intranet.example/qaf/";
  CHECK(print::standards_document(fw, o).furniture.footer_lines[0].find("Online version: https://intranet.example/qaf/fw/standards.html") !=
        std::string::npos);
}

TEST_CASE("a matrix rubric is a landscape grid: an area per row, a grade per column") {
  const Framework fw = with_booklet_content();
  const auto doc = print::rubric_document(fw, fw.rubrics[0], options());
  CHECK(doc.orientation == layout::Orientation::landscape);
  const auto tables = all_of<layout::Table>(doc);
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0]->rows.size() == 2);
  CHECK(text_of(tables[0]->rows[0][1]) == "Outstanding");
  CHECK(text_of(tables[0]->rows[0][4]) == "Inadequate");
  CHECK(text_of(tables[0]->rows[1][2]) == "Cell for Good");
  const auto indicators = print::rubric_document(fw, fw.rubrics[1], options());
  CHECK(indicators.orientation == layout::Orientation::portrait);
  // The link to a standard the booklet does not hold is printed as plain text.
  for (const auto* list : all_of<layout::List>(indicators))
    for (const auto& item : list->items)
      for (const auto& run : item) CHECK(run.link.empty());
}

TEST_CASE("a partial matrix prints only the grades it describes") {
  Framework fw = with_booklet_content();
  Rubric& grid = fw.rubrics[0];
  grid.grades = {Ref{"good", {}}, Ref{"ri", {}}, Ref{"inadequate", {}}};
  auto& cells = grid.areas[0].cells;
  cells.erase(cells.begin());  // no Outstanding cell
  const auto doc = print::rubric_document(fw, grid, options());
  const auto tables = all_of<layout::Table>(doc);
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0]->rows[0].size() == 4);  // Area + three grades
  CHECK(text_of(tables[0]->rows[0][1]) == "Good");
  CHECK(text_of(tables[0]->rows[0][3]) == "Inadequate");
  CHECK(text_of(tables[0]->rows[1][1]) == "Cell for Good");
  CHECK(text_of(tables[0]->rows[1][3]) == "Cell for Inadequate");
}

TEST_CASE("numbered capability statements print with their numbers") {
  Framework fw = with_booklet_content();
  SkillSet caps;
  caps.id = "caps";
  caps.title = "Capabilities";
  caps.shape = SkillShape::capabilities;
  caps.pos = at(130);
  SkillGroup g;
  Skill s;
  s.id = "curious";
  s.number = "7";
  s.title = "Stays curious";
  s.description = Text{"I ask why.", at(131)};
  s.pos = at(131);
  g.skills.push_back(s);
  caps.groups.push_back(g);
  fw.skill_sets.push_back(caps);
  const auto doc = print::skills_document(fw, fw.skill_sets.back(), options());
  CHECK(has_text(doc, "7  Stays curious"));
}

TEST_CASE("a skills grid of four levels is landscape, with the behaviours in the cells") {
  const Framework fw = with_booklet_content();
  const auto doc = print::skills_document(fw, fw.skill_sets[0], options());
  CHECK(doc.orientation == layout::Orientation::landscape);
  const auto tables = all_of<layout::Table>(doc);
  REQUIRE(tables.size() == 1);
  CHECK(text_of(tables[0]->rows[0][1]) == "1 Level 1");
  CHECK(text_of(tables[0]->rows[1][4]) == "\u2022 Behaviour at 4");
}

TEST_CASE("an indicators rubric area names the standards it serves as a sentence") {
  Framework fw = with_booklet_content();
  fw.rubrics[1].areas[0].standards = {Ref{"1.1", {}}};
  CHECK(has_text(print::rubric_document(fw, fw.rubrics[1], options()), "Standard 1.1."));
  fw.rubrics[1].areas[0].standards = {Ref{"1.1", {}}, Ref{"1.2", {}}, Ref{"2.4", {}}};
  const auto doc = print::rubric_document(fw, fw.rubrics[1], options());
  const auto t = texts(doc);
  CHECK(std::find(t.begin(), t.end(), "Standards 1.1, 1.2 and 2.4.") != t.end());
}

TEST_CASE("the handbook's programme table bullets a period's items only when there are several") {
  Framework fw = with_booklet_content();
  Programme p;
  p.id = "focus";
  p.title = "Programme of focus";
  p.kind = ProgrammeKind::focus;
  p.entries = {ProgrammeEntry{.period = "April", .items = {Text{"Neglect", at(95)}}, .pos = at(95)},
               ProgrammeEntry{.period = "May", .items = {Text{"Voice of the child", at(96)}, Text{"Supervision", at(96)}}, .pos = at(96)}};
  fw.programmes.push_back(p);
  const auto doc = print::handbook_document(fw, options());
  const layout::Table* table = nullptr;
  for (const auto* t : all_of<layout::Table>(doc))
    if (!t->rows.empty() && text_of(t->rows[0][0]) == "When") table = t;
  REQUIRE(table);
  REQUIRE(table->rows.size() == 3);
  REQUIRE(table->rows[0].size() == 2);  // no theme column: no entry has a theme
  CHECK(text_of(table->rows[1][1]) == "Neglect");
  CHECK(text_of(table->rows[2][1]) == "\u2022 Voice of the child\n\u2022 Supervision");
}

TEST_CASE("the handbook's programme table has a Theme column for grouped entries, and no When column when none is timed") {
  Framework fw = with_booklet_content();
  Programme p;
  p.id = "questions";
  p.title = "Three questions";
  p.kind = ProgrammeKind::timeline;
  p.entries = {ProgrammeEntry{.items = {Text{"Data", at(95)}}, .pos = at(95), .theme = "How much?"},
               ProgrammeEntry{.items = {Text{"Audits", at(96)}}, .pos = at(96), .theme = "How well?"}};
  fw.programmes.push_back(p);
  p.id = "mixed";
  p.entries = {ProgrammeEntry{.items = {Text{"Visits", at(97)}}, .pos = at(97), .day = 2, .part = "morning", .theme = "Early help"}};
  fw.programmes.push_back(p);
  const auto doc = print::handbook_document(fw, options());
  const layout::Table* themed = nullptr;
  const layout::Table* mixed = nullptr;
  for (const auto* t : all_of<layout::Table>(doc)) {
    if (!t->rows.empty() && text_of(t->rows[0][0]) == "Theme") themed = t;
    if (!t->rows.empty() && text_of(t->rows[0][0]) == "When") mixed = t;
  }
  REQUIRE(themed);
  REQUIRE(themed->rows.size() == 3);
  CHECK(text_of(themed->rows[0][1]) == "Activities");
  CHECK(text_of(themed->rows[2][0]) == "How well?");
  REQUIRE(mixed);
  REQUIRE(mixed->rows[1].size() == 3);
  CHECK(text_of(mixed->rows[1][0]) == "Day 2, morning");
  CHECK(text_of(mixed->rows[1][1]) == "Early help");
}

TEST_CASE("the handbook's programme table has a column per service area when the programme has columns") {
  Framework fw = with_booklet_content();
  Programme p;
  p.id = "by-service";
  p.title = "Focus by service";
  p.kind = ProgrammeKind::focus;
  p.columns = {ProgrammeColumn{.id = "in-care", .title = "Children in care", .pos = at(94)},
               ProgrammeColumn{.id = "protection", .title = "Child protection", .pos = at(94)}};
  p.entries = {ProgrammeEntry{.period = "2018-01", .pos = at(95),
                              .cells = {{Text{"Visits", at(95)}, Text{"Health assessments", at(95)}}, {Text{"Strategy discussions", at(95)}}}},
               ProgrammeEntry{.period = "2018-02", .pos = at(96), .cells = {{}, {Text{"Core groups", at(96)}}}}};
  fw.programmes.push_back(p);
  const auto doc = print::handbook_document(fw, options());
  const layout::Table* table = nullptr;
  for (const auto* t : all_of<layout::Table>(doc))
    if (!t->rows.empty() && t->rows[0].size() == 3 && text_of(t->rows[0][1]) == "Children in care") table = t;
  REQUIRE(table);
  REQUIRE(table->columns.size() == 3);
  CHECK(text_of(table->rows[0][0]) == "When");
  CHECK(text_of(table->rows[0][2]) == "Child protection");
  REQUIRE(table->rows.size() == 3);
  CHECK(text_of(table->rows[1][0]) == "January 2018");
  CHECK(text_of(table->rows[1][1]) == "\u2022 Visits\n\u2022 Health assessments");
  CHECK(text_of(table->rows[1][2]) == "Strategy discussions");
  CHECK(text_of(table->rows[2][1]).empty());
  CHECK(text_of(table->rows[2][2]) == "Core groups");
}

TEST_CASE("the handbook has a part for bodies: purpose, chair, meetings and reporting line by title, then members") {
  Framework fw = with_booklet_content();
  Role hos;
  hos.id = "hos";
  hos.title = "Head of service";
  fw.roles.push_back(hos);
  Body board;
  board.id = "board";
  board.title = "QA board";
  board.purpose = Text{"Looks at what audits find.", at(100)};
  board.chair = BodyPerson{.role = Ref{"hos", at(101)}};
  board.members = {BodyPerson{.role = Ref{"hos", at(102)}}, BodyPerson{.words = "A parent representative"}};
  board.meets = true;
  board.meets_how_often.every = 6;
  board.meets_how_often.per = "week";
  board.meetings_note = "Dates set each April";
  board.pos = at(100);
  Body forum;
  forum.id = "forum";
  forum.title = "Practice forum";
  forum.reports_to = {Ref{"board", at(111)}, Ref{"hos", at(111)}};
  forum.pos = at(110);
  fw.bodies = {board, forum};
  const auto doc = print::handbook_document(fw, options());
  CHECK(has_text(doc, "Boards, panels and teams"));
  CHECK(has_text(doc, "QA board"));
  CHECK(has_text(doc, "Looks at what audits find."));
  std::vector<std::string> facts;
  for (const auto* t : all_of<layout::Table>(doc))
    for (const auto& row : t->rows)
      if (row.size() == 2) facts.push_back(text_of(row[0]) + ": " + text_of(row[1]));
  auto has_fact = [&](const std::string& f) { return std::find(facts.begin(), facts.end(), f) != facts.end(); };
  CHECK(has_fact("Chair: Head of service"));
  CHECK(has_fact("Meets: Every 6 weeks. Dates set each April"));
  CHECK(has_fact("Reports to: QA board and Head of service"));
  std::vector<std::string> members;
  for (const auto* l : all_of<layout::List>(doc))
    for (const auto& item : l->items) members.push_back(text_of(item));
  CHECK(std::find(members.begin(), members.end(), "A parent representative") != members.end());
  CHECK(std::find(members.begin(), members.end(), "Head of service") != members.end());
}

TEST_CASE("the handbook's frequency table has a Reported to column only when a row has recipients, and bullets a report's contents") {
  Framework fw = with_booklet_content();
  Role hos;
  hos.id = "hos";
  hos.title = "Head of service";
  fw.roles.push_back(hos);
  Body board;
  board.id = "board";
  board.title = "QA board";
  fw.bodies.push_back(board);
  Programme p;
  p.id = "reports";
  p.title = "Reports";
  p.kind = ProgrammeKind::frequency;
  FrequencyRow report;
  report.role = Ref{"hos", at(95)};
  report.activity = "Child protection report";
  report.per = "month";
  report.to = {Ref{"board", at(95)}, Ref{"hos", at(95)}};
  report.contents = {Text{"Children on a plan", at(95)}, Text{"Late conferences", at(95)}};
  FrequencyRow audits;
  audits.role = Ref{"hos", at(96)};
  audits.activity = "Audits";
  audits.per = "month";
  p.rows = {report, audits};
  fw.programmes.push_back(p);
  p.id = "plain";
  p.rows = {audits};
  fw.programmes.push_back(p);
  const auto doc = print::handbook_document(fw, options());
  std::vector<const layout::Table*> tables;
  for (const auto* t : all_of<layout::Table>(doc))
    if (!t->rows.empty() && text_of(t->rows[0][0]) == "Role") tables.push_back(t);
  REQUIRE(tables.size() == 2);
  REQUIRE(tables[0]->rows[0].size() == 5);
  CHECK(text_of(tables[0]->rows[0][3]) == "Reported to");
  CHECK(text_of(tables[0]->rows[1][1]) == "Child protection report\n\u2022 Children on a plan\n\u2022 Late conferences");
  CHECK(text_of(tables[0]->rows[1][3]) == "QA board and Head of service");
  CHECK(text_of(tables[0]->rows[2][3]).empty());
  CHECK(tables[1]->rows[0].size() == 4);
}

TEST_CASE("the handbook has a part for performance indicators, each with its facts by title") {
  Framework fw = with_booklet_content();
  Role hos;
  hos.id = "hos";
  hos.title = "Head of service";
  fw.roles.push_back(hos);
  Body board;
  board.id = "board";
  board.title = "QA board";
  fw.bodies.push_back(board);
  Indicator i;
  i.id = "re-referrals";
  i.title = "Re-referrals within 12 months";
  i.description = Text{"Referrals about a child referred before.", at(120)};
  i.unit = "percentage";
  i.better = "lower";
  i.source = "Monthly performance report";
  i.reported = true;
  i.how_often.per = "month";
  i.owner = Ref{"hos", at(121)};
  i.reviewed_at = {Ref{"board", at(122)}};
  i.pos = at(120);
  fw.indicators.push_back(i);
  const auto doc = print::handbook_document(fw, options());
  CHECK(has_text(doc, "Performance indicators"));
  CHECK(has_text(doc, "Re-referrals within 12 months"));
  CHECK(has_text(doc, "Referrals about a child referred before."));
  std::vector<std::string> facts;
  for (const auto* t : all_of<layout::Table>(doc))
    for (const auto& row : t->rows)
      if (row.size() == 2) facts.push_back(text_of(row[0]) + ": " + text_of(row[1]));
  auto has_fact = [&](const std::string& f) { return std::find(facts.begin(), facts.end(), f) != facts.end(); };
  CHECK(has_fact("Measured as: Percentage. Lower is better"));
  CHECK(has_fact("Where the figure comes from: Monthly performance report"));
  CHECK(has_fact("Reported: 1 a month"));
  CHECK(has_fact("Owner: Head of service"));
  CHECK(has_fact("Looked at by: QA board"));
}

TEST_CASE("the handbook prints grouped frequency rows as a table per group under its name, with a row's sample") {
  Framework fw = with_booklet_content();
  Role sm;
  sm.id = "sm";
  sm.title = "Service manager";
  fw.roles.push_back(sm);
  Programme p;
  p.id = "checks";
  p.title = "Checks";
  p.kind = ProgrammeKind::frequency;
  FrequencyRow a;
  a.role = Ref{"sm", at(95)};
  a.activity = "Decisions";
  a.per = "week";
  a.group = "Front door";
  FrequencyRow b = a;
  b.activity = "Visits";
  b.group = "Children in care";
  b.has_case_sample = true;
  b.case_sample = CaseSample{.cases = 2, .per = "team"};
  FrequencyRow c = a;
  c.activity = "Thresholds";
  p.rows = {a, b, c};
  fw.programmes.push_back(p);
  const auto doc = print::handbook_document(fw, options());
  std::vector<std::string> order;  // group names and the activities of each table, in print order
  for (const auto& block : doc.blocks) {
    if (const auto* para = std::get_if<layout::Paragraph>(&block.content)) {
      const std::string text = text_of(para->runs);
      if (text == "Front door" || text == "Children in care") order.push_back(text);
    }
    if (const auto* t = std::get_if<layout::Table>(&block.content); t && text_of(t->rows[0][0]) == "Role")
      for (std::size_t i = 1; i < t->rows.size(); ++i) order.push_back(text_of(t->rows[i][1]));
  }
  CHECK(order == std::vector<std::string>{"Front door", "Decisions", "Thresholds", "Children in care",
                                          "Visits\nSample: 2 cases per team"});
}

TEST_CASE("levels a framework only numbers print as their numbers, never a number twice") {
  Framework fw = with_booklet_content();
  for (Scale& s : fw.scales)
    for (Level& l : s.levels) l.label.clear();
  const auto doc = print::skills_document(fw, fw.skill_sets[0], options());
  const layout::Table& grid = *all_of<layout::Table>(doc).at(0);
  CHECK(text_of(grid.rows[0][1]) == "1");
  CHECK(text_of(grid.rows[0][4]) == "4");
  for (const Scale& s : fw.scales)
    if (s.kind == ScaleKind::levels) CHECK(print::detail::scale_labels(s).front() == "1");
}

TEST_CASE("handbook: cover, contents, parts with bookmarks, roman then arabic page labels, landscape grids") {
  const Framework fw = with_booklet_content();
  const auto doc = print::handbook_document(fw, options());
  CHECK(all_of<layout::TableOfContents>(doc).size() == 1);
  // The page's own "# Introduction" is not printed twice.
  const auto t = texts(doc);
  CHECK(std::count(t.begin(), t.end(), "Introduction") == 1);
  Diagnostics diags;
  const auto laid = layout::layout_document(doc, fonts(), diags);
  for (const auto& d : diags.all()) MESSAGE(d.message);
  CHECK(diags.all().empty());
  REQUIRE(laid.labels.size() >= 2);
  CHECK(laid.labels[0].style == layout::NumberStyle::roman_lower);
  CHECK(laid.labels[1].style == layout::NumberStyle::decimal);
  CHECK(laid.labels[1].start == 1);
  std::vector<std::string> top;
  for (const auto& o : laid.outline)
    if (o.level == 1) top.push_back(o.title);
  CHECK(top == std::vector<std::string>{"Practice Framework", "Contents", "About this framework", "Introduction", "Practice standards",
                                        "What each grade looks like", "Good practice", "Practice skills", "Templates",
                                        "Judgement scales", "Roles and responsibilities"});
  // The matrix rubric and the skills grid sit on landscape pages, the rest portrait.
  auto page_of = [&](const std::string& dest) {
    for (const auto& d : laid.destinations)
      if (d.name == dest) return d.page;
    return -1;
  };
  const int grid = page_of("rubric-grid"), good = page_of("rubric-good"), skills = page_of("skills-skills");
  REQUIRE(grid >= 0);
  CHECK(laid.pages[static_cast<std::size_t>(grid)].width > laid.pages[static_cast<std::size_t>(grid)].height);
  CHECK(laid.pages[static_cast<std::size_t>(good)].width < laid.pages[static_cast<std::size_t>(good)].height);
  CHECK(laid.pages[static_cast<std::size_t>(skills)].width > laid.pages[static_cast<std::size_t>(skills)].height);
  // The indicator's link to standard 1.1 now has somewhere to go.
  bool linked = false;
  for (const auto& page : laid.pages)
    for (const auto& l : page.links) linked = linked || l.dest == "standard-1.1";
  CHECK(linked);
  check_inside(laid, doc.margin, "handbook");
}

TEST_CASE("print jobs: a PDF per template, the standards, each rubric and skill set, and the handbook") {
  Project project;
  project.frameworks.push_back(with_booklet_content());
  std::vector<std::string> paths;
  for (const auto& job : print::print_jobs(project, options())) paths.push_back(job.path);
  CHECK(paths == std::vector<std::string>{"fw/pdf/handbook.pdf", "fw/pdf/standards.pdf", "fw/pdf/rubric-grid.pdf",
                                          "fw/pdf/rubric-good.pdf", "fw/pdf/skills-skills.pdf", "fw/pdf/form.pdf"});
  Diagnostics diags;
  const OutputTree pdfs = print::render_pdfs(project, fonts(), options(), diags);
  CHECK(pdfs.size() == paths.size());
  for (const auto& [path, bytes] : pdfs.files()) CHECK(bytes.rfind("%PDF-", 0) == 0);
  CHECK(diags.all().empty());
}

TEST_CASE("render_pdfs reports a missing character once, though two documents print it") {
  Project project;
  project.frameworks.push_back(with_booklet_content());
  project.frameworks[0].standards[0].standards[0].text.markdown = "I see the child \U0001F600 alone.";
  Diagnostics diags;
  print::render_pdfs(project, fonts(), options(), diags);  // standards booklet and handbook both print it
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].pos == at(71));
}

TEST_CASE("every document of the example frameworks lays out inside its margins, with no warnings") {
  Diagnostics load;
  LoadOptions lo;
  lo.load_audits = false;
  const Project project = load_project(QAF_SOURCE_DIR, lo, load);
  REQUIRE_FALSE(load.has_errors());
  REQUIRE(project.frameworks.size() >= 3);
  int documents = 0;
  for (const auto& job : print::print_jobs(project, options())) {
    Diagnostics diags;
    const auto laid = layout::layout_document(job.document, fonts(), diags);
    for (const auto& d : diags.all()) MESSAGE(job.path << ": " << d.pos.str() << ": " << d.message);
    CHECK(diags.all().empty());
    CHECK(!laid.pages.empty());
    check_inside(laid, job.document.margin, job.path);
    ++documents;
  }
  CHECK(documents >= 20);
}

TEST_CASE("a template whose PDF would take a booklet's name gets none, with a warning") {
  Project project;
  project.frameworks.push_back(with_booklet_content());
  Template clash = project.frameworks[0].templates.front();
  clash.id = "standards";
  project.frameworks[0].templates.push_back(clash);
  Diagnostics diags;
  const OutputTree pdfs = print::render_pdfs(project, fonts(), options(), diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message == "'fw/pdf/standards.pdf' would be printed twice; this template gets no PDF");
  CHECK(diags.all()[0].pos == at(1));  // the template
  CHECK(pdfs.size() == 6);
  // The booklet kept its name: its first page is the standards.
  CHECK(pdfs.find("fw/pdf/standards.pdf")->size() != pdfs.find("fw/pdf/form.pdf")->size());
}

TEST_CASE("a standards booklet of several areas opens with their contents; one of a single area has none") {
  Framework fw = with_booklet_content();
  auto contents = [](const layout::Document& doc) {
    return std::count_if(doc.blocks.begin(), doc.blocks.end(),
                         [](const layout::Block& b) { return std::holds_alternative<layout::TableOfContents>(b.content); });
  };
  CHECK(contents(print::standards_document(fw, options())) == 0);
  StandardSection second = fw.standards.front();
  second.id = "2";
  second.title = "Planning";
  for (auto& s : second.standards) s.id = "2.1";
  fw.standards.push_back(second);
  const auto doc = print::standards_document(fw, options());
  REQUIRE(contents(doc) == 1);
  // Right under the booklet's title, which it does not list; the areas' headings are listed.
  REQUIRE(std::holds_alternative<layout::TableOfContents>(doc.blocks.at(1).content));
  CHECK_FALSE(std::get<layout::Heading>(doc.blocks.at(0).content).in_contents);
  // Laid out, each area is an entry that links to its heading.
  Diagnostics diags;
  const auto out = layout::layout_document(doc, fonts(), diags);
  std::set<std::string> linked;
  for (const auto& l : out.pages.at(0).links) linked.insert(l.dest);
  CHECK(linked.count(print::detail::section_dest("1")));
  CHECK(linked.count(print::detail::section_dest("2")));
}
