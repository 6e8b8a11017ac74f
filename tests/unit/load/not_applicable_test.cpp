// N/A on a rating question that may not apply: allowed only where the template says so, left out of the judgement.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

const char* kTemplate = R"(scales:
  - id: grades
    title: Grades
    kind: grades
    grades:
      - { id: good, label: Good, code: 1 }
      - { id: poor, label: Poor, code: 2 }
template:
  id: audit
  title: Audit
  kind: case-audit
  header:
    - { id: team, label: Team, role: team }
    - { id: date, label: Date, type: date, role: audit-date }
  sections:
    - id: s
      title: Practice
      questions:
        - { id: plan, text: Care plan, type: rating, scale: grades, not_applicable: true }
        - { id: visits, text: Visits, type: rating, scale: grades }
    - { id: overall, title: Overall, kind: judgement, scale: grades, compute: worst }
)";

std::string record(const std::string& id, const std::string& plan, const std::string& visits) {
  return "id: " + id + "\nframework: f\ntemplate: audit\nheader: { team: North, date: 2026-03-02 }\nanswers:\n  plan: " +
         plan + "\n  visits: " + visits + "\n";
}

}  // namespace

TEST_CASE("a rating marked not_applicable takes N/A, which the computed judgement leaves out") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", kTemplate);
  t.file("content/audits/a1.yaml", record("a1", "N/A", "good"));
  t.file("content/audits/a2.yaml", record("a2", "n/a", "poor"));
  Project p = t.load();
  INFO("diagnostics:\n" << t.output());
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Question& q = *p.frameworks[0].find_template("audit")->find_question("plan");
  CHECK(q.not_applicable);
  auto find = [&](const std::string& id) {
    const auto it = std::find_if(p.audits.begin(), p.audits.end(), [&](const AuditRecord& a) { return a.id == id; });
    REQUIRE(it != p.audits.end());
    return *it;
  };
  const AuditRecord a1 = find("a1");
  CHECK(a1.find_answer("plan")->values.at(0).values == std::vector<std::string>{kNotApplicable});
  CHECK(a1.judgement == "good");  // worst of good alone: N/A is not a grade
  CHECK(find("a2").judgement == "poor");
}

TEST_CASE("N/A where the question does not allow it is an error at the answer") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/audit.yaml", kTemplate);
  t.file("content/audits/a1.yaml", record("a1", "good", "N/A"));
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("content/audits/a1.yaml:7:11: error: question 'visits' cannot be answered N/A"));
  CHECK(t.has("hint: answer it on its scale (good or poor), or add 'not_applicable: true' to the question if it may not apply"));
  CHECK(t.diags.error_count() == 1);
}

TEST_CASE("not_applicable on a question that is not a rating is an error") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  std::string tpl = kTemplate;
  tpl += R"(    - id: more
      title: More
      questions:
        - { id: note, text: Note, type: text, not_applicable: true }
)";
  t.file("frameworks/f/audit.yaml", tpl);
  t.load();
  INFO("diagnostics:\n" << t.output());
  CHECK(t.has("frameworks/f/audit.yaml:25:63: error: 'not_applicable' is for rating questions"));
  CHECK(t.diags.error_count() == 1);
}
