// Unit tests for `qaf new`: skeletons load clean, a template without a grades scale still does, writing is all or nothing.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "load/project_loader.hpp"
#include "scaffold/scaffold.hpp"

using namespace qaf;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path root = fs::temp_directory_path() / ("qaf-scaffold-" + std::to_string(::getpid()));
  TempDir() { fs::remove_all(root); }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
};

std::string printed(const Diagnostics& d) {
  std::ostringstream out;
  d.print(out);
  return out.str();
}

const Date kToday{2026, 11, 29};

}  // namespace

TEST_CASE("title_from_id makes a title to start from") {
  CHECK(title_from_id("case-audit") == "Case audit");
  CHECK(title_from_id("children_in_care") == "Children in care");
  CHECK(title_from_id("1.4") == "1.4");
}

TEST_CASE("a new framework in an empty folder loads with no error and no warning") {
  TempDir t;
  const ScaffoldPlan plan = plan_framework(t.root, "demo", kToday);
  write_new_files(t.root, plan.files);
  for (const NewFile& f : plan.files) {
    INFO(f.path);
    CHECK((f.text.rfind("# ", 0) == 0 || f.text.rfind("---\n# ", 0) == 0));  // every file explains itself
  }
  Diagnostics d;
  const Project p = load_project(t.root, {}, d);
  CHECK(printed(d) == "");
  REQUIRE(p.frameworks.size() == 1);
  REQUIRE(p.frameworks[0].meta.next_review);
  CHECK(p.frameworks[0].meta.next_review->year == 2028);  // two years on
  CHECK(p.frameworks[0].meta.next_review->month == 11);
  CHECK(p.frameworks[0].find_template("case-audit") != nullptr);
  CHECK(p.pages.size() == 1);  // content/index.md
}

TEST_CASE("a setting in qaf.yaml turned on by removing its '#' leaves its explanation a comment") {
  const std::vector<NewFile> files = project_skeleton("demo");
  REQUIRE(files.at(0).path == "qaf.yaml");
  std::istringstream in(files[0].text);
  int settings = 0;
  for (std::string line; std::getline(in, line);) {
    const std::size_t colon = line.find(": ");
    if (line.rfind("# ", 0) != 0 || colon == std::string::npos ||
        line.find_first_not_of("abcdefghijklmnopqrstuvwxyz_", 2) != colon)
      continue;
    ++settings;  // "# key: value   # what it is"
    INFO(line);
    CHECK(line.find("  # ", colon) != std::string::npos);
  }
  CHECK(settings >= 4);
}

TEST_CASE("a template in a framework with no grades scale has no judgement, and loads clean") {
  TempDir t;
  const fs::path fw = t.root / "frameworks" / "plain";
  fs::create_directories(fw);
  std::ofstream(fw / "framework.yaml") << "framework: { title: Plain, council: C, version: \"1\", status: draft, "
                                          "next_review: 2099-01 }\n";
  const ScaffoldPlan plan = plan_template(t.root, "visit", std::nullopt);
  REQUIRE(plan.files.size() == 1);
  CHECK(plan.files[0].path == "frameworks/plain/templates/visit.yaml");
  CHECK(plan.files[0].text.find("\n      kind: judgement") == std::string::npos);
  CHECK(plan.notes.at(0).find("no grades scale") != std::string::npos);
  write_new_files(t.root, plan.files);
  Diagnostics d;
  const Framework f = load_framework(t.root, "plain", d);
  CHECK(printed(d) == "");
  REQUIRE(f.find_template("visit") != nullptr);
  CHECK(f.find_template("visit")->kind == "other");
}

TEST_CASE("hidden folders under frameworks/ are not frameworks: the one framework is found without --framework") {
  TempDir t;
  const fs::path fw = t.root / "frameworks" / "plain";
  fs::create_directories(fw);
  fs::create_directories(t.root / "frameworks" / ".git");
  fs::create_directories(t.root / "frameworks" / ".trash");
  std::ofstream(fw / "framework.yaml") << "framework: { title: Plain, council: C, version: \"1\", status: draft, "
                                          "next_review: 2099-01 }\n";
  const ScaffoldPlan plan = plan_template(t.root, "visit", std::nullopt);
  REQUIRE(plan.files.size() == 1);
  CHECK(plan.files[0].path == "frameworks/plain/templates/visit.yaml");
  // A second real framework: then the template needs --framework, and the hidden ones are not offered.
  fs::create_directories(t.root / "frameworks" / "other");
  try {
    plan_template(t.root, "visit", std::nullopt);
    FAIL("expected a refusal naming the two frameworks");
  } catch (const ScaffoldRefused& e) {
    CHECK(std::string(e.what()).find("The project has 2: other, plain") != std::string::npos);
  }
}

TEST_CASE("an id that reads as a number is quoted in the template") {
  TempDir t;
  fs::create_directories(t.root / "frameworks" / "plain");
  std::ofstream(t.root / "frameworks" / "plain" / "framework.yaml")
      << "framework: { title: Plain, council: C, version: \"1\", status: draft, next_review: 2099-01 }\n";
  const ScaffoldPlan plan = plan_template(t.root, "2.10", std::string("plain"));
  CHECK(plan.files.at(0).text.find("id: \"2.10\"") != std::string::npos);
  write_new_files(t.root, plan.files);
  Diagnostics d;
  const Framework f = load_framework(t.root, "plain", d);
  CHECK(printed(d) == "");
  CHECK(f.find_template("2.10") != nullptr);
}

TEST_CASE("a bad id is refused with a suggestion, before anything is written") {
  TempDir t;
  try {
    plan_framework(t.root, "Demo Team", kToday);
    FAIL("expected ScaffoldRefused");
  } catch (const ScaffoldRefused& e) {
    CHECK(std::string(e.what()) == "'Demo Team' is not a valid framework id");
    CHECK(e.hint.find("try 'demo-team'") != std::string::npos);
  }
  CHECK_THROWS_AS(plan_template(t.root, "..", std::nullopt), ScaffoldRefused);
  CHECK_THROWS_WITH_AS(plan_framework(t.root, "pages", kToday), "a framework cannot be called 'pages'", ScaffoldRefused);
  CHECK_FALSE(fs::exists(t.root));
}

TEST_CASE("writing is all or nothing: one path that exists, and nothing is written") {
  TempDir t;
  fs::create_directories(t.root / "b");
  std::ofstream(t.root / "b" / "there.txt") << "mine\n";
  const std::vector<NewFile> files = {{"a/new.txt", "new\n"}, {"b/there.txt", "theirs\n"}};
  CHECK_THROWS_AS(write_new_files(t.root, files), ScaffoldRefused);
  CHECK_FALSE(fs::exists(t.root / "a"));
  std::ifstream in(t.root / "b" / "there.txt");
  std::string line;
  std::getline(in, line);
  CHECK(line == "mine");
}

TEST_CASE("a folder that leads out of the project through a link is refused") {
  TempDir t;
  fs::create_directories(t.root / "project");
  fs::create_directories(t.root / "outside");
  fs::create_directory_symlink(t.root / "outside", t.root / "project" / "frameworks");
  const std::vector<NewFile> files = {{"frameworks/x/framework.yaml", "x\n"}};
  CHECK_THROWS_AS(write_new_files(t.root / "project", files), ScaffoldRefused);
  CHECK(fs::is_empty(t.root / "outside"));
}
