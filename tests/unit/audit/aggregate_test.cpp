// Aggregates and CSV exports checked against figures worked out by hand for the six-record fixture.
#include <doctest/doctest.h>

#include <algorithm>

#include "audit/aggregate.hpp"
#include "audit/csv_export.hpp"
#include "load/project_loader.hpp"
#include "../load/test_project.hpp"
#include "../load/typed_columns_fixture.hpp"

using namespace qaf;

namespace {

struct Fixture {
  Fixture() {
    project = load_project(std::string(QAF_TEST_DATA) + "/fixture", {}, diags);
    REQUIRE_MESSAGE(!diags.has_errors(), "fixture does not load");
    fw = project.find_framework("fx");
    AggregateOptions o;
    o.as_of = *parse_date("2026-06-30");
    agg = aggregate(project, *fw, o, records_of(project, *fw));
  }
  Diagnostics diags;
  Project project;
  const Framework* fw = nullptr;
  Aggregates agg;
};

}  // namespace

TEST_CASE("grade counts by team and quarter") {
  Fixture f;
  const Aggregates& a = f.agg;
  CHECK(a.audits == 6);
  CHECK(a.judged == 6);
  CHECK(a.periods == std::vector<std::string>{"2026-Q1", "2026-Q2"});
  CHECK(a.teams == std::vector<std::string>{"North", "South"});
  CHECK(a.grade_count("North", "2026-Q1", "good") == 1);
  CHECK(a.grade_count("North", "2026-Q1", "ri") == 1);
  CHECK(a.grade_count("North", "2026-Q2", "inadequate") == 1);
  CHECK(a.grade_count("South", "2026-Q1", "outstanding") == 1);
  CHECK(a.grade_count("South", "2026-Q2", "good") == 1);
  CHECK(a.grade_count("South", "2026-Q2", "ri") == 1);
  CHECK(a.grade_count("South", "2026-Q1", "good") == 0);
  // All teams, all periods.
  CHECK(a.grade_count("", "", "outstanding") == 1);
  CHECK(a.grade_count("", "", "good") == 2);
  CHECK(a.grade_count("", "", "ri") == 2);
  CHECK(a.grade_count("", "", "inadequate") == 1);
  CHECK(a.grade_count("", "2026-Q2", "good") == 1);
}

TEST_CASE("per-question rates leave N/A out") {
  Fixture f;
  REQUIRE(f.agg.questions.size() == 1);
  const QuestionRates& q = f.agg.questions[0];
  CHECK(q.question == "plan");
  CHECK(q.counts == std::vector<std::pair<std::string, int>>{{"yes", 3}, {"partially", 1}, {"no", 1}, {"na", 1}});
  CHECK(q.answered == 5);
  CHECK(*q.score == doctest::Approx(0.7));  // (3 x 1 + 0.5 + 0) / 5
}

TEST_CASE("skills profile is the mean level per skill") {
  Fixture f;
  REQUIRE(f.agg.skills.size() == 1);
  CHECK(f.agg.skills[0].id == "empathy");
  CHECK(f.agg.skills[0].count == 5);
  CHECK(f.agg.skills[0].mean == doctest::Approx(3.0));  // (4 + 2 + 1 + 5 + 3) / 5
}

TEST_CASE("moderation agreement and the list of disagreements") {
  Fixture f;
  CHECK(f.agg.moderated == 3);
  CHECK(f.agg.agreed == 2);
  CHECK(*f.agg.agreement_rate() == doctest::Approx(2.0 / 3.0));
  REQUIRE(f.agg.disagreements.size() == 1);
  CHECK(f.agg.disagreements[0].audit_id == "a2");
  CHECK(f.agg.disagreements[0].auditor_grade == "ri");
  CHECK(f.agg.disagreements[0].moderator_grade == "inadequate");
}

TEST_CASE("escalations follow the rules, exact grade or worse") {
  Fixture f;
  std::vector<std::string> got;
  for (const Escalation& e : f.agg.escalations) got.push_back(e.rule + ":" + e.audit_id);
  // a2 was graded ri and moderated to inadequate: the rules read the moderated grade.
  CHECK(got == std::vector<std::string>{"inadequate:a2", "ri-or-worse:a2", "inadequate:a3", "ri-or-worse:a3",
                                        "ri-or-worse:a6"});
  CHECK(f.agg.escalations[2].notify == std::vector<std::string>{"Head of service"});
  CHECK(f.agg.escalations[2].within == "1 working day");
}

TEST_CASE("notification rules list every audit they apply to, whatever its grade, in rule order") {
  Fixture f;
  REQUIRE(f.agg.notifications.size() == 3);
  const Notification& every = f.agg.notifications[0];
  CHECK(every.rule == "every-audit");
  CHECK(every.on == "completed");
  CHECK(every.audit_ids.size() == 6);
  CHECK(every.notify == std::vector<std::string>{"Service manager"});
  CHECK(every.within == "5 working days");
  CHECK(f.agg.notifications[1].rule == "moderated");
  CHECK(f.agg.notifications[1].audit_ids.size() == 3);  // the three moderated audits
  CHECK(f.agg.notifications[1].within.empty());
  CHECK(f.agg.notifications[2].rule == "disagreed");
  CHECK(f.agg.notifications[2].audit_ids == std::vector<std::string>{"a2"});  // the one disagreement
  CHECK(f.agg.notifications[2].notify == std::vector<std::string>{"Head of service", "Service manager"});
  // A rule no audit meets is left out.
  const auto a1 = std::find_if(f.project.audits.begin(), f.project.audits.end(), [](const AuditRecord& a) { return a.id == "a1"; });
  REQUIRE(a1 != f.project.audits.end());
  AuditRecord unmoderated = *a1;
  unmoderated.moderation.reset();
  AggregateOptions o;
  o.as_of = *parse_date("2026-06-30");
  const Aggregates one = aggregate(f.project, *f.fw, o, {&unmoderated});
  REQUIRE(one.notifications.size() == 1);
  CHECK(one.notifications[0].rule == "every-audit");
}

TEST_CASE("escalations read the moderated grade when a moderator changed it") {
  Fixture f;
  REQUIRE(f.agg.escalations.size() >= 2);
  const Escalation& e = f.agg.escalations[0];
  CHECK(e.audit_id == "a2");
  CHECK(e.grade == "inadequate");  // the moderator's grade, not the auditor's 'ri'
  CHECK(e.moderated);
  CHECK_FALSE(f.agg.escalations[2].moderated);  // a3: the moderator agreed
  // A record moderated up from Inadequate is no longer escalated as Inadequate.
  const auto a3 = std::find_if(f.project.audits.begin(), f.project.audits.end(),
                               [](const AuditRecord& a) { return a.id == "a3"; });
  REQUIRE(a3 != f.project.audits.end());
  AuditRecord up = *a3;
  up.moderation->agrees = false;
  up.moderation->grade = "good";
  AggregateOptions o;
  o.as_of = *parse_date("2026-06-30");
  const Aggregates one = aggregate(f.project, *f.fw, o, {&up});
  CHECK(one.escalations.empty());
}

TEST_CASE("actions register: completed, overdue and open on a fixed date") {
  Fixture f;
  const Aggregates& a = f.agg;
  REQUIRE(a.actions.size() == 4);
  CHECK(a.action_count(ActionStatus::completed) == 1);  // a2: completed 2026-02-20
  CHECK(a.action_count(ActionStatus::overdue) == 2);    // a2: due 2026-04-30; a3: due 2026-05-01
  CHECK(a.action_count(ActionStatus::open) == 1);       // a6: due 2026-08-01
  CHECK(a.actions[1].status == ActionStatus::overdue);
  CHECK(a.actions[3].audit_id == "a6");
}

TEST_CASE("actions register on the boundary days: completed that day, due that day") {
  Fixture f;
  AggregateOptions o;
  // a2's first action was completed on 2026-02-20: on that day it already counts as completed.
  o.as_of = *parse_date("2026-02-20");
  const Aggregates done = aggregate(f.project, *f.fw, o, records_of(f.project, *f.fw));
  REQUIRE(done.actions.size() == 4);
  CHECK(done.actions[0].audit_id == "a2");
  CHECK(done.actions[0].status == ActionStatus::completed);
  CHECK(done.action_count(ActionStatus::completed) == 1);
  CHECK(done.action_count(ActionStatus::overdue) == 0);
  // a2's second action is due on 2026-04-30: on that day it is still open, the day after overdue.
  o.as_of = *parse_date("2026-04-30");
  const Aggregates due = aggregate(f.project, *f.fw, o, records_of(f.project, *f.fw));
  REQUIRE(due.actions.size() == 4);
  CHECK(due.actions[1].status == ActionStatus::open);
  CHECK(due.action_count(ActionStatus::overdue) == 0);
  o.as_of = *parse_date("2026-05-01");
  const Aggregates late = aggregate(f.project, *f.fw, o, records_of(f.project, *f.fw));
  CHECK(late.actions[1].status == ActionStatus::overdue);
  CHECK(late.action_count(ActionStatus::overdue) == 1);  // a3's action is due that day: still open
}

TEST_CASE("quarters or months") {
  Fixture f;
  AggregateOptions o;
  o.period = Period::month;
  o.as_of = *parse_date("2026-06-30");
  const Aggregates m = aggregate(f.project, *f.fw, o, records_of(f.project, *f.fw));
  CHECK(m.periods == std::vector<std::string>{"2026-01", "2026-02", "2026-04", "2026-05"});
  CHECK(m.grade_count("South", "2026-05", "ri") == 1);
}

TEST_CASE("CSV files are RFC 4180, Excel-friendly and safe from formulas") {
  Fixture f;
  AggregateOptions o;
  o.as_of = *parse_date("2026-06-30");
  const OutputTree csv = csv_files(*f.fw, f.agg, slices_by_team_and_period(f.project, *f.fw, o, records_of(f.project, *f.fw)));
  CHECK(csv.size() == 7);
  const std::string& grades = *csv.find("grades.csv");
  CHECK(grades.rfind("\xEF\xBB\xBF" "framework,team,period,grade,audits\r\n", 0) == 0);
  CHECK(grades.find("fx,North,2026-Q1,Requires improvement,1\r\n") != std::string::npos);
  const std::string& actions = *csv.find("actions.csv");
  CHECK(actions.find("a2,audit,North,2026-Q1,Visit the child,Pat Owner,2026-04-30,,overdue,no\r\n") != std::string::npos);
  // A cell that looks like a formula is quoted and prefixed, so Excel shows it as text.
  CHECK(actions.find(",\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
  CHECK(to_csv({{"a,b", "say \"hi\"", "two\nlines"}}) == "\xEF\xBB\xBF\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
  const std::string& dis = *csv.find("disagreements.csv");
  CHECK(dis.find("a2,North,2026-Q1,Requires improvement,Inadequate\r\n") != std::string::npos);
}

namespace {
std::size_t lines_starting(const std::string& csv, const std::string& prefix) {
  std::size_t n = 0;
  for (std::size_t at = 0; at < csv.size(); at = csv.find("\r\n", at) + 2) {
    if (csv.compare(at, prefix.size(), prefix) == 0) ++n;
    if (csv.find("\r\n", at) == std::string::npos) break;
  }
  return n;
}
}  // namespace

TEST_CASE("CSV figures by team and period, with totals rows marked All teams / All periods") {
  Fixture f;
  AggregateOptions o;
  o.as_of = *parse_date("2026-06-30");
  const OutputTree csv = csv_files(*f.fw, f.agg, slices_by_team_and_period(f.project, *f.fw, o, records_of(f.project, *f.fw)));
  const std::string& grades = *csv.find("grades.csv");
  CHECK(grades.find("fx,All teams,2026-Q1,Outstanding,1\r\n") != std::string::npos);  // a4
  CHECK(grades.find("fx,All teams,All periods,Good,2\r\n") != std::string::npos);     // a1, a5
  CHECK(grades.find("fx,South,All periods,Requires improvement,1\r\n") != std::string::npos);  // a6

  const std::string& q = *csv.find("questions.csv");
  CHECK(q.find("framework,team,period,template,question,column,text,answer,count,share of counted answers,mean score\r\n") !=
        std::string::npos);
  // North Q1: a1 yes, a2 partially: mean score (1 + 0.5) / 2.
  CHECK(q.find("fx,North,2026-Q1,audit,plan,,Is there a plan?,Yes,1,0.500,0.750\r\n") != std::string::npos);
  // South Q2: a5 N/A (left out), a6 yes.
  CHECK(q.find("fx,South,2026-Q2,audit,plan,,Is there a plan?,N/A,1,,1.000\r\n") != std::string::npos);
  CHECK(q.find("fx,South,2026-Q2,audit,plan,,Is there a plan?,Yes,1,1.000,1.000\r\n") != std::string::npos);
  // All: yes a1 a4 a6, partially a2, no a3 (N/A a5 left out): 3 of 5; (3 + 0.5 + 0) / 5.
  CHECK(q.find("fx,All teams,All periods,audit,plan,,Is there a plan?,Yes,3,0.600,0.700\r\n") != std::string::npos);

  const std::string& sk = *csv.find("skills.csv");
  CHECK(sk.find("fx,North,2026-Q1,empathy,Empathy,2,3.000\r\n") != std::string::npos);     // (4 + 2) / 2
  CHECK(sk.find("fx,South,All periods,empathy,Empathy,2,4.000\r\n") != std::string::npos);  // (5 + 3) / 2
  CHECK(sk.find("fx,All teams,All periods,empathy,Empathy,5,3.000\r\n") != std::string::npos);

  const std::string& mod = *csv.find("moderation.csv");
  CHECK(mod.find("fx,North,2026-Q1,2,1,0.500\r\n") != std::string::npos);
  CHECK(mod.find("fx,South,2026-Q1,0,0,\r\n") != std::string::npos);  // no base: no rate
  CHECK(mod.find("fx,All teams,All periods,3,2,0.667\r\n") != std::string::npos);

  // One row per escalated audit: a3 triggered two rules.
  const std::string& esc = *csv.find("escalations.csv");
  CHECK(esc.find("audit,team,period,grade,rules,tell,within\r\n") != std::string::npos);
  CHECK(esc.find("a3,North,2026-Q2,Inadequate,inadequate; ri-or-worse,Head of service; Service manager,1 working day\r\n") !=
        std::string::npos);
  CHECK(lines_starting(esc, "a3,") == 1);
  CHECK(lines_starting(esc, "a") == 3);  // a2, a3, a6 (the header starts with the byte order mark)
}

TEST_CASE("escalations merged: one line per audit, roles in rule order, the shortest time") {
  Fixture f;
  const std::vector<EscalatedAudit> lines = escalated_audits(f.agg.escalations);
  REQUIRE(lines.size() == 3);  // a2, a3, a6: a3 matched two rules
  CHECK(lines[1].audit_id == "a3");
  CHECK(lines[1].rules == std::vector<std::string>{"inadequate", "ri-or-worse"});
  CHECK(lines[1].notify == std::vector<std::string>{"Head of service", "Service manager"});
  CHECK(lines[1].within == "1 working day");
  // The shortest whichever rule comes first; a role named twice is listed once.
  const std::vector<Escalation> two = {{"x", "T", "P", "inadequate", "r1", {"A", "B"}, "5 working days"},
                                       {"x", "T", "P", "inadequate", "r2", {"B", "C"}, "24 hours"}};
  const auto merged = escalated_audits(two);
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].notify == std::vector<std::string>{"A", "B", "C"});
  CHECK(merged[0].within == "24 hours");
  // A time that cannot be compared keeps every time, so none is lost.
  const auto unclear = escalated_audits({{"y", "T", "P", "g", "r1", {"A"}, "2 days"}, {"y", "T", "P", "g", "r2", {"A"}, "at the next panel"}});
  CHECK(unclear[0].within == "2 days; at the next panel");
  CHECK(within_hours("1 working day") < within_hours("2 days"));
  CHECK(within_hours("2 weeks") == doctest::Approx(336));
  CHECK(!within_hours("soon"));
}

TEST_CASE("previous period and good or better") {
  CHECK(previous_period("2026-Q1") == "2025-Q4");
  CHECK(previous_period("2026-Q3") == "2026-Q2");
  CHECK(previous_period("2026-Q4") == "2026-Q3");  // the last quarter too
  CHECK(previous_period("2026-Q2") == "2026-Q1");
  CHECK(previous_period("2026-01") == "2025-12");
  CHECK(previous_period("2026-10") == "2026-09");
  CHECK(previous_period("2026-12") == "2026-11");
  CHECK(!previous_period("2026-Q0"));
  CHECK(!previous_period("2026-13"));
  CHECK(!previous_period("undated"));
  CHECK(!previous_period("2026-Q5"));
  Fixture f;
  CHECK(good_or_better_grade(*f.fw, f.agg) == "good");  // the actions rule's bar
  CHECK(good_or_better_count(f.agg, "good") == 3);      // a1, a4, a5
  CHECK(good_or_better_count(f.agg, "good", "South", "2026-Q2") == 1);
}

TEST_CASE("questions of side-by-side columns are counted apart, each under its column's title") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: t
  title: T
  kind: case-audit
  header:
    - { id: date, label: Date, type: date, role: audit-date }
  sections:
    - id: s
      title: S
      columns:
        - id: talk
          title: Talking with the practitioner
          questions: [{ id: knows, text: "Knows the child?", type: choice, scale: yn }]
        - id: record
          title: From the record
          questions: [{ id: chronology, text: "Chronology?", type: choice, scale: yn }]
)");
  for (int i = 1; i <= 3; ++i)
    t.file("content/audits/r" + std::to_string(i) + ".yaml",
           "id: r" + std::to_string(i) + "\nframework: f\ntemplate: t\nheader: { date: 2026-03-0" + std::to_string(i) +
               " }\nanswers:\n  knows: \"yes\"\n  chronology: " + (i == 1 ? "\"yes\"" : "\"no\"") + "\n");
  Project project = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = project.frameworks.at(0);
  const Aggregates agg = aggregate(project, fw, AggregateOptions{}, records_of(project, fw));
  REQUIRE(agg.questions.size() == 2);
  const auto find = [&](const std::string& id) {
    return *std::find_if(agg.questions.begin(), agg.questions.end(), [&](const QuestionRates& q) { return q.question == id; });
  };
  CHECK(find("knows").column_title == "Talking with the practitioner");
  CHECK(find("knows").counts == std::vector<std::pair<std::string, int>>{{"yes", 3}, {"no", 0}});
  CHECK(find("chronology").column_title == "From the record");
  CHECK(find("chronology").counts == std::vector<std::pair<std::string, int>>{{"yes", 1}, {"no", 2}});
  CHECK(find("chronology").column.empty());  // one answer each: not a parallel column
}

TEST_CASE("a parallel column answered on a scale of its own is counted under its title; written columns are not") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", test::typed_columns_framework());
  for (int i = 1; i <= 3; ++i)
    t.file("content/audits/r" + std::to_string(i) + ".yaml",
           test::typed_columns_record("r" + std::to_string(i), "good", i == 1 ? "no" : "yes"));
  Project project = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = project.frameworks.at(0);
  const Aggregates agg = aggregate(project, fw, AggregateOptions{}, records_of(project, fw));
  // Only the choice column is counted: one line per question, none for comments or the grade.
  REQUIRE(agg.questions.size() == 2);
  for (const QuestionRates& q : agg.questions) {
    CHECK(q.column == "seen");
    CHECK(q.column_title == "Seen");
  }
  const auto waiting = std::find_if(agg.questions.begin(), agg.questions.end(), [](const QuestionRates& q) { return q.question == "waiting"; });
  REQUIRE(waiting != agg.questions.end());
  CHECK(waiting->counts == std::vector<std::pair<std::string, int>>{{"yes", 2}, {"no", 1}});
}

TEST_CASE("periods as a reader says them: months by name, quarters and the rest as they are") {
  CHECK(period_label("2013-12") == "December 2013");
  CHECK(period_label("2026-01") == "January 2026");
  CHECK(period_label("2026-Q1") == "2026-Q1");
  CHECK(period_label("2026") == "2026");
  CHECK(period_label("undated") == "Undated");
  CHECK(period_label("All periods") == "All periods");
  CHECK(period_label("2026-13") == "2026-13");  // not a month
}

// A form the framework no longer has: records completed on it, in the version kept, still count.
TEST_CASE("records on a form only an earlier version has are counted on that form") {
  const std::string fw_yaml = test::meta() +
      "scales:\n  - id: grades\n    title: Grades\n    kind: grades\n    grades:\n"
      "      - { id: good, label: Good, code: 1 }\n      - { id: poor, label: Poor, code: 2 }\n";
  const std::string form =
      "template:\n  id: old-form\n  title: Old form\n  kind: case-audit\n  header:\n"
      "    - { id: case, label: Case, role: case-id }\n    - { id: date, label: Date, type: date, role: audit-date }\n"
      "  sections:\n    - { id: overall, title: Overall, kind: judgement, scale: grades }\n";
  test::TempProject t;
  t.file("frameworks/fw/framework.yaml", fw_yaml);
  std::string kept = fw_yaml;
  kept.replace(kept.find("version: \"1\""), 12, "version: \"0.9\"");
  t.file("frameworks/fw/versions/0.9/framework.yaml", kept);
  t.file("frameworks/fw/versions/0.9/templates/old-form.yaml", form);
  t.file("content/audits/r1.yaml", "id: r1\nframework: fw\ntemplate: old-form\nversion: \"0.9\"\n"
                                   "header: { case: C-1, date: 2026-01-10 }\njudgement: good\n");
  const Project project = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = *project.find_framework("fw");
  CHECK(fw.find_template("old-form") == nullptr);
  const std::vector<const AuditRecord*> records = records_of(project, fw);
  REQUIRE(records.size() == 1);
  CHECK(template_of(project, fw, *records[0])->title == "Old form");
  AggregateOptions o;
  o.as_of = *parse_date("2026-06-30");
  const Aggregates agg = aggregate(project, fw, o, records);
  CHECK(agg.audits == 1);
  CHECK(agg.judged == 1);
  CHECK(agg.grade_count("", "", "good") == 1);
}
