// The example frameworks' ids never show where a reader looks: site pages' text and printed documents' words.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "load/project_loader.hpp"
#include "load/theme_loader.hpp"
#include "print_fixture.hpp"
#include "site/site_builder.hpp"

using namespace qaf;

namespace {

// Ids of several words ("requires-improvement", "team-manager"): a reader would never write them,
// so finding one in visible text means a generated sentence used an id where a label exists.
// (One-word ids such as "good" or "cin" are also ordinary words; they cannot be told apart.)
std::set<std::string> hyphenated_ids(const Project& p) {
  std::set<std::string> ids;
  auto add = [&](const std::string& id) {
    if (id.find('-') != std::string::npos && std::regex_search(id, std::regex("[a-z]"))) ids.insert(id);
  };
  for (const Framework& fw : p.frameworks) {
    add(fw.id);
    for (const Scale& s : fw.scales) {
      add(s.id);
      for (const Grade& g : s.grades) add(g.id);
      for (const Choice& c : s.options) add(c.id);
    }
    for (const Template& t : fw.templates) {
      add(t.id);
      add(t.kind);
      for (const HeaderField& h : t.header) add(h.id);
      for (const Section& sec : t.sections) {
        add(sec.id);
        for (const Column& c : sec.columns) add(c.id);
        for (const Question& q : sec.questions) add(q.id);
        for (const TableColumn& c : sec.table_columns) add(c.id);
        for (const ModerationCheck& k : sec.checks) add(k.id);
        for (const FeedbackSource& src : sec.sources) {
          add(src.id);
          for (const Question& q : src.questions) add(q.id);
        }
      }
    }
    for (const Body& b : fw.bodies) add(b.id);
    for (const Indicator& i : fw.indicators) add(i.id);
    for (const CaseEventRule& r : fw.rules.case_events) add(r.id);
    for (const StandardSection& sec : fw.standards)
      for (const Standard& st : sec.standards)
        if (!st.numbered) add(st.id);
    for (const Rubric& r : fw.rubrics) {
      add(r.id);
      for (const RubricArea& a : r.areas) add(a.id);
    }
    for (const SkillSet& s : fw.skill_sets)
      for (const SkillGroup& g : s.groups) {
        add(g.id);
        for (const Skill& sk : g.skills) add(sk.id);
      }
    for (const Role& r : fw.roles) add(r.id);
    for (const Programme& pr : fw.programmes) add(pr.id);
  }
  return ids;
}

// Hyphenated English words that the examples also use as ids, written as prose in the text.
const std::set<std::string> kProseWords = {"words-and-pictures", "follow-up"};

// Every hyphenated word of `text` that is an id; `where` names the place for the message.
// Paths and addresses ("Online version: fw/templates/case-audit.html") are left out: there
// the id is the file's name, as the reader's browser shows it.
void find_ids(const std::string& text, const std::set<std::string>& ids, const std::string& where,
              std::map<std::string, std::string>& found) {
  static const std::regex word("(^|[^/.\\w-])([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)(?![\\w/.-]*[/.][\\w])");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it) {
    const std::string w = (*it)[2].str();
    if (ids.count(w) && !kProseWords.count(w)) found.emplace(w + " in " + where, text.substr(
        static_cast<std::size_t>(std::max<long>(0, it->position(2) - 60)), 140));
  }
}

// What a reader sees of an HTML page: no tags, attributes, scripts, styles or code (the
// authoring reference shows ids as code on purpose: that is what an author writes).
std::string visible_text(std::string html) {
  for (const char* element : {"script", "style", "code", "pre"})
    html = std::regex_replace(html, std::regex(std::string("<") + element + "[\\s\\S]*?</" + element + ">"), " ");
  return std::regex_replace(html, std::regex("<[^>]*>"), " ");
}

void add_runs(std::string& out, const layout::Runs& runs) {
  for (const layout::Run& r : runs) out += r.text;
  out += '\n';
}

// Every word a printed document puts on paper, block by block, and its running heads and feet.
std::string printed_words(const layout::Document& doc) {
  std::string out = doc.title + "\n" + doc.furniture.header_left + "\n" + doc.furniture.header_right + "\n";
  for (const std::string& f : doc.furniture.footer_lines) out += f + "\n";
  for (const layout::Block& b : doc.blocks) {
    if (const auto* p = std::get_if<layout::Paragraph>(&b.content)) add_runs(out, p->runs);
    if (const auto* h = std::get_if<layout::Heading>(&b.content)) add_runs(out, h->runs);
    if (const auto* l = std::get_if<layout::List>(&b.content))
      for (const auto& item : l->items) add_runs(out, item);
    if (const auto* t = std::get_if<layout::Table>(&b.content))
      for (const auto& row : t->rows)
        for (const auto& cell : row) add_runs(out, cell);
    if (const auto* x = std::get_if<layout::TickBoxes>(&b.content))
      for (const auto& o : x->options) add_runs(out, o);
    if (const auto* r = std::get_if<layout::RatingRow>(&b.content))
      for (const auto& label : r->labels) out += label + "\n";
    if (const auto* s = std::get_if<layout::SignatureLines>(&b.content))
      for (const auto& label : s->labels) out += label + "\n";
    if (const auto* c = std::get_if<layout::BarChart>(&b.content))
      for (const auto& bar : c->bars) out += bar.label + " " + bar.note + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("no id of the examples shows on a site page or a printed document where a label exists") {
  Diagnostics diags;
  const Project project = load_project(QAF_SOURCE_DIR, LoadOptions{}, diags);
  REQUIRE_MESSAGE(!diags.has_errors(), "the repository's examples do not load");
  const std::set<std::string> ids = hyphenated_ids(project);
  REQUIRE(ids.count("requires-improvement"));  // the test looks for the ids it means to
  REQUIRE(ids.count("practice-conversation"));
  REQUIRE(ids.count("qa-board"));       // bodies, indicators, case events and unnumbered standards too
  REQUIRE(ids.count("re-referrals"));
  REQUIRE(ids.count("promise-heard"));

  std::map<std::string, std::string> found;
  const Theme theme = load_theme(QAF_SOURCE_DIR, project, diags);
  const OutputTree site = build_site(project, theme, SiteOptions{}, diags);
  int pages = 0;
  for (const auto& [path, bytes] : site.files())
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) {
      ++pages;
      find_ids(visible_text(bytes), ids, path, found);
    }
  CHECK(pages > 50);
  int documents = 0;
  for (const print::PrintJob& job : print::print_jobs(project, test::options())) {
    ++documents;
    find_ids(printed_words(job.document), ids, job.path, found);
  }
  CHECK(documents > 20);
  for (const auto& [what, context] : found) INFO(what << ": ..." << context << "...");
  std::string list;
  for (const auto& [what, context] : found) list += "  " + what + ": ..." + context + "...\n";
  CHECK_MESSAGE(found.empty(), "ids shown to readers (use the label; or, for a real hyphenated word "
                               "written in prose, add it to kProseWords):\n" << list);
}
