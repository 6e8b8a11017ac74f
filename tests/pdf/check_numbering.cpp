// One numbering: each template's page, its blank form and every link to a question or standard name it alike.
#include "check_numbering.hpp"

#include <deque>
#include <iostream>
#include <map>
#include <regex>

#include "load/io_error.hpp"
#include "markdown/markdown.hpp"
#include "pdf_text.hpp"
#include "site/site_paths.hpp"

namespace qaf::test {
namespace fs = std::filesystem;
namespace {

struct Shown {
  std::string id;      // the question's (or a stem's) id
  std::string label;   // what the page prints before its words: "2.3", "2.5", "(a)"
  std::string number;  // the whole number: "2.5(a)" for a part
};

/// The questions of a template's page in order, as the page numbers them.
std::vector<Shown> page_numbers(const std::string& html) {
  static const std::regex item(
      R"re(<li class="qaf-question( qaf-question--in-parts)?" id="q-([^"]+)">\s*<div class="qaf-question__text">(<span class="qaf-question__number">([^<]*)</span>)?)re");
  std::vector<Shown> out;
  std::string stem;  // the number of the question in parts being listed
  for (std::sregex_iterator m(html.begin(), html.end(), item), end; m != end; ++m) {
    const std::string label = (*m)[4];
    const bool part = !label.empty() && label.front() == '(';
    if ((*m)[1].matched) stem = label;
    out.push_back({(*m)[2], label, part ? stem + label : label});
  }
  return out;
}

/// The first words of a Markdown text, squeezed, as a PDF line would start.
std::string opening(const std::string& markdown) {
  std::string text = markdown_to_text(markdown);
  const std::size_t nl = text.find('\n');
  if (nl != std::string::npos) text.resize(nl);
  return squeeze(text).substr(0, 24);
}

bool is_number(const std::string& s) {
  static const std::regex number(R"re(\d+(\.\d+)*(\([a-z]+\))?)re");
  return std::regex_match(s, number);
}

}  // namespace

int check_numbering(const Project& project, const fs::path& site) {
  namespace sp = site_paths;
  int problems = 0, links = 0, questions = 0;
  auto fail = [&](const std::string& where, const std::string& what) {
    std::cerr << where << ": " << what << "\n";
    ++problems;
  };
  auto page_text = [&](const fs::path& file) -> std::string {  // a page that cannot be read is a problem
    try {
      return read_file(file);
    } catch (const IoError& e) {
      fail(fs::relative(file, site).generic_string(), e.what());
      return "";
    }
  };
  // The frameworks as they are now, then each earlier version kept, under its archive id: each
  // checked on its own pages ("<fw>/versions/<V>/" apart from the current framework's).
  std::deque<Framework> archived;
  std::vector<const Framework*> frameworks;
  for (const Framework& fw : project.frameworks) frameworks.push_back(&fw);
  for (const Framework& fw : project.frameworks)
    for (Framework& old : sp::archived_versions(project, fw)) {
      archived.push_back(std::move(old));
      frameworks.push_back(&archived.back());
    }
  for (const Framework* each : frameworks) {
    const Framework& fw = *each;
    // template id -> question id -> the number its page shows
    std::map<std::string, std::map<std::string, std::string>> numbers;
    for (const Template& t : fw.templates) {
      if (t.stub()) continue;
      const std::string page = sp::template_page(fw.id, t.id), pdf = sp::template_pdf(fw.id, t.id);
      const std::vector<Shown> shown = page_numbers(page_text(site / page));
      std::map<std::string, std::string> seen;  // number -> id: one number, one question
      for (const Shown& s : shown) {
        numbers[t.id][s.id] = s.number;
        if (s.number.empty()) continue;
        if (auto [it, fresh] = seen.emplace(s.number, s.id); !fresh)
          fail(page, "number " + s.number + " is shown for both '" + it->second + "' and '" + s.id + "'");
        // The model's number for it, worked out by the template: the page must show that one.
        if (t.question_number(s.id) != s.number)
          fail(page, "question '" + s.id + "' is shown as " + s.number + ", but is " + t.question_number(s.id));
      }
      // The blank form opens each question with the label the page shows, in the page's order.
      const auto [text, status] = run("pdftotext -raw -enc UTF-8 " + quoted(site / pdf) + " - 2>/dev/null");
      if (status != 0) {
        fail(pdf, "pdftotext failed");
        continue;
      }
      const std::string flat = squeeze(text);
      std::size_t at = 0;
      for (const Shown& s : shown) {
        if (s.label.empty()) continue;
        const Question* q = t.find_question(s.id);
        std::string words;
        if (q) words = opening(q->text.markdown);
        else
          for (const Section& sec : t.sections)  // a stem: its words are its parts'
            for (const Question& part : sec.questions)
              if (part.stem_id == s.id && part.part == 1) words = opening(part.stem.markdown);
        const std::string want = squeeze(s.label) + words;
        const std::size_t found = flat.find(want, at);
        ++questions;
        if (found == std::string::npos) {
          fail(pdf, (flat.find(want) == std::string::npos ? "no " : "out of order: ") + s.label + " " + words +
                        " (the page's " + s.number + ")");
          continue;
        }
        at = found + want.size();
      }
    }
    // Standards: the number each one shows on the standards page.
    std::map<std::string, std::string> standard_numbers;  // anchor -> number
    static const std::regex standard(
        R"re(<article class="qaf-standard" id="([^"]+)"[^>]*>\s*<h3[^>]*>(<span class="qaf-standard__number">([^<]*)</span>)?)re");
    const std::string standards_html = fw.standards.empty() ? "" : page_text(site / sp::standards(fw.id));
    for (std::sregex_iterator m(standards_html.begin(), standards_html.end(), standard), end; m != end; ++m)
      standard_numbers[(*m)[1]] = (*m)[3];
    // Every link on the framework's pages whose words are a number names its target's number.
    static const std::regex question_link(R"re(<a href="[^"#]*templates/([^"/#]+)\.html#q-([^"]+)">([^<]*)</a>)re");
    static const std::regex standard_link(R"re(<a href="[^"#]*standards\.html#([^"]+)">(Standard |Standards )?([^<]*)</a>)re");
    for (auto it = fs::recursive_directory_iterator(site / fw.id); it != fs::recursive_directory_iterator(); ++it) {
      const auto& entry = *it;
      if (entry.is_directory() && entry.path() == site / fw.id / "versions") {
        it.disable_recursion_pending();  // earlier versions: checked as frameworks of their own
        continue;
      }
      if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
      const std::string html = page_text(entry.path());
      const std::string name = fs::relative(entry.path(), site).generic_string();
      for (std::sregex_iterator m(html.begin(), html.end(), question_link), end; m != end; ++m) {
        const std::string words = (*m)[3];
        if (!is_number(words)) continue;
        ++links;
        const auto t = numbers.find((*m)[1]);
        const std::string target = t == numbers.end() ? "" : t->second.count((*m)[2]) ? t->second.at((*m)[2]) : "";
        if (target != words)
          fail(name, "a link to question '" + std::string((*m)[2]) + "' of '" + std::string((*m)[1]) + "' says " + words +
                         ", but the question is numbered " + (target.empty() ? "nothing" : target));
      }
      for (std::sregex_iterator m(html.begin(), html.end(), standard_link), end; m != end; ++m) {
        const std::string words = (*m)[3];
        if (!is_number(words)) continue;
        ++links;
        const auto it = standard_numbers.find((*m)[1]);
        if (it == standard_numbers.end() || it->second != words)
          fail(name, "a link to standard '" + std::string((*m)[1]) + "' says " + words + ", but the standard is numbered " +
                         (it == standard_numbers.end() ? "nothing" : it->second));
      }
    }
  }
  // Not a vacuous pass: the examples number their questions and link to them by number.
  if (questions == 0 || links == 0) fail("site", "no numbered question or numbered link was found to compare");
  std::cout << "numbering: " << questions << " numbered questions on pages and forms, " << links
            << " numbered links checked, " << problems << " problems\n";
  return problems;
}

}  // namespace qaf::test
