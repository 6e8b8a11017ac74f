// A section filled in by others than the form's completer: its web page says who, under the section's heading.
#include <doctest/doctest.h>

#include <regex>

#include "site_fixture.hpp"

using namespace qaf;

namespace {

const char* kRoles = R"(roles:
  - { id: tm, title: Team <manager> }
  - { id: sw, title: Social worker }
)";

std::string project_template(const std::string& completers) {
  return std::string(R"(template:
  id: t
  title: T
  kind: observation
  completed_by: [tm]
  sections:
    - id: seen
      title: What was seen
      questions:
        - { id: what, text: "What did you see?", type: text }
    - id: agreed
      title: Agreed at feedback
)") + completers + R"(
      questions:
        - { id: next, text: "What next?", type: text }
)";
}

}  // namespace

TEST_CASE("site: a section's completers are linked under its heading, 'together' when several") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/templates/t.yaml", project_template("      completed_by: [tm, sw]"));
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/templates/t.html");
  const auto agreed = html.find("id=\"section-agreed\"");
  REQUIRE(agreed != std::string::npos);
  const std::string part = html.substr(agreed);
  const std::string text = std::regex_replace(part, std::regex("<[^>]*>"), "");
  // Right after the heading, titles escaped, joined as a sentence.
  CHECK(text.find("2. Agreed at feedback\n  Completed by: Team &lt;manager&gt; and Social worker together") != std::string::npos);
  CHECK(part.find("href=\"../../f/roles.html#role-sw\"") != std::string::npos);
  // The first section says nothing of its own: only the template's line and the one section's.
  const auto seen = html.find("id=\"section-seen\"");
  REQUIRE(seen != std::string::npos);
  CHECK(html.substr(seen, agreed - seen).find("Completed by") == std::string::npos);
}

TEST_CASE("load: a section's completed_by names roles the framework has") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/templates/t.yaml", project_template("      completed_by: [tm, supervisee]"));
  t.load();
  CHECK(t.diags.has_errors());
  CHECK(t.has("templates/t.yaml:13:"));
  CHECK(t.has("supervisee"));
}
