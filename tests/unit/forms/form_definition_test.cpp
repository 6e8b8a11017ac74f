// The fill-in form's definition: every part of a template, its scales and its record rules, read off the model.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../load/test_project.hpp"
#include "forms/form_definition.hpp"

using namespace qaf;
using J = nlohmann::json;

namespace {

const char* kFramework = R"(scales:
  - id: grades
    title: Grades
    kind: grades
    grades:
      - { id: good, label: Good, code: 1 }
      - { id: fair, label: Fair, code: 2 }
      - { id: poor, label: Poor, code: 3 }
  - id: yn
    title: Yes or no
    kind: choices
    options:
      - { id: "yes", label: "Yes" }
      - { id: "no", label: "No" }
  - id: who
    title: Who
    kind: choices
    multiple: true
    options:
      - { id: child, label: Child }
      - { id: parent, label: Parent }
  - id: score
    title: Score
    kind: bands
    min: 0
    max: 10
    maps_to: grades
    bands:
      - { from: 0, to: 3, grade: poor }
      - { from: 4, to: 7, grade: fair }
      - { from: 8, to: 10, grade: good }
rules:
  actions:
    - { id: below-good, scale: grades, below: good, minimum: 2, templates: [audit] }
  deadlines:
    - { id: ninety, max_days: 90 }
templates:
  - id: audit
    title: Case audit
    kind: case-audit
    header:
      - { id: child, label: Child's name, role: child }
      - { id: looked-after, label: Looked after, type: choice, scale: yn }
      - { id: date, label: Date, type: date, role: audit-date }
    sections:
      - id: story
        title: Story
        intro: Ask about the **story**.
        columns:
          - { id: talk, title: Talking }
          - { id: file, title: File, required: false }
        questions:
          - { id: seen, text: "Was the child seen? </script>", type: choice, scale: yn, comment: true }
      - id: care
        title: Care
        questions:
          - { id: placement, text: "Is the placement stable?", type: rating, scale: grades, not_applicable: true,
              when: { field: looked-after, is: ["yes"] } }
          - { id: score, text: Score the plan, type: rating, scale: score }
          - { id: visits, text: "How many visits?", type: number, min: 1, max: 12, required: false }
          - { id: spoken, text: "Who was spoken to?", type: choice, scale: who, guidance: Tick each one. }
          - id: plan
            text: "Is the plan clear about:"
            type: choice
            scale: yn
            parts:
              - { id: plan-what, text: "what will change?" }
              - { id: plan-who, text: "who will do it?" }
      - { id: overall, title: Overall, kind: judgement, scale: grades, compute: worst }
      - id: actions
        title: Actions
        kind: actions
        columns:
          - { id: action, title: Action }
          - { id: due, title: Due }
      - id: learning
        title: Learning
        kind: table
        columns:
          - { id: point, title: Point }
          - { id: audits, title: Audits, type: number, required: false }
      - id: feedback
        title: Feedback
        kind: feedback
        sources:
          - id: parent
            title: Parent
            not_given_reasons: [Declined]
            questions:
              - { id: heard, text: "Were you heard?", type: choice, scale: yn }
              - { id: why, text: "Why not?", type: text, when: { question: heard, is: ["no"] } }
      - id: moderation
        title: Moderation
        kind: moderation
        scale: grades
        returns: true
        checks:
          - { id: fair, text: "Is the audit fair?" }
      - id: signatures
        title: Signatures
        kind: signatures
        signatories:
          - { id: auditor, title: Auditor }
  - id: elsewhere
    title: Deep dives
    kind: other
    held_elsewhere: { owner: qa, where: the QA team's drive }
roles:
  - { id: qa, title: QA lead }
)";

// The sample framework, loaded; its errors fail the test.
Project sample() {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", kFramework);
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  return p;
}

// HTML as the site makes it, simplified: the test checks where text goes, not Markdown.
const forms::HtmlOf kHtml = [](const Text& text, bool block) {
  return block ? "<p>" + text.markdown + "</p>" : "<span>" + text.markdown + "</span>";
};

J definition_of(const Project& p, const std::string& id) {
  const Framework& fw = p.frameworks.front();
  const Template* t = fw.find_template(id);
  REQUIRE(t);
  return J::parse(forms::form_definition(fw, *t, kHtml));
}

const J& section(const J& def, const std::string& id) {
  for (const J& s : def["sections"])
    if (s["id"] == id) return s;
  FAIL("no section " << id);
  static J none;
  return none;
}

const J& question(const J& sec, const std::string& id) {
  for (const J& q : sec["questions"])
    if (q["id"] == id) return q;
  FAIL("no question " << id);
  static J none;
  return none;
}

}  // namespace

TEST_CASE("the definition holds the template's header, questions, columns and conditions") {
  const Project p = sample();
  const J def = definition_of(p, "audit");

  CHECK(def["framework"] == "f");
  CHECK(def["template"] == "audit");
  CHECK(def["version"] == "1");
  REQUIRE(def["header"].size() == 3);
  CHECK(def["header"][0] == J::parse(R"({"id":"child","label":"Child's name","type":"text","required":true,"personal":true,"role":"child"})"));
  CHECK(def["header"][1]["scale"] == "yn");
  CHECK(def["header"][2]["type"] == "date");

  const J& story = section(def, "story");
  CHECK(story["number"] == "1");
  CHECK(story["intro"] == "<p>Ask about the **story**.</p>");
  const J& seen = question(story, "seen");
  CHECK(seen["number"] == "1.1");
  CHECK(seen["comment"] == true);
  REQUIRE(seen["cells"].size() == 2);  // answered once in each column
  CHECK(seen["cells"][0] == J::parse(R"({"column":"talk","title":"Talking","required":true,"type":"choice","scale":"yn"})"));
  CHECK(seen["cells"][1]["required"] == false);

  const J& care = section(def, "care");
  const J& placement = question(care, "placement");
  CHECK(placement["na"] == true);
  CHECK(placement["when"]["field"] == "looked-after");
  CHECK(placement["when"]["values"] == J::array({"yes"}));
  CHECK(placement["when"]["text"].get<std::string>().find("Looked after") != std::string::npos);
  CHECK(question(care, "visits")["min"] == 1);
  CHECK(question(care, "visits")["max"] == 12);
  CHECK(question(care, "visits")["required"] == false);
  CHECK(question(care, "spoken")["guidance"] == "<p>Tick each one.</p>");
  const J& what = question(care, "plan-what");
  CHECK(what["part_label"] == "(a)");
  CHECK(what["stem"] == "<span>Is the plan clear about:</span>");
  CHECK(what["stem_id"] == "plan");
  CHECK_FALSE(question(care, "plan-who").contains("stem"));  // the stem is shown once, before its first part

  // Only the scales the form uses, with their answers as a record writes them.
  CHECK(def["scales"].size() == 4);
  CHECK(def["scales"]["grades"]["options"][1] == J::parse(R"({"id":"fair","label":"Fair","words":"Fair","code":2})"));
  CHECK(def["scales"]["who"]["multiple"] == true);
  CHECK(def["scales"]["score"]["bands"][0] == J::parse(R"({"from":0.0,"to":3.0,"grade":"poor"})"));
  CHECK(def["scales"]["score"]["maps_to"] == "grades");
}

TEST_CASE("the definition holds the audit blocks and the framework's rules for this template") {
  const Project p = sample();
  const J def = definition_of(p, "audit");

  CHECK(section(def, "overall")["compute"] == "worst");
  CHECK(section(def, "actions")["columns"][1] == J::parse(R"({"id":"due","title":"Due","required":true,"type":"date"})"));
  CHECK(section(def, "learning")["columns"][1]["type"] == "number");
  const J& parent = section(def, "feedback")["sources"][0];
  CHECK(parent["reasons"] == J::array({"Declined"}));
  CHECK(parent["questions"][1]["when"]["question"] == "heard");
  CHECK(parent["questions"][0]["number"] == "1");
  const J& mod = section(def, "moderation");
  CHECK(mod["returns"] == true);
  CHECK(mod["checks"][0] == J::parse(R"({"id":"fair","text":"<span>Is the audit fair?</span>"})"));
  CHECK(section(def, "signatures")["signatories"][0]["title"] == "Auditor");
  CHECK(def["rules"]["actions"] == J::parse(R"([{"id":"below-good","scale":"grades","below":"good","below_label":"Good","minimum":2}])"));
  CHECK(def["rules"]["deadlines"] == J::parse(R"([{"id":"ninety","max_days":90}])"));
}

TEST_CASE("the definition is safe inside a script element, and stable") {
  const Project p = sample();
  const Framework& fw = p.frameworks.front();
  const std::string text = forms::form_definition(fw, *fw.find_template("audit"), kHtml);
  CHECK(text.find('<') == std::string::npos);  // no "</script>" nor "<!--" can end or change the element
  CHECK(text.find("\\u003c/script>") != std::string::npos);
  const J def = J::parse(text);
  CHECK(question(section(def, "story"), "seen")["text"] == "<span>Was the child seen? </script></span>");
  CHECK(text == forms::form_definition(fw, *fw.find_template("audit"), kHtml));
}

TEST_CASE("a tool held elsewhere has no form") {
  const Project p = sample();
  const Framework& fw = p.frameworks.front();
  CHECK(forms::has_form(*fw.find_template("audit")));
  CHECK_FALSE(forms::has_form(*fw.find_template("elsewhere")));
}
