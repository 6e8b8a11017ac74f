// Test tool: writes a small site (nested pages with anchors) and its search index for the browser test.
// Usage: make_search_fixture OUT_DIR [--synthetic N]
//   OUT_DIR/...html       pages at several folder depths, each with the search form and a data-root
//   OUT_DIR/search/...    the index built by qaf::search::build_index
//   OUT_DIR/tokens.json   the C++ tokenizer's terms for sample texts (checked against search.js)
// The client (search.js, search.css) is copied to OUT_DIR/assets/ by the test itself.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/search.hpp"
#include "search/tokenizer.hpp"
#include "synthetic_corpus.hpp"

namespace fs = std::filesystem;
using qaf::search::DocKind;
using qaf::search::SearchDoc;

namespace {

std::string escape_html(const std::string& s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

SearchDoc doc(std::string url, std::string anchor, DocKind kind, std::string fw, std::string title,
              std::vector<std::string> headings, std::string body) {
  static const std::map<std::string, std::string> titles{{"ofsted", "Ofsted SCCIF"}, {"care", "Leaving Care"}};
  SearchDoc d;
  d.url = std::move(url);
  d.anchor = std::move(anchor);
  d.kind = kind;
  d.framework_id = fw;
  d.framework_title = fw.empty() ? "" : titles.at(fw);
  d.title = std::move(title);
  d.headings = std::move(headings);
  d.body = std::move(body);
  return d;
}

std::vector<SearchDoc> fixture_docs() {
  return {
      doc("index.html", "", DocKind::page, "", "Quality Assurance Frameworks", {},
          "This site holds the frameworks, standards, rubrics and templates for quality assurance."),
      doc("frameworks/ofsted/standards.html", "s1-4", DocKind::standard, "ofsted", "1.4 Children are seen alone",
          {"What good looks like"},
          "Every child is seen alone by their social worker at each statutory visit. Visits happen within 45 days "
          "of the last one, and the record says what the child said."),
      doc("frameworks/ofsted/standards.html", "s1-40", DocKind::standard, "ofsted", "1.40 Records are up to date", {},
          "Case records are written within 5 working days of any visit."),
      doc("frameworks/ofsted/standards.html", "s2-1", DocKind::standard, "ofsted", "2.1 Plans are reviewed", {},
          "Care plans are reviewed by the independent reviewing officer."),
      doc("frameworks/ofsted/standards.html", "s2-10", DocKind::standard, "ofsted", "2.10 Missing from care", {},
          "A return home interview is offered within 72 hours when a child goes missing from care."),
      doc("frameworks/ofsted/rubrics/visits.html", "r-visits", DocKind::rubric, "ofsted", "Statutory visits rubric",
          {"Outstanding", "Requires improvement"},
          "Outstanding: the child was seen alone and their wishes and feelings shape the plan. Requires improvement: "
          "the child was seen, but not alone, or the visit was late by more than 45 days."),
      doc("frameworks/care/skills/safeguarding.html", "", DocKind::skill, "care", "Safeguarding conversations", {},
          "Practitioners keep young people safe; safeguarding is everyone's responsibility. Café culture is not "
          "a safeguarding plan."),
      doc("frameworks/care/templates/pathway.html", "t-pathway", DocKind::template_, "care", "Pathway plan template",
          {"Accommodation"}, "A pathway plan records accommodation, education and health for care leavers."),
      doc("pages/about.html", "", DocKind::page, "", "About <img src=x onerror=\"window.pwned=1\">", {},
          "About this site. <script>window.pwned=1</script> Text that looks like markup is shown as text: "
          "<b>bold</b> seen alone."),
  };
}

// One page per url, each section of it a document with its anchor as the element id.
std::string page_html(const std::string& url, const std::vector<SearchDoc>& sections) {
  std::string root;
  for (const char c : url) {
    if (c == '/') root += "../";
  }
  if (root.empty()) root = "./";
  std::string h = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                  escape_html(sections.front().title) + "</title>\n<link rel=\"stylesheet\" href=\"" + root +
                  "assets/search.css\">\n</head>\n<body>\n<header>\n"
                  "<form role=\"search\" action=\"" + root + "index.html\" data-results=\"search-results\">\n"
                  "<label for=\"q\">Search</label>\n<input type=\"search\" id=\"q\" name=\"q\">\n"
                  "<button type=\"submit\">Search</button>\n</form>\n"
                  "<div id=\"search-results\" class=\"qaf-search-results\"></div>\n</header>\n<main>\n";
  for (const SearchDoc& d : sections) {
    h += "<section" + (d.anchor.empty() ? std::string() : " id=\"" + escape_html(d.anchor) + "\"") + ">\n<h2>" +
         escape_html(d.title) + "</h2>\n";
    for (const auto& head : d.headings) h += "<h3>" + escape_html(head) + "</h3>\n";
    h += "<p>" + escape_html(d.body) + "</p>\n";
    // Room below each section, so that landing on an anchor visibly scrolls.
    h += "<div style=\"height:120vh\"></div>\n</section>\n";
  }
  h += "</main>\n<script src=\"" + root + "assets/search.js\" data-root=\"" + root + "\" defer></script>\n</body>\n</html>\n";
  return h;
}

void write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

nlohmann::json token_samples() {
  std::string latin;
  for (char32_t cp = 0xC0; cp <= 0x24F; ++cp) {
    // UTF-8 of cp followed by a space, so that each letter is its own word (or two, with 'x').
    latin += static_cast<char>(0xC0 | (cp >> 6));
    latin += static_cast<char>(0x80 | (cp & 0x3F));
    latin += "x ";
  }
  const std::vector<std::string> samples{
      latin,
      "Standard 1.4 and 2.10. See 1.4.2, v1.4, (1.) end. 3.Next 2..3",
      "A child's home \xE2\x80\x94 \xE2\x80\x9Cseen alone\xE2\x80\x9D within 45\xC2\xA0" "days; \xC2\xA3" "20",
      "Cafe\xCC\x81 \xC3\x86r\xC3\xB8 \xC5\x81\xC3\xB3" "d\xC5\xBA \xCE\xA9\xCE\xBC\xCE\xAD\xCE\xB3\xCE\xB1 emoji\xF0\x9F\x98\x80x",
      std::string(40, 'y') + " " + std::string(41, 'z') + " ok"};
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : samples) {
    nlohmann::json terms = nlohmann::json::array();
    for (const auto& t : qaf::search::tokenize(s)) terms.push_back({t.term, t.position});
    out.push_back({{"text", s}, {"tokens", terms}});
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && !(argc == 4 && std::string(argv[2]) == "--synthetic")) {
    std::cerr << "usage: make_search_fixture OUT_DIR [--synthetic N]\n";
    return 2;
  }
  try {
    const fs::path out = argv[1];
    std::vector<SearchDoc> docs =
        argc == 4 ? qaf::search::testing::synthetic_corpus(std::stoul(argv[3])) : fixture_docs();
    std::map<std::string, std::vector<SearchDoc>> pages;
    for (const SearchDoc& d : docs) pages[d.url].push_back(d);
    if (argc == 4) {
      // A large index needs only a few real pages to search from.
      pages = {{"index.html", {fixture_docs().front()}}};
    }
    for (const auto& [url, sections] : pages) write(out / url, page_html(url, sections));
    for (const auto& f : qaf::search::build_index(docs)) write(out / f.path, f.bytes);
    write(out / "tokens.json", token_samples().dump(1, ' ', false, nlohmann::json::error_handler_t::replace));
  } catch (const std::exception& e) {
    std::cerr << "make_search_fixture: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
