// A form's due time counted from a programme's day: read, checked against the programme, worded for readers.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

const char* kProgramme = R"(programmes:
  - id: week
    title: Practice week
    kind: timeline
    entries:
      - { day: 1, items: [Briefing] }
      - { day: 4, items: [Summaries sent] }
      - { period: April, items: [Not a day] }
)";

std::string form(const std::string& due) {
  return R"(template:
  id: summary
  title: Summary
  kind: feedback-summary
)" + due + R"(
  sections:
    - id: s
      title: S
      questions:
        - { id: q, text: "What did you see?", type: text }
)";
}

Project load(TempProject& t, const std::string& due) {
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/programmes.yaml", kProgramme);
  t.file("frameworks/f/templates/summary.yaml", form(due));
  return t.load();
}

}  // namespace

TEST_CASE("a due time reads 'by 5 p.m. on Day 4 of Practice week'") {
  TempProject t;
  Project p = load(t, "  due: { programme: week, day: 4, time: \"17:00\" }");
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.at(0);
  const Template& tp = *fw.find_template("summary");
  REQUIRE(tp.due);
  CHECK(tp.due->programme.id == "week");
  CHECK(tp.due->day == 4);
  CHECK(fw.due_text(*tp.due) == "by 5 p.m. on Day 4 of Practice week");
  DueTime no_time = *tp.due;
  no_time.time.clear();
  CHECK(fw.due_text(no_time) == "by the end of Day 4 of Practice week");
}

TEST_CASE("times of day in words") {
  CHECK(clock_time_words("17:00") == "5 p.m.");
  CHECK(clock_time_words("09:30") == "9.30 a.m.");
  CHECK(clock_time_words("12:00") == "noon");
  CHECK(clock_time_words("00:00") == "midnight");
  CHECK(clock_time_words("12:15") == "12.15 p.m.");
  CHECK(clock_time_words("00:45") == "12.45 a.m.");
  CHECK(clock_time_words("23:59") == "11.59 p.m.");
  CHECK(clock_time_words("24:00").empty());
  CHECK(clock_time_words("17:60").empty());
  CHECK(clock_time_words("5pm").empty());
  CHECK(clock_time_words("1700").empty());
}

TEST_CASE("due time errors: an unknown programme, a day it does not have, a time that is not one") {
  TempProject unknown;
  load(unknown, "  due: { programme: weak, day: 4 }");
  CHECK(unknown.has("summary.yaml:5:21: error: unknown programme 'weak'"));
  CHECK(unknown.has("did you mean 'week'?"));

  TempProject no_day;
  load(no_day, "  due: { programme: week, day: 3 }");
  CHECK(no_day.has("summary.yaml:5:32: error: programme 'week' has no Day 3"));
  CHECK(no_day.has("hint: its days are 1 or 4"));

  TempProject bad_time;
  load(bad_time, "  due: { programme: week, day: 4, time: 5pm }");
  CHECK(bad_time.has("summary.yaml:5:41: error: '5pm' is not a time of day"));

  TempProject missing;
  load(missing, "  due: { programme: week }");
  CHECK(missing.diags.has_errors());
  CHECK(missing.has("day"));
}
