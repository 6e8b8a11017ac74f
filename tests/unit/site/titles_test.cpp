// Page titles: every page of the repository's example site has its own <title> (a framework's pages name the framework).
#include <doctest/doctest.h>

#include <map>
#include <regex>

#include "load/project_loader.hpp"
#include "load/theme_loader.hpp"
#include "site/site_builder.hpp"

using namespace qaf;

TEST_CASE("every page of the example site has a title of its own") {
  Diagnostics diags;
  LoadOptions lo;
  lo.load_audits = false;
  Project project = load_project(QAF_SOURCE_DIR, lo, diags);
  REQUIRE_FALSE(diags.has_errors());
  const Theme theme = load_theme(QAF_SOURCE_DIR, project, diags);
  const OutputTree site = build_site(project, theme, SiteOptions{}, diags);
  const std::regex title("<title>([^<]*)</title>");
  std::map<std::string, std::string> first_with;
  int pages = 0;
  for (const auto& [path, bytes] : site.files()) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    std::smatch m;
    REQUIRE_MESSAGE(std::regex_search(bytes, m, title), path);
    ++pages;
    auto [it, fresh] = first_with.emplace(m[1].str(), path);
    CHECK_MESSAGE(fresh, path << " has the title of " << it->second << ": " << m[1].str());
  }
  CHECK(pages > 40);
  // The same page of two frameworks: told apart by the framework's title.
  CHECK(first_with.count("Practice standards – Safety, Strengths and Voice: Practice Quality Framework – Quality Assurance Framework"));
}
