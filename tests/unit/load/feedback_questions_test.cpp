// A feedback source's own questions: read with the template, answered per source in records, errors at the answer.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

const char* kTemplate = R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: s
      title: Practice
      questions:
        - { id: listened, text: "Is the child listened to?", type: choice, scale: yn }
    - id: feedback
      title: Feedback
      kind: feedback
      sources:
        - id: parent
          title: Parent or carer
          not_given_reasons: Could not be contacted
          questions:
            - { id: listened, text: "Did you feel listened to?", type: choice, scale: yn }
            - { id: went-well, text: "What went well?", type: text }
        - id: practitioner
          title: Practitioner
          not_given_reasons: [Declined, Absent]
          questions:
            - { id: trained, text: "Have you had the training?", type: choice, scale: yn }
            - id: how
              text: If yes, how has it helped?
              type: text
              when: { question: trained, is: ["yes"] }
)";

std::string record(const std::string& feedback) {
  return "id: a1\nframework: f\ntemplate: audit\nanswers:\n  listened: \"no\"\nfeedback:\n" + feedback;
}

const AuditRecord& only_record(const Project& p) {
  REQUIRE(p.audits.size() == 1);
  return p.audits.front();
}

}  // namespace

TEST_CASE("a feedback source reads its own questions, numbered within it, ids apart from the form's") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", kTemplate);
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Template& tpl = *p.frameworks[0].find_template("audit");
  const Section& fb = *tpl.find_section(SectionKind::feedback);
  REQUIRE(fb.sources.size() == 2);
  const FeedbackSource& parent = fb.sources[0];
  REQUIRE(parent.questions.size() == 2);
  CHECK(parent.questions[0].type == AnswerType::choice);
  CHECK(parent.questions[0].scale.id == "yn");
  CHECK(parent.questions[1].type == AnswerType::text);
  CHECK(parent.question_number("went-well") == "2");
  CHECK(parent.question_number("nothing").empty());
  // A list of one reason may be written as the reason alone.
  CHECK(parent.not_given_reasons == std::vector<std::string>{"Could not be contacted"});
  // The form's own 'listened' is a different question from the parent's.
  CHECK(tpl.find_question("listened")->text.markdown == "Is the child listened to?");
  const FeedbackSource& prac = fb.sources[1];
  REQUIRE(prac.questions.at(1).when);
  CHECK(p.frameworks[0].condition_text(tpl, prac, *prac.questions[1].when) == "Only when the answer to question 1 is Yes");
}

TEST_CASE("records answer each source's questions; a follow-up only when its answer was given") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", kTemplate);
  t.file("content/audits/a1.yaml", record(R"(  parent:
    given: true
    answers:
      listened: "Yes"
      went-well: Being told the plan early.
  practitioner:
    given: true
    answers: { trained: "no" }
)"));
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  CHECK(t.diags.warning_count() == 0);
  const AuditRecord& a = only_record(p);
  REQUIRE(a.feedback.size() == 2);
  const FeedbackEntry& parent = a.feedback[0];
  CHECK(parent.summary.empty());  // a source with questions needs no summary
  REQUIRE(parent.find_answer("listened"));
  CHECK(parent.find_answer("listened")->values.at(0).values == std::vector<std::string>{"yes"});  // normalised
  CHECK(parent.find_answer("went-well")->values.at(0).text.markdown == "Being told the plan early.");
  CHECK(a.find_answer("listened")->values.at(0).values == std::vector<std::string>{"no"});  // the form's own, apart
  CHECK(a.feedback[1].find_answer("how") == nullptr);  // not trained: the follow-up is not asked
}

TEST_CASE("feedback questions: missing, unknown, off-scale, follow-up and not-given answers are errors at the answer") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", kTemplate);
  t.file("content/audits/a1.yaml", record(R"(  parent:
    given: true
    answers:
      listened: maybe
      went-wel: Fine.
  practitioner:
    given: true
    answers: { trained: "yes" }
)"));
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("content/audits/a1.yaml:10:17: error: 'maybe' is not on scale 'yn' (question 'listened')"));
  CHECK(t.has("content/audits/a1.yaml:11:7: error: feedback source 'parent' has no question 'went-wel'"));
  CHECK(t.has("hint: did you mean 'went-well'?"));
  CHECK(t.has("content/audits/a1.yaml:10:7: error: feedback from 'parent' does not answer question 'went-well'"));
  CHECK(t.has("content/audits/a1.yaml:14:14: error: feedback from 'practitioner' does not answer question 'how'"));
  CHECK(t.diags.error_count() == 4);
}

TEST_CASE("feedback not given has no answers; a source's only reason needs no 'reason'") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", kTemplate);
  t.file("content/audits/a1.yaml", record(R"(  parent:
    given: false
  practitioner:
    given: false
    reason: Declined
    answers: { trained: "no" }
)"));
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("content/audits/a1.yaml:12:14: error: feedback from 'practitioner' was not given, but its questions are answered"));
  CHECK(t.has("hint: set 'given: true', or remove 'answers'"));
  CHECK(t.diags.error_count() == 1);
  const AuditRecord& a = only_record(p);
  CHECK(a.feedback.at(0).reason == "Could not be contacted");  // the parent's one reason
}

TEST_CASE("a feedback question's follow-up names an earlier question of its source, and links no standards") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: feedback
      title: Feedback
      kind: feedback
      sources:
        - id: child
          title: Child
          questions:
            - { id: how, text: "How?", type: text, when: { question: trained, is: ["yes"] } }
            - { id: trained, text: "Trained?", type: choice, scale: yn, standards: ["1.1"] }
            - { id: why, text: "Why?", type: text, when: { question: trainedd, is: ["yes"] } }
            - { id: what, text: "What?", type: text, when: { question: trained, is: ["maybe"] } }
            - { id: what, text: "Again?", type: text }
)");
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("frameworks/f/audit.yaml:15:70: error: question 'how' depends on 'trained', which does not come before it"));
  CHECK(t.has("frameworks/f/audit.yaml:16:84: error: a feedback question does not link 'standards'"));
  CHECK(t.has("frameworks/f/audit.yaml:17:70: error: feedback source 'child' has no question 'trainedd'"));
  CHECK(t.has("frameworks/f/audit.yaml:18:86: error: condition value 'maybe' is not on scale 'yn'"));
  CHECK(t.has("frameworks/f/audit.yaml:19:21: error: duplicate question id 'what' in feedback source 'child'"));
  CHECK(t.diags.error_count() == 5);
}

TEST_CASE("answers to a feedback source without questions of its own are an error") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  std::string tpl = kTemplate;
  tpl += R"(        - { id: child, title: Child }
)";
  t.file("frameworks/f/audit.yaml", tpl);
  t.file("content/audits/a1.yaml", record(R"(  child:
    given: true
    summary: Happy.
    answers: { listened: "yes" }
)"));
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("content/audits/a1.yaml:10:14: error: feedback source 'child' has no questions of its own to answer"));
  CHECK(t.diags.error_count() == 1);
}

TEST_CASE("a feedback answer to a follow-up that does not apply is warned about and left out") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", kTemplate);
  t.file("content/audits/a1.yaml", record(R"(  parent:
    given: false
    reason: Could not be contacted
  practitioner:
    given: true
    answers: { trained: "no", how: "It helped me plan visits." }
)"));
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE(!t.diags.has_errors());
  CHECK(t.has("a1.yaml:12:31: warning: question 'how' of feedback source 'practitioner' does not apply (when question 'trained' is yes), "
              "so its answer is not counted"));
  const AuditRecord& a = only_record(p);
  const auto practitioner = std::find_if(a.feedback.begin(), a.feedback.end(), [](const FeedbackEntry& e) { return e.source == "practitioner"; });
  REQUIRE(practitioner != a.feedback.end());
  CHECK(practitioner->find_answer("trained") != nullptr);
  CHECK(practitioner->find_answer("how") == nullptr);
}
