// The structural comparison: each kind of change found once, in the newer framework's order.
#include <doctest/doctest.h>

#include <algorithm>

#include "versions/diff.hpp"

namespace {

using namespace qaf;
using versions::Change;
using versions::ItemKind;

Text md(const std::string& s) { return Text{s, {}, false}; }

Framework base() {
  Framework fw;
  fw.id = "fw";
  fw.meta.title = "Framework";
  StandardSection s1{"1", "Hearing the child", {}, {}, {}, true};
  s1.standards.push_back(Standard{"1.1", "Seen alone", md("The child is seen alone at every visit."), "", {}, {}, {}, true, {}, {}});
  s1.standards.push_back(Standard{"1.2", "Wishes recorded", md("Their wishes are written in their words."), "", {}, {}, {}, true, {}, {}});
  StandardSection s2{"2", "Planning", {}, {}, {}, true};
  s2.standards.push_back(Standard{"2.1", "Plans are clear", md("Every plan says who does what by when."), "", {}, {}, {}, true, {}, {}});
  fw.standards = {s1, s2};
  Scale yes_no;
  yes_no.id = "yes-no";
  yes_no.title = "Yes or no";
  yes_no.options = {Choice{"yes", "Yes", false, 1.0, "", {}}, Choice{"no", "No", false, 0.0, "", {}},
                    Choice{"na", "Not applicable", true, std::nullopt, "", {}}};
  Scale grades;
  grades.id = "grades";
  grades.kind = ScaleKind::grades;
  grades.title = "Grades";
  grades.grades = {Grade{"good", "Good", 1, {}, "", {}}, Grade{"poor", "Poor", 2, {}, "", {}}};
  fw.scales = {yes_no, grades};
  Template t;
  t.id = "case-audit";
  t.title = "Case audit";
  Section q;
  q.id = "child";
  q.title = "The child";
  Question q1;
  q1.id = "seen";
  q1.text = md("Was the child seen alone?");
  q1.type = AnswerType::choice;
  q1.scale = Ref{"yes-no", {}};
  q.questions.push_back(q1);
  t.sections.push_back(q);
  fw.templates.push_back(t);
  Rubric r;
  r.id = "practice";
  r.title = "Good practice";
  r.shape = RubricShape::matrix;
  r.scale = Ref{"grades", {}};
  RubricArea a;
  a.id = "voice";
  a.title = "Voice of the child";
  a.cells = {RubricCell{Ref{"good", {}}, md("The child's views shape the plan.")},
             RubricCell{Ref{"poor", {}}, md("The child's views are missing.")}};
  r.areas.push_back(a);
  fw.rubrics.push_back(r);
  return fw;
}

const Change* find(const std::vector<Change>& changes, ItemKind kind, const std::string& key) {
  for (const Change& c : changes)
    if (c.item().kind == kind && c.item().key == key) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("the same framework twice has no changes") {
  CHECK(versions::compare(base(), base()).empty());
}

TEST_CASE("an edited standard, an added question, a removed option and a reworded rubric cell: those four") {
  const Framework before = base();
  Framework after = base();
  after.standards[0].standards[0].text = md("The child is seen alone at every statutory visit.");
  Question q2;
  q2.id = "wishes";
  q2.text = md("Are the child's wishes recorded?");
  after.templates[0].sections[0].questions.push_back(q2);
  after.scales[0].options.pop_back();
  after.rubrics[0].areas[0].cells[1].text = md("The child's views are missing or second-hand.");

  const std::vector<Change> changes = versions::compare(before, after);
  REQUIRE(changes.size() == 4);
  const Change* standard = find(changes, ItemKind::standard, "1.1");
  REQUIRE(standard);
  CHECK(standard->reworded);
  CHECK_FALSE(standard->moved);
  CHECK(std::count_if(standard->words.begin(), standard->words.end(),
                      [](const auto& w) { return w.op == versions::WordPiece::Op::added && w.text == "statutory"; }) == 1);
  const Change* question = find(changes, ItemKind::question, "case-audit/wishes");
  REQUIRE(question);
  CHECK(question->added);
  CHECK(question->after.label == "1.2 Are the child’s wishes recorded?");  // smart punctuation, as on the site
  CHECK(question->after.owner == "case-audit");
  const Change* option = find(changes, ItemKind::option, "yes-no/na");
  REQUIRE(option);
  CHECK(option->removed);
  CHECK(option->before.label == "Not applicable");
  const Change* cell = find(changes, ItemKind::rubric_cell, "practice/voice/poor");
  REQUIRE(cell);
  CHECK(cell->reworded);
  CHECK(cell->after.label == "Voice of the child: Poor");
  // In the newer framework's order: standards, then rubrics, then templates, then scales.
  CHECK(&changes[0] == standard);
  CHECK(&changes[1] == cell);
  CHECK(&changes[2] == question);
  CHECK(&changes[3] == option);
}

TEST_CASE("a standard moved to another section is moved, not removed and added") {
  const Framework before = base();
  Framework after = base();
  after.standards[1].standards.push_back(after.standards[0].standards[1]);
  after.standards[0].standards.pop_back();
  const std::vector<Change> changes = versions::compare(before, after);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].moved);
  CHECK_FALSE(changes[0].reworded);
  CHECK(changes[0].before.place == "Section 1: Hearing the child");
  CHECK(changes[0].after.place == "Section 2: Planning");
}

TEST_CASE("a standard renumbered with the same words is one item moved; with other words, one removed and one added") {
  const Framework before = base();
  Framework renumbered = base();
  renumbered.standards[1].standards[0].id = "2.5";
  std::vector<Change> changes = versions::compare(before, renumbered);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].moved);
  CHECK(changes[0].before.key == "2.1");
  CHECK(changes[0].after.key == "2.5");

  Framework replaced = base();
  replaced.standards[1].standards[0].id = "2.5";
  replaced.standards[1].standards[0].text = md("Plans are written with the family.");
  changes = versions::compare(before, replaced);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].removed);  // where it stood: after its section, before what replaced it
  CHECK(changes[0].before.key == "2.1");
  CHECK(changes[1].added);
  CHECK(changes[1].after.key == "2.5");
}

TEST_CASE("a removed item is listed where it stood") {
  const Framework before = base();
  Framework after = base();
  after.standards[0].standards.erase(after.standards[0].standards.begin());
  const std::vector<Change> changes = versions::compare(before, after);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].removed);
  CHECK(changes[0].before.key == "1.1");
  CHECK(changes[0].before.group == "Practice standards");
}

TEST_CASE("a section renamed rewords the section only: its standards have not moved") {
  const Framework before = base();
  Framework after = base();
  after.standards[0].title = "The child's voice";
  const std::vector<Change> changes = versions::compare(before, after);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].item().kind == ItemKind::standard_section);
  CHECK(changes[0].reworded);
}

TEST_CASE("a standard inserted before others: one added, the rest renumbered with their words, none reworded") {
  const Framework before = base();
  Framework after = base();
  auto& list = after.standards[0].standards;
  list.insert(list.begin() + 1, Standard{"1.2", "Visits", md("I visit as often as the plan says."), "", {}, {}, {}, true, {}, {}});
  list[2].id = "1.3";  // the old 1.2, renumbered
  const std::vector<Change> changes = versions::compare(before, after);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].added);
  CHECK(changes[0].after.key == "1.2");
  CHECK(changes[1].moved);
  CHECK_FALSE(changes[1].reworded);
  CHECK(changes[1].before.key == "1.2");
  CHECK(changes[1].after.key == "1.3");
}

TEST_CASE("words rewrapped or split into paragraphs differently are no rewording") {
  const Framework before = base();
  Framework after = base();
  after.standards[0].standards[0].text = md("The child is seen alone\n\nat every visit.");
  CHECK(versions::compare(before, after).empty());
}

TEST_CASE("an added template holds its sections and their questions as parts, grandchildren included") {
  const Framework before = base();
  Framework after = base();
  Template t = after.templates[0];
  t.id = "observation";
  t.title = "Observation";
  after.templates.push_back(t);
  const std::vector<Change> changes = versions::compare(before, after);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].added);
  CHECK(changes[0].after.kind == ItemKind::template_);
  REQUIRE(changes[0].parts.size() == 2);
  CHECK(changes[0].parts[0].kind == ItemKind::template_section);
  CHECK(changes[0].parts[1].kind == ItemKind::question);
}

TEST_CASE("a question that keeps its words but is answered another way has changed what it means") {
  const Framework before = base();
  SUBCASE("another scale") {
    Framework after = base();
    after.templates[0].sections[0].questions[0].scale = Ref{"grades", {}};
    const std::vector<Change> changes = versions::compare(before, after);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].reworded);
    CHECK(changes[0].before.text.find("Answer: choice on Yes or no") != std::string::npos);  // as readers know it
    CHECK(changes[0].after.text.find("Answer: choice on Grades") != std::string::npos);
  }
  SUBCASE("made optional") {
    Framework after = base();
    after.templates[0].sections[0].questions[0].required = false;
    const std::vector<Change> changes = versions::compare(before, after);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].after.text.find("Answer: choice on Yes or no, optional") != std::string::npos);
  }
  SUBCASE("another type") {
    Framework after = base();
    after.templates[0].sections[0].questions[0].type = AnswerType::text;
    after.templates[0].sections[0].questions[0].scale = Ref{};
    REQUIRE(versions::compare(before, after).size() == 1);
  }
  SUBCASE("asked only in some cases") {
    Framework after = base();
    Condition c;
    c.question = Ref{"other", {}};
    c.values = {Ref{"no", {}}};
    after.templates[0].sections[0].questions[0].when = c;
    const std::vector<Change> changes = versions::compare(before, after);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].reworded);
    CHECK(changes[0].after.compared.find("when other no") != std::string::npos);
  }
  SUBCASE("the question its condition names renumbered: no rewording") {
    Framework cond = base();
    Question first;
    first.id = "first";
    first.text = md("Is there a plan?");
    cond.templates[0].sections[0].questions.insert(cond.templates[0].sections[0].questions.begin(), first);
    Condition c;
    c.question = Ref{"first", {}};
    c.values = {Ref{"no", {}}};
    cond.templates[0].sections[0].questions[1].when = c;
    Framework renumbered = cond;
    Section earlier;
    earlier.id = "earlier";
    earlier.title = "Before";
    Question extra;
    extra.id = "extra";
    extra.text = md("A new first question?");
    earlier.questions.push_back(extra);
    renumbered.templates[0].sections.insert(renumbered.templates[0].sections.begin(), earlier);
    for (const Change& ch : versions::compare(cond, renumbered))
      CHECK_MESSAGE(!(ch.reworded && ch.after.key == "case-audit/seen"), "the conditional question is not reworded");
  }
  SUBCASE("its scale retitled: a change of the scale alone") {
    Framework after = base();
    after.scales[0].title = "Yes/no";
    const std::vector<Change> changes = versions::compare(before, after);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].after.kind == ItemKind::scale);
  }
  SUBCASE("an option of its scale removed is a change of the scale alone") {
    Framework after = base();
    after.scales[0].options.pop_back();
    const std::vector<Change> changes = versions::compare(before, after);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].before.kind == ItemKind::option);
  }
}
