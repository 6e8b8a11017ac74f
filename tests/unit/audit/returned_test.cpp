// Audits a moderator returned for rework: counted in the aggregates (with those agreed) and set off 'returned' event rules.
#include <doctest/doctest.h>

#include "audit/aggregate.hpp"
#include "load/project_loader.hpp"
#include "../load/moderated_audit_fixture.hpp"
#include "../load/test_project.hpp"

using namespace qaf;

namespace {

const std::string kFramework = test::moderated_audit_framework("      returns: true\n",
                                                               "rules:\n  events:\n"
                                                               "    - { id: back, on: returned, notify: [qa], within: 2 working days }\n"
                                                               "    - { id: any, on: moderated, notify: [qa] }\n");

std::string record(const std::string& id, const std::string& moderation) {
  return test::moderated_audit_record(id, moderation);
}

}  // namespace

TEST_CASE("returned audits are counted, agreed or not, and set off the 'returned' rule only") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", kFramework);
  const std::string by = "moderation:\n  moderator: Sam\n  date: 2026-03-09\n";
  t.file("content/audits/a.yaml", record("a", by + "  agrees: true\n  outcome: returned\n  comment: Redo.\n"));
  t.file("content/audits/b.yaml", record("b", by + "  agrees: false\n  grade: poor\n  outcome: returned\n  comment: Redo.\n"));
  t.file("content/audits/c.yaml", record("c", by + "  agrees: true\n"));
  t.file("content/audits/d.yaml", record("d", ""));
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = *p.find_framework("f");
  AggregateOptions o;
  o.as_of = *parse_date("2026-06-30");
  const Aggregates agg = aggregate(p, fw, o, records_of(p, fw));
  CHECK(agg.returns);
  CHECK(agg.moderated == 3);
  CHECK(agg.returned == 2);
  CHECK(agg.returned_agreed == 1);
  REQUIRE(agg.notifications.size() == 2);
  CHECK(agg.notifications[0].rule == "back");
  CHECK(agg.notifications[0].on == "returned");
  CHECK(agg.notifications[0].audit_ids == std::vector<std::string>{"a", "b"});
  CHECK(agg.notifications[1].audit_ids.size() == 3);
}
