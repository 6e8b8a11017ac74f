// Print of tools held elsewhere (no form; the handbook names keeper and place) and of case-event rules in the handbook.
#include <algorithm>

#include "../load/test_project.hpp"
#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

TEST_CASE("no PDF form for a tool held elsewhere; the handbook names its keeper and place") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", "roles:\n  - { id: qa, title: QA lead }\n");
  t.file("frameworks/f/templates/themed.yaml", R"(template:
  id: themed
  title: Themed audits
  kind: other
  held_elsewhere: { owner: qa, where: The QA team's shared drive }
)");
  t.file("frameworks/f/templates/form.yaml", R"(template:
  id: form
  title: A form
  kind: other
  sections:
    - { id: s, title: S, questions: [{ id: q, text: Q, type: text }] }
)");
  const Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const auto jobs = print::print_jobs(p, options());
  auto has_job = [&](const std::string& path) {
    return std::any_of(jobs.begin(), jobs.end(), [&](const print::PrintJob& j) { return j.path == path; });
  };
  CHECK(has_job("f/pdf/form.pdf"));
  CHECK_FALSE(has_job("f/pdf/themed.pdf"));

  const layout::Document handbook = print::handbook_document(p.frameworks.at(0), options());
  const auto texts_ = texts(handbook);
  const auto title = std::find(texts_.begin(), texts_.end(), "Themed audits");
  REQUIRE(title != texts_.end());
  CHECK(has_text(handbook, "Held elsewhere: no form in this handbook."));
  CHECK(has_text(handbook, "Kept by: QA lead"));
  CHECK(has_text(handbook, "Where: The QA team's shared drive"));
  CHECK_FALSE(has_text(handbook, "f/pdf/themed.pdf"));
}

TEST_CASE("the handbook's rules list case events: who to tell, inside and outside, and how soon") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/rules.yaml", R"(roles:
  - { id: sm, title: Service manager }
rules:
  case_events:
    - { id: missing, event: A child goes missing, notify: [sm], outside: [the police], within: the same day }
)");
  const Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const layout::Document handbook = print::handbook_document(p.frameworks.at(0), options());
  CHECK(has_text(handbook, "When something happens in a case"));
  CHECK(has_text(handbook, "A child goes missing: tell Service manager and the police within the same day."));
}
