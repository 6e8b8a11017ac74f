// Unit tests for the layout's structure tree: each block's elements, and which drawn items are content or artifacts.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout_fixture.hpp"

using namespace qaf;
using namespace qaf::layout;

namespace {

/// The tree as indented roles, one element a line, children under their parent in order.
std::string outline(const LaidOutDocument& d, int node = 0, int depth = 0) {
  std::string out = std::string(static_cast<std::size_t>(2 * depth), ' ') + d.structure[static_cast<std::size_t>(node)].role + "\n";
  for (std::size_t i = 0; i < d.structure.size(); ++i)
    if (d.structure[i].parent == node) out += outline(d, static_cast<int>(i), depth + 1);
  return out;
}

/// The role of the element a text item belongs to ("artifact" for none).
std::string role_of(const LaidOutDocument& d, const TextItem& t) {
  return t.node == kArtifact ? "artifact" : d.structure.at(static_cast<std::size_t>(t.node)).role;
}

/// The role of the element above element `node`.
std::string parent_role(const LaidOutDocument& d, int node) {
  const int p = d.structure.at(static_cast<std::size_t>(node)).parent;
  return p < 0 ? "" : d.structure.at(static_cast<std::size_t>(p)).role;
}

}  // namespace

TEST_CASE("each block gives its elements: headings, paragraphs, lists with a nested list, options and a signature") {
  Document doc;
  doc.furniture.header_left = "Framework title";
  doc.blocks.push_back(test::heading(1, "Case audit"));
  doc.blocks.push_back(test::para("Read this first."));
  doc.blocks.push_back(Block{List{false, {test::runs("Apples"), test::runs("Pears")}, 1, 1}, {}});
  doc.blocks.push_back(Block{List{true, {test::runs("Ripe"), test::runs("Green")}, 2, 1}, {}});
  doc.blocks.push_back(Block{List{false, {test::runs("Plums")}, 1, 1}, {}});  // back at the first level
  doc.blocks.push_back(test::heading(2, "Options"));
  TickBoxes boxes{{test::runs("Yes"), test::runs("No")}};
  boxes.ticked = {false, true};
  doc.blocks.push_back(Block{boxes, {}});
  doc.blocks.push_back(Block{WritingLines{2}, {}});
  doc.blocks.push_back(Block{SignatureLines{}, {}});
  const auto out = test::lay_out(doc);
  CHECK(outline(out) ==
        "Document\n"
        "  H1\n"
        "  P\n"
        "  L\n"
        "    LI\n"
        "      Lbl\n"
        "      LBody\n"
        "    LI\n"
        "      Lbl\n"
        "      LBody\n"
        "        L\n"  // the nested list is in the body of the item above it
        "          LI\n"
        "            Lbl\n"
        "            LBody\n"
        "          LI\n"
        "            Lbl\n"
        "            LBody\n"
        "    LI\n"  // and the list goes on after it
        "      Lbl\n"
        "      LBody\n"
        "  H2\n"
        "  L\n"
        "    LI\n"
        "      Lbl\n"
        "      LBody\n"
        "    LI\n"
        "      Lbl\n"
        "      LBody\n"
        "  P\n"
        "  P\n");
  CHECK(role_of(out, *test::find_one(out, "Case audit").item) == "H1");
  CHECK(role_of(out, *test::find_one(out, "Read this first.").item) == "P");
  CHECK(role_of(out, *test::find_one(out, "Pears").item) == "LBody");
  CHECK(role_of(out, *test::find_one(out, "2.").item) == "Lbl");  // the nested list's second number
  CHECK(role_of(out, *test::find_one(out, "Signature").item) == "P");
  // Running headers and page numbers are artifacts.
  CHECK(role_of(out, *test::find_one(out, "Framework title").item) == "artifact");
  CHECK(role_of(out, *test::find_one(out, "Page 1 of 1").item) == "artifact");
  // A tick box is its option's label, and says whether it is ticked; its words are the body.
  const int yes = test::find_one(out, "Yes").item->node;
  const int no = test::find_one(out, "No").item->node;
  CHECK(parent_role(out, yes) == "LI");
  CHECK(out.structure[static_cast<std::size_t>(yes - 1)].actual == "\u2610");
  CHECK(out.structure[static_cast<std::size_t>(no - 1)].actual == "\u2612");
  const auto& page = out.pages[0];
  const auto box_of = [&](int body) {
    return std::count_if(page.rects.begin(), page.rects.end(), [&](const RectItem& r) { return r.node == body - 1; });
  };
  CHECK(box_of(yes) == 1);
  CHECK(box_of(no) == 1);
  // Writing lines and rules are artifacts: nothing on them is content.
  CHECK(std::all_of(page.lines.begin(), page.lines.end(), [&](const LineItem& l) {
    return l.node == kArtifact || out.structure[static_cast<std::size_t>(l.node)].role == "Lbl";
  }));
}

TEST_CASE("a table's header cells name their columns, and the header drawn again on the next page is an artifact") {
  Document doc;
  Table t;
  t.rows.push_back({test::runs("Standard"), test::runs("Grade")});
  for (int i = 0; i < 80; ++i) t.rows.push_back({test::runs("Row" + std::to_string(i)), test::runs("Good")});
  t.column_groups = {ColumnGroup{1, 1, test::runs("Auditor")}};
  doc.blocks.push_back(Block{t, {}});
  const auto out = test::lay_out(doc);
  REQUIRE(out.pages.size() >= 2);
  // One table: a row for the group band, the header row, then a row per body row.
  const std::string tree = outline(out);
  // The band has a header cell over each column: an empty one over "Standard", in no group, and
  // the group's, spanning the columns it heads.
  CHECK(tree.rfind("Document\n  Table\n    TR\n      TH\n      TH\n    TR\n      TH\n      TH\n    TR\n      TD\n      TD\n", 0) == 0);
  CHECK(out.structure.at(3).colspan == 1);
  CHECK(out.structure.at(4).colspan == 1);  // "Auditor" heads one column here
  const auto rows = std::count_if(out.structure.begin(), out.structure.end(), [](const StructNode& n) { return n.role == "TR"; });
  CHECK(rows == 82);
  for (const StructNode& n : out.structure)
    if (n.role == "TH") CHECK(n.scope == "Column");
  const auto standard = test::find_all(out, "Standard");
  REQUIRE(standard.size() == out.pages.size());  // the header on every page
  CHECK(role_of(out, *standard[0].item) == "TH");
  for (std::size_t i = 1; i < standard.size(); ++i) CHECK(role_of(out, *standard[i].item) == "artifact");
  CHECK(role_of(out, *test::find_one(out, "Row79").item) == "TD");
  const auto group = test::find_all(out, "Auditor");  // the band over the columns, repeated too
  REQUIRE(group.size() == out.pages.size());
  CHECK(role_of(out, *group[0].item) == "TH");
  CHECK(role_of(out, *group[1].item) == "artifact");
}

TEST_CASE("a bar chart is one figure whose alternative text gives its figures; the contents are TOC items") {
  Document doc;
  doc.blocks.push_back(Block{TableOfContents{2}, {}});
  doc.blocks.push_back(test::heading(1, "Results", "results"));
  BarChart chart;
  chart.bars.push_back(ChartBar{"North", {ChartSegment{3, "Good", 0, 0.5, 0}, ChartSegment{1, "Inadequate", 0.8, 0, 0}}, "75%"});
  chart.bars.push_back(ChartBar{"South", {ChartSegment{0, "Good", 0, 0.5, 0}}, ""});
  chart.bars.push_back(ChartBar{"East", {ChartSegment{5, "", 0, 0.5, 0}}, "5"});  // a note that only repeats the value
  doc.blocks.push_back(Block{chart, {}});
  const auto out = test::lay_out(doc);
  const auto figure = std::find_if(out.structure.begin(), out.structure.end(), [](const StructNode& n) { return n.role == "Figure"; });
  REQUIRE(figure != out.structure.end());
  CHECK(figure->alt == "Bar chart. North: Good 3, Inadequate 1 (75%); South: none; East: 5.");
  const auto index = static_cast<int>(figure - out.structure.begin());
  CHECK(test::find_one(out, "North").item->node == index);
  const auto& page = out.pages.back();
  CHECK(std::any_of(page.rects.begin(), page.rects.end(), [&](const RectItem& r) { return r.node == index; }));
  // The contents: a TOC with an item per entry, whose link belongs to it.
  const auto entries = test::find_all(out, "Results");
  REQUIRE(entries.size() == 2);
  CHECK(role_of(out, *entries[0].item) == "TOCI");
  CHECK(role_of(out, *entries[1].item) == "H1");
  REQUIRE(!out.pages[0].links.empty());
  CHECK(out.pages[0].links[0].node == entries[0].item->node);
}

TEST_CASE("a filled grid's tick boxes say whether they are ticked, and an answer's boxes in a cell are a list of its options") {
  Document doc;
  Table t;
  t.rows.push_back({test::runs("Question"), test::runs("Good"), test::runs("Poor"), test::runs("Options")});
  Run empty_box{"", Style::regular, {}, true};
  Run ticked_box = empty_box;
  ticked_box.ticked = true;
  t.rows.push_back({test::runs("Plan up to date"), Runs{ticked_box}, Runs{empty_box},
                    Runs{empty_box, Run{"Yes", Style::regular, {}, false}, Run{"\n", Style::regular, {}, false}, ticked_box,
                         Run{"No, late", Style::regular, {}, false}, Run{"\n", Style::regular, {}, false},
                         Run{"Comment: seen", Style::italic, {}, false}}});
  // A label too long for its column wraps: its second line is still the option's words.
  t.rows.push_back({test::runs("Wraps"), Runs{}, Runs{},
                    Runs{empty_box, Run{"Partly, with the plan agreed but not yet shared", Style::regular, {}, false}}});
  t.column_groups = {ColumnGroup{1, 2, test::runs("Grade")}};
  doc.blocks.push_back(Block{t, {}});
  const auto out = test::lay_out(doc);
  std::vector<std::string> wrapped;  // the roles of the long label's text items, one per line
  for (const TextItem& ti : out.pages.at(0).texts)
    if (ti.text.find("Partly") != std::string::npos || ti.text.find("shared") != std::string::npos) wrapped.push_back(role_of(out, ti));
  CHECK(wrapped == std::vector<std::string>{"LBody", "LBody"});
  // The group band spans two columns.
  int spanning = 0;
  for (const StructNode& n : out.structure) spanning += n.colspan == 2 ? 1 : 0;
  CHECK(spanning == 1);
  // A box alone in its cell: a Span of the cell saying ☒ or ☐, its box and tick strokes its content.
  std::vector<int> spans;
  for (std::size_t i = 0; i < out.structure.size(); ++i)
    if (out.structure[i].role == "Span") spans.push_back(static_cast<int>(i));
  REQUIRE(spans.size() == 2);  // the third row's empty cells hold no box
  CHECK(out.structure[static_cast<std::size_t>(spans[0])].actual == "\u2612");
  CHECK(out.structure[static_cast<std::size_t>(spans[1])].actual == "\u2610");
  CHECK(parent_role(out, spans[0]) == "TD");
  const Page& page = out.pages.at(0);
  auto rects_of = [&](int node) {
    return std::count_if(page.rects.begin(), page.rects.end(), [&](const RectItem& r) { return r.node == node; });
  };
  auto lines_of = [&](int node) {
    return std::count_if(page.lines.begin(), page.lines.end(), [&](const LineItem& l) { return l.node == node; });
  };
  CHECK(rects_of(spans[0]) == 1);
  CHECK(lines_of(spans[0]) == 2);  // the tick
  CHECK(rects_of(spans[1]) == 1);
  CHECK(lines_of(spans[1]) == 0);
  // Boxes with words: the cell holds a list, each box the label of an item whose body is its words.
  std::vector<int> labels;
  for (std::size_t i = 0; i < out.structure.size(); ++i)
    if (out.structure[i].role == "Lbl") labels.push_back(static_cast<int>(i));
  REQUIRE(labels.size() == 3);
  CHECK(out.structure[static_cast<std::size_t>(labels[0])].actual == "\u2610");
  CHECK(out.structure[static_cast<std::size_t>(labels[1])].actual == "\u2612");
  CHECK(parent_role(out, out.structure[static_cast<std::size_t>(labels[0])].parent) == "L");
  CHECK(rects_of(labels[1]) == 1);
  CHECK(lines_of(labels[1]) == 2);
  CHECK(role_of(out, *test::find_one(out, "Yes").item) == "LBody");
  const auto no = test::find_one(out, "No, late");
  CHECK(role_of(out, *no.item) == "LBody");
  CHECK(no.item->node == labels[1] + 1);  // the second item's body
  CHECK(role_of(out, *test::find_one(out, "Plan up to date").item) == "TD");
  // A paragraph after the boxes is the cell's, after the list: not the last option's words.
  const auto comment = test::find_one(out, "Comment: seen");
  CHECK(role_of(out, *comment.item) == "P");
  CHECK(parent_role(out, comment.item->node) == "TD");
  CHECK(comment.item->node > no.item->node);
  // Cell borders and rules stay artifacts.
  CHECK(std::count_if(page.rects.begin(), page.rects.end(), [](const RectItem& r) { return r.node == kArtifact; }) >= 8);
}

TEST_CASE("a label-and-value table's labels head their rows, and a frame round an answer is no table") {
  Document doc;
  Table facts;
  facts.header_rows = 0;
  facts.row_headers = true;
  facts.rows.push_back({test::runs("Owner"), test::runs("Principal Social Worker")});
  facts.rows.push_back({test::runs("Version"), test::runs("2.1")});
  doc.blocks.push_back(Block{facts, {}});
  Table frame;
  frame.header_rows = 0;
  frame.frame = true;
  frame.rows.push_back({test::runs("The plan was reviewed late.")});
  doc.blocks.push_back(Block{frame, {}});
  const auto out = test::lay_out(doc);
  CHECK(outline(out) == "Document\n  Table\n    TR\n      TH\n      TD\n    TR\n      TH\n      TD\n  Div\n    P\n");
  const TextItem& owner = *test::find_one(out, "Owner").item;
  CHECK(role_of(out, owner) == "TH");
  CHECK(out.structure.at(static_cast<std::size_t>(owner.node)).scope == "Row");
  CHECK(role_of(out, *test::find_one(out, "2.1").item) == "TD");
  CHECK(role_of(out, *test::find_one(out, "The plan was reviewed late.").item) == "P");
}

TEST_CASE("a cell holding two questions reads each question's words, then its own options") {
  Document doc;
  Table t;
  t.rows.push_back({test::runs("Side by side")});
  Run box{"", Style::regular, {}, true};
  auto words = [](const std::string& s) { return Run{s, Style::regular, {}, false}; };
  t.rows.push_back({Runs{words("First question?"), words("\n"), box, words("Yes"), words("\n"), box, words("No"),
                         words("\n"), words("Second question?"), words("\n"), box, words("Agree"), words("\n"), box,
                         words("Disagree")}});
  doc.blocks.push_back(Block{t, {}});
  const auto out = test::lay_out(doc);
  // The data cell's children, in order, and what each list holds.
  int cell = -1;
  for (std::size_t i = 0; i < out.structure.size(); ++i)
    if (out.structure[i].role == "TD") cell = static_cast<int>(i);
  REQUIRE(cell >= 0);
  std::vector<std::string> children;
  for (const StructNode& n : out.structure)
    if (n.parent == cell) children.push_back(n.role);
  CHECK(children == std::vector<std::string>{"P", "L", "P", "L"});
  auto node_of = [&](const std::string& text) { return test::find_one(out, text).item->node; };
  CHECK(out.structure.at(static_cast<std::size_t>(node_of("First question?"))).parent == cell);
  CHECK(role_of(out, *test::find_one(out, "Yes").item) == "LBody");
  CHECK(node_of("Second question?") > node_of("No"));   // after the first list
  CHECK(node_of("Agree") > node_of("Second question?"));  // in the second list
  CHECK(role_of(out, *test::find_one(out, "Disagree").item) == "LBody");
}
