// Skeleton texts for `qaf new`: every file teaches its own format in comments, and checks clean as written.
#include "scaffold/skeleton.hpp"

#include <cstdio>

namespace qaf {
namespace {

// Replaces every `@NAME@` in `text` with its value.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [name, value] : values) {
    const std::string key = "@" + name + "@";
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
      text.replace(at, key.size(), value);
  }
  return text;
}

// An id as a YAML value: quoted when YAML would read it as a number, a yes/no or nothing.
std::string yaml_id(const std::string& id) {
  static const std::vector<std::string> words = {"yes", "no", "y", "n", "true", "false", "on", "off", "null"};
  bool number_like = true;
  for (char c : id)
    if (!((c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) number_like = false;
  for (const std::string& w : words)
    if (id == w) number_like = true;
  return number_like ? "\"" + id + "\"" : id;
}

constexpr const char* kFrameworkYaml = R"(# framework.yaml: the framework's metadata - its title, who owns it and when it is next reviewed.
#
# This folder, frameworks/@ID@/, holds one framework, and the folder's name, "@ID@", is the
# framework's id: audit records name it as "framework: @ID@". qaf reads every .yaml file in
# the folder and its sub-folders, whatever it is called: the key at the top of each file
# (framework, scales, standards, rubric, roles, rules, template...) says what it holds. Keep the
# files as they are, or join them into one; it makes no difference to the site.
#
# Lines that start with '#' are comments for you: qaf ignores them. Delete them when you no
# longer need them. Every file, key and answer type is described in the framework authoring
# reference (content/authoring-reference.md in qaf's repository; it is also a page of every
# site built from that repository).
#
# After each change, run "qaf check" in the project folder: it names every problem with its
# file, line and column, and a hint. "qaf build" then writes the site to site/.

framework:
  # Required: the full title, the council that owns the framework, your version number
  # and its status (draft, approved, or superseded for one no longer in use).
  title: "@TITLE@ Quality Assurance Framework"
  council: Your Council
  # A version such as 1.0 is written in quotes, so that it stays text and not a number.
  version: "0.1"
  status: draft
  # When the framework is next reviewed: YYYY-MM-DD, YYYY-MM or YYYY. Once this date has
  # passed, "qaf check" gives a warning.
  next_review: @NEXT@
  # Optional: who looks after the framework, and a paragraph that introduces it. The '|'
  # keeps the line breaks of the text below it; the text may use Markdown (**bold**, lists).
  owner: Principal Social Worker
  summary: |
    This framework sets out the standards we work to, what good practice looks like,
    and the forms we use to audit it. Replace this paragraph with your own introduction.
  # Other optional keys, once you need them:
  #   approved_by: Director of Children's Services    (expected when status is approved)
  #   approved_on: 2027-01-15
  #   implementation_date: 2027-04-01
  #   review_every_months: 24
  #   audience:                                        (who the framework is issued to)
  #     - { who: All social care staff, involvement: information }
  #   changes:                                         (the change history)
  #     - { date: 2027-01, version: "1.0", summary: First approved version }
)";

constexpr const char* kScalesYaml = R"(# scales.yaml: the scales that answers and judgements are given on.
#
# Each scale has an id (questions, rubrics and rules name it), a title readers see, and a kind:
#   grades    named grades in order, such as Outstanding to Inadequate
#   levels    numbers with a description each, for scoring skills
#   bands     a range of numbers (a 0 to 10 scaling question) whose bands count as grades
#   choices   answers such as Yes / No / Not applicable
#   rag       Red / Amber / Green
# The framework authoring reference shows the keys of each kind.

scales:
  - id: grades
    title: Grades
    kind: grades
    description: The grades we give a piece of work, from Outstanding to Inadequate.
    # Each grade has an id (records use it), the label readers see and the council's code
    # number. By default code 1 is the best grade; if your council counts 4 as the best,
    # add the line "best: highest" above 'grades:'.
    # 'colour' is optional: green, amber, red, grey or blue, or a pale colour written
    # in quotes as "#rrggbb".
    grades:
      - { id: outstanding, label: Outstanding, code: 1, colour: green }
      - { id: good, label: Good, code: 2, colour: green }
      - { id: requires-improvement, label: Requires improvement, code: 3, colour: amber }
      - { id: inadequate, label: Inadequate, code: 4, colour: red }

  - id: yes-no
    title: Yes or no
    kind: choices
    # Each option has an id and a label. "yes" and "no" are in quotes so that they stay
    # words. 'score' is optional: it counts towards rates (Yes 1, No 0), and an option
    # marked not_applicable is left out of them.
    options:
      - { id: "yes", label: "Yes", score: 1 }
      - { id: "no", label: "No", score: 0 }
      - { id: na, label: Not applicable, not_applicable: true }
)";

constexpr const char* kStandardsYaml = R"(# standards.yaml: the practice standards, in numbered sections.
#
# A section has an id (usually its number), a title and its standards. Each standard has an
# id (its number, unique in the framework) and its text, often written in the first person.
# Write numbers in quotes ("1.1"), so that "1.10" is not read as the number 1.1.
# Optional keys of a standard: title (a short name), timescale, applies_to (role ids) and
# guidance. A question, or an area of a rubric, that names a standard is linked from its page.
# To add a standard, copy the lines from "- id:" to the end of the standard and change them.

standards:
  - id: "1"
    title: Seeing children
    intro: How we make sure every child is seen, and heard, by the person who works with them.
    standards:
      - id: "1.1"
        title: Seeing the child alone
        text: I see the child alone within 5 working days of the case being allocated to me.
        timescale: within 5 working days
        applies_to: [social-worker]
        guidance: |
          Record where you saw the child, who else was there before and after,
          and what the child told you in their own words.
)";

constexpr const char* kRubricsYaml = R"(# rubrics.yaml: "what good looks like".
#
# A rubric describes good practice, area by area. Its 'shape' says how:
#   indicators   a list of signs of good practice for each area (used here)
#   matrix       a description for every grade in every area (it needs 'scale')
#   measures     what good looks like, and how it is measured
# Questions point at an area as rubric-id/area-id (here: good-practice/visits), and the
# area's 'standards' link it to the standards it describes.

rubric:
  id: good-practice
  title: What good looks like
  shape: indicators
  intro: What we expect to see when we look at a child's record.
  areas:
    - id: visits
      title: Visits
      standards: ["1.1"]
      indicators:
        - The child is seen alone, and the record says where and for how long.
        - The child's own words are written down after every visit.
        - The plan changes when what the child says shows it should.
)";

constexpr const char* kRolesYaml = R"(# roles.yaml: the roles that take part in quality assurance, and what each one does.
#
# Each role has an id (standards, templates and rules name it) and a title. Optional keys:
# summary, responsibilities (a list), and inherits: the id of a role whose responsibilities
# this one has too, so the site can show them "as above, plus".

roles:
  - id: social-worker
    title: Social worker
    summary: Works with children and families, and meets the practice standards for each child.
    responsibilities:
      - Meet the practice standards for every child they work with.
      - Talk through each audit of their work with the auditor.

  - id: team-manager
    title: Team manager
    inherits: social-worker
    responsibilities:
      - Audit at least two cases in the team every month.
      - Make sure every action from an audit is done by its date.
)";

constexpr const char* kRulesYaml = R"(# rules.yaml: what must happen after an audit.
#
# The rules are all optional, and of five kinds:
#   escalation   who must be told of an audit graded at (or below) a grade (used here)
#   actions      a grade below which an audit must set actions (used here)
#   deadlines    how long an action may take at most
#   moderation   which share of audits is graded again, and by whom
#   events       who is told of every audit of some templates, whatever its grade
# A rule uses the final grade: the moderator's, when a moderator disagreed with the auditor.

rules:
  escalation:
    # An audit graded Inadequate is reported to the team manager within one working day.
    - id: inadequate
      scale: grades
      grade: inadequate
      notify: [team-manager]
      within: 1 working day
  actions:
    # An audit graded below Good needs at least one action.
    - id: below-good
      scale: grades
      below: good
      minimum: 1
      note: Each action says what will change for the child, who will do it and by when.
)";

constexpr const char* kIntroductionMd = R"(---
# pages/introduction.md: a narrative page of the framework. Every .md file in the framework's
# folder is one. The lines between the two '---' lines are its settings: 'title' is required;
# 'order' (pages are listed in this order) and 'summary' (shown in lists and search results)
# are optional. Below the second '---' is the page itself, in Markdown.
#
# Link to any part of the framework by its id: [the standard](standard:1.1),
# [the case audit](template:case-audit), [what good looks like](rubric:good-practice).
# qaf checks every link when it builds the site.
title: Introduction
order: 1
summary: Why we have this framework, and how to use it.
---

# Why we have this framework

Replace this page with your own introduction: why the framework exists, who it is for and
how it fits with supervision and performance information.

Start from the practice standard on [seeing the child alone](standard:1.1), see
[what good looks like](rubric:good-practice), and print the
[case audit](template:case-audit) to try it on a child's record.
)";

constexpr const char* kTemplateIntro = R"(# templates/@FILE@.yaml: one template, a form used to audit practice. qaf makes a page and
# a printable PDF of it, and checks every completed audit record against it.
#
# Required keys: id (audit records name it as "template: @TID@"), title, kind and sections.
# 'kind' is one of case-audit, observation, supervision-audit, feedback-summary,
# service-review or other.
#
# 'header' lists the boxes at the top of the form. A field's 'role' tells qaf what it is:
# team, service and audit-date group the figures in the dashboards and audit packs; child,
# case-id, practitioner, auditor and manager are personal data, never published.
#
# Each section has an id and a title, and a kind:
#   questions    (the default) questions, each with an id, its text and an answer type:
#                choice or rating (both need a scale), text, evidence, number or date.
#                'standards' and 'rubric_areas' link a question to what it checks.
#   judgement    the overall grade, on a grades scale
#   actions      the table of actions: what, by whom, by when
#   feedback, moderation and signatures are described in the authoring reference.
)";

constexpr const char* kCaseAuditYaml = R"(
template:
  id: case-audit
  title: Case audit
  kind: case-audit
  purpose: A team manager reads a child's record with the social worker and grades the work.
  completed_by: [team-manager]
  header:
    - { id: case, label: Case number, role: case-id }
    - { id: team, label: Team, role: team }
    - { id: auditor, label: Auditor, role: auditor }
    - { id: date, label: Date of audit, type: date, role: audit-date }
  sections:
    - id: visits
      title: Visits
      questions:
        - id: seen-alone
          text: Was the child seen alone within 5 working days of allocation?
          type: choice
          scale: yes-no
          standards: ["1.1"]
          rubric_areas: [good-practice/visits]
        - id: child-voice
          text: How well does the record show what the child said, in their own words?
          type: rating
          scale: grades
          rubric_areas: [good-practice/visits]
          # 'comment: true' leaves room for the auditor to say why.
          comment: true
        - id: evidence
          text: Where in the record is the evidence, and what does it show?
          type: evidence
          # 'required: false' lets a record leave the answer empty.
          required: false
    - id: judgement
      title: Overall judgement
      kind: judgement
      scale: grades
    - id: actions
      title: Actions
      kind: actions
)";

constexpr const char* kNewTemplateYaml = R"(
template:
  id: @TIDQ@
  title: "@TITLE@"
  kind: @KIND@
  purpose: Say here what the form is for, and who completes it.
  header:
    - { id: team, label: Team, role: team }
    - { id: auditor, label: Auditor, role: auditor }
    - { id: date, label: Date, type: date, role: audit-date }
  sections:
    - id: questions
      title: Questions
      questions:
        - id: first-question
          text: Write your first question here.
          type: text
@RATING@@JUDGEMENT@    - id: actions
      title: Actions
      kind: actions
)";

constexpr const char* kRatingQuestion = R"(        - id: quality
          text: How good is the work you looked at?
          type: rating
          scale: @GRADES@
)";

constexpr const char* kJudgementSection = R"(    - id: judgement
      title: Overall judgement
      kind: judgement
      scale: @GRADES@
)";

constexpr const char* kNoGradesNote = R"(#
# The framework has no scale of kind 'grades' yet, so this form has no rating question and
# no overall judgement. Add a grades scale (see the authoring reference), then add a section:
#     - id: judgement
#       title: Overall judgement
#       kind: judgement
#       scale: the-id-of-your-grades-scale
)";

constexpr const char* kQafYaml = R"(# qaf.yaml: settings for the whole site. Every key is optional; one left out keeps its default.
# The framework authoring reference (content/authoring-reference.md in qaf's repository)
# lists them all.

# The title and council shown at the top of every page.
title: Quality Assurance Framework
council: Your Council

# Other settings, once you need them (remove the first '#' of a line to use it):
# frameworks: [@ID@]          # the frameworks to build; left out, every folder under frameworks/
# audits: content/audits      # the folder of completed audit records (personal data, never published)
# packs: packs                # where the restricted audit packs and spreadsheets are written
# period: quarter             # packs and dashboards by quarter, or by month
# primary_colour: "#1d70b8"   # the site's main colour
)";

constexpr const char* kIndexMd = R"(---
# content/index.md: the home page of the site. Every .md file in content/ is a page of the
# whole site; each framework has its own pages in its folder. The lines between the two
# '---' lines are the page's settings ('title' is required); below them is the page, in Markdown.
title: Quality Assurance Framework
summary: Start here.
---

# Welcome

This site holds our **Quality Assurance Framework** for children's social care: the
standards we work to, what good practice looks like, and the forms we use to audit it.

Start with the [@TITLE@ framework](framework:@ID@).
)";

std::string template_kind(const std::string& id) {
  const std::vector<std::pair<std::string, std::string>> hints = {
      {"observ", "observation"},   {"supervis", "supervision-audit"}, {"feedback", "feedback-summary"},
      {"review", "service-review"}, {"case", "case-audit"},           {"audit", "case-audit"}};
  for (const auto& [word, kind] : hints)
    if (id.find(word) != std::string::npos) return kind;
  return "other";
}

}  // namespace

std::string title_from_id(const std::string& id) {
  std::string t;
  for (char c : id) t += (c == '-' || c == '_') ? ' ' : c;
  if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
  return t;
}

std::vector<NewFile> framework_skeleton(const std::string& id, const Date& today) {
  char next[16];
  std::snprintf(next, sizeof next, "%04d-%02d", today.year + 2, today.month);
  const std::vector<std::pair<std::string, std::string>> v = {{"ID", id}, {"TITLE", title_from_id(id)}, {"NEXT", next},
                                                              {"FILE", "case-audit"}, {"TID", "case-audit"}};
  const std::string dir = "frameworks/" + id + "/";
  return {
      {dir + "framework.yaml", fill(kFrameworkYaml, v)},
      {dir + "scales.yaml", kScalesYaml},
      {dir + "standards.yaml", kStandardsYaml},
      {dir + "rubrics.yaml", kRubricsYaml},
      {dir + "roles.yaml", kRolesYaml},
      {dir + "rules.yaml", kRulesYaml},
      {dir + "pages/introduction.md", kIntroductionMd},
      {dir + "templates/case-audit.yaml", fill(std::string(kTemplateIntro) + kCaseAuditYaml, v)},
  };
}

std::vector<NewFile> project_skeleton(const std::string& framework_id) {
  const std::vector<std::pair<std::string, std::string>> v = {{"ID", framework_id},
                                                              {"TITLE", title_from_id(framework_id)}};
  return {{"qaf.yaml", fill(kQafYaml, v)}, {"content/index.md", fill(kIndexMd, v)}};
}

NewFile template_skeleton(const std::string& framework_id, const std::string& id, const TemplateScales& scales) {
  const bool graded = !scales.grades.empty();
  std::string text = std::string(kTemplateIntro) + (graded ? "" : kNoGradesNote) + kNewTemplateYaml;
  text = fill(text, {{"RATING", graded ? kRatingQuestion : ""},
                     {"JUDGEMENT", graded ? kJudgementSection : ""},
                     {"GRADES", scales.grades},
                     {"FILE", id},
                     {"TIDQ", yaml_id(id)},
                     {"TID", id},
                     {"TITLE", title_from_id(id)},
                     {"KIND", template_kind(id)}});
  return {"frameworks/" + framework_id + "/templates/" + id + ".yaml", text};
}

}  // namespace qaf
