// Yes/no answers to a feedback source's own questions are counted per source, given feedback only.
#include <doctest/doctest.h>

#include <algorithm>

#include "audit/aggregate.hpp"
#include "../load/test_project.hpp"

using namespace qaf;

TEST_CASE("a feedback source's choice questions are counted apart from the form's, titled with the source") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/audit.yaml", R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: audit
  title: Audit
  kind: case-audit
  sections:
    - id: s
      title: S
      questions:
        - { id: listened, text: "Is the child listened to?", type: choice, scale: yn }
    - id: feedback
      title: Feedback
      kind: feedback
      sources:
        - id: parent
          title: Parent or carer
          not_given_reasons: [Declined]
          questions:
            - { id: listened, text: "Did you feel listened to?", type: choice, scale: yn }
            - { id: said, text: "Anything else?", type: text, required: false }
)");
  auto rec = [](const std::string& id, const std::string& feedback) {
    return "id: " + id + "\nframework: f\ntemplate: audit\nanswers: { listened: \"yes\" }\nfeedback:\n  parent:\n" + feedback;
  };
  t.file("content/audits/a1.yaml", rec("a1", "    given: true\n    answers: { listened: \"yes\" }\n"));
  t.file("content/audits/a2.yaml", rec("a2", "    given: true\n    answers: { listened: \"no\" }\n"));
  t.file("content/audits/a3.yaml", rec("a3", "    given: true\n    answers: { listened: \"yes\", said: Thanks. }\n"));
  t.file("content/audits/a4.yaml", rec("a4", "    given: false\n    reason: Declined\n"));
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.front();
  const Aggregates agg = aggregate(p, fw, AggregateOptions{}, records_of(p, fw));
  auto find = [&](const std::string& q) -> const QuestionRates* {
    for (const QuestionRates& r : agg.questions)
      if (r.question == q) return &r;
    return nullptr;
  };
  const QuestionRates* form = find("listened");
  REQUIRE(form);
  CHECK(form->counts == std::vector<std::pair<std::string, int>>{{"yes", 4}, {"no", 0}});
  const QuestionRates* parent = find("feedback:parent:listened");
  REQUIRE(parent);
  CHECK(parent->text == "Did you feel listened to?");
  CHECK(parent->column_title == "Feedback: Parent or carer");
  CHECK(parent->counts == std::vector<std::pair<std::string, int>>{{"yes", 2}, {"no", 1}});
  CHECK(parent->answered == 3);
  CHECK(agg.questions.size() == 2);  // the open question is not counted
}
