// Unit tests: framework metadata, scales, standards, rubrics, skills, programmes, roles and pages load into the model.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

const char* kGrades = R"(scales:
  - id: ofsted
    title: Ofsted grades
    kind: grades
    grades:
      - { id: inadequate, label: Inadequate, code: 4 }
      - { id: good, label: Good, code: 2 }
      - { id: outstanding, label: Outstanding, code: 1 }
      - { id: ri, label: Requires improvement, code: 3 }
)";

}  // namespace

TEST_CASE("metadata: fields, change history newest first, audience") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", R"(framework:
  title: Example QAF
  council: Example Council
  version: "2.1"
  status: approved
  approved_by: Leadership team
  approved_on: 2026-01-10
  implementation_date: 2026-02-01
  review_every_months: 24
  next_review: 2099-02
  owner: Principal Social Worker
  audience:
    - { who: All staff, involvement: information }
    - { who: Directors, involvement: sign-off }
  changes:
    - { date: 2024-03, version: "1.0", summary: First version }
    - { date: 2026-01-10, version: "2.1", summary: Refresh, author: PSW }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const FrameworkMeta& m = p.frameworks.at(0).meta;
  CHECK(m.title == "Example QAF");
  CHECK(m.status == "approved");
  CHECK(m.review_every_months == 24);
  CHECK(m.next_review->iso() == "2099-02");
  CHECK(m.audience.at(1).involvement == "sign-off");
  REQUIRE(m.changes.size() == 2);
  CHECK(m.changes[0].version == "2.1");  // newest first
  CHECK(m.changes[1].date.iso() == "2024-03");
}

TEST_CASE("metadata: an approved framework without approved_by warns; a past review date warns") {
  TempProject t;
  t.file("frameworks/f/framework.yaml",
         "framework:\n  title: T\n  council: C\n  version: \"1\"\n  status: approved\n  next_review: 2001-01-01\n");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("frameworks/f/framework.yaml:5:11: warning: an approved framework without 'approved_by': the site shows "
              "the approver as \"not recorded\""));
  CHECK(t.has("frameworks/f/framework.yaml:6:16: warning: the next review date 2001-01-01 has passed"));
  CHECK(t.diags.error_count() == 0);
}

TEST_CASE("metadata of a historic framework: partial dates, and nothing invented for what was never recorded") {
  TempProject t;
  t.file("frameworks/old/framework.yaml", R"(framework:
  title: Old QAF
  council: C
  version: "2017"
  status: superseded
  approved_on: 2017-09
  implementation_date: 2017
  next_review: 2019-03
  changes:
    - { date: 2017, version: "2017", summary: First issue }
rules:
  moderation:
    - { id: sample, by: [sm] }
roles:
  - { id: sm, title: Service manager }
)");
  // The same, still in use: what is missing now matters.
  t.file("frameworks/current/framework.yaml", R"(framework:
  title: Current QAF
  council: C
  version: "1"
  status: draft
rules:
  moderation:
    - { id: sample, by: [sm] }
roles:
  - { id: sm, title: Service manager }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.diags.error_count() == 0);
  const Framework& cur = *p.find_framework("current");
  const Framework& old = *p.find_framework("old");
  CHECK(old.meta.approved_on->long_form() == "September 2017");
  CHECK(old.meta.implementation_date->iso() == "2017");
  CHECK(old.meta.changes.at(0).date.long_form() == "2017");
  CHECK(old.meta.approved_by.empty());
  CHECK(old.meta.was_approved());
  CHECK_FALSE(old.rules.moderation.at(0).sample_percent);
  CHECK_FALSE(cur.meta.next_review);
  // Warnings only for the framework in use: no next review, no sample size. The superseded
  // one's past review date and missing sample size are not worth a warning.
  CHECK(t.has("frameworks/current/framework.yaml:2:3: warning: the framework has no 'next_review' date"));
  CHECK(t.has("frameworks/current/framework.yaml:8:7: warning: moderation rule 'sample' has no 'sample_percent'"));
  CHECK_FALSE(t.has("frameworks/old/"));
  CHECK(t.diags.warning_count() == 2);
}

TEST_CASE("metadata as councils write it: no version or status, a word for the date, items of their own") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", R"(framework:
  title: T
  council: C
  implementation_date: immediate
  next_review: 2099-01
  details:
    - {label: Audit scheduled, value: N/A}
    - {label: Where this is kept, value: The procedures library}
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.diags.error_count() == 0);
  const FrameworkMeta& m = p.find_framework("f")->meta;
  CHECK(m.version.empty());
  CHECK(m.status.empty());
  CHECK_FALSE(m.implementation_date);
  CHECK(m.implementation_word == "immediate");
  CHECK(m.status_label() == "Not recorded");
  CHECK(m.version_phrase().empty());
  REQUIRE(m.details.size() == 2);
  CHECK(m.details[1].label == "Where this is kept");
  // What the site and the handbook list: "not recorded" for what matters, the council's own
  // items last, as written; nothing for an approver of a framework never said to be approved.
  using Facts = std::vector<std::pair<std::string, std::string>>;
  CHECK(m.facts() == Facts{{"Council", "C"}, {"Version", "not recorded"}, {"Status", "Not recorded"},
                           {"In use from", "Immediate"}, {"Next review", "January 2099"},
                           {"Audit scheduled", "N/A"}, {"Where this is kept", "The procedures library"}});
}

TEST_CASE("a review interval in words is shown as 'Reviewed', and does not go with review_every_months") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", R"(framework:
  title: T
  council: C
  review_interval: at regular intervals
  next_review: 2099-01
)");
  Project p = t.load();
  REQUIRE_MESSAGE(t.diags.error_count() == 0, t.output());
  const FrameworkMeta& m = p.find_framework("f")->meta;
  CHECK(m.review_interval == "at regular intervals");
  using Facts = std::vector<std::pair<std::string, std::string>>;
  CHECK(m.facts() == Facts{{"Council", "C"}, {"Version", "not recorded"}, {"Status", "Not recorded"},
                           {"Reviewed", "At regular intervals"}, {"Next review", "January 2099"}});
  TempProject both;
  both.file("frameworks/f/framework.yaml", meta("  review_every_months: 12\n  review_interval: at intervals\n"));
  both.load();
  CHECK(both.has("framework.yaml:8:20: error: 'review_interval' and 'review_every_months' do not go together"));
  // An interval in words answers when the framework is reviewed: no warning for a missing date.
  TempProject words;
  words.file("frameworks/f/framework.yaml", "framework:\n  title: T\n  council: C\n  review_interval: at intervals\n");
  words.load();
  CHECK(words.diags.error_count() == 0);
  CHECK_FALSE(words.has("no 'next_review' date"));
  TempProject neither;
  neither.file("frameworks/f/framework.yaml", "framework:\n  title: T\n  council: C\n");
  neither.load();
  CHECK(neither.has("no 'next_review' date"));
}

TEST_CASE("grades scales are ordered best first, whichever end the codes start") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", std::string(kGrades) + R"(  - id: four-best
    title: Four is best
    kind: grades
    best: highest
    show_codes: true
    grades:
      - { id: a, label: A, code: 1 }
      - { id: b, label: B, code: 4 }
      - { id: c, label: C, code: 2 }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Scale& s = *p.frameworks[0].find_scale("ofsted");
  CHECK(s.grades[0].id == "outstanding");
  CHECK(s.grades[3].id == "inadequate");
  CHECK(s.grade_rank("ri") == 2);
  const Scale& h = *p.frameworks[0].find_scale("four-best");
  CHECK(h.best == BestCode::highest);
  CHECK(h.show_codes);
  CHECK(grade_name(h, h.grades[0]) == "4 B");
  CHECK_FALSE(s.show_codes);
  CHECK(grade_name(s, s.grades[0]) == "Outstanding");
  CHECK(h.grades[0].id == "b");
  CHECK(h.grades[2].id == "a");
}

TEST_CASE("levels, bands onto grades, choices and RAG") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", std::string(kGrades) + R"(  - id: skills
    title: Skill levels
    kind: levels
    levels:
      - { value: 2, label: Developing }
      - { value: 1, label: Emerging, description: "Starting out" }
  - id: numbered
    title: Levels 1 to 3, unnamed
    kind: levels
    levels: [{ value: 1 }, { value: 2 }, { value: 3, description: "Does it without help" }]
  - id: scaling
    title: Scaling
    kind: bands
    min: 0
    max: 10
    maps_to: ofsted
    bands:
      - { from: 9, to: 10, grade: outstanding }
      - { from: 0, to: 2, grade: inadequate }
      - { from: 3, to: 5, grade: ri }
      - { from: 6, to: 8, grade: good }
  - id: ynp
    title: Yes / partially / no
    kind: choices
    options:
      - { id: "yes", label: "Yes", score: 1 }
      - { id: partially, label: Partially, score: 0.5 }
      - { id: na, label: N/A, not_applicable: true }
  - id: rag
    title: RAG
    kind: rag
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& f = p.frameworks[0];
  CHECK(f.find_scale("skills")->levels[0].value == 1);
  // Levels a framework only numbers need no names.
  REQUIRE(f.find_scale("numbered")->levels.size() == 3);
  CHECK(f.find_scale("numbered")->levels[0].label.empty());
  CHECK(f.find_scale("numbered")->levels[2].description.markdown == "Does it without help");
  const Scale& b = *f.find_scale("scaling");
  CHECK(b.band_for(7)->grade.id == "good");
  CHECK(b.band_for(10)->grade.id == "outstanding");
  CHECK(b.band_for(11) == nullptr);
  // Both ends of a band belong to it: 6 and 8 are "good" (6 to 8), 0 "inadequate", 9 "outstanding".
  auto grade_at = [&](double v) {
    const Band* band = b.band_for(v);
    return band ? band->grade.id : std::string("(no band)");
  };
  CHECK(grade_at(6) == "good");
  CHECK(grade_at(8) == "good");
  CHECK(grade_at(0) == "inadequate");
  CHECK(grade_at(9) == "outstanding");
  CHECK(b.band_for(2.5) == nullptr);  // between two bands
  CHECK(b.band_for(-1) == nullptr);
  CHECK(f.find_scale("ynp")->find_option("na")->not_applicable);
  CHECK(*f.find_scale("ynp")->find_option("partially")->score == doctest::Approx(0.5));
  const Scale& rag = *f.find_scale("rag");
  REQUIRE(rag.options.size() == 3);
  CHECK(rag.options[1].colour == "amber");
}

TEST_CASE("bands that overlap or leave gaps are errors") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", std::string(kGrades) + R"(  - id: scaling
    title: Scaling
    kind: bands
    min: 0
    max: 10
    maps_to: ofsted
    bands:
      - { from: 0, to: 3, grade: inadequate }
      - { from: 3, to: 5, grade: ri }
      - { from: 7, to: 8, grade: good }
      - { from: 9, to: 10, grade: best }
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("scales.yaml:18:9: error: band 3-5 overlaps band 0-3"));
  CHECK(t.has("scales.yaml:19:9: error: bands leave a gap: 6 to 6 is in no band"));
  CHECK(t.has("scales.yaml:20:35: error: unknown grade of scale 'ofsted' 'best'"));
}

TEST_CASE("standards in sections, with back-links from rubric areas and questions") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", std::string(kGrades) + R"(  - id: yn
    title: Yes or no
    kind: choices
    options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }]
)");
  t.file("frameworks/f/standards.yaml", R"(standards:
  - id: "1"
    title: Assessment
    standards:
      - { id: "1.1", text: "I see the child within 5 working days.", timescale: within 5 working days, applies_to: [sw] }
      - { id: "1.10", text: "I share the assessment." }
roles:
  - { id: sw, title: Social worker }
)");
  t.file("frameworks/f/rubric.yaml", R"(rubric:
  id: wgll
  title: What good looks like
  shape: measures
  areas:
    - { id: seeing, title: Seeing children, standards: ["1.1"], good: Seen alone, measured: Case audit }
)");
  t.file("frameworks/f/audit.yaml", R"(template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: s
      title: S
      questions:
        - { id: q1, text: "Seen?", type: choice, scale: yn, standards: ["1.1"], rubric_areas: [wgll/seeing] }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& f = p.frameworks[0];
  const Standard& s = *f.find_standard("1.1");
  CHECK(s.timescale == "within 5 working days");
  CHECK(f.find_standard("1.10") != nullptr);  // not read as the number 1.1
  REQUIRE(s.checked_by.size() == 1);
  CHECK(s.checked_by[0].owner == "audit");
  CHECK(s.checked_by[0].item == "q1");
  REQUIRE(s.described_by.size() == 1);
  CHECK(s.described_by[0].item == "seeing");
  CHECK(f.find_rubric("wgll")->areas[0].checked_by.at(0).item == "q1");
}

TEST_CASE("rubric shapes: indicators, matrix in scale order, and a missing matrix cell") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", kGrades);
  t.file("frameworks/f/rubrics.yaml", R"(rubrics:
  - id: ind
    title: Indicators
    shape: indicators
    scale: ofsted
    guidance: { good: "Most things are good." }
    areas:
      - { id: plans, title: Plans, indicators: ["Plans are SMART", "Plans are reviewed"] }
  - id: grid
    title: Matrix
    shape: matrix
    scale: ofsted
    areas:
      - id: a
        title: Area A
        cells: { inadequate: "i", good: "g", outstanding: "o", ri: "r" }
      - id: b
        title: Area B
        cells: { good: "g" }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const Framework& f = p.frameworks[0];
  CHECK(f.find_rubric("ind")->areas[0].indicators.size() == 2);
  CHECK(f.find_rubric("ind")->guidance.at(0).grade.id == "good");
  const RubricArea& a = f.find_rubric("grid")->areas[0];
  REQUIRE(a.cells.size() == 4);
  CHECK(a.cells[0].grade.id == "outstanding");
  CHECK(a.cells[3].grade.id == "inadequate");
  CHECK(t.has("error: area 'b' of rubric 'grid' has no cell for grade 'outstanding'"));
  CHECK(t.has("error: area 'b' of rubric 'grid' has no cell for grade 'inadequate'"));
  CHECK(t.diags.error_count() == 3);
}

TEST_CASE("a partial matrix: the grades it describes are declared, in scale order; a missing cell names its area") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", kGrades);
  t.file("frameworks/f/rubrics.yaml", R"(rubrics:
  - id: three
    title: Three grades
    shape: matrix
    scale: ofsted
    grades: [inadequate, good, ri]
    areas:
      - { id: a, title: Area A, cells: { good: "g", ri: "r", inadequate: "i" } }
  - id: gaps
    title: Gaps
    shape: matrix
    scale: ofsted
    grades: [good, inadequate]
    areas:
      - { id: plans, title: Plans, cells: { good: "g", inadequate: "i" } }
      - { id: visits, title: Visits, cells: { good: "g", outstanding: "o" } }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const Framework& f = p.frameworks[0];
  const Rubric& three = *f.find_rubric("three");
  CHECK(ids_of(three.grades) == std::vector<std::string>{"good", "ri", "inadequate"});
  std::vector<std::string> shown;
  for (const Grade* g : described_grades(three, *f.find_scale("ofsted"))) shown.push_back(g->id);
  CHECK(shown == std::vector<std::string>{"good", "ri", "inadequate"});
  // No Outstanding column is not an error; a described grade missing from one area is.
  CHECK_FALSE(t.has("rubric 'three'"));
  CHECK(t.has("error: area 'visits' of rubric 'gaps' has no cell for grade 'inadequate'"));
  CHECK(t.has("hint: the rubric describes good and inadequate (its 'grades'): write a cell for each in every area"));
  CHECK(t.has("error: area 'visits' describes grade 'outstanding', which rubric 'gaps' does not list in its 'grades'"));
  CHECK(t.diags.error_count() == 2);
}

TEST_CASE("skills: grouped on levels, ungrouped, capabilities, and a level not on the scale") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", R"(scales:
  - id: five
    title: Five levels
    kind: levels
    levels: [{ value: 1, label: One }, { value: 2, label: Two }]
)");
  t.file("frameworks/f/skills.yaml", R"(skill_sets:
  - id: practice
    title: Practice skills
    scale: five
    groups:
      - id: relationships
        title: Relationship building
        skills:
          - { id: empathy, title: Empathy, levels: { 1: ["Listens"], 2: ["Listens and reflects back"] } }
          - { id: autonomy, title: Autonomy, levels: { 1: ["Offers choices"], 7: ["Off the scale"] } }
  - id: flat
    title: Flat
    scale: five
    skills:
      - { id: curiosity, title: Curiosity, levels: { 2: "Asks why" } }
  - id: caps
    title: Capabilities
    shape: capabilities
    skills:
      - { id: values, title: Values, description: "I promote children's rights." }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const Framework& f = p.frameworks[0];
  REQUIRE(f.skill_sets.size() == 3);
  CHECK(f.skill_sets[0].groups[0].title == "Relationship building");
  CHECK(f.find_skill("empathy")->levels[1].behaviours[0].markdown == "Listens and reflects back");
  CHECK(f.skill_sets[1].groups[0].id.empty());
  CHECK(f.find_skill("curiosity")->levels[0].level == 2);
  CHECK(f.skill_sets[2].shape == SkillShape::capabilities);
  CHECK(f.find_skill("values")->levels.empty());
  CHECK(t.has("error: level 7 of skill 'autonomy' is not on scale 'five'"));
  CHECK(t.diags.error_count() == 1);
}

TEST_CASE("programmes of three kinds, roles with inheritance, and a cycle") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", R"(roles:
  - { id: sw, title: Social worker, responsibilities: ["Record visits"] }
  - { id: tm, title: Team manager, inherits: sw, responsibilities: ["Audit 4 cases a month"] }
  - { id: x, title: X, inherits: y }
  - { id: y, title: Y, inherits: x }
programmes:
  - id: focus
    title: Focus
    kind: focus
    entries: [{ period: April, items: ["Plans"] }, { period: 2026-05, items: ["Visits"] }]
  - id: timeline
    title: Timeline
    kind: timeline
    entries: [{ period: Q1, items: ["Thematic audit", "Practice week"] }, { period: Someday, items: ["x"] }]
  - id: freq
    title: Frequency
    kind: frequency
    rows: [{ role: tm, activity: Case audits, count: 4, per: month }]
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const Framework& f = p.frameworks[0];
  REQUIRE(f.programmes.size() == 3);
  CHECK(f.programmes[0].entries[1].period == "2026-05");
  CHECK(f.programmes[2].rows[0].count == 4);
  const auto all = f.all_responsibilities(*f.find_role("tm"));
  REQUIRE(all.size() == 2);
  CHECK(all[0]->markdown == "Record visits");  // inherited first
  CHECK(all[1]->markdown == "Audit 4 cases a month");
  // The sentence before a role's own list reads as English for any title, singular or plural.
  CHECK(f.inherited_lead(*f.find_role("sw")) == "Takes on the 1 responsibility of ");
  CHECK(f.inherited_lead(*f.find_role("tm")) == "Takes on the 2 responsibilities of ");
  Role none;
  none.id = "none";
  CHECK(f.inherited_lead(none) == "Takes on the role of ");
  CHECK(t.has("error: 'Someday' is not a period"));
  CHECK(t.has("error: role 'x' inherits from itself through 'inherits'"));
  CHECK(t.has("error: role 'y' inherits from itself through 'inherits'"));
}

TEST_CASE("programme entries timed by day, from an event, by a range of periods, or grouped by theme only") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: week
    title: Practice week
    kind: timeline
    entries:
      - { day: 1, part: morning, items: ["Briefing"] }
      - { day: 4, items: ["Write-up"] }
      - { offset: 2 weeks, before: the review visit, items: ["Ask for the case list"] }
      - { within: 1 week, after: the review visit, items: ["Feedback"] }
      - { offset: 1 working day, after: the forum, items: ["Notes"] }
      - { after: launch day, items: ["Briefings"] }
      - { period: November to December, items: ["Service review"] }
      - { period: 2013-11 to 2014-01, items: ["Service review"] }
      - { period: Q1 2014, theme: Early help, items: ["Thresholds"] }
  - id: themes
    title: What we do
    kind: focus
    entries:
      - { theme: "How much did we do?", items: ["Performance data"] }
      - { theme: "How well did we do it?", items: ["Case audits", "Observations"] }
  - id: bad
    title: Bad
    kind: timeline
    entries:
      - { day: 0, items: ["a"] }
      - { part: afternoon, items: ["b"] }
      - { offset: a while, after: x, items: ["c"] }
      - { offset: 2 weeks, items: ["d"] }
      - { period: April, day: 2, items: ["e"] }
      - { period: April to Someday, items: ["f"] }
      - { before: a, after: b, items: ["g"] }
      - { offset: 2 weeks, within: 3 weeks, after: x, items: ["h"] }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const Framework& f = p.frameworks[0];
  REQUIRE(f.programmes.size() == 3);
  std::vector<std::string> when;
  for (const ProgrammeEntry& e : f.programmes[0].entries) when.push_back(entry_when(e));
  CHECK(when == std::vector<std::string>{"Day 1, morning", "Day 4", "2 weeks before the review visit",
                                         "Within 1 week after the review visit", "1 working day after the forum",
                                         "After launch day", "November to December",
                                         "November 2013 to January 2014", "Q1 2014"});
  CHECK(f.programmes[0].entries[8].theme == "Early help");
  CHECK(entry_when(f.programmes[1].entries[1]).empty());
  CHECK(f.programmes[1].entries[1].theme == "How well did we do it?");
  const std::string file = "frameworks/f/programmes.yaml:";
  CHECK(t.has(file + "25:16: error: 'day' must be from 1 to 366, not 0"));
  CHECK(t.has(file + "26:17: error: 'part' is a part of a day"));
  CHECK(t.has(file + "27:19: error: 'a while' is not a length of time"));
  CHECK(t.has(file + "28:19: error: 'offset' needs the event it counts from"));
  CHECK(t.has(file + "29:9: error: an entry is timed in one way only"));
  CHECK(t.has(file + "30:19: error: 'April to Someday' is not a period"));
  CHECK(t.has(file + "31:29: error: an entry is timed either before or after an event, not both"));
  CHECK(t.has(file + "32:36: error: 'offset' and 'within' do not go together"));
  CHECK(t.diags.error_count() == 8);
}

TEST_CASE("frequencies by the day and the term, as needed and throughout the year") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: tm, title: Team manager }
programmes:
  - id: freq
    title: Frequency
    kind: frequency
    rows:
      - { role: tm, activity: Referrals, per: day }
      - { role: tm, activity: PEP reviews, count: 2, per: term }
      - { role: tm, activity: Case discussions, per: as-needed }
      - { role: tm, activity: Feedback, per: continuous }
      - { role: tm, activity: Wrong, count: 3, per: as-needed }
      - { role: tm, activity: Misspelt, per: termly }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const auto& rows = p.frameworks[0].programmes.at(0).rows;
  REQUIRE(rows.size() == 6);
  CHECK(how_often(rows[0]) == "1 a day");
  CHECK(how_often(rows[1]) == "2 a term");
  CHECK(how_often(rows[2]) == "As needed");
  CHECK(rows[2].count == 0);
  CHECK(how_often(rows[3]) == "Throughout the year");
  CHECK(t.has("frameworks/f/all.yaml:12:45: error: 'count' does not apply to 'per: as-needed'"));
  CHECK(t.has("error: 'termly' is not a valid per for row"));
  CHECK(t.diags.error_count() == 2);
}

TEST_CASE("colours: a name or a pale #rrggbb; an unknown name or a dark colour is an error at its place") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/scales.yaml", R"(scales:
  - id: g
    title: G
    kind: grades
    grades:
      - { id: a, label: A, code: 1, colour: "#CCE2D8" }
      - { id: b, label: B, code: 2, colour: amber }
      - { id: c, label: C, code: 3, colour: "#005a30" }
      - { id: d, label: D, code: 4, colour: purple }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const Scale& s = *p.frameworks.at(0).find_scale("g");
  CHECK(s.grades[0].colour == "#CCE2D8");
  CHECK(s.grades[1].colour == "amber");
  CHECK(t.has("frameworks/f/scales.yaml:8:45: error: colour '#005a30' is too dark behind the tag's text (#0b0c0c): "
              "contrast 2.3:1, and WCAG AA needs 4.5:1"));
  CHECK(t.has("frameworks/f/scales.yaml:9:45: error: 'purple' is not a colour"));
  CHECK(t.has("hint: write a name (green, amber, yellow, red, grey or blue) or #rrggbb, e.g. #cce2d8"));
  CHECK(t.diags.error_count() == 2);
}

TEST_CASE("numbered capability statements keep their numbers; a number used twice is an error") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/skills.yaml", R"(skill_set:
  id: caps
  title: Capabilities
  shape: capabilities
  skills:
    - { id: curious, number: "1", title: Stays curious, description: "I ask why." }
    - { id: plain, number: "10", title: Speaks plainly, description: "I avoid jargon." }
    - { id: again, number: "10", title: Twice, description: "Oops." }
    - { id: unnumbered, title: No number, description: "Fine." }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const auto& skills = p.frameworks.at(0).skill_sets.at(0).groups.at(0).skills;
  CHECK(skills[1].number == "10");
  CHECK(skills[1].numbered_title() == "10  Speaks plainly");
  CHECK(skills[3].numbered_title() == "No number");
  CHECK(t.has("frameworks/f/skills.yaml:8:7: error: skills 'plain' and 'again' both have number 10 in skill set 'caps'"));
  CHECK(t.diags.error_count() == 1);
}

TEST_CASE("narrative pages: front matter, order, body line") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/pages/intro.md", "---\ntitle: Introduction\norder: 1\nsummary: Why\n---\n# Hello\n");
  t.file("frameworks/f/pages/governance.md", "---\ntitle: Governance\norder: 2\n---\nText\n");
  t.file("content/about.md", "---\ntitle: About\nid: about-qaf\n---\nBody\n");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  REQUIRE(p.frameworks[0].pages.size() == 2);
  CHECK(p.frameworks[0].pages[0].id == "intro");
  CHECK(p.frameworks[0].pages[0].body == "# Hello\n");
  CHECK(p.frameworks[0].pages[0].body_line == 6);
  CHECK(p.pages.at(0).id == "about-qaf");
}

TEST_CASE("site configuration") {
  TempProject t;
  t.file("qaf.yaml", "title: Our QAF\ncouncil: Example\nsuppress_below: 3\nallow_raw_html: true\nperiod: month\n"
                     "primary_colour: \"#1d70b8\"\nsite_url: https://intranet.example.gov.uk/qaf\nlanguage: cy-GB\n");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  CHECK(p.config.title == "Our QAF");
  CHECK(p.config.suppress_below == 3);
  CHECK(p.config.allow_raw_html);
  CHECK(p.config.period == "month");
  CHECK(p.config.site_url == "https://intranet.example.gov.uk/qaf/");  // ends in "/", so paths follow it
  CHECK(p.config.language == "cy-GB");
  TempProject unset;
  unset.file("qaf.yaml", "title: Our QAF\n");
  CHECK(unset.load().config.language == "en-GB");  // the default

  TempProject bad;
  bad.file("qaf.yaml", "title: Our QAF\nsite_url: intranet/qaf\n");
  bad.load();
  CHECK(bad.has("qaf.yaml:2:11: error: 'intranet/qaf' is not a web address"));
  CHECK(bad.has("hint: write the address staff use to reach the site, starting https://"));
  // A language is a tag: letters, then letter-or-digit subtags, never words or an empty part.
  for (const std::string wrong : {"Welsh", "e", "en_GB", "en-", "cy-GB-toolongsubtag", "12"}) {
    TempProject lang;
    lang.file("qaf.yaml", "language: " + wrong + "\n");
    const Project lp = lang.load();
    CHECK_MESSAGE(lang.has("qaf.yaml:1:11: error: '" + wrong + "' is not a language tag"), wrong);
    CHECK(lang.has("hint: write the language the framework is in as a tag, e.g. en-GB for English or cy for Welsh"));
    CHECK(lp.config.language == "en-GB");
  }
  for (const std::string right : {"cy", "en-GB", "ga-IE", "en-Latn-GB", "sgn-GB"}) {
    TempProject lang;
    lang.file("qaf.yaml", "language: " + right + "\n");
    CHECK_MESSAGE(lang.load().config.language == right, lang.output());
  }
}

TEST_CASE("a missing project folder is an I/O error, not a content error") {
  Diagnostics d;
  CHECK_THROWS_AS(load_project("/nonexistent/qaf/project", {}, d), IoError);
}

TEST_CASE("a month-only next review date has passed only once its month is over") {
  setenv("SOURCE_DATE_EPOCH", "1793491200", 1);  // 2026-11-01
  TempProject this_month;
  this_month.file("frameworks/f/framework.yaml",
                  "framework:\n  title: T\n  council: C\n  version: \"1\"\n  status: draft\n  next_review: 2026-11\n");
  this_month.load();
  CHECK(this_month.diags.warning_count() == 0);
  TempProject last_month;
  last_month.file("frameworks/f/framework.yaml",
                  "framework:\n  title: T\n  council: C\n  version: \"1\"\n  status: draft\n  next_review: 2026-10\n");
  last_month.load();
  CHECK(last_month.has("framework.yaml:6:16: warning: the next review date 2026-10 has passed"));
  unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("a next review date of today has not passed; yesterday's has") {
  setenv("SOURCE_DATE_EPOCH", "1793491200", 1);  // 2026-11-01
  TempProject today;
  today.file("frameworks/f/framework.yaml",
             "framework:\n  title: T\n  council: C\n  version: \"1\"\n  status: draft\n  next_review: 2026-11-01\n");
  today.load();
  CHECK_MESSAGE(today.diags.warning_count() == 0, today.output());
  TempProject yesterday;
  yesterday.file("frameworks/f/framework.yaml",
                 "framework:\n  title: T\n  council: C\n  version: \"1\"\n  status: draft\n  next_review: 2026-10-31\n");
  yesterday.load();
  CHECK(yesterday.has("framework.yaml:6:16: warning: the next review date 2026-10-31 has passed"));
  unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("PDF fonts are configurable, and a missing font file is reported where it is named") {
  TempProject t;
  t.file("qaf.yaml",
         "pdf_fonts:\n  regular: /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf\n  bold: fonts/Bold.ttf\n"
         "  fallbacks: [fonts/Extra.ttf]\n");
  t.file("fonts/Bold.ttf", "not really a font, but present");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(p.config.pdf_fonts.regular == "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  CHECK(p.config.pdf_fonts.bold == "fonts/Bold.ttf");
  CHECK(p.config.pdf_fonts.italic.empty());
  CHECK(t.has("qaf.yaml:4:15: error: font file 'fonts/Extra.ttf' not found"));
  CHECK(t.diags.error_count() == 1);
}

TEST_CASE("frequencies as councils write them: a share of each month, a sample of open size, after each event") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: tm, title: Team manager }
programmes:
  - id: freq
    title: Frequency
    kind: frequency
    rows:
      - { role: tm, activity: Referrers phoned, share: 5%, per: month }
      - { role: tm, activity: Closed cases checked, count: sample, per: quarter }
      - { role: tm, activity: Questionnaire, after_each: closure or transfer }
      - { role: tm, activity: Too much, share: 150%, per: month }
      - { role: tm, activity: Counted share, share: 5, count: 2, per: month }
      - { role: tm, activity: Timed event, after_each: closure, per: month }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const auto& rows = p.frameworks[0].programmes.at(0).rows;
  REQUIRE(rows.size() == 6);
  CHECK(how_often(rows[0]) == "5% a month");
  CHECK(how_often(rows[1]) == "A sample each quarter");
  CHECK(how_often(rows[2]) == "After each closure or transfer");
  CHECK(rows[2].per.empty());
  CHECK(how_often(rows[4]) == "5% a month");
  CHECK(t.has("all.yaml:11:48: error: '150%' is not a percentage"));
  CHECK(t.has("all.yaml:12:63: error: 'count' does not go with 'share'"));
  CHECK(t.has("all.yaml:13:70: error: 'after_each' has no period"));
  CHECK(t.diags.error_count() == 3);
}

TEST_CASE("frequencies as councils write them: every 6 weeks, bi-monthly, 20-25 a year, 1 in every 4") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: tm, title: Team manager }
programmes:
  - id: freq
    title: Frequency
    kind: frequency
    rows:
      - { role: tm, activity: Observations, every: 6, per: week }
      - { role: tm, activity: Themed audits, every: 2, per: month }
      - { role: tm, activity: Two dips, count: 2, every: 3, per: month }
      - { role: tm, activity: Case audits, count: 20-25, per: year }
      - { role: tm, activity: Group supervision, count: "4 to 6", per: year }
      - { role: tm, activity: Sits in, count: 1, in: 4, of: supervision sessions }
      - { role: tm, activity: No share noun, in: 4 }
      - { role: tm, activity: Backwards, count: 25-20, per: year }
      - { role: tm, activity: Both, count: 1, in: 4, of: sessions, per: month }
      - { role: tm, activity: Nothing }
      - { role: tm, activity: Every need, every: 2, per: as-needed }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const auto& rows = p.frameworks[0].programmes.at(0).rows;
  REQUIRE(rows.size() == 11);
  CHECK(how_often(rows[0]) == "Every 6 weeks");
  CHECK(how_often(rows[1]) == "Every 2 months");
  CHECK(how_often(rows[2]) == "2 every 3 months");
  CHECK(how_often(rows[3]) == "20\u201325 a year");
  CHECK(rows[3].count == 20);
  CHECK(rows[3].count_max == 25);
  CHECK(how_often(rows[4]) == "4\u20136 a year");
  CHECK(how_often(rows[5]) == "1 in every 4 supervision sessions");
  CHECK(rows[5].per.empty());
  CHECK(t.has("all.yaml:14:50: error: 'in' needs 'of': what is counted"));
  CHECK(t.has("all.yaml:15:49: error: '25-20' is not a count"));
  CHECK(t.has("all.yaml:16:73: error: 'per' does not go with 'in'"));
  CHECK(t.has("all.yaml:17:9: error: a frequency row needs 'per' (how often) or 'in' and 'of' (a share)"));
  CHECK(t.has("all.yaml:18:50: error: 'every' does not apply to 'per: as-needed'"));
  CHECK(t.diags.error_count() == 5);
}
