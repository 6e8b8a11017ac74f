// A tool held elsewhere: listed with the templates, a short page saying who keeps it and where, no PDF form.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

namespace {

void stub_project(test::TempProject& t, const std::string& where) {
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/roles.yaml", "roles:\n  - { id: qa, title: QA <lead> }\n");
  t.file("frameworks/f/templates/themed.yaml", R"(template:
  id: themed
  title: Themed audits
  kind: other
  purpose: One tool a theme.
  held_elsewhere:
    owner: qa
    where: )" + where + "\n");
}

}  // namespace

TEST_CASE("the page of a tool held elsewhere says who keeps it and where, in words, escaped") {
  test::TempProject t;
  stub_project(t, "\"The QA <team> drive, folder Themed\"");
  const test::BuiltSite built = test::build_test_site(t);
  REQUIRE(built.site.has("f/templates/themed.html"));
  const std::string& html = *built.site.find("f/templates/themed.html");
  CHECK(html.find("This tool is held elsewhere") != std::string::npos);
  CHECK(html.find("<a href=\"../../f/roles.html#role-qa\">QA &lt;lead&gt;</a>") != std::string::npos);
  CHECK(html.find(">The QA &lt;team&gt; drive, folder Themed</dd>") != std::string::npos);
  CHECK(html.find("Printable blank form") == std::string::npos);
  CHECK_FALSE(built.site.has("f/pdf/themed.pdf"));
  // Listed with the templates on the framework's page, as held elsewhere.
  const std::string& index = *built.site.find("f/index.html");
  CHECK(index.find("Themed audits") != std::string::npos);
  CHECK(index.find("Held elsewhere") != std::string::npos);
}

TEST_CASE("a link to where the tool is kept is a link") {
  test::TempProject t;
  stub_project(t, "https://intranet.example/themed?a=1&b=2");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/templates/themed.html");
  CHECK(html.find("<a href=\"https://intranet.example/themed?a=1&amp;b=2\">https://intranet.example/themed?a=1&amp;b=2</a>") !=
        std::string::npos);
}
