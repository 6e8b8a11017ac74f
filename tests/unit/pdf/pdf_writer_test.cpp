// Unit tests for the PDF writer: a laid-out sample checked with qpdf, pdffonts and pdftotext.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <nlohmann/json.hpp>

#include "layout/layout.hpp"
#include "layout/utf8.hpp"
#include "pdf/pdf_writer.hpp"
#include "../../pdf/check_tags.hpp"
#include "sample_document.hpp"

namespace fs = std::filesystem;
using namespace qaf;

namespace {

bool have_tool(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

/// Runs a shell command and returns its standard output and exit status.
std::pair<std::string, int> run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  return {out, status};
}

fs::path write_temp(const std::vector<unsigned char>& bytes, const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "qaf-test-pdf";
  fs::create_directories(dir);
  const fs::path path = dir / name;
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                              static_cast<std::streamsize>(bytes.size()));
  return path;
}

struct Sample {
  layout::LaidOutDocument laid;
  std::vector<unsigned char> bytes;
};

Sample make_sample() {
  const layout::FontSet fonts(layout::default_font_files());
  Diagnostics diags;
  Sample s;
  s.laid = layout::layout_document(test::sample_document(), fonts, diags);
  CHECK(diags.all().empty());
  pdf::PdfOptions options;
  options.created = Date{2024, 5, 1};
  s.bytes = pdf::write_pdf(s.laid, options);
  return s;
}

}  // namespace

TEST_CASE("sample document is a valid multi-page PDF") {
  const auto s = make_sample();
  REQUIRE(s.laid.pages.size() >= 3);
  REQUIRE(s.bytes.size() > 1000);
  CHECK(std::string(s.bytes.begin(), s.bytes.begin() + 5) == "%PDF-");
  const auto path = write_temp(s.bytes, "sample.pdf");
  REQUIRE_MESSAGE(have_tool("qpdf"), "qpdf is needed (qpdf, poppler-utils): bash .ci/setup test installs it");
  const auto [out, status] = run("qpdf --check '" + path.string() + "' 2>&1");
  CHECK_MESSAGE(status == 0, out);
  CHECK(out.find("No syntax or stream encoding errors") != std::string::npos);
}

TEST_CASE("every font is embedded") {
  const auto s = make_sample();
  const auto path = write_temp(s.bytes, "fonts.pdf");
  REQUIRE_MESSAGE(have_tool("pdffonts"), "pdffonts is needed (qpdf, poppler-utils): bash .ci/setup test installs it");
  const auto [out, status] = run("pdffonts '" + path.string() + "' 2>/dev/null");
  REQUIRE(status == 0);
  // A header line (name type encoding emb sub uni ...), a rule, then one line per font.
  std::istringstream lines(out);
  std::string header, line;
  std::getline(lines, header), std::getline(lines, line);
  const auto emb = header.find("emb");
  REQUIRE(emb != std::string::npos);
  int fonts = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    ++fonts;
    CHECK_MESSAGE(line.substr(emb, 3) == "yes", line);
  }
  CHECK(fonts >= 3);  // regular, bold, and the fallback for ✓ at least
  CHECK(out.find("LiberationSans") != std::string::npos);
  CHECK(out.find("DejaVuSans") != std::string::npos);
  // Each font's /ToUnicode map is one text extractors accept (libharu's own is not).
  const auto [errors, error_status] = run("pdffonts '" + path.string() + "' 2>&1 >/dev/null");
  CHECK(error_status == 0);
  CHECK_MESSAGE(errors.empty(), errors);
}

namespace {

/// Whitespace runs become one space, so wrapped lines compare as running text.
std::string squeeze(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("pdftotext finds all the text in reading order") {
  const auto s = make_sample();
  const auto path = write_temp(s.bytes, "text.pdf");
  REQUIRE_MESSAGE(have_tool("pdftotext"), "pdftotext is needed (qpdf, poppler-utils): bash .ci/setup test installs it");
  // stderr dropped: poppler warns about libharu 2.3.0's ToUnicode CMap syntax but reads it.
  const auto [raw, status] = run("pdftotext -enc UTF-8 '" + path.string() + "' - 2>/dev/null");
  REQUIRE(status == 0);
  const std::string text = squeeze(raw);
  const std::string pages = std::to_string(s.laid.pages.size());
  const char* expected[] = {
      "Children’s Services Quality Assurance Framework",
      "Case file audit – children in care",
      "Contents",
      "About this audit",
      "This audit checks that every child in care has a current plan,",
      "the child’s “voice” is recorded — in their own words",
      "a ✓ in the table means the standard is met. Travel costs up to £25 may be claimed.",
      "Read the whole file before scoring.",
      "Record evidence for every judgement – a tick alone is not enough.",
      "Standards checked",
      "Standard 1: the plan is reviewed",
      "Standard 40: the plan is reviewed",
      "Overall judgement",
      "Requires improvement to be good",
      "Comments",
      "Signature",
      "Date",
  };
  std::size_t at = 0;
  for (const char* e : expected) {
    const auto found = text.find(e, at);
    CHECK_MESSAGE(found != std::string::npos, "missing or out of order: " << e);
    if (found != std::string::npos) at = found;
  }
  CHECK(text.find("No ✓") != std::string::npos);
  CHECK(text.find("Page 1 of " + pages) != std::string::npos);
  CHECK(text.find("Page " + pages + " of " + pages) != std::string::npos);
  CHECK(text.find("Printed from version 2.1 on 1 May 2024 — check the intranet for the current version") !=
        std::string::npos);
  // Nothing was replaced by a question mark: the only ones are in the header "Met?".
  std::string without = text;
  for (auto at = without.find("Met?"); at != std::string::npos; at = without.find("Met?")) without.erase(at, 4);
  CHECK(without.find('?') == std::string::npos);
}

TEST_CASE("each font's CIDToGIDMap gives every character drawn the glyph the font file's own cmap gives it") {
  // The writer hands libharu a cmap of only the characters the document draws (pdf_writer.cpp,
  // narrow_cmap); here FreeType reads each font file's cmap independently, and every character
  // of every text item must map to the same glyph in the written PDF.
  const auto s = make_sample();
  const auto path = write_temp(s.bytes, "glyphs.pdf");
  REQUIRE_MESSAGE(have_tool("qpdf"), "qpdf is needed (qpdf, poppler-utils): bash .ci/setup test installs it");
  const auto [json_text, status] = run("qpdf --json=2 --json-key=qpdf '" + path.string() + "'");
  REQUIRE(status == 0);
  const auto objects = nlohmann::json::parse(json_text)["qpdf"][1];
  auto object = [&](const std::string& ref) -> const nlohmann::json& {
    const auto& o = objects.at("obj:" + ref);
    return o.contains("stream") ? o["stream"]["dict"] : o["value"];
  };
  FT_Library ft = nullptr;
  REQUIRE(FT_Init_FreeType(&ft) == 0);
  std::size_t checked = 0, fonts = 0;
  for (const auto& [key, o] : objects.items()) {
    if (!o.contains("value") || !o["value"].is_object() || o["value"].value("/Subtype", "") != "/CIDFontType2") continue;
    const auto& font = o["value"];
    // "/HPDFAA+LiberationSans-Bold,Bold": the PostScript name after the subset tag.
    std::string name = object(font["/FontDescriptor"].get<std::string>())["/FontName"].get<std::string>();
    name = name.substr(name.find('+') + 1);
    name = name.substr(0, name.find(','));
    int index = -1;
    FT_Face face = nullptr;
    for (std::size_t i = 0; i < s.laid.font_files.size() && index < 0; ++i) {
      FT_Face f = nullptr;
      REQUIRE(FT_New_Face(ft, s.laid.font_files[i].c_str(), 0, &f) == 0);
      if (const char* ps = FT_Get_Postscript_Name(f); ps && name == ps) index = static_cast<int>(i), face = f;
      else FT_Done_Face(f);
    }
    REQUIRE_MESSAGE(index >= 0, "no font file is " << name);
    const std::string map_ref = font["/CIDToGIDMap"].get<std::string>();
    const auto [map, map_status] =
        run("qpdf --show-object='" + map_ref.substr(0, map_ref.find(' ')) + "' --filtered-stream-data '" + path.string() + "'");
    REQUIRE(map_status == 0);
    ++fonts;
    for (const auto& page : s.laid.pages)
      for (const auto& t : page.texts) {
        if (t.font != index) continue;
        for (std::size_t pos = 0; pos < t.text.size();) {
          const char32_t c = layout::detail::next_code_point(t.text, pos).value;
          REQUIRE(2 * c + 1 < map.size());
          const unsigned gid = static_cast<unsigned char>(map[2 * c]) * 256u + static_cast<unsigned char>(map[2 * c + 1]);
          CHECK_MESSAGE(gid == FT_Get_Char_Index(face, c), name << " U+" << std::hex << static_cast<unsigned>(c));
          CHECK(gid != 0);
          ++checked;
        }
      }
    FT_Done_Face(face);
  }
  FT_Done_FreeType(ft);
  CHECK(fonts >= 3);  // regular, bold and the fallback at least
  CHECK(checked > 1000);
}

TEST_CASE("two writes of the same document are byte-identical") {
  const auto a = make_sample();
  const auto b = make_sample();
  CHECK(a.bytes.size() == b.bytes.size());
  CHECK(a.bytes == b.bytes);
  const std::string text(a.bytes.begin(), a.bytes.end());
  CHECK(text.find("/ID") == std::string::npos);  // libharu writes no random file ID unless encrypting
}

TEST_CASE("the creation date comes from the options, never the clock") {
  const layout::FontSet fonts(layout::default_font_files());
  Diagnostics diags;
  layout::Document doc;
  doc.blocks.push_back(layout::Block{layout::Paragraph{layout::runs_from_emphasis("Hello")}, {}});
  const auto laid = layout::layout_document(doc, fonts, diags);
  pdf::PdfOptions options;
  options.compress = false;
  options.created = Date{2031, 12, 24};
  const auto bytes = pdf::write_pdf(laid, options);
  const std::string text(bytes.begin(), bytes.end());
  write_temp(bytes, "dated.pdf");
  CHECK(text.find("/CreationDate (D:20311224000000Z") != std::string::npos);
  // libharu writes info strings through the UTF-8 encoder, as UTF-16BE.
  CHECK(text.find("/Creator <FEFF007100610066>") != std::string::npos);
  options.created.reset();
  const auto undated = pdf::write_pdf(laid, options);
  CHECK(std::string(undated.begin(), undated.end()).find("/CreationDate") == std::string::npos);
}

TEST_CASE("bookmarks, links and page labels are written") {
  const auto s = make_sample();
  const auto path = write_temp(s.bytes, "structure.pdf");
  REQUIRE_MESSAGE(have_tool("qpdf"), "qpdf is needed (qpdf, poppler-utils): bash .ci/setup test installs it");
  const auto [json, status] = run("qpdf --json '" + path.string() + "' 2>/dev/null");
  REQUIRE(status == 0);
  CHECK(json.find("\"/Outlines\"") != std::string::npos);
  CHECK(json.find("\"/PageLabels\"") != std::string::npos);
  CHECK(json.find("\"/Subtype\": \"/Link\"") != std::string::npos);
  // qpdf lists the outline titles it read.
  CHECK(json.find("\"title\": \"Standards checked\"") != std::string::npos);
  // Links draw no box around their text: every link annotation has a border of width 0.
  const std::regex link(R"("/Subtype": "/Link")"), no_border(R"("/Border": \[\s*0,\s*0,\s*0\s*\])");
  const auto links = std::distance(std::sregex_iterator(json.begin(), json.end(), link), std::sregex_iterator());
  CHECK(links > 0);
  CHECK(std::distance(std::sregex_iterator(json.begin(), json.end(), no_border), std::sregex_iterator()) == links);
}

// The outline as "title(kids);" read back by qpdf: a heading nests under the last heading of a
// higher level, and headings of the same level stay siblings.
TEST_CASE("bookmarks nest by heading level") {
  const auto s = make_sample();
  const auto path = write_temp(s.bytes, "outline.pdf");
  REQUIRE_MESSAGE(have_tool("qpdf"), "qpdf is needed (qpdf, poppler-utils): bash .ci/setup test installs it");
  const auto [json, status] = run("qpdf --json=2 --json-key=outlines '" + path.string() + "' 2>/dev/null");
  REQUIRE(status == 0);
  std::function<std::string(const nlohmann::json&)> tree = [&](const nlohmann::json& list) {
    std::string out;
    for (const auto& o : list)
      out += o.at("title").get<std::string>() + (o.at("kids").empty() ? "" : "(" + tree(o.at("kids")) + ")") + ";";
    return out;
  };
  CHECK(tree(nlohmann::json::parse(json).at("outlines")) ==
        "Contents;About this audit(Standards checked;Overall judgement(Comments;););");
}

// A reader shows the top level of the outline opened and deeper headings closed: qpdf reads a
// bookmark with kids as open when its /Count is positive.
TEST_CASE("top-level bookmarks are open, deeper ones closed") {
  const auto s = make_sample();
  const auto path = write_temp(s.bytes, "outline-open.pdf");
  REQUIRE_MESSAGE(have_tool("qpdf"), "qpdf is needed (qpdf, poppler-utils): bash .ci/setup test installs it");
  const auto [json, status] = run("qpdf --json=2 --json-key=outlines '" + path.string() + "' 2>/dev/null");
  REQUIRE(status == 0);
  std::vector<std::string> with_kids;  // "title open|closed" for each bookmark that has kids
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& list) {
    for (const auto& o : list) {
      if (o.at("kids").empty()) continue;
      with_kids.push_back(o.at("title").get<std::string>() + (o.at("open").get<bool>() ? " open" : " closed"));
      walk(o.at("kids"));
    }
  };
  walk(nlohmann::json::parse(json).at("outlines"));
  CHECK(with_kids == std::vector<std::string>{"About this audit open", "Overall judgement closed"});
}

TEST_CASE("a link to an unknown destination is an invariant error, not a crash") {
  layout::LaidOutDocument laid;
  laid.pages.push_back(layout::Page{595, 842, {}, {}, {}, {layout::LinkItem{10, 10, 50, 12, "nowhere"}}, {}});
  CHECK_THROWS_AS(pdf::write_pdf(laid), pdf::PdfError);
  laid.pages[0].links.clear();
  laid.pages[0].texts.push_back(layout::TextItem{10, 10, 3, 10, "x", {}});
  CHECK_THROWS_AS(pdf::write_pdf(laid), pdf::PdfError);  // font 3 is not named
  // One past the last font named: still an error, never a read past the list.
  laid.font_files = {layout::default_font_files().regular};
  laid.pages[0].texts[0].font = 1;
  CHECK_THROWS_WITH_AS(pdf::write_pdf(laid), "PDF writer: text uses font 1, which the document does not name",
                       pdf::PdfError);
}

TEST_CASE("an unreadable font file is a PdfError") {
  layout::LaidOutDocument laid;
  laid.font_files = {"/nonexistent/font.ttf"};
  laid.pages.push_back(layout::Page{595, 842, {}, {}, {layout::TextItem{10, 10, 0, 10, "x", {}}}, {}, {}});
  CHECK_THROWS_AS(pdf::write_pdf(laid), pdf::PdfError);
}

TEST_CASE("an error libharu reports while drawing is a PdfError naming the step, not a PDF written anyway") {
  layout::LaidOutDocument laid;
  laid.font_files = {layout::default_font_files().regular};
  // A text size of 0 is refused by libharu (HPDF_PAGE_INVALID_FONT_SIZE) inside a call whose own
  // result the writer does not look at: only the check after drawing the text can see it.
  laid.pages.push_back(layout::Page{595, 842, {}, {}, {layout::TextItem{10, 10, 0, 0, "x", {}}}, {}, {}});
  try {
    pdf::write_pdf(laid);
    FAIL("expected a PdfError");
  } catch (const pdf::PdfError& e) {
    CHECK(std::string(e.what()).find("drawing text failed (libharu error") != std::string::npos);
  }
  laid.pages[0].texts[0].size = 10;
  CHECK_NOTHROW(pdf::write_pdf(laid));
}

TEST_CASE("a document written by consuming it gives the same bytes, and only its page sizes and links are left") {
  const Sample s = make_sample();
  pdf::PdfOptions options;
  options.created = Date{2024, 5, 1};
  layout::LaidOutDocument owned = s.laid;
  REQUIRE(owned.pages.size() > 1);
  const auto bytes = pdf::write_pdf(std::move(owned), options);
  CHECK(bytes == s.bytes);
  bool any_links = false;
  for (std::size_t i = 0; i < owned.pages.size(); ++i) {  // NOLINT(bugprone-use-after-move): the documented rest
    CHECK(owned.pages[i].texts.empty());
    CHECK(owned.pages[i].rects.empty());
    CHECK(owned.pages[i].width == s.laid.pages[i].width);
    CHECK(owned.pages[i].links.size() == s.laid.pages[i].links.size());
    any_links = any_links || !owned.pages[i].links.empty();
  }
  CHECK(any_links);
}

TEST_CASE("a colour or line width is written when it changes, and only then") {
  // Items in the order draw_page paints them: filled boxes, stroked boxes, lines, text.
  const layout::Color red{1, 0, 0}, black{0, 0, 0}, grey{0.5, 0.5, 0.5};
  layout::LaidOutDocument laid;
  laid.font_files = {layout::default_font_files().regular};
  layout::Page page{595, 842, {}, {}, {}, {}, {}};
  for (double y : {10, 40}) page.rects.push_back(layout::RectItem{10, y, 20, 20, 0.5, std::nullopt, red});
  page.rects.push_back(layout::RectItem{10, 70, 20, 20, 0.5, black, std::nullopt});
  page.rects.push_back(layout::RectItem{10, 100, 20, 20, 0.5, black, std::nullopt});
  page.rects.push_back(layout::RectItem{10, 130, 20, 20, 2, black, std::nullopt});
  page.lines.push_back(layout::LineItem{10, 160, 100, 160, 2, grey});
  for (const auto& c : {black, black, grey, black}) page.texts.push_back(layout::TextItem{10, 200, 0, 10, "x", c});
  laid.pages.push_back(page);
  laid.pages.push_back(page);  // a new page sets everything again
  pdf::PdfOptions options;
  options.compress = false;
  const auto bytes = pdf::write_pdf(laid, options);
  const std::string text(bytes.begin(), bytes.end());
  // The colour and width operators of each page, in order.
  const std::regex op(R"((?:^|\n)([0-9.]+(?: [0-9.]+)*) (rg|RG|w)(?=\n))");
  std::vector<std::string> ops;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), op); it != std::sregex_iterator(); ++it)
    ops.push_back((*it)[1].str() + " " + (*it)[2].str());
  const std::vector<std::string> one_page = {"1 0 0 rg", "0 0 0 RG", "0.5 w", "2 w", "0.5 0.5 0.5 RG",
                                             "0 0 0 rg", "0.5 0.5 0.5 rg", "0 0 0 rg"};
  std::vector<std::string> both = one_page;
  both.insert(both.end(), one_page.begin(), one_page.end());
  std::string got;
  for (const auto& o : ops) got += o + "; ";
  CHECK_MESSAGE(ops == both, got);
}

TEST_CASE("two styles in one font file share one embedded font that has the characters of both") {
  layout::LaidOutDocument laid;
  const std::string regular = layout::default_font_files().regular;
  laid.font_files = {regular, regular};  // as a project that names one file for regular and bold
  layout::Page page{595, 842, {}, {}, {}, {}, {}};
  page.texts.push_back(layout::TextItem{50, 100, 0, 12, "Plain words", {}});
  page.texts.push_back(layout::TextItem{50, 130, 1, 12, "Quick zebra", {}});
  laid.pages.push_back(page);
  const auto bytes = pdf::write_pdf(laid);
  const auto path = write_temp(bytes, "one-file-two-styles.pdf");
  REQUIRE_MESSAGE(have_tool("pdffonts"), "pdffonts is needed (qpdf, poppler-utils): bash .ci/setup test installs it");
  const auto [fonts, status] = run("pdffonts '" + path.string() + "' 2>/dev/null");
  REQUIRE(status == 0);
  std::istringstream lines(fonts);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) count += line.find("LiberationSans") != std::string::npos;
  CHECK(count == 1);
  const auto [text, text_status] = run("pdftotext -enc UTF-8 '" + path.string() + "' - 2>/dev/null");
  REQUIRE(text_status == 0);
  CHECK(squeeze(text) == "Plain words Quick zebra ");
}

TEST_CASE("a tagged PDF: everything drawn is an element's marked content or an artifact, and the catalog says so") {
  const auto s = make_sample();
  const auto path = write_temp(s.bytes, "tagged.pdf");
  const bool tools = have_tool("qpdf") && have_tool("pdfinfo");
  REQUIRE_MESSAGE(tools, "qpdf and pdfinfo are needed: bash .ci/setup test installs them");
  // Every operator that shows text or paints is inside a marked-content sequence; sequences nest,
  // are closed on the page they open, and never cross a text object's edge (tests/pdf's reader).
  std::string error;
  const auto marks = test::read_page_marks(path, error);
  REQUIRE_MESSAGE(error.empty(), error);
  REQUIRE(marks.size() == s.laid.pages.size());
  std::size_t mcids = 0;
  for (std::size_t p = 0; p < marks.size(); ++p) {
    CHECK_MESSAGE(marks[p].unmarked == 0, "page " << p + 1);
    CHECK_MESSAGE(marks[p].misnested == 0, "page " << p + 1);
    for (std::size_t k = 0; k < marks[p].mcids.size(); ++k) CHECK(marks[p].mcids[k] == static_cast<int>(k));  // 0, 1, 2... on each page
    mcids += marks[p].mcids.size();
  }
  CHECK(mcids > 0);
  // PDF/UA-1's machine-checkable rules: the tree, the parent tree, the catalog, the fonts.
  std::vector<test::TagElement> elements;
  const auto problems = test::check_tags(path, marks, elements);
  for (const auto& p : problems) MESSAGE(p);
  CHECK(problems.empty());

  const auto [info, status] = run("pdfinfo '" + path.string() + "'");
  REQUIRE(status == 0);
  CHECK(info.find("Tagged:          yes") != std::string::npos);
  // The catalog: marked, its language, its title shown rather than the file name.
  const auto [json, js] = run("qpdf --json=2 '" + path.string() + "'");
  REQUIRE(js == 0);
  CHECK(json.find("\"/Lang\": \"u:en-GB\"") != std::string::npos);
  CHECK(json.find("\"/DisplayDocTitle\": true") != std::string::npos);
  CHECK(json.find("\"/Marked\": true") != std::string::npos);
  CHECK(json.find("\"/Tabs\": \"/S\"") != std::string::npos);
  // The title and language as XMP metadata too (left uncompressed).
  const std::string bytes(s.bytes.begin(), s.bytes.end());
  CHECK(bytes.find("<rdf:li xml:lang=\"x-default\">" + s.laid.title + "</rdf:li>") != std::string::npos);
  CHECK(bytes.find("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>") != std::string::npos);
  CHECK(json.find("\"/Subtype\": \"/XML\"") != std::string::npos);

  // The tree a screen reader walks, in reading order.
  const auto [tree, ts] = run("pdfinfo -struct-text '" + path.string() + "'");
  REQUIRE(ts == 0);
  std::size_t at = 0;
  for (const std::string want :
       {"Document", "H1 ", "\"Contents\"", "TOC", "TOCI", "Link", "H1 ", "\"About this audit\"", "P ", "L ", "LI", "Lbl",
        "LBody", "\"Read the whole file before scoring.\"", "H2", "\"Standards checked\"", "Table", "TR", "TH",
        "\"No.\"", "TD", "\"Outstanding\"", "H3", "\"Comments\"", "\"Signature\""}) {
    const std::size_t next = tree.find(want, at);
    REQUIRE_MESSAGE(next != std::string::npos, "'" << want << "' is missing after position " << at << " of:\n" << tree.substr(0, 4000));
    at = next + want.size();
  }
  // A paragraph of several lines reads as one text: each line ends with a space, so that no word
  // runs into the next line's first.
  CHECK(tree.find("\"This audit checks that every child in care has a current plan, that visits happen on time, "
                  "and that the child’s “voice” is recorded — in their own words where possible. Use the "
                  "Good standard as the benchmark; a ✓ in the table means the standard is met. Travel costs up "
                  "to £25 may be claimed.\"") != std::string::npos);
  // A contents entry's title and page number are words apart, though drawn apart on one line.
  CHECK(tree.find("\"About this audit 1\"") != std::string::npos);
  // The running header is an artifact: it is not in the tree, though it is on every page.
  CHECK(tree.find("Quality Assurance Framework") == std::string::npos);
}

TEST_CASE("an element's words stay apart across a page break and in a table row split over pages, and the language is the options'") {
  REQUIRE_MESSAGE(have_tool("pdfinfo"), "pdfinfo is needed (poppler-utils): bash .ci/setup test installs it");
  // Numbered words, so that two run together ("w17w18") or a space lost is seen.
  auto words = [](const std::string& stem, int n) {
    std::string out;
    for (int i = 1; i <= n; ++i) out += (i > 1 ? " " : "") + stem + std::to_string(i);
    return out;
  };
  layout::Document d;
  d.title = "Words apart";
  for (int i = 0; i < 40; ++i) d.blocks.push_back(layout::Block{layout::Paragraph{layout::runs_from_emphasis("Filler.")}, {}});
  const std::string long_text = words("w", 300);
  d.blocks.push_back(layout::Block{layout::Paragraph{layout::runs_from_emphasis(long_text)}, {}});
  // A row taller than a page: its cells' lines are painted band by band, one cell's lines
  // between another's.
  layout::Table t;
  t.rows.push_back({layout::runs_from_emphasis("Left"), layout::runs_from_emphasis("Right")});
  t.rows.push_back({layout::runs_from_emphasis(words("a", 900)), layout::runs_from_emphasis(words("b", 900))});
  d.blocks.push_back(layout::Block{t, {}});
  const layout::FontSet fonts(layout::default_font_files());
  Diagnostics diags;
  const auto laid = layout::layout_document(d, fonts, diags);
  REQUIRE(laid.pages.size() >= 3);
  pdf::PdfOptions options;
  options.lang = "cy";
  const auto path = write_temp(pdf::write_pdf(laid, options), "words-apart.pdf");
  const auto [tree, status] = run("pdfinfo -struct-text '" + path.string() + "'");
  REQUIRE(status == 0);
  // The paragraph's last line on one page and first on the next, and every line break between.
  CHECK(tree.find("\"" + long_text + "\"") != std::string::npos);
  for (const std::string stem : {"a", "b"}) {
    // The cell's text: its marked-content sequences' texts (a quoted string each), up to the next cell.
    const std::size_t begin = tree.find("\"" + stem + "1 "), end = tree.find("TD", begin);
    REQUIRE(begin != std::string::npos);
    std::string cell;
    for (std::size_t at = tree.find('"', begin); at < end; at = tree.find('"', tree.find('"', at + 1) + 1))
      cell += tree.substr(at + 1, tree.find('"', at + 1) - at - 1);
    CHECK(cell == words(stem, 900));
  }
  const auto [json, js] = run("qpdf --json=2 --json-key=qpdf '" + path.string() + "'");
  REQUIRE(js == 0);
  CHECK(json.find("\"/Lang\": \"u:cy\"") != std::string::npos);
}
