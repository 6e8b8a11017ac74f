// The archive of earlier versions: each page says it was replaced, or, while the version after it
// is a draft, that it is still in force; its PDFs say SUPERSEDED across them (print/) when replaced.
#include <doctest/doctest.h>

#include "site/site_paths.hpp"
#include "site_fixture.hpp"

using namespace qaf;

namespace {

// A framework at `status` whose version 0.9 was kept published as `kept_status`.
test::BuiltSite archive_site(test::TempProject& t, const std::string& status, const std::string& kept_status) {
  auto meta = [](const std::string& version, const std::string& s) {
    return "framework:\n  title: T\n  council: C\n  version: \"" + version + "\"\n  status: " + s + "\n  next_review: 2099-01\n";
  };
  t.file("frameworks/fw/framework.yaml", meta("1.0", status));
  t.file("frameworks/fw/pages/about.md", "---\ntitle: About\n---\nNow.\n");
  t.file("frameworks/fw/versions/0.8/framework.yaml", meta("0.8", "approved"));
  t.file("frameworks/fw/versions/0.9/framework.yaml", meta("0.9", kept_status));
  t.file("frameworks/fw/versions/0.9/pages/about.md", "---\ntitle: About\n---\nThen.\n");
  return test::build_test_site(t);
}

}  // namespace

TEST_CASE("an earlier version is superseded once the version after it is approved") {
  test::TempProject t;
  const test::BuiltSite b = archive_site(t, "approved", "approved");
  const std::string page = *b.site.find("fw/versions/0.9/pages/about.html");
  CHECK(page.find("Superseded</strong> This is version 0.9, kept as it was published. It has been replaced by version 1.0") !=
        std::string::npos);
  CHECK(page.find("In force") == std::string::npos);
  for (const Framework& old : site_paths::archived_versions(b.project, b.project.frameworks.at(0)))
    CHECK(old.meta.status == "superseded");
}

TEST_CASE("while the next version is a draft, the newest approved one stays in force; older ones are superseded") {
  test::TempProject t;
  const test::BuiltSite b = archive_site(t, "draft", "approved");
  const std::string page = *b.site.find("fw/versions/0.9/pages/about.html");
  CHECK(page.find("In force</strong> This is version 0.9, as it was published. It stays in force while version 1.0 is a draft") !=
        std::string::npos);
  CHECK(page.find("Superseded</strong>") == std::string::npos);
  CHECK(b.site.find("fw/versions/0.8/index.html")->find("It has been replaced by version 1.0") != std::string::npos);
  const std::vector<Framework> old = site_paths::archived_versions(b.project, b.project.frameworks.at(0));
  REQUIRE(old.size() == 2);
  CHECK(old[0].id == "fw/versions/0.8");
  CHECK(old[0].meta.status == "superseded");
  CHECK(old[1].meta.status == "approved");
}

TEST_CASE("a draft kept before another draft is not in force: the approved version before it is") {
  test::TempProject t;
  const test::BuiltSite b = archive_site(t, "draft", "draft");
  CHECK(b.site.find("fw/versions/0.9/pages/about.html")->find("Superseded</strong>") != std::string::npos);
  CHECK(b.site.find("fw/versions/0.8/index.html")->find("In force</strong> This is version 0.8") != std::string::npos);
}

TEST_CASE("a framework edited after it was published, under the same version number, is warned about") {
  auto meta = [](const std::string& version) {
    return "framework:\n  title: T\n  council: C\n  version: \"" + version + "\"\n  status: approved\n"
           "  approved_by: Board\n  next_review: 2099-01\n";
  };
  test::TempProject t;
  t.file("frameworks/fw/framework.yaml", meta("1.0"));
  t.file("frameworks/fw/pages/about.md", "---\ntitle: About\n---\nWords edited after publishing.\n");
  t.file("frameworks/fw/versions/1.0/framework.yaml", meta("1.0"));
  t.file("frameworks/fw/versions/1.0/pages/about.md", "---\ntitle: About\n---\nWords as published.\n");
  const test::BuiltSite b = test::build_test_site(t);
  std::ostringstream out;
  b.diags.print(out);
  CHECK(out.str().find("frameworks/fw/framework.yaml:") != std::string::npos);
  CHECK(out.str().find("warning: framework 'fw' has changed since version 1.0 was published, and still says it is "
                       "version 1.0") != std::string::npos);
  CHECK(out.str().find("hint: give it the next version number") != std::string::npos);
  // As published: nothing to say.
  test::TempProject same;
  same.file("frameworks/fw/framework.yaml", meta("1.0"));
  same.file("frameworks/fw/versions/1.0/framework.yaml", meta("1.0"));
  CHECK(test::build_test_site(same).diags.all().empty());
}
