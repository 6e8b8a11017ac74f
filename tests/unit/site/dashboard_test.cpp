// The dashboard page as built: small counts suppressed at the configured threshold, larger ones shown.
#include <doctest/doctest.h>

#include "load/project_loader.hpp"
#include "load/theme_loader.hpp"
#include "site/site_builder.hpp"

using namespace qaf;

namespace {

std::string dashboard(int threshold) {
  const std::string root = std::string(QAF_SOURCE_DIR) + "/tests/unit/audit/fixture";
  Diagnostics diags;
  Project project = load_project(root, {}, diags);
  REQUIRE(!diags.has_errors());
  project.config.suppress_below = threshold;
  const Theme theme = load_theme(root, project, diags);
  SiteOptions o;
  o.as_of = *parse_date("2026-06-30");
  const OutputTree site = build_site(project, theme, o, diags);
  REQUIRE(!diags.has_errors());
  REQUIRE(site.has("fx/dashboard.html"));
  return *site.find("fx/dashboard.html");
}

}  // namespace

TEST_CASE("with the threshold at 5, the fixture's small counts are all suppressed") {
  const std::string page = dashboard(5);
  // Six audits in all; every grade count and every action count is under 5.
  CHECK(page.find("Figures from 6 audits") != std::string::npos);
  CHECK(page.find("<td>fewer than 5</td>") != std::string::npos);
  CHECK(page.find("<td>1</td>") == std::string::npos);
  CHECK(page.find("<td>2</td>") == std::string::npos);
  CHECK(page.find("<td>3</td>") == std::string::npos);
  // The 2/3 moderation agreement rests on 3 audits: not published.
  CHECK(page.find("67%") == std::string::npos);
  CHECK(page.find("<dd class=\"qaf-summary-list__value\">not published</dd>") != std::string::npos);
}

TEST_CASE("with the threshold at 1, every count is shown as it is") {
  const std::string page = dashboard(1);
  CHECK(page.find("<td>fewer than") == std::string::npos);  // no cell (the explanation still names the rule)
  CHECK(page.find("67%") != std::string::npos);  // moderation: 2 of 3 agreed
  CHECK(page.find("<td>2</td>") != std::string::npos);  // e.g. two audits graded Good in all
}
