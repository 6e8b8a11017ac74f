// Performance indicators: unit, source, how often reported, owner, where reviewed, which way is better.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

TEST_CASE("an indicator is read with its unit, source, reporting, owner, reviewers and direction") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: hos, title: Head of service }
bodies:
  - { id: board, title: QA board }
indicators:
  - id: re-referrals
    title: Re-referrals within 12 months
    description: Referrals about a child referred in the year before.
    unit: percentage
    better: lower
    source: Monthly performance report
    reported: { count: 1, per: month }
    owner: hos
    reviewed_at: [board, hos]
  - { id: rate, title: Children in need, unit: rate }
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.at(0);
  REQUIRE(fw.indicators.size() == 2);
  const Indicator& i = fw.indicators[0];
  CHECK(i.unit == "percentage");
  CHECK(unit_label(i.unit) == "Percentage");
  CHECK(better_label(i.better) == "Lower is better");
  CHECK(i.source == "Monthly performance report");
  CHECK(i.reported);
  CHECK(how_often(i.how_often) == "1 a month");
  CHECK(i.owner.id == "hos");
  CHECK(ids_of(i.reviewed_at) == std::vector<std::string>{"board", "hos"});
  CHECK(unit_label(fw.indicators[1].unit) == "Rate per 10,000 children");
  CHECK(better_label(fw.indicators[1].better).empty());
  CHECK_FALSE(fw.indicators[1].reported);
}

TEST_CASE("an indicator's unknown unit, direction, owner, reviewer and reporting are errors") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", R"(roles:
  - { id: hos, title: Head of service }
indicators:
  - id: a
    title: A
    unit: percent
    better: up
    owner: hso
    reviewed_at: [boad]
    reported: { count: 1 }
  - { id: a, title: Again, reported: { per: month, note: x } }
)");
  t.load();
  CHECK(t.has("'percent' is not a valid unit for indicator"));
  CHECK(t.has("'up' is not a valid better for indicator"));
  CHECK(t.has("unknown role 'hso'"));
  CHECK(t.has("unknown body or role 'boad'"));
  CHECK(t.has("'reported' needs 'per' (how often)"));
  CHECK(t.has("duplicate indicator id 'a'"));
  CHECK(t.has("unknown key 'note' in reported"));
}
