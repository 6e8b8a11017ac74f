// Disclosure control, checked by the independent auditor (tests/disclosure): on the repository's
// example data, on adversarial fixtures and on 1,000 random data sets, no published figure lets a
// reader work out a small count or a group's shared grade; the previous dashboard's figures fail.
#include <doctest/doctest.h>

#include <random>

#include "audit/aggregate.hpp"
#include "auditor.hpp"
#include "disclosure/protect.hpp"
#include "disclosure/publication.hpp"
#include "load/project_loader.hpp"
#include "truth.hpp"

using namespace qaf;
using audit_check::Finding;
using audit_check::PublishedFigures;
using nlohmann::json;

namespace {

const Date kAsOf = *parse_date("2026-06-30");

Project load(const std::string& dir) {
  Diagnostics diags;
  Project p = load_project(std::string(QAF_SOURCE_DIR) + "/" + dir, {}, diags);
  REQUIRE(!diags.has_errors());
  return p;
}

std::string describe(const std::vector<Finding>& fs, std::size_t max = 40) {
  std::string out;
  for (std::size_t i = 0; i < fs.size() && i < max; ++i) {
    const Finding& f = fs[i];
    out += "  " + f.figure + " in [" + std::to_string(f.bounds.lo) + ", " +
           (f.bounds.hi ? std::to_string(*f.bounds.hi) : std::string("inf")) + "]: " + f.problem + "\n";
  }
  if (fs.size() > max) out += "  ... and " + std::to_string(fs.size() - max) + " more\n";
  return out;
}

// The auditor's findings on what the site publishes for `fw` at threshold `t`.
std::vector<Finding> audit_published(const Project& p, const Framework& fw, int t, json* doc_out = nullptr) {
  const json doc = audit_check::published(p, fw, t, kAsOf);
  PublishedFigures figs(doc);
  if (doc_out) *doc_out = doc;
  return figs.audit(audit_check::truth_of(p, fw, doc, kAsOf));
}

// Builds a record of the fixture framework.
AuditRecord record(int n, const std::string& team, const std::string& service, const std::string& date,
                   const std::string& grade, const std::string& plan) {
  AuditRecord r;
  r.id = "r" + std::to_string(n);
  r.framework = {"fx", {}};
  r.template_id = {"audit", {}};
  r.date = parse_date(date);
  r.team = team;
  r.service = service;
  r.judgement = grade;
  if (!plan.empty()) r.answers.push_back({"plan", {AnswerValue{"", {plan}, std::nullopt, {}, {}}}, {}, {}});
  return r;
}

}  // namespace

TEST_CASE("the auditor finds the disclosures of the previous dashboard on the example data") {
  const Project p = load(".");
  std::size_t total = 0;
  std::string report;
  for (const Framework& fw : p.frameworks) {
    if (records_of(p, fw).empty()) continue;
    auto [doc, truth] = audit_check::previous_dashboard(p, fw, 5, kAsOf);
    PublishedFigures figs(doc);
    const std::vector<Finding> found = figs.audit(truth);
    total += found.size();
    std::map<std::string, int> kinds;
    for (const Finding& f : found) ++kinds[f.problem];
    report += fw.id + ": " + std::to_string(found.size()) + " disclosures\n";
    for (const auto& [kind, n] : kinds) report += "  " + std::to_string(n) + " x " + kind + "\n";
    report += describe(found, 12);
  }
  MESSAGE("previous dashboards:\n" << report);
  CHECK(total > 0);
}

TEST_CASE("the three recoveries of the issue are possible on the previous dashboard and not on the new one") {
  const Project p = load(".");
  const Framework& fw = *p.find_framework("example-borough");
  auto [old_doc, old_truth] = audit_check::previous_dashboard(p, fw, 5, kAsOf);
  PublishedFigures before(old_doc);
  const json now_doc = audit_check::published(p, fw, 5, kAsOf);
  PublishedFigures now(now_doc);
  const json judged = {"outstanding", "good", "requires-improvement", "inadequate"};

  SUBCASE("1. the one 2026-Q2 audit of the Child Protection Team: its grade could be read off") {
  const json cp = {{"team", {"Child Protection Team"}}, {"period", {"2026-Q2"}}, {"grade", judged}};
  auto one_grade = [&](PublishedFigures& f) {
    for (const auto& g : judged) {
      json part = cp;
      part["grade"] = {g};
      const auto b = f.range_of_rest("records", cp, part);
      if (b.hi && *b.hi == 0) return g.get<std::string>();
    }
    return std::string();
  };
  CHECK(one_grade(before) == "inadequate");
  CHECK(one_grade(now).empty());
  }

  SUBCASE("2. 2026-Q1: 8 audits, 38% good or better, Good hidden: 3") {
  const json q1_good = {{"period", {"2026-Q1"}}, {"grade", {"good"}}};
  const auto b_before = before.range("records", q1_good);
  CHECK(b_before.lo == 3);
  CHECK((b_before.hi && *b_before.hi == 3));
  const auto b_now = now.range("records", q1_good);
  CHECK(b_now.lo <= 2);
  CHECK((!b_now.hi || *b_now.hi >= 5));
  }

  SUBCASE("3. a question answered 5 times at 80% / 20%: the single other answer") {
  const std::string space = "answers/case-audit/pathway-plan";
  REQUIRE(now_doc.at("spaces").contains(space));
  bool small_before = false, small_now = false;
  for (const std::string opt : {"yes", "partially", "no"}) {
    const auto bb = before.range(space, {{"option", {opt}}});
    const auto bn = now.range(space, {{"option", {opt}}});
    small_before |= bb.hi && bb.lo >= 1 && *bb.hi < 5;
    small_now |= bn.hi && bn.lo >= 1 && *bn.hi < 5;
  }
  CHECK(small_before);
  CHECK_FALSE(small_now);
  }
}

TEST_CASE("the new dashboards pass the auditor on the example data, hiding fewer figures than before") {
  const Project p = load(".");
  int hidden_before = 0, figures_before = 0, hidden_now = 0, figures_now = 0;
  for (const Framework& fw : p.frameworks) {
    if (records_of(p, fw).empty()) continue;
    const std::vector<Finding> found = audit_published(p, fw, 5);
    CHECK_MESSAGE(found.empty(), fw.id << ":\n" << describe(found));
    const json now = audit_check::published(p, fw, 5, kAsOf);
    PublishedFigures n(now);
    hidden_now += n.hidden();
    figures_now += n.figures();
    auto [old_doc, truth] = audit_check::previous_dashboard(p, fw, 5, kAsOf);
    PublishedFigures o(old_doc);
    // Shares count as figures on both pages.
    hidden_before += o.hidden();
    figures_before += o.figures();
  }
  const double before = static_cast<double>(hidden_before) / figures_before, now = static_cast<double>(hidden_now) / figures_now;
  MESSAGE("hidden figures: before " << hidden_before << " of " << figures_before << " (" << 100 * before << "%), now "
                                    << hidden_now << " of " << figures_now << " (" << 100 * now << "%)");
  CHECK(now < before);
}

TEST_CASE("adversarial fixtures: one audit in a team-quarter, a period all in one grade, a team seen once") {
  Project p = load("tests/unit/audit/fixture");
  p.audits.clear();
  int n = 0;
  // Big enough to publish something: two teams over two quarters.
  const std::vector<std::string> grades = {"outstanding", "good", "ri", "inadequate"};
  for (int i = 0; i < 24; ++i)
    p.audits.push_back(record(++n, i % 2 ? "North" : "South", "Area", i % 3 ? "2026-01-10" : "2026-04-10",
                              grades[static_cast<std::size_t>(i % 4 == 3 ? 2 : i % 4)], i % 5 ? "yes" : "no"));
  // One audit in a team-quarter, graded Inadequate.
  p.audits.push_back(record(++n, "East", "Area", "2026-05-01", "inadequate", "no"));
  // A period whose audits are all in one grade.
  for (int i = 0; i < 6; ++i) p.audits.push_back(record(++n, i % 2 ? "North" : "South", "Area", "2025-11-01", "good", "yes"));
  // A team that appears in one quarter only.
  for (int i = 0; i < 3; ++i) p.audits.push_back(record(++n, "West", "Other", "2026-02-01", i ? "ri" : "good", "partially"));
  const Framework& fw = p.frameworks.front();
  json doc;
  const std::vector<Finding> found = audit_published(p, fw, 5, &doc);
  CHECK_MESSAGE(found.empty(), describe(found));
  PublishedFigures figs(doc);
  // None of the groups above is known to share one grade.
  const json judged = {"outstanding", "good", "ri", "inadequate"};
  for (const json& group : {json{{"team", {"East"}}, {"grade", judged}}, json{{"period", {"2025-Q4"}}, {"grade", judged}},
                            json{{"team", {"West"}}, {"grade", judged}}})
    for (const auto& g : judged) {
      json part = group;
      part["grade"] = {g};
      const auto b = figs.range_of_rest("records", group, part);
      CHECK_MESSAGE((!b.hi || *b.hi > 0), group.dump() << " all " << g);
    }
}

TEST_CASE("1,000 random data sets: the auditor finds nothing") {
  Project base = load("tests/unit/audit/fixture");
  std::mt19937 rng(20261129);
  const std::vector<std::string> grades = {"outstanding", "good", "ri", "inadequate"};
  const std::vector<std::string> answers = {"yes", "partially", "no", "na"};
  const std::vector<std::string> dates = {"2025-08-01", "2025-11-01", "2026-02-01", "2026-05-01", "2026-08-01"};
  const int runs = std::getenv("QAF_PROPERTY_RUNS") ? std::atoi(std::getenv("QAF_PROPERTY_RUNS")) : 1000;
  int failures = 0, hidden = 0, figures = 0;
  for (int run = 0; run < runs && failures < 3; ++run) {
    Project p = base;
    p.audits.clear();
    const int teams = 1 + static_cast<int>(rng() % 4), periods = 1 + static_cast<int>(rng() % 5);
    const int records = 1 + static_cast<int>(rng() % 40);
    // Skewed grades: some sets put nearly everything in one grade.
    const int skew = static_cast<int>(rng() % 4);
    for (int i = 0; i < records; ++i) {
      const int team = static_cast<int>(rng() % static_cast<unsigned>(teams));
      const std::string grade = rng() % 3 == 0 ? grades[rng() % 4] : grades[static_cast<std::size_t>(skew)];
      p.audits.push_back(record(i, "Team " + std::to_string(team), team < 2 ? "Service A" : "Service B",
                                dates[rng() % static_cast<unsigned>(periods)], grade, answers[rng() % 4]));
      if (rng() % 3 == 0) p.audits.back().moderation = ModerationRecord{"M", std::nullopt, rng() % 4 != 0, "good", {}, {}, {}, {}};
    }
    const Framework& fw = p.frameworks.front();
    json doc;
    const std::vector<Finding> found = audit_published(p, fw, 5, &doc);
    PublishedFigures f(doc);
    hidden += f.hidden();
    figures += f.figures();
    if (!found.empty()) {
      ++failures;
      FAIL_CHECK("random set " << run << ":\n" << describe(found));
    }
  }
  MESSAGE(runs << " random sets; hidden " << hidden << " of " << figures << " figures");
  CHECK(failures == 0);
}

TEST_CASE("protect: a row with one small count hides a second cell, so neither can be worked out") {
  disclosure::CellProblem p;
  p.atoms = {6, 2, 7};  // one row: three categories
  p.threshold = 5;
  p.figures = {{{0, 1, 2}, 15, 0, disclosure::Hidden::no},
               {{0}, 6, 0, disclosure::Hidden::no},
               {{1}, 2, 0, disclosure::Hidden::no},
               {{2}, 7, 0, disclosure::Hidden::no}};
  p.equations = {{0, {1, 2, 3}, true}};
  disclosure::protect(p);
  CHECK(p.figures[2].hidden == disclosure::Hidden::small);
  CHECK(p.figures[1].hidden == disclosure::Hidden::secondary);  // the smallest cell that brings the hidden sum to 5
  CHECK(p.figures[3].shown());
  CHECK(disclosure::audit(p).empty());
}

TEST_CASE("protect: a row all in one category is not shown as such") {
  disclosure::CellProblem p;
  p.atoms = {0, 9, 0};
  p.threshold = 5;
  p.figures = {{{0, 1, 2}, 9, 0, disclosure::Hidden::no},
               {{0}, 0, 0, disclosure::Hidden::no},
               {{1}, 9, 0, disclosure::Hidden::no},
               {{2}, 0, 0, disclosure::Hidden::no}};
  p.equations = {{0, {1, 2, 3}, true}};
  CHECK(!disclosure::audit(p).empty());
  disclosure::protect(p);
  CHECK(!p.figures[2].shown());
  CHECK((!p.figures[1].shown() || !p.figures[3].shown()));
  CHECK(disclosure::audit(p).empty());
}

TEST_CASE("with no audit records the grades table still has its 'All periods' row, of 0; no other row") {
  Project p = load("tests/unit/audit/fixture");
  p.audits.clear();
  disclosure::PublishOptions o;
  o.aggregate.as_of = *parse_date("2026-06-30");
  const disclosure::Publication pub = disclosure::publish(p, p.frameworks.front(), o);
  REQUIRE(pub.by_period.rows.size() == 1);
  CHECK(pub.by_period.rows.front().period == "All periods");
  REQUIRE(pub.by_period.rows.front().total.value);
  CHECK(*pub.by_period.rows.front().total.value == 0);
  CHECK(pub.by_group.rows.empty());  // teams' rows of 0 are left out
}

TEST_CASE("a team with no graded audit gets no rows of 0 in the grades by team table, last in the table or not") {
  Project p = load("tests/unit/audit/fixture");
  // West sorts last among the teams; its one audit has no overall grade, so all its rows are 0.
  AuditRecord west = record(99, "West", "", "2026-05-10", "", "yes");
  p.audits.push_back(west);
  disclosure::PublishOptions o;
  o.aggregate.as_of = *parse_date("2026-06-30");
  const disclosure::Publication pub = disclosure::publish(p, p.frameworks.front(), o);
  REQUIRE(!pub.by_group.rows.empty());
  for (const auto& row : pub.by_group.rows) {
    INFO(row.group << " " << row.period);
    CHECK(row.group != "West");
  }
  CHECK(pub.by_group.rows.back().group == "South");
}
