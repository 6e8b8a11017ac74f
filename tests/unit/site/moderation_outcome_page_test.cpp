// Moderation beyond the grade on the site: the form's page lists the moderator's checks and says an audit may be
// returned; the dashboard counts returned audits among its protected moderation figures.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "../load/moderated_audit_fixture.hpp"
#include "site_fixture.hpp"

using namespace qaf;

namespace {

std::string framework(bool returns) {
  return test::moderated_audit_framework(
      returns ? "      returns: true\n      checks:\n        - { id: reflects, text: \"Does it show practice & its effect?\" }\n"
              : "");
}

std::string record(int n, bool returned) {
  return test::moderated_audit_record(
      "r" + std::to_string(n),
      std::string("moderation:\n  moderator: Sam Checker\n  date: 2026-03-09\n  agrees: true\n") +
          (returned ? "  outcome: returned\n  comment: Add the child's views.\n  checks: { reflects: \"no\" }\n"
                    : "  checks: { reflects: \"yes\" }\n"));
}

}  // namespace

TEST_CASE("the template page lists the moderator's checks, escaped, and says the audit may be returned") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", framework(true));
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/templates/audit.html");
  const auto mod = html.find("id=\"section-moderation\"");
  REQUIRE(mod != std::string::npos);
  const std::string part = html.substr(mod);
  CHECK(part.find("<li>Does it show practice &amp; its effect?</li>") != std::string::npos);
  CHECK(part.find("the moderator returns it to the auditor, saying what must change. Returning it does not move the deadline.") !=
        std::string::npos);

  test::TempProject plain;
  plain.file("frameworks/f/framework.yaml", test::meta());
  plain.file("frameworks/f/all.yaml", framework(false));
  const test::BuiltSite none = test::build_test_site(plain);
  const std::string& page = *none.site.find("f/templates/audit.html");
  CHECK(page.find("qaf-moderation-checks") == std::string::npos);
  CHECK(page.find("Returning it does not move the deadline") == std::string::npos);
}

TEST_CASE("the dashboard counts returned audits as a protected moderation figure") {
  for (const int threshold : {1, 5}) {
    CAPTURE(threshold);
    test::TempProject t;
    t.file("qaf.yaml", "suppress_below: " + std::to_string(threshold) + "\n");
    t.file("frameworks/f/framework.yaml", test::meta());
    t.file("frameworks/f/all.yaml", framework(true));
    for (int n = 1; n <= 8; ++n) t.file("content/audits/r" + std::to_string(n) + ".yaml", record(n, n <= 2));
    const test::BuiltSite built = test::build_test_site(t);
    const std::string& page = *built.site.find("f/dashboard.html");
    const auto figures = nlohmann::json::parse(*built.site.find("f/dashboard-figures.json"));
    const nlohmann::json* returned = nullptr;
    for (const auto& f : figures.at("figures"))
      if (f.at("id") == "moderation/returned") returned = &f;
    REQUIRE(returned);
    CHECK(returned->at("where").at("rework") == nlohmann::json::array({"returned"}));
    if (threshold == 1) {
      CHECK(returned->at("value") == 2);
      CHECK(page.find("Returned to the auditor for rework</dt><dd class=\"qaf-summary-list__value\" "
                      "data-fig=\"moderation/returned\">2</dd>") != std::string::npos);
    } else {
      // Two of eight: a small count, hidden like any other.
      CHECK(returned->at("value").is_null());
      CHECK(page.find("data-fig=\"moderation/returned\">hidden</dd>") != std::string::npos);
    }
  }
}

TEST_CASE("when every moderated audit was returned, the returned count is hidden: it would tell each audit's outcome") {
  test::TempProject t;
  t.file("qaf.yaml", "suppress_below: 5\n");
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", framework(true));
  for (int n = 1; n <= 8; ++n) t.file("content/audits/r" + std::to_string(n) + ".yaml", record(n, true));
  const test::BuiltSite built = test::build_test_site(t);
  const auto figures = nlohmann::json::parse(*built.site.find("f/dashboard-figures.json"));
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& f : figures.at("figures")) by_id[f.at("id")] = f.at("value");
  REQUIRE(by_id.count("moderation/returned"));
  REQUIRE(by_id.count("moderation/accepted"));
  // Eight of eight returned: neither part of the split may be shown beside the moderated total.
  CHECK(by_id["moderation/returned"].is_null());
  CHECK(by_id["moderation/accepted"].is_null());
  const bool total_shown = !by_id["moderation/moderated"].is_null();
  CHECK_FALSE((total_shown && !by_id["moderation/returned"].is_null()));
}

TEST_CASE("a dashboard whose forms never return an audit has no returned row") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  std::string fw = framework(false);
  t.file("frameworks/f/all.yaml", fw);
  std::string r = record(1, false);
  r.erase(r.find("  checks:"));
  t.file("content/audits/r1.yaml", r);
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/dashboard.html");
  CHECK(page.find("id=\"moderation\"") != std::string::npos);
  CHECK(page.find("Returned to the auditor") == std::string::npos);
  CHECK(built.site.find("f/dashboard-figures.json")->find("moderation/returned") == std::string::npos);
}
