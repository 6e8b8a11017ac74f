// Unit tests for the output tree writer: exact contents, kept files, failures leave the old output.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

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
}  // namespace

TEST_CASE("write_tree replaces the folder with exactly the tree, keeping named files") {
  // A folder of its own around the output, so that only this test's staging folders are looked at.
  const fs::path parent = fs::temp_directory_path() / ("qaf-out-" + std::to_string(::getpid()));
  const fs::path dir = parent / "site";
  fs::remove_all(parent);
  fs::create_directories(dir / "stale");
  std::ofstream(dir / "stale" / "old.html") << "old";
  std::ofstream(dir / "README.md") << "generated output";
  OutputTree t;
  t.add("index.html", "<p>home</p>");
  t.add("a/b/c.js", "x");
  write_tree(t, claim_output_dir(dir, "--out", {}, true), {"README.md"});
  CHECK(slurp(dir / "index.html") == "<p>home</p>");
  CHECK(slurp(dir / "a/b/c.js") == "x");
  CHECK(slurp(dir / "README.md") == "generated output");
  CHECK_FALSE(fs::exists(dir / "stale"));
  // No staging folders of this folder are left beside it.
  const std::string staging = "." + dir.filename().string() + ".qaf-";
  for (const auto& e : fs::directory_iterator(dir.parent_path()))
    CHECK_MESSAGE(e.path().filename().string().rfind(staging, 0) != 0, e.path().string());
  fs::remove_all(parent);
}

TEST_CASE("a tree that cannot be written leaves the previous output intact") {
  const fs::path dir = fs::temp_directory_path() / ("qaf-out2-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  OutputTree good;
  good.add("index.html", "v1");
  write_tree(good, claim_output_dir(dir, "--out", {}, false));
  OutputTree bad;
  bad.add("index.html", "v2");
  bad.add("index.html/inner.html", "a file where a folder must be");  // cannot exist beside index.html
  CHECK_THROWS_AS(write_tree(bad, claim_output_dir(dir, "--out", {}, false)), WriteError);
  CHECK(slurp(dir / "index.html") == "v1");
  // The half-written staging folder is removed with the failure, not left for a later run.
  const std::string staging = "." + dir.filename().string() + ".qaf-";
  for (const auto& e : fs::directory_iterator(dir.parent_path()))
    CHECK_MESSAGE(e.path().filename().string().rfind(staging, 0) != 0, e.path().string());
  fs::remove_all(dir);
}

TEST_CASE("a file to keep that cannot be copied is never silently lost") {
  const fs::path dir = fs::temp_directory_path() / ("qaf-out3-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  OutputTree first;
  first.add("index.html", "v1");
  first.add("sub/keep.txt", "kept");
  write_tree(first, claim_output_dir(dir, "--out", {}, false));
  // The new tree has no sub/ folder, so the kept file has nowhere to go in the staging copy.
  OutputTree second;
  second.add("index.html", "v2");
  try {
    write_tree(second, claim_output_dir(dir, "--out", {}, false), {"sub/keep.txt"});
    CHECK(slurp(dir / "index.html") == "v2");
  } catch (const WriteError& e) {
    INFO(e.what());
    CHECK(std::string(e.what()).find("keep.txt") != std::string::npos);
    CHECK(slurp(dir / "index.html") == "v1");  // a failed write changes nothing
  }
  CHECK(slurp(dir / "sub" / "keep.txt") == "kept");
  fs::remove_all(dir);
}

TEST_CASE("output paths must stay inside the tree") {
  OutputTree t;
  CHECK_THROWS(t.add("/etc/passwd", ""));
  CHECK_THROWS(t.add("../x", ""));
  CHECK_THROWS(t.add("", ""));
}

TEST_CASE("an output tree counts the bytes of its files, a replaced file counted once") {
  OutputTree t;
  CHECK(t.bytes() == 0);
  t.add("a.html", "12345");
  t.add("b/c.css", "123");
  CHECK(t.bytes() == 8);
  t.add("a.html", "12");  // replaced, not added
  CHECK(t.bytes() == 5);
  OutputTree u;
  u.merge(t, "x");
  u.merge(t);
  CHECK(u.bytes() == 10);
}

TEST_CASE("a streamed tree is on disk as each file is added, holds no bytes, and is swapped in whole") {
  const fs::path parent = fs::temp_directory_path() / ("qaf-stream-" + std::to_string(::getpid()));
  const fs::path dir = parent / "packs";
  fs::remove_all(parent);
  OutputTree before;
  before.add("old.pdf", "v1");
  write_tree(before, claim_output_dir(dir, "--packs", {}, false));
  const fs::path staging = parent / (".packs.qaf-new-" + std::to_string(::getpid()));
  {
    OutputTree t;
    t.add("held.csv", "a,b");  // added before streaming: goes to disk too
    t.stream_to(claim_output_dir(dir, "--packs", {}, false));
    REQUIRE(t.streamed());
    REQUIRE(t.staging_folder() != nullptr);
    CHECK(*t.staging_folder() == staging);
    t.add("q1/team-a.pdf", "pdf bytes");
    t.add("q1/team-a.pdf", "pdf");  // replaced: counted once
    CHECK(slurp(staging / "q1" / "team-a.pdf") == "pdf");
    CHECK(slurp(staging / "held.csv") == "a,b");
    CHECK(t.files().empty());
    CHECK(t.find("q1/team-a.pdf") == nullptr);
    CHECK(t.has("q1/team-a.pdf"));
    CHECK(t.size() == 2);
    CHECK(t.bytes() == 6);
    CHECK(t.read("q1/team-a.pdf") == "pdf");  // read back from the staging folder
    CHECK(t.read("held.csv") == "a,b");
    CHECK_THROWS_AS(t.read("q1/team-b.pdf"), WriteError);
    CHECK(slurp(dir / "old.pdf") == "v1");  // the previous output stands until the swap
    write_tree(t, claim_output_dir(dir, "--packs", {}, false));
    CHECK(slurp(dir / "q1" / "team-a.pdf") == "pdf");
    CHECK(slurp(dir / "held.csv") == "a,b");
    CHECK(fs::exists(dir / kOutputMarker));
    CHECK_FALSE(fs::exists(dir / "old.pdf"));
  }
  CHECK_FALSE(fs::exists(staging));  // it held the previous output after the exchange
  {
    OutputTree abandoned;  // a build that fails after streaming: its folder goes with it
    abandoned.stream_to(claim_output_dir(dir, "--packs", {}, false));
    abandoned.add("x.pdf", "x");
    CHECK(fs::exists(staging / "x.pdf"));
    OutputTree copy = abandoned;  // the folder stays while a copy of the tree lives
    abandoned = OutputTree{};
    CHECK(fs::exists(staging / "x.pdf"));
  }
  CHECK_FALSE(fs::exists(staging));
  CHECK(slurp(dir / "q1" / "team-a.pdf") == "pdf");
  fs::remove_all(parent);
}

TEST_CASE("streaming starts by removing staging folders of dead runs, never its own") {
  const fs::path parent = fs::temp_directory_path() / ("qaf-stream2-" + std::to_string(::getpid()));
  const fs::path dir = parent / "packs";
  fs::remove_all(parent);
  fs::create_directories(parent / ".packs.qaf-new-999999999");  // no such process
  OutputTree t;
  t.stream_to(claim_output_dir(dir, "--packs", {}, false));
  t.add("a.pdf", "a");
  CHECK_FALSE(fs::exists(parent / ".packs.qaf-new-999999999"));
  write_tree(t, claim_output_dir(dir, "--packs", {}, false));  // its own folder survives to be swapped in
  CHECK(slurp(dir / "a.pdf") == "a");
  fs::remove_all(parent);
}

TEST_CASE("a rewrite links the files it leaves unchanged to the previous output's, and writes the rest anew") {
  const fs::path parent = fs::temp_directory_path() / ("qaf-link-" + std::to_string(::getpid()));
  const fs::path dir = parent / "site";
  fs::remove_all(parent);
  OutputTree first;
  first.add("same.html", "unchanged");
  first.add("grown.html", "short");
  first.add("edited.html", "abc");
  write_tree(first, claim_output_dir(dir, "--out", {}, false));
  auto inode = [&](const std::string& f) {
    struct stat st {};
    REQUIRE(::stat((dir / f).c_str(), &st) == 0);
    return st.st_ino;
  };
  const auto same = inode("same.html"), grown = inode("grown.html"), edited = inode("edited.html");
  OutputTree second;
  second.add("same.html", "unchanged");
  second.add("grown.html", "longer now");
  second.add("edited.html", "abd");  // the same size, other bytes
  write_tree(second, claim_output_dir(dir, "--out", {}, false));
  CHECK(inode("same.html") == same);
  CHECK(inode("grown.html") != grown);
  CHECK(inode("edited.html") != edited);
  CHECK(slurp(dir / "same.html") == "unchanged");
  CHECK(slurp(dir / "grown.html") == "longer now");
  CHECK(slurp(dir / "edited.html") == "abd");
  struct stat st {};
  REQUIRE(::stat((dir / "same.html").c_str(), &st) == 0);
  CHECK(st.st_nlink == 1);  // the previous tree's name for it is gone
  fs::remove_all(parent);
}

TEST_CASE("a file added to a tree in memory is read back as added; one not added is a WriteError") {
  OutputTree t;
  t.add("audits/a-1.pdf", "one");
  t.add("audits/a-1.pdf", "two");
  CHECK(t.read("audits/a-1.pdf") == "two");
  CHECK_THROWS_AS(t.read("audits/a-2.pdf"), WriteError);
}
