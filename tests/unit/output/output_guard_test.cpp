// Unit tests for claim_output_dir (inputs, files and foreign folders refused) and for write_trees
// (two trees together or not at all, stale staging folders of dead runs removed).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <csignal>
#include <sstream>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "output/output_guard.hpp"
#include "output/output_tree.hpp"

using namespace qaf;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fresh temporary project: frameworks/, content/audits/, qaf.yaml.
struct TempProject {
  fs::path root = fs::temp_directory_path() / ("qaf-guard-" + std::to_string(::getpid()));
  TempProject() {
    fs::remove_all(root);
    fs::create_directories(root / "frameworks" / "f");
    fs::create_directories(root / "content" / "audits");
    std::ofstream(root / "qaf.yaml") << "title: T\n";
  }
  ~TempProject() { fs::remove_all(root); }
  std::vector<ProtectedPath> inputs() const {
    std::vector<ProtectedPath> in(4);
    in[0].path = root;
    in[0].what = "the project folder";
    in[0].may_hold_outputs = true;
    in[1].path = root / "frameworks";
    in[1].what = "the project's frameworks/ folder";
    in[2].path = root / "content";
    in[2].what = "the project's content/ folder";
    in[3].path = root / "qaf.yaml";
    in[3].what = "the project's qaf.yaml";
    return in;
  }
};

// The message claim_output_dir refuses `dir` with ("" when it is accepted).
std::string refusal(const fs::path& dir, const std::vector<ProtectedPath>& in, bool force = false) {
  try {
    claim_output_dir(dir, "--out", in, force);
    return "";
  } catch (const OutputRefused& e) {
    CHECK_FALSE(e.hint.empty());
    return e.what();
  }
}

long dead_pid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}
}  // namespace

TEST_CASE("inputs, a file and the project itself are refused as output folders, even with --force") {
  TempProject p;
  const auto in = p.inputs();
  CHECK(refusal(p.root / "content", in, true).find("is the project's content/ folder") != std::string::npos);
  CHECK(refusal(p.root / "content/audits", in, true).find("is inside the project's content/") != std::string::npos);
  CHECK(refusal(p.root / "frameworks/", in, true).find("is the project's frameworks/") != std::string::npos);
  CHECK(refusal(p.root / "qaf.yaml", in, true).find("is the project's qaf.yaml") != std::string::npos);
  CHECK(refusal(p.root, in, true).find("is the project folder") != std::string::npos);
  CHECK(refusal(p.root / ".", in, true).find("is the project folder") != std::string::npos);
  CHECK(refusal(p.root.parent_path(), in, true).find("contains the project folder") != std::string::npos);
  CHECK(refusal(p.root / "frameworks/../content", in, true).find("content/ folder") != std::string::npos);
  std::ofstream(p.root / "notes.txt") << "mine";
  CHECK(refusal(p.root / "notes.txt", in, true).find("is a file") != std::string::npos);
  // A symlink to an input is the input.
  fs::create_directory_symlink(p.root / "content", p.root / "link");
  CHECK(refusal(p.root / "link", in, true).find("content/ folder") != std::string::npos);
}

TEST_CASE("an existing folder is ours when empty, holding only README.md, or marked; else only with --force") {
  TempProject p;
  const auto in = p.inputs();
  CHECK(refusal(p.root / "site", in) == "");      // does not exist yet
  CHECK(refusal(p.root / "site/", in) == "");     // trailing slash
  fs::create_directories(p.root / "site");
  CHECK(refusal(p.root / "site", in) == "");      // empty
  std::ofstream(p.root / "site" / "README.md") << "kept";
  CHECK(refusal(p.root / "site/", in) == "");     // only the tracked README
  std::ofstream(p.root / "site" / "thesis.docx") << "years of work";
  CHECK(refusal(p.root / "site", in).find("is a folder qaf did not write (it holds 'thesis.docx'") != std::string::npos);
  CHECK(refusal(p.root / "site", in, true) == "");
  std::ofstream(p.root / "site" / kOutputMarker) << kOutputMarkerText;
  CHECK(refusal(p.root / "site", in) == "");
  CHECK(claim_output_dir(p.root / "site/", "--out", in, false).path().filename() == "site");
}

TEST_CASE("a marked output folder is taken on its marker alone: its listing is never read") {
  TempProject p;
  const auto in = p.inputs();
  fs::create_directories(p.root / "site" / "pdf");
  std::ofstream(p.root / "site" / kOutputMarker) << kOutputMarkerText;
  std::ofstream(p.root / "site" / "index.html") << "previous build";
  // With no file descriptor to spare, a folder cannot be opened to list it (even by root, who
  // may read any folder): a check that listed a marked folder would fail here.
  const int lowest_free = ::open("/dev/null", O_RDONLY);
  REQUIRE(lowest_free >= 0);
  ::close(lowest_free);
  rlimit before{};
  REQUIRE(::getrlimit(RLIMIT_NOFILE, &before) == 0);
  rlimit tight = before;
  tight.rlim_cur = static_cast<rlim_t>(lowest_free);
  REQUIRE(::setrlimit(RLIMIT_NOFILE, &tight) == 0);
  const std::string marked = refusal(p.root / "site", in);
  REQUIRE(::setrlimit(RLIMIT_NOFILE, &before) == 0);
  CHECK(marked == "");
}

TEST_CASE("write_tree marks what it writes, so the next build accepts it") {
  TempProject p;
  OutputTree t;
  t.add("index.html", "x");
  write_tree(t, claim_output_dir(p.root / "site", "--out", p.inputs(), false));
  CHECK(slurp(p.root / "site" / kOutputMarker) == kOutputMarkerText);
  CHECK_NOTHROW(write_tree(t, claim_output_dir(p.root / "site", "--out", p.inputs(), false)));
}

TEST_CASE("two trees are written together or not at all") {
  TempProject p;
  OutputTree site1, packs1;
  site1.add("index.html", "site v1");
  packs1.add("pack.pdf", "packs v1");
  const WritableDir site = claim_output_dir(p.root / "site", "--out", p.inputs(), false);
  const WritableDir packs = claim_output_dir(p.root / "packs", "--packs", p.inputs(), false);
  write_trees({{&site1, site, {}}, {&packs1, packs, {}}});
  OutputTree site2, bad_packs;
  site2.add("index.html", "site v2");
  bad_packs.add("pack.pdf", "packs v2");
  bad_packs.add("pack.pdf/x", "a file where a folder must be");
  CHECK_THROWS_AS(write_trees({{&site2, site, {}}, {&bad_packs, packs, {}}}), WriteError);
  CHECK(slurp(p.root / "site" / "index.html") == "site v1");
  CHECK(slurp(p.root / "packs" / "pack.pdf") == "packs v1");
  for (const auto& e : fs::directory_iterator(p.root))
    CHECK(e.path().filename().string().find(".qaf-") == std::string::npos);
}

TEST_CASE("staging folders of dead runs are removed; a moved-aside old output is put back") {
  TempProject p;
  const long dead = dead_pid();
  fs::create_directories(p.root / (".site.qaf-new-" + std::to_string(dead)) / "half");
  fs::create_directories(p.root / (".packs.qaf-old-" + std::to_string(dead)));
  std::ofstream(p.root / (".packs.qaf-old-" + std::to_string(dead)) / "pack.pdf") << "previous";
  const pid_t live = ::fork();  // a live process of the same program (a build still running): kept
  if (live == 0) {
    ::pause();
    ::_exit(0);
  }
  fs::create_directories(p.root / (".site.qaf-new-" + std::to_string(live)));
  fs::create_directories(p.root / ".site.qaf-new-notapid");                             // not ours: kept
  CHECK(remove_stale_staging(p.root / "site") == 1);
  CHECK_FALSE(fs::exists(p.root / (".site.qaf-new-" + std::to_string(dead))));
  CHECK(fs::exists(p.root / ".site.qaf-new-notapid"));
  CHECK(fs::exists(p.root / (".site.qaf-new-" + std::to_string(live))));
  ::kill(live, SIGKILL);
  ::waitpid(live, nullptr, 0);
  CHECK(remove_stale_staging(p.root / "site") == 1);
  CHECK(remove_stale_staging(p.root / "packs") == 0);  // restored, not removed
  CHECK(slurp(p.root / "packs" / "pack.pdf") == "previous");
  // No process has the id 0 (kill(0, ...) would mean "my whole process group"): such a folder
  // is a dead run's, and is removed.
  fs::create_directories(p.root / ".site.qaf-new-0");
  CHECK(remove_stale_staging(p.root / "site") == 1);
  CHECK_FALSE(fs::exists(p.root / ".site.qaf-new-0"));
}

// Two builds of a site and its packs; in the second, the packs' swap fails (their staging folder
// disappears just before it): the site, swapped first, must be put back. Then a third build
// goes through. `exchange` false swaps as on a file system without an atomic exchange.
void second_swap_fails(bool exchange) {
  TempProject p;
  OutputTree site1, packs1, site2, packs2;
  site1.add("index.html", "site v1");
  packs1.add("pack.pdf", "packs v1");
  site2.add("index.html", "site v2");
  packs2.add("pack.pdf", "packs v2");
  const WritableDir site = claim_output_dir(p.root / "site", "--out", p.inputs(), false);
  const WritableDir packs = claim_output_dir(p.root / "packs", "--packs", p.inputs(), false);
  detail::write_trees({{&site1, site, {}}, {&packs1, packs, {}}}, {}, exchange);
  auto break_packs = [&](std::size_t i) {
    if (i == 1) fs::remove_all(p.root / (".packs.qaf-new-" + std::to_string(::getpid())));
  };
  CHECK_THROWS_AS(detail::write_trees({{&site2, site, {}}, {&packs2, packs, {}}}, break_packs, exchange), WriteError);
  CHECK(slurp(p.root / "site" / "index.html") == "site v1");
  CHECK(slurp(p.root / "packs" / "pack.pdf") == "packs v1");
  for (const auto& e : fs::directory_iterator(p.root))
    CHECK(e.path().filename().string().find(".qaf-") == std::string::npos);
  // Both new when nothing breaks, and no old tree is left beside them.
  detail::write_trees({{&site2, site, {}}, {&packs2, packs, {}}}, [](std::size_t) {}, exchange);
  CHECK(slurp(p.root / "site" / "index.html") == "site v2");
  CHECK(slurp(p.root / "packs" / "pack.pdf") == "packs v2");
  for (const auto& e : fs::directory_iterator(p.root))
    CHECK(e.path().filename().string().find(".qaf-") == std::string::npos);
}

TEST_CASE("when the second swap fails, the first is put back") { second_swap_fails(true); }

TEST_CASE("without an atomic exchange (a network share), a failed second swap still puts the first back") {
  second_swap_fails(false);
}
