// Moderation beyond the grade: a moderator may return an audit for rework and answers yes/no checks on the audit itself.
#include <doctest/doctest.h>

#include "moderated_audit_fixture.hpp"
#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

std::string framework(const std::string& moderation_extra = "      returns: true\n      checks:\n"
                                                            "        - { id: reflects, text: \"Does it reflect the practice?\" }\n"
                                                            "        - { id: learning, text: \"Is there learning for the worker?\" }\n",
                      const std::string& rules = "") {
  return test::moderated_audit_framework(moderation_extra, rules);
}

std::string record(const std::string& moderation) {
  return test::moderated_audit_record("r1", "moderation:\n  moderator: Sam Checker\n  date: 2026-03-09\n  agrees: true\n" +
                                                moderation);
}

Project load(TempProject& t, const std::string& fw, const std::string& rec) {
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/all.yaml", fw);
  t.file("content/audits/r1.yaml", rec);
  return t.load();
}

}  // namespace

TEST_CASE("moderation: the section's checks and 'returns' load; a returned record keeps its outcome and answers") {
  TempProject t;
  Project p = load(t, framework(), record("  outcome: returned\n  comment: Add the child's views.\n"
                                          "  checks: { learning: \"no\", reflects: \"yes\" }\n"));
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Section* sec = p.frameworks.at(0).find_template("audit")->find_section(SectionKind::moderation);
  REQUIRE(sec);
  CHECK(sec->returns);
  REQUIRE(sec->checks.size() == 2);
  CHECK(sec->checks[1].id == "learning");
  CHECK(sec->checks[1].text.markdown == "Is there learning for the worker?");
  const ModerationRecord& m = *p.audits.at(0).moderation;
  CHECK(m.returned);
  // In the form's order, whatever the record's.
  REQUIRE(m.checks.size() == 2);
  CHECK(m.checks[0].check == "reflects");
  CHECK(m.checks[0].yes);
  CHECK(m.checks[1].check == "learning");
  CHECK_FALSE(m.checks[1].yes);
}

TEST_CASE("moderation: 'accepted' is the default outcome") {
  TempProject t;
  Project p = load(t, framework(), record("  checks: { reflects: \"yes\", learning: \"yes\" }\n"));
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  CHECK_FALSE(p.audits.at(0).moderation->returned);
  TempProject t2;
  load(t2, framework(), record("  outcome: accepted\n  checks: { reflects: \"yes\", learning: \"yes\" }\n"));
  CHECK_MESSAGE(!t2.diags.has_errors(), t2.output());
}

TEST_CASE("moderation errors: returned without a comment, or where the template does not allow it") {
  TempProject t;
  load(t, framework(), record("  outcome: returned\n  checks: { reflects: \"yes\", learning: \"yes\" }\n"));
  CHECK(t.has("r1.yaml:10:12: error: the audit is returned for rework, but the moderator gives no 'comment'"));
  CHECK(t.has("hint: say in 'comment' what the auditor must change"));

  TempProject t2;
  load(t2, framework(""), record("  outcome: returned\n  comment: Redo it.\n"));
  CHECK(t2.has("r1.yaml:10:12: error: template 'audit' does not let its moderator return an audit"));
  CHECK(t2.has("hint: add 'returns: true' to the template's moderation section, or remove 'outcome'"));

  TempProject t3;
  load(t3, framework(), record("  outcome: sent-back\n  checks: { reflects: \"yes\", learning: \"yes\" }\n"));
  CHECK(t3.diags.has_errors());
  CHECK(t3.has("sent-back"));
}

TEST_CASE("moderation errors: checks unknown, unanswered, not yes or no, or on a form with none") {
  TempProject t;
  load(t, framework(), record("  checks: { reflect: \"yes\", learning: maybe }\n"));
  CHECK(t.has("r1.yaml:10:13: error: unknown moderation check 'reflect'"));
  CHECK(t.has("did you mean 'reflects'?"));
  CHECK(t.has("error: the answer to check 'learning' must be yes or no"));
  CHECK(t.has("error: the moderator does not answer check 'reflects'"));

  TempProject t2;
  load(t2, framework(), record(""));
  CHECK(t2.has("r1.yaml:7:3: error: the moderator does not answer check 'reflects'"));
  CHECK(t2.has("error: the moderator does not answer check 'learning'"));

  TempProject t3;
  load(t3, framework(""), record("  checks: { reflects: \"yes\" }\n"));
  CHECK(t3.has("error: template 'audit' asks its moderator no checks"));

  TempProject t4;
  load(t4, framework("      checks:\n        - { id: a, text: A }\n        - { id: a, text: B }\n"), record(""));
  CHECK(t4.has("error: duplicate check 'a'"));
}

TEST_CASE("moderation: 'returns' and 'checks' belong to moderation sections only") {
  TempProject t;
  std::string fw = framework("");
  const std::string judgement = "      compute: worst\n";
  fw.replace(fw.find(judgement), judgement.size(), judgement + "      returns: true\n");
  load(t, fw, record(""));
  CHECK(t.has("error: 'returns' does not apply to a section of kind 'judgement'"));
}

TEST_CASE("event rules on returned audits need a template whose moderator may return one") {
  const std::string rule = "rules:\n  events:\n    - { id: back, on: returned, templates: [audit], notify: [qa], within: 2 days }\n";
  TempProject ok;
  Project p = load(ok, framework("      returns: true\n", rule), record(""));
  REQUIRE_MESSAGE(!ok.diags.has_errors(), ok.output());
  CHECK(p.frameworks.at(0).rules.events.at(0).on == EventTrigger::returned);
  CHECK(event_when(p.frameworks.at(0).rules.events.at(0)) == "When a moderator returns an audit to the auditor for rework");

  TempProject no;
  load(no, framework("", rule), record(""));
  CHECK(no.has("error: event rule 'back' is set off when an audit is returned for rework, but template 'audit' does "
               "not let its moderator return an audit"));

  TempProject any;
  load(any, framework("", "rules:\n  events:\n    - { id: back, on: returned, notify: [qa] }\n"), record(""));
  CHECK(any.has("error: event rule 'back' is set off when an audit is returned for rework, but no template lets its "
                "moderator return an audit"));
}
