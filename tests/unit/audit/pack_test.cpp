// Audit packs of the fixture, read back with pdftotext: the figures and lists each pack must show.
#include <doctest/doctest.h>


#include "audit/packs.hpp"
#include "layout/fonts.hpp"
#include "load/project_loader.hpp"
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
  if (!test::have_pdftotext()) return;  // poppler-utils is installed by the test set-up
  Packs p;
  std::vector<std::string> pdfs;
  for (const auto& [path, bytes] : p.tree.files())
    if (path.size() > 4 && path.substr(path.size() - 4) == ".pdf") pdfs.push_back(path);
  CHECK(pdfs == std::vector<std::string>{"fx/2026-Q1/team-north.pdf", "fx/2026-Q1/team-south.pdf",
                                         "fx/2026-Q2/team-north.pdf", "fx/2026-Q2/team-south.pdf"});
  CHECK(p.tree.has("fx/csv/actions.csv"));
}

TEST_CASE("the North 2026-Q1 pack: grades, moderation, escalation and actions as worked out by hand") {
  if (!test::have_pdftotext()) return;
  Packs p;
  const std::string t = test::pdf_text(*p.tree.find("fx/2026-Q1/team-north.pdf"), true);
  INFO(t);
  CHECK(t.find("Team: North") != std::string::npos);
  CHECK(t.find("Period: 2026-Q1") != std::string::npos);
  CHECK(t.find("2 audits.") != std::string::npos);  // a1 and a2
  CHECK(t.find("Good 1 50%") != std::string::npos);
  CHECK(t.find("Requires improvement 1 50%") != std::string::npos);
  CHECK(t.find("Inadequate 0 0%") != std::string::npos);
  CHECK(t.find("2 audits moderated; the moderator agreed with the grade in 1 (50%).") != std::string::npos);
  CHECK(t.find("a2 Requires improvement Inadequate") != std::string::npos);  // the disagreement
  CHECK(t.find("a2 Requires improvement Service manager") != std::string::npos);  // escalation: who must be told
  CHECK(t.find("0 open, 1 overdue on 30 June 2026, 1 completed.") != std::string::npos);
  CHECK(t.find("Visit the child Pat Owner 30 April 2026 overdue") != std::string::npos);
  CHECK(t.find("Update the plan Pat Owner 1 March 2026 completed 20 February 2026") != std::string::npos);
  CHECK(t.find("Yes 1 (50%); Partially 1 (50%); No 0 (0%); N/A 0") != std::string::npos);
  CHECK(t.find("Empathy 2 3.0") != std::string::npos);  // (4 + 2) / 2
  CHECK(t.find("RESTRICTED") != std::string::npos);
}

TEST_CASE("the North 2026-Q2 pack: an inadequate audit escalated to the head of service") {
  if (!test::have_pdftotext()) return;
  Packs p;
  const std::string t = test::pdf_text(*p.tree.find("fx/2026-Q2/team-north.pdf"), true);
  INFO(t);
  CHECK(t.find("1 audits.") != std::string::npos);
  CHECK(t.find("a3 Inadequate Head of service 1 working day") != std::string::npos);
  CHECK(t.find("a3 Inadequate Service manager") != std::string::npos);
  CHECK(t.find("0 open, 1 overdue on 30 June 2026, 0 completed.") != std::string::npos);
}
