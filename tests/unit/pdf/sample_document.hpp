// Test fixture: a small multi-page QAF-like document (headings, a long table, form parts, £ and ✓).
#pragma once
#include <string>

#include "layout/document.hpp"
#include "layout/emphasis.hpp"

namespace qaf::test {

inline layout::Block block(layout::Content c, int line) {
  return layout::Block{std::move(c), SourcePos{"frameworks/sample/audit.yaml", line, 1}};
}

/// Headings, contents, paragraphs with emphasis, a table running over pages,
/// a list, tick boxes, a rating row, writing and signature lines.
inline layout::Document sample_document() {
  using namespace layout;
  Document doc;
  doc.title = "Case file audit – children in care";
  doc.furniture.header_left = "Children’s Services Quality Assurance Framework";
  doc.furniture.header_right = "Case file audit – children in care";
  doc.furniture.footer_lines = {"Version 2.1 · Status: approved",
                                "Printed from version 2.1 on 1 May 2024 — check the intranet for the current version"};
  int line = 1;
  auto add = [&](Content c) { doc.blocks.push_back(block(std::move(c), line++)); };
  add(Heading{1, {Run{"Contents", Style::regular, {}, false}}, "contents", false});
  add(TableOfContents{2});
  add(Heading{1, runs_from_emphasis("About this audit"), "about"});
  add(Paragraph{runs_from_emphasis(
      "This audit checks that every child in care has a **current plan**, that visits happen on time, and that "
      "the child’s “voice” is recorded — in their own words where possible. Use the *Good* standard as the "
      "benchmark; a ✓ in the table means the standard is met. Travel costs up to £25 may be claimed.")});
  add(List{false,
           {runs_from_emphasis("Read the whole file before scoring."),
            runs_from_emphasis("Record evidence for **every** judgement – a tick alone is not enough."),
            runs_from_emphasis("Discuss the findings with the allocated social worker.")}});
  add(Heading{2, runs_from_emphasis("Standards checked"), "standards"});
  Table t;
  t.columns = {Column{40, true}, Column{3, false}, Column{2, false}};
  t.rows.push_back({runs_from_emphasis("No."), runs_from_emphasis("Standard"), runs_from_emphasis("Met?")});
  for (int i = 1; i <= 40; ++i) {
    std::string text = "Standard " + std::to_string(i) + ": the plan is reviewed within the timescale and the "
                       "child’s wishes and feelings are recorded.";
    if (i % 7 == 0) text += " The reviewing officer’s footprint is visible on file, with a clear rationale.";
    t.rows.push_back({runs_from_emphasis(std::to_string(i)), runs_from_emphasis(text),
                      Runs{Run{"", Style::regular, {}, true}, Run{"Yes ", Style::regular, {}, false},
                           Run{"", Style::regular, {}, true}, Run{"No ✓", Style::regular, {}, false}}});
  }
  add(std::move(t));
  add(Heading{2, runs_from_emphasis("Overall judgement"), "judgement"});
  add(Paragraph{runs_from_emphasis("Tick the judgement that best fits the evidence.")});
  add(TickBoxes{{runs_from_emphasis("Outstanding"), runs_from_emphasis("Good"),
                 runs_from_emphasis("Requires improvement to be good"), runs_from_emphasis("Inadequate")}});
  add(RatingRow{{"Outstanding", "Good", "Requires improvement", "Inadequate"}});
  add(Heading{3, runs_from_emphasis("Comments"), "comments"});
  add(WritingLines{4});
  add(SignatureLines{});
  return doc;
}

}  // namespace qaf::test
