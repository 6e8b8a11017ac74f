// The watcher: a saved file is reported once per save, in folders made later too; outputs and
// hidden files are not.
#include <doctest/doctest.h>

#include <fstream>
#include <thread>
#include <unistd.h>

#include "output/output_guard.hpp"
#include "serve/watcher.hpp"

using namespace qaf::serve;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

struct Folder {
  fs::path dir = fs::temp_directory_path() / ("qaf-watch-" + std::to_string(::getpid()));
  Folder() {
    fs::remove_all(dir);
    fs::create_directories(dir / "content");
    fs::create_directories(dir / "site");
    std::ofstream(dir / "site" / qaf::kOutputMarker) << "";
  }
  ~Folder() { fs::remove_all(dir); }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((dir / rel).parent_path());
    std::ofstream(dir / rel) << text;
  }
};

// The files the watcher reports for what `act` does (run while it waits).
template <typename Act>
std::vector<std::string> seen(Watcher& w, Act act) {
  std::atomic<bool> stop{false};
  std::thread t([&] {
    std::this_thread::sleep_for(20ms);
    act();
  });
  std::vector<std::string> files = w.wait(50ms, stop);
  t.join();
  return files;
}

}  // namespace

TEST_CASE("saves are seen, once each, under the root and in folders made while watching") {
  Folder f;
  Watcher w(f.dir, [&](const fs::path& rel) { return fs::exists(f.dir / rel / qaf::kOutputMarker); });
  CHECK(seen(w, [&] {
          f.write("content/a.md", "one");
          f.write("content/a.md", "two");
          f.write("qaf.yaml", "title: T\n");
        }) == std::vector<std::string>{"content/a.md", "qaf.yaml"});
  // A folder made now is watched from then on (its first file is seen with it).
  CHECK(seen(w, [&] { f.write("frameworks/fw/pages/p.md", "x"); }).size() >= 1);
  CHECK(seen(w, [&] { f.write("frameworks/fw/pages/p.md", "y"); }) ==
        std::vector<std::string>{"frameworks/fw/pages/p.md"});
  // An editor's save through a new file renamed over the old one.
  CHECK(seen(w, [&] {
          f.write("content/.a.md.swp", "z");
          fs::rename(f.dir / "content/.a.md.swp", f.dir / "content/a.md");
        }) == std::vector<std::string>{"content/a.md"});
  CHECK(seen(w, [&] { fs::remove(f.dir / "content/a.md"); }) == std::vector<std::string>{"content/a.md"});
  // A folder moved out of the project is watched no more; moved back, it is watched again.
  const fs::path outside = f.dir.string() + "-outside";
  fs::remove_all(outside);
  CHECK(seen(w, [&] { fs::rename(f.dir / "frameworks", outside); }) == std::vector<std::string>{"frameworks"});
  std::atomic<bool> stop{false};
  std::thread later([&] {
    std::ofstream(outside / "fw/pages/p.md") << "not ours";
    std::this_thread::sleep_for(150ms);
    stop = true;
  });
  CHECK(w.wait(20ms, stop).empty());
  later.join();
  CHECK(seen(w, [&] { fs::rename(outside, f.dir / "frameworks"); }) == std::vector<std::string>{"frameworks"});
  CHECK(seen(w, [&] { f.write("frameworks/fw/pages/p.md", "ours again"); }) ==
        std::vector<std::string>{"frameworks/fw/pages/p.md"});
}

TEST_CASE("outputs, hidden files and backups are not seen; stop ends the wait") {
  Folder f;
  Watcher w(f.dir, [&](const fs::path& rel) { return fs::exists(f.dir / rel / qaf::kOutputMarker); });
  std::atomic<bool> stop{false};
  std::thread t([&] {
    f.write("site/index.html", "built");
    f.write("content/.hidden.md", "x");
    f.write("content/a.md~", "x");
    std::this_thread::sleep_for(150ms);
    stop = true;
  });
  const auto start = std::chrono::steady_clock::now();
  CHECK(w.wait(20ms, stop).empty());
  CHECK(std::chrono::steady_clock::now() - start < 2s);
  t.join();
}
