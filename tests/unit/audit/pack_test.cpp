// Audit packs of the fixture, read back with pdftotext: the figures and lists each pack must show.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <map>


#include "audit/pack_document.hpp"
#include "audit/packs.hpp"
#include "layout/fonts.hpp"
#include "load/project_loader.hpp"
#include "output/output_guard.hpp"
#include "../pdf_text.hpp"

using namespace qaf;

namespace {

struct Packs {
  Packs() {
    project = load_project(std::string(QAF_TEST_DATA) + "/fixture", {}, diags);
    REQUIRE(!diags.has_errors());
    PackOptions o;
    o.as_of = *parse_date("2026-06-30");
    o.fonts = &fonts;
    tree = build_packs(project, o, diags);
  }
  Diagnostics diags;
  Project project;
  layout::FontSet fonts{layout::default_font_files()};
  OutputTree tree;
};

}  // namespace

TEST_CASE("one pack per team and period, plus the CSV files") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed: bash .ci/setup test installs it");
  Packs p;
  std::vector<std::string> pdfs;
  for (const auto& [path, bytes] : p.tree.files())
    if (path.size() > 4 && path.substr(path.size() - 4) == ".pdf") pdfs.push_back(path);
  CHECK(pdfs == std::vector<std::string>{"fx/2026-Q1/team-north.pdf", "fx/2026-Q1/team-south.pdf",
                                         "fx/2026-Q2/team-north.pdf", "fx/2026-Q2/team-south.pdf"});
  CHECK(p.tree.has("fx/csv/actions.csv"));
}

TEST_CASE("the North 2026-Q1 pack: grades, moderation, escalation and actions as worked out by hand") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed");
  Packs p;
  const std::string t = test::pdf_text(*p.tree.find("fx/2026-Q1/team-north.pdf"), true);
  INFO(t);
  CHECK(t.find("Team: North") != std::string::npos);
  CHECK(t.find("Period: 2026-Q1") != std::string::npos);
  CHECK(t.find("2 audits.") != std::string::npos);  // a1 and a2
  // The previous quarter, 2025-Q4, has no North audits: its columns and the change say so.
  CHECK(t.find("previous period, 2025-Q4 (no audits)") != std::string::npos);
  CHECK(t.find("Grade 2026-Q1 Share 2025-Q4 Share Change") != std::string::npos);
  CHECK(t.find("Good 1 50% – – –") != std::string::npos);
  CHECK(t.find("Requires improvement 1 50% – – –") != std::string::npos);
  CHECK(t.find("Inadequate 0 0% – – –") != std::string::npos);
  CHECK(t.find("Good or better 1 50% – – –") != std::string::npos);  // the actions rule's bar is Good
  CHECK(t.find("2 audits moderated; the moderator agreed with the grade in 1 (50%).") != std::string::npos);
  CHECK(t.find("a2 Requires improvement Inadequate") != std::string::npos);  // the disagreement
  // Escalation on the moderated grade: a2 was graded Requires improvement, moderated to Inadequate.
  CHECK(t.find("a2 Inadequate (moderated) Head of service, Service manager 1 working day") != std::string::npos);
  CHECK(t.find("Actions: 0 open, 1 overdue on 30 June 2026, 1 completed.") != std::string::npos);
  CHECK(t.find("Visit the child Pat Owner 30 April 2026 overdue") != std::string::npos);
  CHECK(t.find("Update the plan Pat Owner 1 March 2026 completed 20 February 2026") != std::string::npos);
  CHECK(t.find("Yes 1 (50%); Partially 1 (50%); No 0 (0%); N/A 0") != std::string::npos);
  CHECK(t.find("Empathy 2 3.0") != std::string::npos);  // (4 + 2) / 2
  CHECK(t.find("RESTRICTED") != std::string::npos);
}

TEST_CASE("the North 2026-Q2 pack: each figure beside North's 2026-Q1 figure and the change") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed");
  Packs p;
  const std::string t = test::pdf_text(*p.tree.find("fx/2026-Q2/team-north.pdf"), true);
  INFO(t);
  // Q2: a3 (Inadequate). Q1: a1 (Good), a2 (Requires improvement).
  CHECK(t.find("1 audit.") != std::string::npos);
  CHECK(t.find("1 audits") == std::string::npos);
  CHECK(t.find("previous period, 2026-Q1 (2 audits)") != std::string::npos);
  CHECK(t.find("Grade 2026-Q2 Share 2026-Q1 Share Change") != std::string::npos);
  CHECK(t.find("Outstanding 0 0% 0 0% 0 (0 pts)") != std::string::npos);
  CHECK(t.find("Good 0 0% 1 50% -1 (-50 pts)") != std::string::npos);
  CHECK(t.find("Requires improvement 0 0% 1 50% -1 (-50 pts)") != std::string::npos);
  CHECK(t.find("Inadequate 1 100% 0 0% +1 (+100 pts)") != std::string::npos);
  CHECK(t.find("Good or better 0 0% 1 50% -1 (-50 pts)") != std::string::npos);
  // Plan: Q2 one No; Q1 one Yes, one Partially.
  CHECK(t.find("Is there a plan? 2026-Q2 1 Yes 0 (0%); Partially 0 (0%); No 1 (100%); N/A 0 "
                "2026-Q1 2 Yes 1 (50%); Partially 1 (50%); No 0 (0%); N/A 0 "
                "Change -1 Yes -50 pts; Partially -50 pts; No +100 pts") != std::string::npos);
  CHECK(t.find("Empathy 1 1.0 2 3.0 -2.0") != std::string::npos);  // 1 against (4 + 2) / 2
  CHECK(t.find("1 audit moderated; the moderator agreed with the grade in 1 (100%).") != std::string::npos);
  CHECK(t.find("Audits moderated 1 2 -1") != std::string::npos);
  CHECK(t.find("Moderator agreed 1 1 0") != std::string::npos);
  CHECK(t.find("Agreement 100% 50% +50 pts") != std::string::npos);
  CHECK(t.find("Actions: 0 open, 1 overdue on 30 June 2026, 0 completed.") != std::string::npos);
  CHECK(t.find("Open 0 0 0 Overdue 1 1 0 Completed 0 1 -1") != std::string::npos);
}

TEST_CASE("the South 2026-Q2 pack: good or better falls from 100% to 50%") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed");
  Packs p;
  const std::string t = test::pdf_text(*p.tree.find("fx/2026-Q2/team-south.pdf"), true);
  INFO(t);
  // Q2: a5 (Good), a6 (Requires improvement). Q1: a4 (Outstanding).
  CHECK(t.find("2 audits.") != std::string::npos);
  CHECK(t.find("previous period, 2026-Q1 (1 audit)") != std::string::npos);
  CHECK(t.find("Outstanding 0 0% 1 100% -1 (-100 pts)") != std::string::npos);
  CHECK(t.find("Good or better 1 50% 1 100% 0 (-50 pts)") != std::string::npos);
  // Plan: Q2 one N/A and one Yes (N/A left out of shares); Q1 one Yes.
  CHECK(t.find("2026-Q2 1 Yes 1 (100%); Partially 0 (0%); No 0 (0%); N/A 1 "
                "2026-Q1 1 Yes 1 (100%); Partially 0 (0%); No 0 (0%); N/A 0 "
                "Change 0 Yes 0 pts; Partially 0 pts; No 0 pts") != std::string::npos);
  CHECK(t.find("Empathy 1 3.0 1 5.0 -2.0") != std::string::npos);
  CHECK(t.find("0 audits moderated") != std::string::npos);
}

TEST_CASE("an inadequate audit is listed once in the escalations, with both rules' roles and the shorter time") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed");
  Packs p;
  const std::string t = test::pdf_text(*p.tree.find("fx/2026-Q2/team-north.pdf"), true);
  INFO(t);
  // a3 triggers "inadequate" (Head of service, 1 working day) and "ri-or-worse" (Service manager).
  CHECK(t.find("a3 Inadequate Head of service, Service manager 1 working day") != std::string::npos);
  std::size_t rows = 0;
  for (std::size_t at = t.find("a3 Inadequate"); at != std::string::npos; at = t.find("a3 Inadequate", at + 1)) ++rows;
  CHECK(rows == 1);
}

TEST_CASE("monthly packs compare with the month before, even one without audits") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed");
  Diagnostics diags;
  const Project project = load_project(std::string(QAF_TEST_DATA) + "/fixture", {}, diags);
  layout::FontSet fonts{layout::default_font_files()};
  PackOptions o;
  o.period = Period::month;
  o.as_of = *parse_date("2026-06-30");
  o.fonts = &fonts;
  const OutputTree tree = build_packs(project, o, diags);
  // North 2026-02 (a2, Requires improvement) against 2026-01 (a1, Good).
  const std::string feb = test::pdf_text(*tree.find("fx/2026-02/team-north.pdf"), true);
  INFO(feb);
  CHECK(feb.find("previous period, January 2026 (1 audit)") != std::string::npos);
  CHECK(feb.find("Period: February 2026") != std::string::npos);  // months by name, not 2026-02
  CHECK(feb.find("Good 0 0% 1 100% -1 (-100 pts)") != std::string::npos);
  CHECK(feb.find("Requires improvement 1 100% 0 0% +1 (+100 pts)") != std::string::npos);
  // South 2026-05 (a5, a6) against 2026-04, when South had no audits.
  const std::string may = test::pdf_text(*tree.find("fx/2026-05/team-south.pdf"), true);
  INFO(may);
  CHECK(may.find("previous period, April 2026 (no audits)") != std::string::npos);
  CHECK(may.find("Good 1 50% – – –") != std::string::npos);
  CHECK(may.find("Empathy 1 3.0 – – –") != std::string::npos);
  CHECK(may.find("Audits moderated 0 – –") != std::string::npos);
}

TEST_CASE("a form with no team field: its audits go in one pack of the period, not a team pack of no team") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed");
  Packs p;
  // The fixture's template without its team field, and its records without a team.
  Project project = p.project;
  for (Template& t : project.frameworks.front().templates)
    t.header.erase(std::remove_if(t.header.begin(), t.header.end(),
                                  [](const HeaderField& h) { return h.role == FieldRole::team; }),
                   t.header.end());
  for (AuditRecord& a : project.audits) a.team.clear(), a.service.clear();
  PackOptions o;
  o.as_of = *parse_date("2026-06-30");
  o.fonts = &p.fonts;
  const OutputTree tree = build_packs(project, o, p.diags);
  std::vector<std::string> pdfs;
  for (const auto& [path, bytes] : tree.files())
    if (path.size() > 4 && path.substr(path.size() - 4) == ".pdf") pdfs.push_back(path);
  CHECK(pdfs == std::vector<std::string>{"fx/2026-Q1/all-audits.pdf", "fx/2026-Q2/all-audits.pdf"});
  const std::string t = test::pdf_text(*tree.find("fx/2026-Q2/all-audits.pdf"), true);
  INFO(t);
  CHECK(t.find("All audits of the period (the form records no team)") != std::string::npos);
  CHECK(t.find("same figure for all audits in the previous period, 2026-Q1") != std::string::npos);
  CHECK(t.find("Team:") == std::string::npos);
}

namespace {

// A filled form of two pages (60 findings), its title a heading.
layout::Document two_page_form(const AuditRecord& a) {
  layout::Document d;
  d.furniture.page_number = "Form page {n} of {m}";
  d.blocks.push_back(layout::Block{layout::Heading{1, {layout::Run{"Form " + a.id, layout::Style::bold, {}, false}}, "form"}, {}});
  for (int i = 0; i < 60; ++i)
    d.blocks.push_back(layout::Block{layout::Paragraph{{layout::Run{"Finding " + std::to_string(i) + " of " + a.id, layout::Style::italic, {}, false}}}, {}});
  return d;
}

}  // namespace

TEST_CASE("streamed to a staging folder, the packs read the audits' own PDFs back from it") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed");
  Diagnostics diags;
  const Project project = load_project(std::string(QAF_TEST_DATA) + "/fixture", {}, diags);
  REQUIRE(!diags.has_errors());
  const layout::FontSet fonts{layout::default_font_files()};
  const std::filesystem::path parent = std::filesystem::temp_directory_path() / ("qaf-packs-stream-" + std::to_string(::getpid()));
  std::filesystem::remove_all(parent);
  const WritableDir dir = claim_output_dir(parent / "packs", "--packs", {}, false);
  PackOptions o;
  o.as_of = *parse_date("2026-06-30");
  o.fonts = &fonts;
  o.stream_to = &dir;
  o.filled = [](const Framework&, const Template&, const AuditRecord& a) { return two_page_form(a); };
  {
    const OutputTree tree = build_packs(project, o, diags);
    REQUIRE(tree.streamed());
    CHECK(tree.files().empty());  // nothing held in memory
    const std::string pack = test::pdf_text(tree.read("fx/2026-Q1/team-north.pdf"), true);
    CHECK(pack.find("Finding 59 of a1") != std::string::npos);
    CHECK(pack.find("Finding 59 of a2") != std::string::npos);
  }
  std::filesystem::remove_all(parent);
}

TEST_CASE("each filled audit is laid out once; its pack copies its own PDF's pages after the summary") {
  const bool tools = test::have_pdftotext() && std::system("command -v pdfinfo >/dev/null 2>&1") == 0;
  REQUIRE_MESSAGE(tools, "pdftotext and pdfinfo (poppler-utils) are needed");
  Diagnostics diags;
  const Project project = load_project(std::string(QAF_TEST_DATA) + "/fixture", {}, diags);
  REQUIRE(!diags.has_errors());
  const layout::FontSet fonts{layout::default_font_files()};
  std::map<std::string, int> made;  // by record
  PackOptions o;
  o.as_of = *parse_date("2026-06-30");
  o.fonts = &fonts;
  o.filled = [&](const Framework&, const Template&, const AuditRecord& a) {
    ++made[a.id];
    return two_page_form(a);
  };
  const OutputTree tree = build_packs(project, o, diags);
  REQUIRE(!made.empty());
  for (const auto& [id, n] : made) CHECK_MESSAGE(n == 1, id);
  auto pages = [](const std::string& bytes) {  // pdftotext ends each page with a form feed
    const std::string t = test::pdf_text(bytes, false);
    return static_cast<int>(std::count(t.begin(), t.end(), '\f'));
  };
  const std::string own = test::pdf_text(*tree.find("fx/audits/a2.pdf"), false);
  CHECK(own.find("Form page 2 of 2") != std::string::npos);
  CHECK(pages(*tree.find("fx/audits/a2.pdf")) == 2);
  const std::string& pack_pdf = *tree.find("fx/2026-Q1/team-north.pdf");
  const std::string pack = test::pdf_text(pack_pdf, true);
  INFO(pack);
  // The summary, then a1's and a2's own pages as they are, each numbered in the pack too.
  const auto a1 = pack.find("Form a1"), a2 = pack.find("Form a2"), summary = pack.find("Actions register");
  REQUIRE(a1 != std::string::npos);
  REQUIRE(a2 != std::string::npos);
  CHECK(summary < a1);
  CHECK(a1 < a2);
  CHECK(pack.find("Finding 59 of a2") != std::string::npos);
  CHECK(pack.find("Form page 2 of 2") != std::string::npos);
  const int total = pages(pack_pdf);
  CHECK(total > 4);
  const std::string m = " of " + std::to_string(total);
  CHECK(pack.find("Page 1" + m) != std::string::npos);  // the summary's own footer counts the audits' pages
  for (int n = total - 3; n <= total; ++n) CHECK(pack.find("Pack page " + std::to_string(n) + m) != std::string::npos);
  CHECK(pack.find("Pack page " + std::to_string(total - 4) + m) == std::string::npos);
  // The contents lists each audit under its id.
  CHECK(pack.find("a1: Form a1") != std::string::npos);
}

TEST_CASE("a pack's audits are appended parts: ids prefixed per audit, the first heading named by the record, a form with no heading listed by its id") {
  Diagnostics diags;
  const Project project = load_project(std::string(QAF_TEST_DATA) + "/fixture", {}, diags);
  REQUIRE(!diags.has_errors());
  const Framework& fw = project.frameworks.at(0);
  AggregateOptions ao;
  ao.as_of = *parse_date("2026-06-30");
  const Aggregates agg = aggregate(project, fw, ao, records_of(project, fw));
  const layout::AppendedPart titled{{layout::Orientation::portrait, layout::Orientation::landscape},
                                    {layout::AppendedHeading{1, "Case audit", "form", 0, 50},
                                     layout::AppendedHeading{2, "Signatures", "signatures", 1, 400}}};
  const layout::AppendedPart bare{{layout::Orientation::portrait}, {}};
  const layout::AppendedPart late{{layout::Orientation::portrait, layout::Orientation::portrait},
                                  {layout::AppendedHeading{1, "Case audit", "form", 1, 50}}};
  const layout::Document doc = pack_document(fw, PackScope{"team", "North", "2026-Q1"}, agg, {},
                                             {PackAudit{"a1", &titled}, PackAudit{"a2", &bare}, PackAudit{"a3", &late}}, ao.as_of);
  REQUIRE(doc.appended.size() == 3);
  CHECK(doc.appended[0].pages == titled.pages);
  REQUIRE(doc.appended[0].headings.size() == 2);
  CHECK(doc.appended[0].headings[0].title == "a1: Case audit");
  CHECK(doc.appended[0].headings[0].id == "audit-1-form");
  CHECK(doc.appended[0].headings[1].title == "Signatures");
  CHECK(doc.appended[0].headings[1].id == "audit-1-signatures");
  CHECK(doc.appended[0].headings[1].page == 1);
  REQUIRE(doc.appended[1].headings.size() == 1);
  CHECK(doc.appended[1].headings[0].title == "a2");
  CHECK(doc.appended[1].headings[0].id == "audit-2-start");
  CHECK(doc.appended[1].headings[0].level == 1);
  // A form whose first heading is not on its first page: the record's entry opens the form.
  REQUIRE(doc.appended[2].headings.size() == 2);
  CHECK(doc.appended[2].headings[0].title == "a3");
  CHECK(doc.appended[2].headings[0].page == 0);
  CHECK(doc.appended[2].headings[1].title == "Case audit");
  CHECK(doc.appended[2].headings[1].id == "audit-3-form");
  CHECK(doc.appended_page_number == "Pack page {n} of {m}");
}
