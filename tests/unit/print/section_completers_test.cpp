// A section filled in by others than the form's completer says so under its heading, on the form and in the handbook.
#include <algorithm>

#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

Framework with_completers(std::vector<Ref> completers) {
  Framework fw = sample_framework();
  fw.roles = {Role{"tm", "Team manager", {}, {}, {}, at(1)}, Role{"sw", "Social worker", {}, {}, {}, at(2)}};
  for (Section& s : fw.templates.front().sections)
    if (s.id == "main") s.completed_by = std::move(completers);
  return fw;
}

/// The index of the first text block that equals `text`, or -1.
long index_of(const std::vector<std::string>& texts, const std::string& text) {
  const auto it = std::find(texts.begin(), texts.end(), text);
  return it == texts.end() ? -1 : static_cast<long>(it - texts.begin());
}

}  // namespace

TEST_CASE("a section filled in together: 'Completed by' right under its heading, the roles by title, 'together'") {
  const Framework fw = with_completers({Ref{"tm", {}}, Ref{"sw", {}}});
  const layout::Document doc = print::template_document(fw, fw.templates.front(), options());
  const auto t = texts(doc);
  const long heading = index_of(t, "2. Assessment");
  REQUIRE(heading >= 0);
  CHECK(index_of(t, "Completed by: Team manager and Social worker together") == heading + 1);
  // Only that section: no other section is said to be completed by anyone.
  CHECK(std::count_if(t.begin(), t.end(), [](const std::string& s) { return s.rfind("Completed by:", 0) == 0; }) == 1);
  // And kept with what follows it, so it never ends a page alone.
  for (const auto& b : doc.blocks)
    if (const auto* p = std::get_if<layout::Paragraph>(&b.content); p && text_of(p->runs).rfind("Completed by:", 0) == 0)
      CHECK(b.keep_with_next);

  const layout::Document handbook = print::handbook_document(fw, options());
  const auto h = texts(handbook);
  const long in_handbook = index_of(h, "2. Assessment");
  REQUIRE(in_handbook >= 0);
  CHECK(index_of(h, "Completed by: Team manager and Social worker together") == in_handbook + 1);
}

TEST_CASE("a section filled in by one role names it, without 'together'; a form without them prints none") {
  const Framework fw = with_completers({Ref{"tm", {}}});
  CHECK(has_text(print::template_document(fw, fw.templates.front(), options()), "Completed by: Team manager"));
  CHECK_FALSE(has_text(print::template_document(fw, fw.templates.front(), options()), "together"));
  const Framework none = with_completers({});
  CHECK_FALSE(has_text(print::template_document(none, none.templates.front(), options()), "Completed by:"));
}
