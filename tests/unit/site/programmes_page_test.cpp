// The programmes page: a "When" column for timed entries, a "Theme" column for grouped ones, and neither when unused.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("programme tables show When and Theme columns only when entries use them, with timings in words") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: week
    title: Practice week
    kind: timeline
    entries:
      - { day: 2, part: afternoon, items: ["Interviews"] }
      - { within: 2 weeks, after: the visit, items: ["Report"] }
      - { period: 2013-11 to 2014-01, items: ["Reviews"] }
  - id: questions
    title: Three questions
    kind: focus
    entries:
      - { theme: "How much?", items: ["Data"] }
      - { theme: "How well?", items: ["Audits"] }
  - id: areas
    title: Focus by service
    kind: focus
    entries:
      - { period: April, theme: Early help, items: ["Thresholds"] }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/programmes.html");
  auto section = [&](const std::string& id) {
    const std::size_t from = page.find("id=\"programme-" + id + "\"");
    REQUIRE(from != std::string::npos);
    return page.substr(from, page.find("</section>", from) - from);
  };
  const std::string week = section("week"), questions = section("questions"), areas = section("areas");
  CHECK(week.find("<th scope=\"col\">When</th><th scope=\"col\">Activities</th>") != std::string::npos);
  CHECK(week.find("<th scope=\"row\">Day 2, afternoon</th>") != std::string::npos);
  CHECK(week.find("<th scope=\"row\">Within 2 weeks after the visit</th>") != std::string::npos);
  CHECK(week.find("<th scope=\"row\">November 2013 to January 2014</th>") != std::string::npos);
  CHECK(week.find("Theme") == std::string::npos);
  // Untimed entries grouped by theme: the theme heads each row, and there is no empty "When".
  CHECK(questions.find("<th scope=\"col\">Theme</th><th scope=\"col\">Focus</th>") != std::string::npos);
  CHECK(questions.find("<th scope=\"row\">How much?</th>") != std::string::npos);
  CHECK(questions.find("When") == std::string::npos);
  CHECK(questions.find("areas of focus by theme") != std::string::npos);
  // Both: the timing heads the row, the theme is a cell beside it.
  CHECK(areas.find("<th scope=\"row\">April</th><td>Early help</td>") != std::string::npos);
}

TEST_CASE("a frequency table has a Reported to column only when a row says who receives it, and a report's contents are listed under it") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: tm, title: Team manager }
  - { id: hos, title: Head of service }
bodies:
  - { id: board, title: QA board }
programmes:
  - id: reports
    title: Reports
    kind: frequency
    rows:
      - role: tm
        activity: Child protection report
        count: 1
        per: month
        to: [board, hos]
        contents: ["Children on a *plan*", "Conferences held late"]
      - { role: tm, activity: Audits, count: 2, per: month }
  - id: plain
    title: Plain
    kind: frequency
    rows:
      - { role: tm, activity: Audits, count: 2, per: month }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/programmes.html");
  auto section = [&](const std::string& id) {
    const std::size_t from = page.find("id=\"programme-" + id + "\"");
    REQUIRE(from != std::string::npos);
    return page.substr(from, page.find("</section>", from) - from);
  };
  const std::string reports = section("reports"), plain = section("plain");
  CHECK(reports.find("<th scope=\"col\">How often</th><th scope=\"col\">Reported to</th>") != std::string::npos);
  CHECK(reports.find("<a href=\"../f/bodies.html#body-board\">QA board</a> and <a href=\"../f/roles.html#role-hos\">Head of service</a>") !=
        std::string::npos);
  CHECK(reports.find("<li>Children on a <em>plan</em></li><li>Conferences held late</li>") != std::string::npos);
  // The row with no recipients still has its (empty) cell, so the columns line up.
  CHECK(reports.find("<td>2 a month</td><td></td><td></td>") != std::string::npos);
  CHECK(plain.find("Reported to") == std::string::npos);
}

TEST_CASE("grouped frequency rows are shown under their group's subheading, in first-seen order, with their samples") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: sm, title: Service manager }
programmes:
  - id: checks
    title: Checks
    kind: frequency
    rows:
      - { group: Front door, role: sm, activity: Decisions on referrals, per: week }
      - { group: "Children in care & <CP>", role: sm, activity: Visits, per: month, sample: { cases: 2, per: team } }
      - { group: Front door, role: sm, activity: Thresholds, per: month }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/programmes.html");
  const std::size_t front = page.find("<th scope=\"rowgroup\" colspan=\"4\" class=\"qaf-table__group\">Front door</th>");
  const std::size_t care = page.find(">Children in care &amp; &lt;CP&gt;</th>");
  REQUIRE(front != std::string::npos);
  REQUIRE(care != std::string::npos);
  // Thresholds comes after Decisions under Front door, before the second group.
  const std::size_t decisions = page.find("Decisions on referrals"), thresholds = page.find("Thresholds");
  CHECK(front < decisions);
  CHECK(decisions < thresholds);
  CHECK(thresholds < care);
  CHECK(page.find("<p class=\"qaf-hint\">Sample: 2 cases per team</p>") != std::string::npos);
}

TEST_CASE("a programme with a column per service area: When, then a column per area in order, items in their cell, blank cells empty") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: by-service
    title: Focus by service
    kind: focus
    columns:
      - { id: in-care, title: "Children <in> care" }
      - { id: protection, title: Child protection }
    entries:
      - period: 2018-01
        cells: { protection: ["Strategy discussions"], in-care: ["Visits", "Health assessments"] }
      - period: 2018-02
        cells: { protection: ["Core groups"] }
)");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& page = *built.site.find("f/programmes.html");
  const std::size_t from = page.find("id=\"programme-by-service\"");
  REQUIRE(from != std::string::npos);
  const std::string s = page.substr(from, page.find("</section>", from) - from);
  CHECK(s.find("<th scope=\"col\">When</th><th scope=\"col\">Children &lt;in&gt; care</th><th scope=\"col\">Child protection</th></tr>") !=
        std::string::npos);
  CHECK(s.find(">Focus</th>") == std::string::npos);
  CHECK(s.find("Focus by service: areas of focus by when, a column per service area</caption>") != std::string::npos);
  CHECK(s.find("<th scope=\"row\">January 2018</th><td><ul class=\"qaf-list\"><li>Visits</li><li>Health assessments</li></ul></td>"
               "<td><ul class=\"qaf-list\"><li>Strategy discussions</li></ul></td></tr>") != std::string::npos);
  CHECK(s.find("<th scope=\"row\">February 2018</th><td></td><td><ul class=\"qaf-list\"><li>Core groups</li></ul></td></tr>") !=
        std::string::npos);
  CHECK(s.find("in-care") == std::string::npos);  // the column's id is not shown
}
