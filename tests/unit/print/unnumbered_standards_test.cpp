// Standards written without numbers in the printed booklet, in rubric notes and on forms: their titles, never their ids.
#include <algorithm>

#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

Framework with_promises() {
  Framework fw = sample_framework();
  StandardSection numbered{"1", "Visits", {}, {Standard{"1.1", "Seen", Text{"I see the child.", at(1)}, "", {}, {}, at(1)}}, at(1)};
  StandardSection promises{"promises", "Our promises", {}, {}, at(2)};
  promises.numbered = false;
  Standard heard{"promise-heard", "Heard in their words", Text{"Every child is heard.", at(3)}, "", {}, {}, at(3)};
  heard.numbered = false;
  promises.standards = {heard};
  fw.standards = {numbered, promises};
  for (Section& s : fw.templates.front().sections)
    for (Question& q : s.questions)
      if (q.id == "quality") q.standards = {Ref{"1.1", {}}, Ref{"promise-heard", {}}};
  return fw;
}

}  // namespace

TEST_CASE("the standards booklet heads unnumbered standards and their section by title alone") {
  const Framework fw = with_promises();
  const layout::Document doc = print::standards_document(fw, options());
  const auto t = texts(doc);
  CHECK(std::find(t.begin(), t.end(), "1  Visits") != t.end());
  CHECK(std::find(t.begin(), t.end(), "1.1  Seen") != t.end());
  CHECK(std::find(t.begin(), t.end(), "Our promises") != t.end());
  CHECK(std::find(t.begin(), t.end(), "Heard in their words") != t.end());
  CHECK_FALSE(has_text(doc, "promise-heard"));
  CHECK_FALSE(has_text(doc, "promises  Our promises"));
}

TEST_CASE("a form's question names an unnumbered standard by its title in quotes") {
  const Framework fw = with_promises();
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options());
  CHECK(has_text(doc, "Standards 1.1 and \u201cHeard in their words\u201d."));
  CHECK_FALSE(has_text(doc, "promise-heard"));
}
