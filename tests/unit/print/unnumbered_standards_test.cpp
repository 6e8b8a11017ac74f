// Standards written without numbers in the printed booklet, in rubric notes and on forms: their titles, never their ids.
#include <algorithm>

#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

Framework with_promises() {
  Framework fw = sample_framework();
  auto standard = [](const std::string& id, const std::string& title, const std::string& text, int line) {
    Standard s;
    s.id = id;
    s.title = title;
    s.text = Text{text, at(line)};
    s.pos = at(line);
    return s;
  };
  StandardSection numbered;
  numbered.id = "1";
  numbered.title = "Visits";
  numbered.standards = {standard("1.1", "Seen", "I see the child.", 1)};
  StandardSection promises;
  promises.id = "promises";
  promises.title = "Our promises";
  promises.numbered = false;
  Standard heard = standard("promise-heard", "Heard in their words", "Every child is heard.", 3);
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
