// The dashboard page as built: every figure is a published (protected) count or "hidden", the
// page and dashboard-figures.json agree, and the rules change with the configured threshold.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <unistd.h>

#include "load/project_loader.hpp"
#include "load/theme_loader.hpp"
#include "site/site_builder.hpp"

using namespace qaf;

namespace {

struct Built {
  std::string page;
  nlohmann::json figures;
};

Built dashboard(int threshold) {
  const std::string root = std::string(QAF_SOURCE_DIR) + "/tests/unit/audit/fixture";
  Diagnostics diags;
  Project project = load_project(root, {}, diags);
  REQUIRE(!diags.has_errors());
  project.config.suppress_below = threshold;
  const Theme theme = load_theme(root, project, diags);
  SiteOptions o;
  o.as_of = *parse_date("2026-06-30");
  const OutputTree site = build_site(project, theme, o, diags);
  REQUIRE(!diags.has_errors());
  REQUIRE(site.has("fx/dashboard.html"));
  REQUIRE(site.has("fx/dashboard-figures.json"));
  return {*site.find("fx/dashboard.html"), nlohmann::json::parse(*site.find("fx/dashboard-figures.json"))};
}

// Every data-fig element of the page: id -> text.
std::map<std::string, std::string> page_figures(const std::string& page) {
  std::map<std::string, std::string> out;
  static const std::regex fig("data-fig=\"([^\"]+)\">([^<]*)<");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), fig); it != std::sregex_iterator(); ++it)
    out[(*it)[1]] = (*it)[2];
  return out;
}

}  // namespace

TEST_CASE("with the threshold at 5, no count from 1 to 4 is on the page, and hidden figures say 'hidden'") {
  const Built b = dashboard(5);
  const auto figs = page_figures(b.page);
  REQUIRE(!figs.empty());
  int hidden = 0;
  for (const auto& [id, text] : figs) {
    if (text == "hidden") {
      ++hidden;
      continue;
    }
    const long v = std::stol(text);
    CHECK_MESSAGE((v == 0 || v >= 5), id << " shows " << v);
  }
  CHECK(hidden > 0);  // six audits in two teams: most figures are hidden
  CHECK(b.page.find("fewer than") == std::string::npos);  // hidden figures do not say they are small
  // The 2 of 3 moderation agreement: its counts are small, so no share is given.
  CHECK(b.page.find("67%") == std::string::npos);
}

TEST_CASE("the page shows exactly the values of dashboard-figures.json") {
  const Built b = dashboard(5);
  std::map<std::string, nlohmann::json> json;
  for (const auto& f : b.figures["figures"]) json[f["id"].get<std::string>()] = f["value"];
  for (const auto& [id, text] : page_figures(b.page)) {
    REQUIRE_MESSAGE(json.count(id), id);
    if (json[id].is_null()) CHECK(text == "hidden");
    else CHECK(text == std::to_string(json[id].get<long>()));
  }
}

TEST_CASE("with the threshold at 1, every count is shown as it is") {
  const Built b = dashboard(1);
  for (const auto& [id, text] : page_figures(b.page)) CHECK_MESSAGE(text != "hidden", id);
  CHECK(b.page.find("67%") != std::string::npos);  // moderation: 2 of 3 agreed
  CHECK(b.page.find(">2</td>") != std::string::npos);  // two audits graded Good in all
}

TEST_CASE("a question of up to 110 characters is shown whole on the dashboard; a longer one is cut at a word") {
  auto page_with_question = [](const std::string& text) {
    const std::string root = std::string(QAF_SOURCE_DIR) + "/tests/unit/audit/fixture";
    Diagnostics diags;
    Project project = load_project(root, {}, diags);
    REQUIRE(!diags.has_errors());
    project.config.suppress_below = 1;
    for (Template& t : project.frameworks.front().templates)
      for (Section& s : t.sections)
        for (Question& q : s.questions)
          if (q.id == "plan") q.text.markdown = text;
    const Theme theme = load_theme(root, project, diags);
    SiteOptions o;
    o.as_of = *parse_date("2026-06-30");
    return *build_site(project, theme, o, diags).find("fx/dashboard.html");
  };
  // Twelve-character words: the 110th character falls inside the ninth word.
  std::string words;
  for (int i = 0; i < 10; ++i) words += (i ? " " : "") + std::string("abcdefghijk") + static_cast<char>('a' + i);
  const std::string exactly = words.substr(0, 110);
  REQUIRE(exactly.back() != ' ');
  CHECK(page_with_question(exactly).find(">" + exactly + "<") != std::string::npos);
  const std::string longer = words.substr(0, 111);
  const std::string page = page_with_question(longer);
  CHECK(page.find(longer) == std::string::npos);
  CHECK(page.find(">" + words.substr(0, 8 * 13 - 1) + "\u2026<") != std::string::npos);  // cut after the eighth word
}

// The fixture with an earlier version kept, in which question "plan" was worded otherwise, and
// `old_records` of its six records completed on that version.
std::string dashboard_across_versions(int old_records) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / ("qaf-dashboard-versions-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::copy(std::string(QAF_SOURCE_DIR) + "/tests/unit/audit/fixture", root, fs::copy_options::recursive);
  const fs::path kept = root / "frameworks/fx/versions/0.9";
  fs::create_directories(kept);
  auto read = [](const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  std::string fw = read(root / "frameworks/fx/framework.yaml");
  const auto swap = [](std::string& s, const std::string& from, const std::string& to) {
    const std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
  };
  swap(fw, "version: \"1\"", "version: \"0.9\"");
  swap(fw, "Is there a plan?", "Is there a written plan?");
  std::ofstream(kept / "framework.yaml") << fw;
  for (int i = 1; i <= old_records; ++i) {
    const fs::path record = root / ("content/audits/a" + std::to_string(i) + ".yaml");
    const std::string text = read(record);
    std::ofstream(record) << text << "\nversion: \"0.9\"\n";
  }
  Diagnostics diags;
  Project project = load_project(root, {}, diags);
  std::ostringstream printed;
  diags.print(printed);
  REQUIRE_MESSAGE(!diags.has_errors(), printed.str());
  project.config.suppress_below = 1;
  const Theme theme = load_theme(root.string(), project, diags);
  SiteOptions o;
  o.as_of = *parse_date("2026-06-30");
  const OutputTree site = build_site(project, theme, o, diags);
  fs::remove_all(root);
  REQUIRE(!diags.has_errors());
  return *site.find("fx/dashboard.html");
}

TEST_CASE("a question asked differently since an earlier version says so where its answers span both") {
  const std::string page = dashboard_across_versions(2);
  const std::size_t row = page.find("Is there a plan?");
  REQUIRE(row != std::string::npos);
  const std::size_t end = page.find("</th>", row);
  const std::string heading = page.substr(row, end - row);
  CHECK(heading.find("Asked differently since version 1: answers given on earlier versions are counted with it.") !=
        std::string::npos);
  INFO(heading);
  CHECK(heading.find("fx/changes/1.html\">What changed in version 1</a>") != std::string::npos);
  CHECK(page.find("Asked differently", end) == std::string::npos);  // the other questions did not change
  // Every record on the current version: nothing to say.
  CHECK(dashboard_across_versions(0).find("Asked differently") == std::string::npos);
}
