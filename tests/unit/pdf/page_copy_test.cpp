// Unit tests for page copying: a document with two PDFs' pages appended, read back with qpdf, pdftoppm and pdftotext.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "layout/layout.hpp"
#include "pdf/appendix.hpp"
#include "pdf/pdf_writer.hpp"
#include "../pdf_text.hpp"
#include "../../pdf/check_tags.hpp"

namespace fs = std::filesystem;
using namespace qaf;
using namespace qaf::layout;

namespace {

bool have_tools() { return std::system("command -v qpdf >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1") == 0; }

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf{};
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  CHECK(pclose(pipe) == 0);
  return out;
}

fs::path write_temp(const std::string& bytes, const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "qaf-test-page-copy";
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << bytes;
  return dir / name;
}

Runs text(const std::string& s, Style st = Style::regular, const std::string& link = "") {
  return Runs{Run{s, st, link, false}};
}

/// A filled form of a few pages: headings, bold and italic text, a link back to its top.
Document part_document(const std::string& name, int paragraphs, Orientation o) {
  Document d;
  d.title = name;
  d.orientation = o;
  d.furniture.header_right = name;
  d.furniture.footer_lines = {"Contains personal data"};
  d.blocks.push_back(Block{Heading{1, text(name), "top"}, {}});
  for (int i = 0; i < paragraphs; ++i)
    d.blocks.push_back(Block{Paragraph{Runs{Run{"Finding " + std::to_string(i) + " of " + name + ": ", Style::bold, {}, false},
                                            Run{"the child’s plan was reviewed on time — ", Style::italic, {}, false},
                                            Run{"back to the top", Style::regular, "top", false}}},
                             {}});
  d.blocks.push_back(Block{Heading{2, text("Signatures"), "signatures"}, {}});
  d.blocks.push_back(Block{Paragraph{text("Signed by Zoë Quill", Style::bold_italic)}, {}});
  return d;
}

struct Assembled {
  std::vector<std::string> parts;  // the parts' own PDFs
  std::vector<std::size_t> part_pages;
  std::string pack;
  std::size_t own_pages = 0;
  pdf::Appendix appendix;
};

Assembled assemble() {
  const FontSet fonts(default_font_files());
  Diagnostics diags;
  Assembled a;
  Document first;
  first.title = "Pack";
  first.furniture.header_left = "Audit pack";
  first.blocks.push_back(Block{Heading{1, text("Contents"), "contents", false}, {}});
  first.blocks.push_back(Block{TableOfContents{2}, {}});
  first.blocks.push_back(Block{Heading{1, text("Summary"), "summary"}, {}});
  first.blocks.push_back(Block{Paragraph{text("Two audits follow.")}, {}});  // no bold, italic or "Z" here
  first.appended_page_number = "Pack page {n} of {m}";
  std::vector<std::set<char32_t>> characters;
  const std::pair<std::string, Orientation> forms[] = {{"Audit A-1", Orientation::portrait}, {"Audit A-2", Orientation::landscape}};
  int k = 0;
  for (const auto& [name, orientation] : forms) {
    const LaidOutDocument laid = layout_document(part_document(name, 40, orientation), fonts, diags);
    add_characters(laid, characters);
    AppendedPart part = as_appended_part(laid);
    for (auto& h : part.headings) h.id = "part-" + std::to_string(++k) + "-" + h.id;
    first.appended.push_back(part);
    a.part_pages.push_back(laid.pages.size());
    const auto bytes = pdf::write_pdf(laid);
    a.parts.emplace_back(bytes.begin(), bytes.end());
  }
  LaidOutDocument laid = layout_document(first, fonts, diags);
  REQUIRE(diags.all().empty());
  laid.also_cover = cover_text(characters);
  a.own_pages = laid.pages.size();
  a.appendix = pdf::appendix_of(laid, a.part_pages);
  const pdf::Appendix& appendix = a.appendix;
  std::vector<std::string> names;
  const auto bytes = pdf::write_pdf(std::move(laid), {}, &names);
  a.pack = pdf::append_pages(std::string(bytes.begin(), bytes.end()), names, appendix, a.parts.size(),
                             [&](std::size_t k) { return a.parts.at(k); });
  return a;
}

/// Page `page` (1-based) of a PDF as a PNG at 40 dpi, without its top margin (where a stamp goes).
std::string render(const fs::path& pdf, std::size_t page) {
  const fs::path png = pdf.string() + "-" + std::to_string(page);
  const std::string p = std::to_string(page);
  run("pdftoppm -r 40 -f " + p + " -l " + p + " -y 30 -H 2000 -W 2000 -png -singlefile '" + pdf.string() + "' '" + png.string() + "'");
  std::ifstream in(png.string() + ".png", std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("appended pages look exactly as in their own PDFs, in the document's fonts, embedded once") {
  REQUIRE_MESSAGE(have_tools(), "qpdf and pdftoppm are needed (qpdf, poppler-utils): bash .ci/setup test installs them");
  const Assembled a = assemble();
  const fs::path pack = write_temp(a.pack, "pack.pdf");
  run("qpdf --check '" + pack.string() + "' >/dev/null");
  const auto json = nlohmann::json::parse(run("qpdf --json=2 '" + pack.string() + "'"));
  const auto& pages = json.at("pages");
  REQUIRE(pages.size() == a.own_pages + a.part_pages[0] + a.part_pages[1]);
  // Every page draws in the same font objects: one per face, whichever PDF the page came from.
  const auto& objects = json.at("qpdf").at(1);
  std::set<std::string> font_objects;
  for (const auto& page : pages) {
    const auto& dict = objects.at("obj:" + page.at("object").get<std::string>()).at("value");
    auto resources = dict.at("/Resources");
    if (resources.is_string()) resources = objects.at("obj:" + resources.get<std::string>()).at("value");
    auto fonts = resources.at("/Font");
    if (fonts.is_string()) fonts = objects.at("obj:" + fonts.get<std::string>()).at("value");
    for (const auto& [key, ref] : fonts.items()) font_objects.insert(ref.get<std::string>());
  }
  CHECK(font_objects.size() == 4);  // regular, bold, italic, bold italic
  int type0 = 0;
  for (const auto& [key, o] : objects.items())
    if (o.contains("value") && o.at("value").is_object() && o.at("value").value("/Subtype", "") == "/Type0") ++type0;
  CHECK(type0 == 4);
  // Below the top margin each copied page renders as its own PDF's page does, pixel for pixel
  // (a glyph missing from the document's fonts would not).
  std::size_t at = a.own_pages;
  for (std::size_t k = 0; k < a.parts.size(); ++k) {
    const fs::path own = write_temp(a.parts[k], "part-" + std::to_string(k) + ".pdf");
    for (std::size_t p = 1; p <= a.part_pages[k]; ++p) {
      const std::string mine = render(own, p), copied = render(pack, at + p);
      REQUIRE(!mine.empty());
      CHECK_MESSAGE(mine == copied, "part " << k + 1 << " page " << p);
    }
    at += a.part_pages[k];
  }
}

TEST_CASE("appended pages carry their number, and the contents, links and bookmarks reach them") {
  const bool tools = have_tools() && test::have_pdftotext();
  REQUIRE_MESSAGE(tools, "qpdf and poppler-utils are needed: bash .ci/setup test installs them");
  const Assembled a = assemble();
  const std::size_t total = a.own_pages + a.part_pages[0] + a.part_pages[1];
  const std::string t = test::pdf_text(a.pack, true);
  for (std::size_t n = a.own_pages + 1; n <= total; ++n)
    CHECK(t.find("Pack page " + std::to_string(n) + " of " + std::to_string(total)) != std::string::npos);
  CHECK(t.find("Pack page " + std::to_string(a.own_pages) + " of") == std::string::npos);
  CHECK(t.find("Signed by Zoë Quill") != std::string::npos);
  const fs::path pack = write_temp(a.pack, "links.pdf");
  const auto json = nlohmann::json::parse(run("qpdf --json=2 '" + pack.string() + "'"));
  const auto& objects = json.at("qpdf").at(1);
  std::vector<std::string> page_objects;
  for (const auto& page : json.at("pages")) page_objects.push_back(page.at("object").get<std::string>());
  auto value = [&](nlohmann::json v) {
    return v.is_string() && objects.contains("obj:" + v.get<std::string>()) ? objects.at("obj:" + v.get<std::string>()).at("value") : v;
  };
  // Every link lands on a page of the document; the contents (page 1) links to both parts' tops.
  std::multiset<std::size_t> from_contents;
  std::size_t links = 0;
  for (std::size_t i = 0; i < page_objects.size(); ++i) {
    const auto page = value(page_objects[i]);
    if (!page.contains("/Annots")) continue;
    for (const auto& ref : value(page.at("/Annots"))) {
      const auto dest = value(value(ref).at("/Dest"));
      const auto target = std::find(page_objects.begin(), page_objects.end(), dest.at(0).get<std::string>());
      REQUIRE(target != page_objects.end());
      ++links;
      if (i == 0) from_contents.insert(static_cast<std::size_t>(target - page_objects.begin()));
    }
  }
  CHECK(links > 40);  // each finding links back to its form's top
  // The contents link to A-1 covers its entry as laid out, in PDF coordinates (y up).
  const auto entry = std::find_if(a.appendix.links.begin(), a.appendix.links.end(),
                                  [](const pdf::Appendix::Link& l) { return l.dest == "part-1-top"; });
  REQUIRE(entry != a.appendix.links.end());
  bool rect_found = false;
  for (const auto& ref : value(value(page_objects[entry->page]).at("/Annots"))) {
    const auto rect = value(value(ref).at("/Rect"));
    const auto dest = value(value(value(ref).at("/Dest")));
    if (dest.at(0).get<std::string>() != page_objects[a.own_pages]) continue;
    rect_found = true;
    CHECK(rect.at(0).get<double>() == doctest::Approx(entry->x).epsilon(0.001));
    CHECK(rect.at(1).get<double>() == doctest::Approx(entry->page_height - entry->y - entry->h).epsilon(0.001));
    CHECK(rect.at(2).get<double>() == doctest::Approx(entry->x + entry->w).epsilon(0.001));
    CHECK(rect.at(3).get<double>() == doctest::Approx(entry->page_height - entry->y).epsilon(0.001));
  }
  CHECK(rect_found);
  CHECK(from_contents.count(a.own_pages) == 1);                   // A-1's heading
  CHECK(from_contents.count(a.own_pages + a.part_pages[0]) == 1);  // A-2's heading
  // Bookmarks: the document's own, then each part's, closed, on the parts' pages.
  const auto outlines = nlohmann::json::parse(run("qpdf --json=2 --json-key=outlines '" + pack.string() + "'")).at("outlines");
  std::function<std::string(const nlohmann::json&)> tree = [&](const nlohmann::json& list) {
    std::string out;
    for (const auto& o : list)
      out += o.at("title").get<std::string>() + "@" + std::to_string(o.at("destpageposfrom1").get<int>()) +
             (o.at("kids").empty() ? "" : "(" + tree(o.at("kids")) + ")") + ";";
    return out;
  };
  const auto first = std::to_string(a.own_pages + 1), second = std::to_string(a.own_pages + a.part_pages[0] + 1);
  const std::string tail = tree(outlines).substr(tree(outlines).find("Audit A-1"));
  CHECK(tail.rfind("Audit A-1@" + first + "(Signatures@", 0) == 0);
  CHECK(tail.find(";Audit A-2@" + second + "(Signatures@") != std::string::npos);
  CHECK(outlines.back().at("open") == false);
  // The added bookmarks' links: parent, previous, and counts (closed: minus their children; the
  // root counts what is visible).
  const auto root = value(value(json.at("qpdf").at(1).at("trailer").at("value").at("/Root")).at("/Outlines"));
  const std::string a1 = outlines.at(outlines.size() - 2).at("object").get<std::string>();
  const std::string a2 = outlines.back().at("object").get<std::string>();
  CHECK(value(a2).at("/Prev").get<std::string>() == a1);
  CHECK(value(a1).at("/Next").get<std::string>() == a2);
  CHECK(value(a1).at("/Parent") == value(a2).at("/Parent"));
  CHECK(value(value(a1).at("/Parent")) == root);
  CHECK(value(a1).at("/Count").get<int>() == -1);  // "Signatures"
  const std::string sign = value(a1).at("/First").get<std::string>();
  CHECK(value(sign).at("/Parent").get<std::string>() == a1);
  int visible = 0;  // the top level, and the children of open items
  std::function<void(const nlohmann::json&)> count = [&](const nlohmann::json& list) {
    for (const auto& o : list) {
      ++visible;
      if (o.at("open") == true) count(o.at("kids"));
    }
  };
  count(outlines);
  CHECK(root.at("/Count").get<int>() == visible);
}

TEST_CASE("the same input gives the same bytes") {
  CHECK(assemble().pack == assemble().pack);
}

TEST_CASE("a part the document's fonts do not cover, a page count that is not the layout's, and bytes that are no PDF are PdfErrors") {
  const FontSet fonts(default_font_files());
  Diagnostics diags;
  const LaidOutDocument part = layout_document(part_document("Audit B", 2, Orientation::portrait), fonts, diags);
  const auto part_bytes = pdf::write_pdf(part);
  const std::string part_pdf(part_bytes.begin(), part_bytes.end());
  Document first;
  first.blocks.push_back(Block{Paragraph{text("plain")}, {}});
  first.appended.push_back(as_appended_part(part));
  auto attempt = [&](bool covered, const std::vector<std::string>& parts) {
    LaidOutDocument laid = layout_document(first, fonts, diags);
    if (covered) {
      std::vector<std::set<char32_t>> characters;
      add_characters(part, characters);
      laid.also_cover = cover_text(characters);
    }
    const pdf::Appendix appendix = pdf::appendix_of(laid, {part.pages.size()});
    std::vector<std::string> names;
    const auto bytes = pdf::write_pdf(std::move(laid), {}, &names);
    return pdf::append_pages(std::string(bytes.begin(), bytes.end()), names, appendix, parts.size(),
                             [&](std::size_t k) { return parts.at(k); });
  };
  CHECK(!attempt(true, {part_pdf}).empty());
  CHECK_THROWS_WITH_AS(attempt(false, {part_pdf}), doctest::Contains("LiberationSans-Bold"), pdf::PdfError);
  CHECK_THROWS_WITH_AS(attempt(true, {part_pdf, part_pdf}), "PDF pages: 2 parts, but 1 laid out", pdf::PdfError);
  // A part of another length than laid out: its stamps and destinations would land on the wrong pages.
  const LaidOutDocument longer = layout_document(part_document("Audit B", 80, Orientation::portrait), fonts, diags);
  REQUIRE(longer.pages.size() != part.pages.size());
  const auto longer_bytes = pdf::write_pdf(longer);
  const std::string wrong_length = "PDF pages: part 1 has " + std::to_string(longer.pages.size()) + " pages, not the " +
                                   std::to_string(part.pages.size()) + " laid out for it";
  CHECK_THROWS_WITH_AS(attempt(true, {std::string(longer_bytes.begin(), longer_bytes.end())}), wrong_length.c_str(),
                       pdf::PdfError);
  CHECK_THROWS_AS(attempt(true, {"not a PDF"}), pdf::PdfError);
}

TEST_CASE("what the part reader throws passes through as it is, not as a PdfError") {
  struct Gone : std::runtime_error {
    using std::runtime_error::runtime_error;
  };
  const FontSet fonts(default_font_files());
  Diagnostics diags;
  Document first;
  first.blocks.push_back(Block{Paragraph{text("plain")}, {}});
  first.appended.push_back(AppendedPart{{Orientation::portrait}, {}});
  LaidOutDocument laid = layout_document(first, fonts, diags);
  const pdf::Appendix appendix = pdf::appendix_of(laid, {1});
  std::vector<std::string> names;
  const auto bytes = pdf::write_pdf(std::move(laid), {}, &names);
  CHECK_THROWS_WITH_AS(pdf::append_pages(std::string(bytes.begin(), bytes.end()), names, appendix, 1,
                                         [](std::size_t) -> std::string { throw Gone("cannot read back audits/a-1.pdf"); }),
                       "cannot read back audits/a-1.pdf", Gone);
}

TEST_CASE("a tagged pack holds each part's structure tree as a Part, and its contents links are Link elements") {
  REQUIRE_MESSAGE(have_tools(), "qpdf is needed: bash .ci/setup test installs it");
  const Assembled a = assemble();
  const fs::path pack = write_temp(a.pack, "tagged.pdf");
  std::string error;
  const auto marks = test::read_page_marks(pack, error);
  REQUIRE(error.empty());
  // Every MCID drawn on a copied page belongs to an element the pack's tree reaches, through
  // the parent tree under the page's new key; every link is in an element and says where it goes.
  std::vector<test::TagElement> tree;
  const auto problems = test::check_tags(pack, marks, tree);
  for (const auto& p : problems) MESSAGE(p);
  CHECK(problems.empty());
  std::size_t drawn = 0;
  for (std::size_t p = a.own_pages; p < marks.size(); ++p) drawn += marks[p].mcids.size();
  CHECK(drawn > 40);
  // The pack's own content, then one Part per audit, each opening with its heading.
  std::vector<std::size_t> parts;
  for (std::size_t i = 0; i < tree.size(); ++i)
    if (tree[i].role == "Part") parts.push_back(i);
  REQUIRE(parts.size() == 2);
  for (std::size_t i : parts) {
    CHECK(tree[i].depth == 1);
    REQUIRE(i + 1 < tree.size());
    CHECK(tree[i + 1].role == "H1");
  }
  CHECK(tree.back().depth > 1);  // the last part's content is inside it
  // The contents' links to the parts (added with the parts' pages) are Link elements of the
  // contents' entries, saying where they go (check_tags: their annotations say it too).
  std::vector<std::string> to_parts;
  for (std::size_t i = 1; i < parts.front(); ++i)
    if (tree[i].role == "Link" && tree[i - 1].role == "TOCI" && !tree[i].alt.empty()) to_parts.push_back(tree[i].alt);
  CHECK(to_parts == std::vector<std::string>{"Go to Audit A-1", "Go to Signatures", "Go to Audit A-2", "Go to Signatures"});
  // Read as a screen reader would: the parts' words are in the tree.
  const std::string struct_text = run("pdfinfo -struct-text '" + pack.string() + "'");
  CHECK(struct_text.find("Signed by Zoë Quill") != std::string::npos);
  CHECK(struct_text.find("Part") != std::string::npos);
}
