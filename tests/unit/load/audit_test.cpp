// Unit tests: templates (fields, columns, conditions, blocks), rules, and audit records validated against them.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

const char* kFramework = R"(scales:
  - id: ofsted
    title: Grades
    kind: grades
    grades:
      - { id: outstanding, label: Outstanding, code: 1 }
      - { id: good, label: Good, code: 2 }
      - { id: ri, label: Requires improvement, code: 3 }
      - { id: inadequate, label: Inadequate, code: 4 }
  - id: yn
    title: Yes or no
    kind: choices
    options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }]
  - id: people
    title: People spoken to
    kind: choices
    multiple: true
    options: [{ id: child, label: Child }, { id: parent, label: Parent }, { id: teacher, label: Teacher }]
  - id: category
    title: Category
    kind: choices
    options: [{ id: cin, label: CIN }, { id: cla, label: CLA }]
  - id: scaling
    title: Scaling
    kind: bands
    min: 0
    max: 10
    maps_to: ofsted
    bands:
      - { from: 0, to: 2, grade: inadequate }
      - { from: 3, to: 5, grade: ri }
      - { from: 6, to: 8, grade: good }
      - { from: 9, to: 10, grade: outstanding }
  - id: skill
    title: Skill
    kind: levels
    levels: [{ value: 1, label: Emerging }, { value: 2, label: Secure }]
roles:
  - { id: hos, title: Head of service }
  - { id: sm, title: Service manager }
rules:
  escalation:
    - { id: inadequate, scale: ofsted, grade: inadequate, notify: [hos], within: 1 working day }
  moderation:
    - { id: sample, sample_percent: 10, minimum: 1, by: [sm] }
  actions:
    - { id: below-good, scale: ofsted, below: good }
  deadlines:
    - { id: ninety, max_days: 90 }
template:
  id: audit
  title: Case audit
  kind: case-audit
  completed_by: [sm]
  header:
    - { id: child, label: Child, role: child }
    - { id: case, label: Case number, role: case-id }
    - { id: team, label: Team, role: team }
    - { id: category, label: Category, type: choice, scale: category, role: category }
    - { id: date, label: Date of audit, type: date, role: audit-date }
    - { id: note, label: Note, required: false, personal: true }
  sections:
    - id: both
      title: Discussion and file
      columns: [{ id: discussion, title: Discussion }, { id: file, title: File audit }]
      questions:
        - { id: plan, text: "Is there a plan?", type: choice, scale: yn }
    - id: main
      title: Main
      questions:
        - { id: seen, text: "Seen alone?", type: choice, scale: yn }
        - { id: why, text: "Why not?", type: text, when: { question: seen, is: "no" } }
        - { id: pep, text: "PEP in date?", type: choice, scale: yn, when: { field: category, is: [cla], label: "Looked-after children only" } }
        - { id: spoke, text: "Who was spoken to?", type: choice, scale: people }
        - { id: visits, text: Visits, type: number, min: 0, max: 50 }
        - { id: quality, text: Quality, type: rating, scale: ofsted }
        - { id: safety, text: Scaling, type: rating, scale: scaling }
        - { id: empathy, text: Empathy, type: rating, scale: skill, required: false }
    - id: overall
      title: Overall
      kind: judgement
      scale: ofsted
      compute: worst
    - id: actions
      title: Actions
      kind: actions
      columns: [{ id: action }, { id: owner }, { id: due }, { id: completed, required: false }]
    - id: feedback
      title: Feedback
      kind: feedback
      sources:
        - { id: parent, title: Parent or carer, not_given_reasons: [Declined, Not contactable] }
        - { id: child, title: Child, when: { label: "Children aged 12 or over" } }
    - id: moderation
      title: Moderation
      kind: moderation
      scale: ofsted
    - id: sign
      title: Signatures
      kind: signatures
      signatories: [{ id: auditor, title: Auditor }]
)";

// A valid record; tests replace parts of it.
std::string record(const std::string& answers_extra = "", const std::string& tail = "",
                   const std::string& category = "cin") {
  return R"(id: r1
framework: f
template: audit
header: { child: Alex Example, case: "X-1", team: North, category: )" +
         category + R"(, date: 2026-03-02 }
answers:
  plan: { discussion: "yes", file: "no", comment: "Plan not on file" }
  seen: "yes"
  spoke: [child, Parent]
  visits: 4
  quality: Good
  safety: 7
)" + answers_extra + tail;
}

}  // namespace

TEST_CASE("templates: header roles, personal fields, columns, conditions and blocks") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", kFramework);
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Template& tp = *p.frameworks[0].find_template("audit");
  CHECK(tp.find_field("child")->personal);
  CHECK(tp.find_field("case")->personal);
  CHECK(tp.find_field("note")->personal);
  CHECK_FALSE(tp.find_field("team")->personal);
  CHECK(tp.field_with_role(FieldRole::audit_date)->id == "date");
  CHECK(tp.sections[0].columns.size() == 2);
  CHECK(tp.find_question("pep")->when->label == "Looked-after children only");
  CHECK(tp.find_section(SectionKind::judgement)->compute == Compute::worst);
  CHECK(tp.find_section(SectionKind::actions)->table_columns.at(1).title == "By whom");
  CHECK(tp.find_section(SectionKind::feedback)->sources[0].not_given_reasons.size() == 2);
  CHECK(tp.find_section(SectionKind::signatures)->signatories[0].id == "auditor");
  const Rules& r = p.frameworks[0].rules;
  CHECK(r.escalation.at(0).notify.at(0).id == "hos");
  CHECK(r.moderation.at(0).sample_percent == 10);
  CHECK(r.deadlines.at(0).max_days == 90);
}

TEST_CASE("an audit record is normalised and its judgement computed") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", kFramework);
  t.file("content/audits/r1.yaml", record("", R"(feedback:
  parent: { given: false, reason: Declined }
  child: { given: true, summary: "Likes the new school" }
moderation: { moderator: Sam Checker, date: 2026-03-20, agrees: true }
signatures: { auditor: { name: Jo Auditor, date: 2026-03-02 } }
)"));
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const AuditRecord& a = p.audits.at(0);
  CHECK(a.team == "North");
  CHECK(a.date->iso() == "2026-03-02");
  CHECK(a.find_answer("quality")->values[0].values[0] == "good");  // label -> id
  CHECK(a.find_answer("safety")->values[0].values[0] == "good");   // 7 falls in the 6-8 band
  CHECK(*a.find_answer("safety")->values[0].number == 7);
  CHECK(a.find_answer("spoke")->values[0].values == std::vector<std::string>{"child", "parent"});
  CHECK(a.find_answer("plan")->values[1].column == "file");
  CHECK(a.find_answer("plan")->comment.markdown == "Plan not on file");
  CHECK(a.judgement == "good");  // worst of good and good
  CHECK(a.judgement_computed);
  CHECK(a.feedback.at(0).reason == "Declined");
  CHECK(a.moderation->agrees);
  CHECK(a.signatures.at(0).name == "Jo Auditor");
}

TEST_CASE("a computed judgement below good needs actions; due dates are real and within the deadline") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", kFramework);
  // quality 'inadequate' makes the worst-of judgement inadequate.
  std::string r = record();
  r.replace(r.find("quality: Good"), 13, "quality: 4");
  t.file("content/audits/r1.yaml", r);
  std::string r2 = record();
  r2.replace(r2.find("id: r1"), 6, "id: r2");
  r2.replace(r2.find("quality: Good"), 13, "quality: ri");
  t.file("content/audits/r2.yaml", r2 + R"(actions:
  - { action: Update the plan, owner: SW, due: ASAP }
  - { action: Visit, owner: SW, due: 2026-12-01 }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(p.audits.at(0).judgement == "inadequate");
  CHECK(t.has("content/audits/r1.yaml:6:3: error: the judgement 'inadequate' is below Good, so the audit needs at least 1 action (rule 'below-good')"));
  CHECK(t.has("content/audits/r2.yaml:13:48: error: 'ASAP' is not a date (due)"));
  CHECK(t.has("hint: a deadline needs a real date that can be checked"));
  CHECK(t.has("content/audits/r2.yaml:14:38: error: action due 2026-12-01 is more than 90 days after the audit (2026-03-02, rule 'ninety')"));
  CHECK(t.diags.error_count() == 3);
}

TEST_CASE("the actions rule reads the moderated grade when a moderator changed it") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", kFramework);
  // Graded Good by the auditor (worst of the ratings), moderated down to Inadequate: actions needed.
  t.file("content/audits/r1.yaml",
         record() + "moderation: { moderator: Sam Checker, date: 2026-03-20, agrees: false, grade: inadequate }\n");
  // Graded Inadequate, moderated up to Good: no actions needed any more.
  std::string r2 = record();
  r2.replace(r2.find("id: r1"), 6, "id: r2");
  r2.replace(r2.find("quality: Good"), 13, "quality: 4");
  t.file("content/audits/r2.yaml", r2 + "moderation: { moderator: Sam Checker, date: 2026-03-20, agrees: false, grade: good }\n");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("content/audits/r1.yaml:12:79: error: the moderated grade 'inadequate' is below Good, so the audit needs at "
              "least 1 action (rule 'below-good')"));
  CHECK(t.diags.error_count() == 1);
  CHECK(p.audits.at(0).rule_grade() == "inadequate");
  CHECK(p.audits.at(0).judgement == "good");
}

TEST_CASE("event rules: who is told whatever the grade, checked against the templates") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", std::string(kFramework) + R"(templates:
  - id: plain
    title: Plain form
    kind: other
    sections: [{ id: s, title: S, questions: [{ id: q, text: Q, type: text }] }]
)");
  t.file("frameworks/f/events.yaml", R"(rules:
  events:
    - { id: every-audit, templates: [audit], notify: [sm], within: 5 working days }
    - { id: changed, on: disagreed, notify: [hos] }
    - { id: bad, on: moderated, templates: [plain], notify: [nobody] }
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  const Rules& r = p.frameworks.at(0).rules;
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[0].on == EventTrigger::completed);
  CHECK(event_when(r.events[0]) == "When an audit is completed");
  CHECK(r.events[1].on == EventTrigger::disagreed);
  CHECK(ids_of(r.events[1].notify) == std::vector<std::string>{"hos"});
  CHECK(t.has("frameworks/f/events.yaml:5:45: error: event rule 'bad' is set off when an audit is moderated, but "
              "template 'plain' has no moderation section"));
  CHECK(t.has("error: unknown role 'nobody'"));
  CHECK(t.diags.error_count() == 2);
}

TEST_CASE("conditional questions apply only when their condition holds") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", kFramework);
  std::string r = record();
  r.replace(r.find("seen: \"yes\""), 11, "seen: \"no\"");
  t.file("content/audits/r1.yaml", r);                      // 'why' now required, missing
  std::string r2 = record("", "", "cla");                  // 'pep' required for a looked-after child
  r2.replace(r2.find("id: r1"), 6, "id: r2");
  t.file("content/audits/r2.yaml", r2);
  std::string r3 = record("  pep: \"yes\"\n");             // answered, but the child is not looked after
  r3.replace(r3.find("id: r1"), 6, "id: r3");
  t.file("content/audits/r3.yaml", r3);
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("content/audits/r1.yaml:6:3: error: question 'why' is not answered"));
  CHECK(t.has("content/audits/r2.yaml:6:3: error: question 'pep' is not answered"));
  CHECK(t.has("content/audits/r3.yaml:12:3: warning: question 'pep' does not apply to this case (Looked-after children only), "
              "so its answer is not counted"));
  CHECK(t.diags.error_count() == 2);

  // The answer that does not apply is left out of the record, so nothing counts it.
  TempProject alone;
  alone.file("frameworks/f/framework.yaml", meta());
  alone.file("frameworks/f/all.yaml", kFramework);
  alone.file("content/audits/r3.yaml", r3);
  Project p = alone.load();
  REQUIRE_MESSAGE(!alone.diags.has_errors(), alone.output());
  REQUIRE(p.audits.size() == 1);
  CHECK(p.audits.at(0).find_answer("pep") == nullptr);
  CHECK(p.audits.at(0).find_answer("seen") != nullptr);
}

TEST_CASE("off-scale answers, columns, feedback, moderation and header problems") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", kFramework);
  std::string r = record();
  r.replace(r.find("quality: Good"), 13, "quality: excellent");
  r.replace(r.find("safety: 7"), 9, "safety: 11");
  r.replace(r.find("visits: 4"), 9, "visits: 60");
  r.replace(r.find("date: 2026-03-02"), 16, "date: soon");
  t.file("content/audits/r1.yaml", r + R"(feedback:
  parent: { given: false, reason: Busy }
moderation: { moderator: Sam Checker, date: 2026-03-20, agrees: false }
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("error: 'soon' is not a date (header field 'date')"));
  CHECK(t.has("error: 'excellent' is not on scale 'ofsted' (question 'quality')"));
  CHECK(t.has("error: '11' is not on scale 'scaling' (question 'safety')"));
  CHECK(t.has("hint: use a number from 0 to 10"));
  CHECK(t.has("error: the answer to question 'visits' (60) is out of range"));
  CHECK(t.has("error: 'Busy' is not a listed reason for 'parent'"));
  CHECK(t.has("error: the moderator disagrees but gives no 'grade'"));
  CHECK_FALSE(t.has("has no answer"));  // a wrong answer is reported once, not again as missing
}

TEST_CASE("dangling references in templates name the nearest id") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
standards:
  - { id: "1", title: S, standards: [{ id: "1.1", text: T }] }
template:
  id: t
  title: T
  kind: observation
  sections:
    - id: s
      title: S
      questions:
        - { id: q, text: Q, type: choice, scale: yes-no, standards: ["1.2"], rubric_areas: [visits], skills: [empathy] }
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("all.yaml:13:50: error: unknown scale 'yes-no'"));
  CHECK(t.has("all.yaml:13:70: error: unknown standard '1.2'"));
  CHECK(t.has("hint: did you mean '1.1'?"));
  CHECK(t.has("all.yaml:13:93: error: rubric area 'visits' must be written as 'rubric-id/area-id'"));
  CHECK(t.has("all.yaml:13:111: error: unknown skill 'empathy'"));
}

TEST_CASE("side-by-side columns: each column's own questions, answered once each; mixed columns are errors") {
  const std::string scales = R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
  - { id: five, title: Five, kind: levels, levels: [{ value: 1, label: Weak }, { value: 5, label: Strong }] }
)";
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", scales + R"(template:
  id: t
  title: T
  kind: case-audit
  header:
    - { id: date, label: Date, type: date, role: audit-date }
  sections:
    - id: s
      title: S
      columns:
        - id: talk
          title: Talking with the practitioner
          questions:
            - { id: story, text: Tell me the story, type: rating, scale: five, comment: true }
        - id: record
          title: From the record
          questions:
            - { id: chronology, text: "Chronology up to date?", type: choice, scale: yn }
            - { id: workers, text: "How many workers?", type: number }
)");
  t.file("content/audits/r1.yaml", R"(id: r1
framework: f
template: t
header: { date: 2026-03-02 }
answers:
  story: { value: 5, comment: Clear }
  chronology: "no"
  workers: 2
)");
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Section& s = p.frameworks[0].find_template("t")->sections.at(0);
  CHECK(s.side_by_side);
  CHECK_FALSE(s.parallel());
  REQUIRE(s.questions.size() == 3);
  CHECK(s.questions[0].column == "talk");
  CHECK(s.questions[2].column == "record");
  REQUIRE(s.questions_in("record").size() == 2);
  CHECK(s.questions_in("record")[0]->id == "chronology");
  // Answered like any question: one value each, no column keys.
  const AuditRecord& r = p.audits.at(0);
  REQUIRE(r.find_answer("chronology"));
  CHECK(r.find_answer("chronology")->values.at(0).values == std::vector<std::string>{"no"});
  CHECK(r.find_answer("chronology")->values.at(0).column.empty());

  TempProject bad;
  bad.file("frameworks/f/framework.yaml", meta());
  bad.file("frameworks/f/all.yaml", scales + R"(template:
  id: t
  title: T
  kind: case-audit
  sections:
    - id: s
      title: S
      columns:
        - id: talk
          questions:
            - { id: story, text: Tell me the story, type: choice, scale: yn }
        - { id: record }
      questions:
        - { id: extra, text: Extra, type: choice, scale: yn }
    - id: e
      title: E
      columns:
        - { id: a, questions: [] }
        - { id: b, questions: [{ id: q2, text: Q, type: choice, scale: yn }] }
)");
  bad.load();
  INFO("diagnostics:\n" << bad.output());
  CHECK(bad.has("all.yaml:15:11: error: column 'record' has no 'questions', but other columns of section 's' do"));
  CHECK(bad.has("all.yaml:17:9: error: section 's' has both 'questions' and columns with questions of their own"));
  CHECK(bad.has("hint: move each question into the column it belongs to"));
  CHECK(bad.has("error: column 'a' has no questions"));
}
