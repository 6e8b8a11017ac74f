// Unit tests for the layout parts printed forms and booklets use: orientation changes, kept blocks, filled form parts.
#include <doctest/doctest.h>

#include <algorithm>

#include "layout/furniture.hpp"
#include "layout_fixture.hpp"

using namespace qaf;
using namespace qaf::layout;
using test::find_all;
using test::find_one;

namespace {

/// Strokes drawn inside a rectangle (a tick in a box).
int strokes_in(const Page& page, const RectItem& r) {
  return static_cast<int>(std::count_if(page.lines.begin(), page.lines.end(), [&](const LineItem& l) {
    return l.x1 >= r.x && l.x2 <= r.x + r.w && std::min(l.y1, l.y2) >= r.y && std::max(l.y1, l.y2) <= r.y + r.h;
  }));
}

const RectItem* box_left_of(const Page& page, const TextItem& t) {
  for (const auto& r : page.rects)
    if (r.x + r.w < t.x && t.x - (r.x + r.w) < 12 && r.y < t.y && r.y + r.h >= t.y - 3) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("a page break may switch orientation: a landscape grid inside a portrait document") {
  Document doc;
  doc.furniture.page_number = "Page {n} of {m}";
  doc.blocks.push_back(test::heading(1, "Portrait part", "one"));
  doc.blocks.push_back(test::para("Text on a portrait page."));
  doc.blocks.push_back(Block{PageBreak{false, NumberStyle::decimal, Orientation::landscape}, {}});
  doc.blocks.push_back(test::heading(1, "Landscape part", "two"));
  doc.blocks.push_back(test::para("Text on a landscape page."));
  doc.blocks.push_back(Block{PageBreak{false, NumberStyle::decimal, Orientation::portrait}, {}});
  doc.blocks.push_back(test::heading(1, "Portrait again", "three"));
  const auto out = test::lay_out(doc);
  REQUIRE(out.pages.size() == 3);
  CHECK(out.pages[0].width < out.pages[0].height);
  CHECK(out.pages[1].width > out.pages[1].height);
  CHECK(out.pages[2].width < out.pages[2].height);
  CHECK(find_one(out, "Landscape part").page == 1);
  // One numbering range across the orientations; the footer number sits at each page's right margin.
  const auto n2 = find_one(out, "Page 2 of 3");
  CHECK(n2.page == 1);
  CHECK(n2.item->x > out.pages[0].width);
  // Destinations name the right pages.
  for (const auto& d : out.destinations) CHECK(d.page == (d.name == "one" ? 0 : d.name == "two" ? 1 : 2));
}

TEST_CASE("an orientation break at the very start gives no blank page") {
  Document doc;
  doc.blocks.push_back(Block{PageBreak{false, NumberStyle::decimal, Orientation::landscape}, {}});
  doc.blocks.push_back(test::para("Only landscape."));
  const auto out = test::lay_out(doc);
  REQUIRE(out.pages.size() == 1);
  CHECK(out.pages[0].width > out.pages[0].height);
}

TEST_CASE("a block kept with the next one moves to the next page with it") {
  Document doc;
  for (int i = 0; i < 40; ++i) doc.blocks.push_back(test::para("Filler line " + std::to_string(i)));
  // Find how many one-line paragraphs fill the first page, then end it with a kept question.
  const auto probe = test::lay_out(doc);
  int on_first = 0;
  for (const auto& t : probe.pages[0].texts) on_first += t.text.rfind("Filler", 0) == 0;
  Document kept;
  for (int i = 0; i < on_first - 1; ++i) kept.blocks.push_back(test::para("Filler line " + std::to_string(i)));
  Block question = test::para("Question kept with its answer?");
  question.keep_with_next = true;
  kept.blocks.push_back(question);
  kept.blocks.push_back(Block{WritingLines{4}, {}});
  const auto out = test::lay_out(kept);
  CHECK(find_one(out, "Question kept with its answer?").page == 1);
  Document loose = kept;
  loose.blocks[static_cast<std::size_t>(on_first - 1)].keep_with_next = false;
  CHECK(find_one(test::lay_out(loose), "Question kept with its answer?").page == 0);
}

TEST_CASE("a block kept together moves whole to the next page when it fits there, and breaks when it cannot") {
  Document doc;
  for (int i = 0; i < 40; ++i) doc.blocks.push_back(test::para("Filler line " + std::to_string(i)));
  const auto probe = test::lay_out(doc);
  int on_first = 0;
  for (const auto& t : probe.pages[0].texts) on_first += t.text.rfind("Filler", 0) == 0;
  // A six-row table that starts three lines above the first page's end.
  auto with_table = [&](int rows, bool together) {
    Document d;
    for (int i = 0; i < on_first - 3; ++i) d.blocks.push_back(test::para("Filler line " + std::to_string(i)));
    Table table;
    table.columns = {Column{1, false}, Column{1, false}};
    table.rows.push_back({test::runs("Item"), test::runs("Note")});  // the heading row, repeated on a new page
    for (int r = 0; r < rows; ++r) table.rows.push_back({test::runs("Row " + std::to_string(r)), test::runs("cell")});
    Block b{table, {}};
    b.keep_together = together;
    d.blocks.push_back(b);
    return test::lay_out(d);
  };
  const auto split = with_table(6, false);
  CHECK(find_one(split, "Row 0").page == 0);
  CHECK(find_one(split, "Row 5").page == 1);
  const auto whole = with_table(6, true);
  CHECK(find_one(whole, "Row 0").page == 1);
  CHECK(find_one(whole, "Row 5").page == 1);
  // Taller than a page: it breaks as it must rather than leave a page empty.
  const auto tall = with_table(on_first + 10, true);
  CHECK(find_one(tall, "Row 0").page <= 1);
  CHECK(find_one(tall, "Row " + std::to_string(on_first + 9)).page >= 1);
}

TEST_CASE("tick boxes across wrap to more rows, and filled ones are ticked") {
  Document doc;
  TickBoxes across;
  across.across = true;
  for (const char* o : {"The child", "Brothers or sisters", "Mother", "Father", "Carer or other adult", "School or nursery",
                        "GP or health visitor", "Police", "Another agency"})
    across.options.push_back(test::runs(o));
  across.ticked = {false, true};
  doc.blocks.push_back(Block{across, {}});
  const auto out = test::lay_out(doc);
  const auto& page = out.pages[0];
  const auto child = find_one(out, "The child"), siblings = find_one(out, "Brothers or sisters");
  const auto agency = find_one(out, "Another agency");
  CHECK(child.item->y == doctest::Approx(siblings.item->y));  // side by side
  CHECK(siblings.item->x > child.item->x);
  CHECK(agency.item->y > child.item->y);  // a later row
  const RectItem* unticked = box_left_of(page, *child.item);
  const RectItem* ticked = box_left_of(page, *siblings.item);
  REQUIRE(unticked);
  REQUIRE(ticked);
  CHECK(strokes_in(page, *unticked) == 0);
  CHECK(strokes_in(page, *ticked) == 2);
}

TEST_CASE("a long option label falls back to stacked boxes") {
  Document doc;
  TickBoxes across;
  across.across = true;
  across.options = {test::runs("Yes"),
                    test::runs("No, and the reason is recorded on the file with the manager's agreement and a date "
                               "for the next attempt")};
  doc.blocks.push_back(Block{across, {}});
  const auto out = test::lay_out(doc);
  const auto yes = find_one(out, "Yes");
  const auto no = std::find_if(out.pages[0].texts.begin(), out.pages[0].texts.end(),
                               [](const TextItem& t) { return t.text.rfind("No,", 0) == 0; });
  REQUIRE(no != out.pages[0].texts.end());
  CHECK(no->y > yes.item->y);                            // stacked: the long option below
  CHECK(no->x == doctest::Approx(yes.item->x));          // at the same indent
}

TEST_CASE("filled rating row, signature values, inline ticked boxes") {
  Document doc;
  doc.blocks.push_back(Block{RatingRow{{"Outstanding", "Good", "Requires improvement", "Inadequate"}, 2}, {}});
  doc.blocks.push_back(Block{SignatureLines{{"Name", "Date"}, {"Alex Auditor", "2 March 2026"}}, {}});
  Run box{"", Style::regular, {}, true};
  box.ticked = true;
  doc.blocks.push_back(Block{Paragraph{Runs{box, Run{"Yes", Style::regular, {}, false}}}, {}});
  const auto out = test::lay_out(doc);
  const auto& page = out.pages[0];
  const auto ri = find_one(out, "Requires improvement");
  CHECK(out.font_files[static_cast<std::size_t>(ri.item->font)] == test::fonts().file(1));  // the chosen label is bold
  const RectItem* chosen = box_left_of(page, *ri.item);
  REQUIRE(chosen);
  CHECK(strokes_in(page, *chosen) == 2);
  CHECK(strokes_in(page, *box_left_of(page, *find_one(out, "Good").item)) == 0);
  // Values sit on their lines, after their labels.
  const auto name = find_one(out, "Name"), value = find_one(out, "Alex Auditor");
  CHECK(value.item->x > name.item->x);
  CHECK(value.item->y == doctest::Approx(name.item->y).epsilon(0.05));
  CHECK(find_one(out, "2 March 2026").item->x > value.item->x);
  const auto yes = find_one(out, "Yes");
  const RectItem* inline_box = box_left_of(page, *yes.item);
  REQUIRE(inline_box);
  CHECK(strokes_in(page, *inline_box) == 2);
}

TEST_CASE("tables keep a minimum row height; lists nest and may start at any number") {
  Document doc;
  Table t;
  t.rows = {{test::runs("Action"), test::runs("Owner")}, {{}, {}}, {{}, {}}};
  t.min_row_height = 40;
  doc.blocks.push_back(Block{t, {}});
  List nested;
  nested.level = 2;
  nested.numbered = true;
  nested.start = 4;
  nested.items = {test::runs("fourth"), test::runs("fifth")};
  doc.blocks.push_back(test::para("Top level"));
  doc.blocks.push_back(Block{nested, {}});
  const auto out = test::lay_out(doc);
  const auto& page = out.pages[0];
  std::vector<double> heights;
  for (const auto& r : page.rects)
    if (r.stroke && !r.fill && r.w > 100) heights.push_back(r.h);
  REQUIRE(heights.size() >= 4);
  CHECK(heights.back() == doctest::Approx(40));
  const auto four = find_one(out, "4.");
  CHECK(find_one(out, "5.").item->y > four.item->y);
  CHECK(find_one(out, "fourth").item->x > find_one(out, "Top level").item->x + 14);
  // The marker is drawn before its item, so text extraction reads "4. fourth".
  const auto& texts = page.texts;
  const auto m = std::find_if(texts.begin(), texts.end(), [](const TextItem& x) { return x.text == "4."; });
  const auto i = std::find_if(texts.begin(), texts.end(), [](const TextItem& x) { return x.text == "fourth"; });
  CHECK(m < i);
}

TEST_CASE("a list is set apart from the text before it by more space than its items are from each other") {
  Document doc;
  doc.blocks.push_back(test::para("Intro"));
  List list;
  list.items = {test::runs("one"), test::runs("two"), test::runs("three")};
  doc.blocks.push_back(Block{list, {}});
  const auto out = test::lay_out(doc);
  const double intro = find_one(out, "Intro").item->y, one = find_one(out, "one").item->y,
               two = find_one(out, "two").item->y, three = find_one(out, "three").item->y;
  CHECK(two - one == doctest::Approx(three - two));  // items evenly spaced
  CHECK(std::abs(one - intro) > std::abs(two - one) + 3);  // a wider gap before the first item
}

TEST_CASE("a paragraph may be indented, smaller, and set apart by more space") {
  Document doc;
  doc.blocks.push_back(test::para("Before"));
  Paragraph p{test::runs("Indented note"), 30, true, 40};
  doc.blocks.push_back(Block{p, {}});
  const auto out = test::lay_out(doc);
  const auto before = find_one(out, "Before"), note = find_one(out, "Indented note");
  CHECK(note.item->x == doctest::Approx(before.item->x + 30));
  CHECK(note.item->size == doctest::Approx(9));
  CHECK(note.item->y - before.item->y > 40);
}

TEST_CASE("a few writing lines stay together; a long run leaves two lines on each side of a break") {
  auto lines_on = [](const LaidOutDocument& d, std::size_t page) {
    int n = 0;
    for (const auto& l : d.pages[page].lines)  // writing lines are mid grey; the footer rule is lighter
      n += l.color == Color{0.5, 0.5, 0.5} && l.y1 == l.y2 && l.x2 - l.x1 > 400;
    return n;
  };
  // Filler pushes the lines down a little more each time, so some tries end a page inside them.
  bool split_long = false;
  for (int count : {3, 5, 30}) {
    for (int filler = 28; filler <= 40; ++filler) {
      Document doc;
      for (int i = 0; i < filler; ++i) doc.blocks.push_back(test::para("Filler line " + std::to_string(i)));
      doc.blocks.push_back(Block{WritingLines{count}, {}});
      const auto out = test::lay_out(doc);
      int total = 0;
      for (std::size_t p = 0; p < out.pages.size(); ++p) total += lines_on(out, p);
      CHECK(total == count);
      const std::size_t first_page = static_cast<std::size_t>(std::distance(
          out.pages.begin(), std::find_if(out.pages.begin(), out.pages.end(), [&](const Page& pg) {
            return lines_on(out, static_cast<std::size_t>(&pg - out.pages.data())) > 0;
          })));
      REQUIRE(first_page < out.pages.size());
      const int here = lines_on(out, first_page);
      if (count == 3) CHECK(here == 3);
      if (count > 3 && here < count) {
        CHECK(here >= 2);
        CHECK(count - here >= 2);
        split_long = split_long || here < count;
      }
    }
  }
  CHECK(split_long);
}

// Each placeholder is replaced where it stands, and the text after it is kept whole.
TEST_CASE("page number text: {n} and {m} replaced, nothing after them lost") {
  CHECK(detail::page_number_text("Page {n} of {m}", "2", "9") == "Page 2 of 9");
  CHECK(detail::page_number_text("{n}/{m}.", "3", "12") == "3/12.");
  CHECK(detail::page_number_text("{m}: {n}!", "1", "4") == "4: 1!");
  CHECK(detail::page_number_text("{n}{m}{n}", "a", "b") == "aba");
  CHECK(detail::page_number_text("{x} {n", "1", "2") == "{x} {n");  // not placeholders: as written
}

// Roman numerals have no zero, negatives or numbers past 3999 (no four-thousand letter): those stay decimal.
TEST_CASE("page numbers in roman style, and the numbers roman cannot write") {
  CHECK(detail::number_in_style(1, NumberStyle::roman_lower) == "i");
  CHECK(detail::number_in_style(4, NumberStyle::roman_lower) == "iv");
  CHECK(detail::number_in_style(14, NumberStyle::roman_lower) == "xiv");
  CHECK(detail::number_in_style(3999, NumberStyle::roman_lower) == "mmmcmxcix");
  CHECK(detail::number_in_style(4000, NumberStyle::roman_lower) == "4000");
  CHECK(detail::number_in_style(0, NumberStyle::roman_lower) == "0");
  CHECK(detail::number_in_style(-2, NumberStyle::roman_lower) == "-2");
  CHECK(detail::number_in_style(14, NumberStyle::decimal) == "14");
}

TEST_CASE("a form for a pen: notes and table text at the form's size, every tick box at the form's side") {
  Document doc;
  doc.body_size = doc.small_size = 11;
  doc.tick_box = 14.5;
  doc.blocks.push_back(Block{Paragraph{test::runs("A guidance note"), 0, true}, {}});
  Table table;
  Runs cell{Run{"", Style::regular, {}, true}, Run{"Yes", Style::regular, {}, false}, Run{"\n", Style::regular, {}, false},
            Run{"", Style::regular, {}, true}, Run{"No", Style::regular, {}, false}};
  table.rows = {{test::runs("Question"), test::runs("Answer")}, {test::runs("Is it so?"), cell}};
  doc.blocks.push_back(Block{table, {}});
  TickBoxes across;
  across.across = true;
  across.options = {test::runs("Agree"), test::runs("Disagree")};
  doc.blocks.push_back(Block{across, {}});
  doc.blocks.push_back(Block{TickBoxes{{test::runs("Stacked")}, false}, {}});
  doc.blocks.push_back(Block{RatingRow{{"Good", "Poor"}, -1}, {}});
  const auto out = test::lay_out(doc);
  REQUIRE(out.pages.size() == 1);
  for (const char* text : {"A guidance note", "Question", "Is it so?", "Yes", "No", "Agree", "Stacked", "Good"})
    CHECK_MESSAGE(find_one(out, text).item->size == doctest::Approx(11), text);
  int boxes = 0;
  for (const RectItem& r : out.pages[0].rects) {
    if (r.w > 40) continue;  // table cells
    ++boxes;
    CHECK(r.w == doctest::Approx(14.5));
    CHECK(r.h == doctest::Approx(14.5));
  }
  CHECK(boxes == 7);  // two in the cell, two across, one stacked, two in the rating row
  // Lines with a box are tall enough that the cell's two boxes do not touch, and each box sits
  // beside its label: its middle near the middle of the label's small letters.
  const auto yes = find_one(out, "Yes"), no = find_one(out, "No");
  CHECK(no.item->y - yes.item->y >= 14.5 + 2);
  const RectItem* box = box_left_of(out.pages[0], *yes.item);
  REQUIRE(box);
  CHECK(std::abs((box->y + box->h / 2) - (yes.item->y - 0.3 * 11)) < 1.5);
  // Without a form's sizes, notes are a point under the body and boxes in proportion to the text.
  Document plain_doc;
  plain_doc.blocks.push_back(Block{Paragraph{test::runs("A guidance note"), 0, true}, {}});
  plain_doc.blocks.push_back(Block{TickBoxes{{test::runs("Stacked")}, false}, {}});
  const auto plain_out = test::lay_out(plain_doc);
  CHECK(find_one(plain_out, "A guidance note").item->size == doctest::Approx(9));
  CHECK(plain_out.pages[0].rects.at(0).w == doctest::Approx(8));
}

namespace {

/// A side-by-side row: a short question on the left, a question in `parts` parts on the right,
/// each part its own lines and marked as a place the row may be split.
Table tall_row_table(int parts) {
  Table t;
  t.rows.push_back({test::runs("Left"), test::runs("Right")});
  Runs right;
  for (int p = 0; p < parts; ++p) {
    if (p > 0) right.push_back(Run{"\n", Style::regular, {}, false});
    Run first{"Part" + std::to_string(p), Style::regular, {}, false};
    first.split_before = p > 0;
    right.push_back(first);
    for (int k = 0; k < 6; ++k) right.push_back(Run{"\nline " + std::to_string(p) + "." + std::to_string(k), Style::regular, {}, false});
  }
  t.rows.push_back({test::runs("Short question"), right});
  return t;
}

}  // namespace

TEST_CASE("a row over a third of a page goes on over a page between its cells' questions, never inside one") {
  bool split_seen = false;
  for (int filler = 20; filler <= 44; filler += 4) {
    Document doc;
    for (int i = 0; i < filler; ++i) doc.blocks.push_back(test::para("Filler " + std::to_string(i)));
    doc.blocks.push_back(Block{tall_row_table(5), {}});
    const auto out = test::lay_out(doc);
    // Each part's lines are on the page its name is on: a part is never split.
    for (int p = 0; p < 5; ++p) {
      const int page = find_one(out, "Part" + std::to_string(p)).page;
      for (int k = 0; k < 6; ++k) CHECK(find_one(out, "line " + std::to_string(p) + "." + std::to_string(k)).page == page);
    }
    const int first = find_one(out, "Part0").page, last = find_one(out, "Part4").page;
    split_seen = split_seen || first != last;
    // The page the row starts on is not left with more than a third of it empty.
    if (first != last) {
      double lowest = 0;
      for (const auto& t : out.pages[static_cast<std::size_t>(first)].texts)
        if (t.text.rfind("line", 0) == 0) lowest = std::max(lowest, t.y);
      CHECK(out.pages[0].height - lowest < out.pages[0].height / 3 + 60);
      // The header row opens the next page again.
      CHECK(find_all(out, "Right").size() == 2);
    }
  }
  CHECK(split_seen);
  // The same row without places to split it moves whole to the next page.
  Document doc;
  for (int i = 0; i < 40; ++i) doc.blocks.push_back(test::para("Filler " + std::to_string(i)));
  Table whole = tall_row_table(5);
  for (auto& r : whole.rows[1][1]) r.split_before = false;
  doc.blocks.push_back(Block{whole, {}});
  const auto out = test::lay_out(doc);
  CHECK(find_one(out, "Part0").page == find_one(out, "Part4").page);
}
