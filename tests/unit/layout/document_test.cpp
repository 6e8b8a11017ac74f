// Unit tests for whole-document layout: page size, furniture, contents, outline, form parts, missing glyphs.
#include <doctest/doctest.h>

#include <algorithm>
#include <tuple>

#include "layout_fixture.hpp"

using namespace qaf;
using namespace qaf::layout;
using test::find_all;
using test::find_one;

namespace {

Document long_document(int paragraphs) {
  Document doc;
  for (int i = 0; i < paragraphs; ++i)
    doc.blocks.push_back(test::para("Paragraph " + std::to_string(i) +
                                    " says what the standard expects of practitioners and managers, and how "
                                    "auditors will know it is met."));
  return doc;
}

}  // namespace

TEST_CASE("A4 portrait and landscape page sizes") {
  CHECK(a4(Orientation::portrait).width == doctest::Approx(595.276));
  CHECK(a4(Orientation::portrait).height == doctest::Approx(841.89));
  Document doc = long_document(40);
  const auto portrait = test::lay_out(doc);
  doc.orientation = Orientation::landscape;
  const auto landscape = test::lay_out(doc);
  for (const auto& p : landscape.pages) {
    CHECK(p.width == doctest::Approx(841.89));
    CHECK(p.height == doctest::Approx(595.276));
  }
  CHECK(portrait.pages[0].width == doctest::Approx(595.276));
  // Wider lines: each paragraph takes fewer lines, so text items are fewer, and
  // the page number sits at the landscape right margin.
  std::size_t portrait_lines = 0, landscape_lines = 0;
  for (const auto& p : portrait.pages) portrait_lines += p.texts.size() - 1;
  for (const auto& p : landscape.pages) landscape_lines += p.texts.size() - 1;
  CHECK(landscape_lines < portrait_lines);
  const auto& number = *find_all(landscape, "Page 1 of " + std::to_string(landscape.pages.size())).at(0).item;
  CHECK(number.x > 595.276);
  CHECK(number.x < 841.89 - doc.margin);
}

TEST_CASE("header and footer are drawn on every page with page n of m") {
  Document doc = long_document(60);
  doc.furniture.header_left = "Quality Assurance Framework";
  doc.furniture.header_right = "Case file audit";
  doc.furniture.footer_lines = {"Version 3 · approved",
                                "Printed from version 3 on 2 June 2025 — check the intranet for the current version"};
  const auto out = test::lay_out(doc);
  const int m = static_cast<int>(out.pages.size());
  REQUIRE(m >= 3);
  for (int p = 0; p < m; ++p) {
    const auto number = find_one(out, "Page " + std::to_string(p + 1) + " of " + std::to_string(m));
    CHECK(number.page == p);
    CHECK(find_all(out, "Quality Assurance Framework").at(static_cast<std::size_t>(p)).page == p);
    CHECK(find_all(out, "Case file audit").at(static_cast<std::size_t>(p)).page == p);
    const auto printed =
        find_all(out, "Printed from version 3 on 2 June 2025 — check the intranet for the current version");
    REQUIRE(printed.size() == static_cast<std::size_t>(m));
    // Body text stays between the header and the footer.
    const double header_y = find_all(out, "Case file audit").at(static_cast<std::size_t>(p)).item->y;
    for (const auto& t : out.pages[static_cast<std::size_t>(p)].texts) {
      if (t.text.rfind("Paragraph", 0) == 0) {
        CHECK(t.y > header_y + 8);
        CHECK(t.y < number.item->y - 10);
      }
    }
    // The page number is right-aligned at the margin.
    CHECK(number.item->x > out.pages[0].width / 2);
  }
}

TEST_CASE("page numbers may be roman in a restarted range") {
  Document doc;
  doc.blocks.push_back(Block{PageBreak{true, NumberStyle::roman_lower}, {}});
  doc.blocks.push_back(test::para("cover"));
  doc.blocks.push_back(Block{PageBreak{}, {}});
  doc.blocks.push_back(test::para("contents"));
  doc.blocks.push_back(Block{PageBreak{true, NumberStyle::decimal}, {}});
  doc.blocks.push_back(test::para("body"));
  const auto out = test::lay_out(doc);
  REQUIRE(out.pages.size() == 3);
  REQUIRE(out.labels.size() == 2);
  CHECK(out.labels[0].style == NumberStyle::roman_lower);
  CHECK(find_one(out, "Page ii of ii").page == 1);
  CHECK(find_one(out, "Page 1 of 1").page == 2);
}

TEST_CASE("headings become destinations and a nested outline") {
  Document doc;
  doc.blocks.push_back(test::heading(1, "Introduction", "intro"));
  doc.blocks.push_back(test::para("text"));
  doc.blocks.push_back(test::heading(2, "Scope"));
  doc.blocks.push_back(Block{PageBreak{}, {}});
  doc.blocks.push_back(test::heading(3, "Detail **bold**"));
  const auto out = test::lay_out(doc);
  REQUIRE(out.outline.size() == 3);
  CHECK(out.outline[0].title == "Introduction");
  CHECK(out.outline[0].level == 1);
  CHECK(out.outline[0].dest == "intro");
  CHECK(out.outline[1].dest == "section-2");
  CHECK(out.outline[2].title == "Detail bold");
  CHECK(out.outline[2].level == 3);
  REQUIRE(out.destinations.size() == 3);
  CHECK(out.destinations[2].name == "section-3");
  CHECK(out.destinations[2].page == 1);
  // The destination is at the heading's top: just above its baseline.
  const auto intro = find_one(out, "Introduction");
  CHECK(out.destinations[0].y < intro.item->y);
  CHECK(out.destinations[0].y > intro.item->y - 20);
}

TEST_CASE("the table of contents lists headings with their page numbers and links") {
  Document doc;
  doc.blocks.push_back(Block{Heading{1, test::runs("Contents"), "toc", false}, {}});
  doc.blocks.push_back(Block{TableOfContents{2}, {}});
  doc.blocks.push_back(test::heading(1, "First part", "first"));
  for (int i = 0; i < 70; ++i) doc.blocks.push_back(test::para("filler"));
  doc.blocks.push_back(test::heading(2, "Second part", "second"));
  doc.blocks.push_back(test::heading(3, "Too deep", "deep"));
  const auto out = test::lay_out(doc);

  const auto entries = find_all(out, "Second part");
  REQUIRE(entries.size() == 2);  // the contents entry and the heading itself
  const auto& entry = entries[0];
  const int target_page = entries[1].page;
  REQUIRE(target_page >= 1);
  CHECK(entry.page == 0);
  // Its page number is on the same baseline, at the right margin.
  bool number_found = false;
  for (const auto& t : out.pages[0].texts)
    if (t.text == std::to_string(target_page + 1) && t.y == doctest::Approx(entry.item->y)) number_found = true;
  CHECK(number_found);
  CHECK(find_all(out, "Too deep").size() == 1);  // deeper than the contents depth
  CHECK(find_all(out, "Contents").size() == 1);  // not listed in itself
  // A link covers the entry and goes to the heading's destination.
  const auto& links = out.pages[0].links;
  CHECK(std::any_of(links.begin(), links.end(), [&](const LinkItem& l) {
    return l.dest == "second" && l.y <= entry.item->y && l.y + l.h >= entry.item->y;
  }));
  const auto dest = std::find_if(out.destinations.begin(), out.destinations.end(),
                                 [](const Destination& d) { return d.name == "second"; });
  REQUIRE(dest != out.destinations.end());
  CHECK(dest->page == target_page);
}

TEST_CASE("form parts: writing lines, tick boxes, rating row, signature lines") {
  Document doc;
  doc.blocks.push_back(Block{WritingLines{5}, {}});
  doc.blocks.push_back(Block{TickBoxes{{test::runs("Yes"), test::runs("No"), test::runs("Not applicable")}}, {}});
  doc.blocks.push_back(Block{RatingRow{{"Inadequate", "Requires improvement", "Good", "Outstanding"}}, {}});
  doc.blocks.push_back(Block{SignatureLines{}, {}});
  const auto out = test::lay_out(doc);
  REQUIRE(out.pages.size() == 1);
  const auto& page = out.pages[0];
  const double width = page.width - 2 * doc.margin;
  // Five full-width ruled lines, evenly spaced.
  std::vector<LineItem> ruled;
  for (const auto& l : page.lines)
    if (l.x2 - l.x1 == doctest::Approx(width)) ruled.push_back(l);
  REQUIRE(ruled.size() >= 5);
  for (std::size_t i = 1; i < 5; ++i) CHECK(ruled[i].y1 - ruled[i - 1].y1 == doctest::Approx(ruled[1].y1 - ruled[0].y1));
  // One square box per option and per rating label, each left of its label.
  int boxes = 0;
  for (const auto& r : page.rects)
    if (r.stroke && r.w == doctest::Approx(r.h)) ++boxes;
  CHECK(boxes == 7);
  const auto yes = find_one(out, "Yes");
  CHECK(std::any_of(page.rects.begin(), page.rects.end(), [&](const RectItem& r) {
    return r.x + r.w < yes.item->x && r.y < yes.item->y && r.y + r.h >= yes.item->y - 2;
  }));
  const auto good = find_one(out, "Good");
  const auto outstanding = find_one(out, "Outstanding");
  CHECK(good.item->y == doctest::Approx(outstanding.item->y));  // one row
  CHECK(outstanding.item->x > good.item->x);
  // Signature and Date labels, each followed by a line to write on.
  const auto sig = find_one(out, "Signature");
  const auto date = find_one(out, "Date");
  CHECK(sig.item->y == doctest::Approx(date.item->y));
  int sign_lines = 0;
  for (const auto& l : page.lines)
    if (l.y1 > sig.item->y && l.y1 < sig.item->y + 3 && l.x2 - l.x1 > 50) ++sign_lines;
  CHECK(sign_lines == 2);
}

TEST_CASE("a missing glyph is warned about with the character and the block's position") {
  Document doc;
  doc.blocks.push_back(Block{Paragraph{test::runs("Language: 中文 and a smile 😀 — fine: £5 ✓")},
                             SourcePos{"frameworks/x/audit.yaml", 12, 5}});
  Diagnostics diags;
  const auto out = layout_document(doc, test::fonts(), diags);
  REQUIRE(diags.all().size() == 3);  // 中, 文 and 😀; not £ or ✓, which the fonts have
  const auto& first = diags.all()[0];
  CHECK(first.severity == Severity::warning);
  CHECK(first.pos == SourcePos{"frameworks/x/audit.yaml", 12, 5});
  CHECK(first.message.find("U+4E2D") != std::string::npos);
  CHECK(first.message.find("'中'") != std::string::npos);
  REQUIRE(!first.hints.empty());
  CHECK(first.hints[0].find("Liberation Sans") != std::string::npos);
  CHECK(diags.all()[2].message.find("U+1F600 '😀'") != std::string::npos);
  // The characters are not in the text (no '?' either): each prints as a drawn empty box.
  for (const auto& t : out.pages[0].texts) {
    CHECK(t.text.find("中") == std::string::npos);
    CHECK(t.text.find('?') == std::string::npos);
  }
  CHECK(out.pages[0].rects.size() == 3);
  // £ stays in the body font; ✓ comes from the fallback face (DejaVu Sans).
  bool pound = false, tick = false;
  for (const auto& t : out.pages[0].texts) {
    if (t.text.find("£5") != std::string::npos) pound = t.font == 0;
    if (t.text == "✓") tick = out.font_names.at(static_cast<std::size_t>(t.font)) == "DejaVu Sans";
  }
  CHECK(pound);
  CHECK(tick);
}

TEST_CASE("a character missing twice in one block is reported once") {
  Document doc;
  doc.blocks.push_back(Block{Paragraph{test::runs("中 中 中")}, SourcePos{"a.yaml", 1, 1}});
  doc.blocks.push_back(Block{Paragraph{test::runs("中")}, SourcePos{"a.yaml", 2, 1}});
  Diagnostics diags;
  layout_document(doc, test::fonts(), diags);
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[1].pos.line == 2);
}

TEST_CASE("a link to an unknown heading is warned about and dropped") {
  Document doc;
  doc.blocks.push_back(test::heading(1, "Known", "known"));
  Paragraph p;
  p.runs = {Run{"see ", Style::regular, {}, false}, Run{"known", Style::regular, "known", false},
            Run{" and ", Style::regular, {}, false}, Run{"missing", Style::regular, "nowhere", false}};
  doc.blocks.push_back(Block{p, SourcePos{"b.yaml", 4, 2}});
  Diagnostics diags;
  const auto out = layout_document(doc, test::fonts(), diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("'nowhere'") != std::string::npos);
  CHECK(diags.all()[0].pos.line == 4);
  REQUIRE(out.pages[0].links.size() == 1);
  CHECK(out.pages[0].links[0].dest == "known");
}

TEST_CASE("invalid UTF-8 is warned about once per block and prints as U+FFFD") {
  Document doc;
  doc.blocks.push_back(Block{Paragraph{test::runs("bad \xC3 and \xFF bytes")}, SourcePos{"c.yaml", 7, 1}});
  Diagnostics diags;
  const auto out = layout_document(doc, test::fonts(), diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("not valid UTF-8") != std::string::npos);
  CHECK(diags.all()[0].pos.line == 7);
  int replacements = 0;
  for (const auto& t : out.pages[0].texts)
    for (auto at = t.text.find("\xEF\xBF\xBD"); at != std::string::npos; at = t.text.find("\xEF\xBF\xBD", at + 1))
      ++replacements;
  CHECK(replacements == 2);
}

TEST_CASE("appended parts: numbered on from the document's pages, in its contents, bookmarks and page count") {
  Document doc;
  doc.furniture.page_number = "Page {n} of {m}";
  doc.blocks.push_back(Block{Heading{1, test::runs("Contents"), "toc", false}, {}});
  doc.blocks.push_back(Block{TableOfContents{2}, {}});
  doc.blocks.push_back(test::heading(1, "Summary", "summary"));
  doc.appended.push_back(AppendedPart{{Orientation::portrait, Orientation::portrait},
                                      {AppendedHeading{1, "a-1: Case audit", "a1-top", 0, 60},
                                       AppendedHeading{2, "Signatures", "a1-sign", 1, 300}}});
  doc.appended.push_back(AppendedPart{{Orientation::landscape}, {AppendedHeading{1, "a-2: Case audit", "a2-top", 0, 60}}});
  doc.appended_page_number = "Pack page {n} of {m}";
  const auto out = test::lay_out(doc);
  REQUIRE(out.pages.size() == 1);
  // The document's own footer counts the pages that follow it.
  CHECK(find_one(out, "Page 1 of 4").page == 0);
  // Each appended page has its number in the top margin at the right, and nothing else.
  REQUIRE(out.appended.size() == 3);
  const char* expected[] = {"Pack page 2 of 4", "Pack page 3 of 4", "Pack page 4 of 4"};
  for (std::size_t i = 0; i < 3; ++i) {
    const Page& p = out.appended[i];
    REQUIRE(p.texts.size() == 1);
    CHECK(p.texts[0].text == expected[i]);
    CHECK(p.texts[0].y < doc.margin);
    CHECK(p.texts[0].x > p.width / 2);
    CHECK(p.lines.empty());
    CHECK(p.rects.empty());
  }
  CHECK(out.appended[2].width > out.appended[2].height);  // the landscape page
  // Their headings: destinations on the pages after the document's, bookmarks, and contents
  // entries with those pages' numbers and links.
  auto dest = [&](const std::string& name) {
    auto it = std::find_if(out.destinations.begin(), out.destinations.end(), [&](const Destination& d) { return d.name == name; });
    REQUIRE(it != out.destinations.end());
    return *it;
  };
  CHECK(dest("a1-top").page == 1);
  CHECK(dest("a1-sign").page == 2);
  CHECK(dest("a1-sign").y == 300);
  CHECK(dest("a2-top").page == 3);
  REQUIRE(out.outline.size() == 5);  // "Contents", "Summary", then the parts'
  CHECK(out.outline[2].dest == "a1-top");
  CHECK(out.outline[3].title == "Signatures");
  CHECK(out.outline[3].level == 2);
  CHECK(out.outline[4].dest == "a2-top");
  for (const auto& [title, number, name] : {std::tuple{"a-1: Case audit", "2", "a1-top"}, std::tuple{"Signatures", "3", "a1-sign"},
                                            std::tuple{"a-2: Case audit", "4", "a2-top"}}) {
    const auto entry = find_one(out, title);
    CHECK(entry.page == 0);
    bool numbered = false;
    for (const auto& t : out.pages[0].texts)
      if (t.text == number && t.y == doctest::Approx(entry.item->y)) numbered = true;
    CHECK_MESSAGE(numbered, title);
    const auto& links = out.pages[0].links;
    CHECK(std::any_of(links.begin(), links.end(), [&](const LinkItem& l) {
      return l.dest == name && l.y <= entry.item->y && l.y + l.h >= entry.item->y;
    }));
  }
}
