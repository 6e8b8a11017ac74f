// What qaf serve shows: the last site built without errors, the latest problems, and what changed.
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "support/diagnostics.hpp"

namespace qaf::serve {

/// A site's files by site path ("index.html", "fw/standards.html").
using Files = std::unordered_map<std::string, std::shared_ptr<const std::string>>;

/// What a page asking for news is told.
struct News {
  std::uint64_t generation = 0;  ///< the build now shown
  bool reload = false;           ///< the page changed since the build it was served from
  /// ... and only inside its <main> element each time: the page may replace that alone and keep
  /// its place, rather than load again.
  bool in_place = false;
  std::vector<Diagnostic> problems;
};

/// The state every request reads and the builder replaces: safe to use from any thread. Each
/// publish() is a new generation, numbered from 1.
class Published {
 public:
  Published();
  /// A new generation: `files` (null: none built without errors yet), the build's problems, and
  /// the site paths whose bytes changed (those of them that changed only inside <main> are found
  /// here).
  void publish(std::shared_ptr<const Files> files, std::vector<Diagnostic> problems, std::set<std::string> changed);
  /// A new generation with the same files and only new problems.
  void publish_problems(std::vector<Diagnostic> problems);

  /// The files shown now (null before any build without errors) and their generation.
  std::pair<std::shared_ptr<const Files>, std::uint64_t> files() const;
  /// News for the page at `page` (a site path) served from generation `since`: at once when a
  /// later generation exists, else when one comes or `wait` has passed (or stop() was called).
  /// `reload` is set when a generation after `since` changed that page or the theme's assets
  /// (its stylesheets, scripts, images), when too many generations have passed to tell, or when
  /// `since` is later than now.
  News news(std::uint64_t since, const std::string& page, std::chrono::milliseconds wait);
  /// Ends every wait.
  void stop();
  /// This run's name, apart from any earlier run's: a page served by another run reloads.
  const std::string& run() const { return run_; }

 private:
  News news_locked(std::uint64_t since, const std::string& page) const;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::shared_ptr<const Files> files_;
  std::vector<Diagnostic> problems_;
  std::uint64_t generation_ = 0;
  struct Step {
    std::uint64_t generation = 0;
    std::set<std::string> changed;  ///< site paths changed
    std::set<std::string> in_main;  ///< those of them changed only inside <main>
    bool assets = false;            ///< a stylesheet, script or image every page may use changed
  };
  /// What each recent generation changed, oldest first (at most kKept of them).
  std::deque<Step> log_;
  bool stopped_ = false;
  std::string run_;
};

/// Whether two HTML pages differ only inside their <main> element (both have one).
bool differ_only_in_main(const std::string& a, const std::string& b);

/// Site path of a URL path: "/" -> "index.html", "/fw/" -> "fw/index.html", "/a%20b.html" as is
/// (the server decodes it first); "" for one that climbs out ("..").
std::string site_path(const std::string& url_path);

/// The files of `tree_files` as Files, sharing the bytes of `before` where they are the same,
/// and the paths that differ (added, changed or gone) in `changed`.
template <typename Map>
std::shared_ptr<const Files> files_from(const Map& tree_files, const Files* before, std::set<std::string>& changed) {
  auto files = std::make_shared<Files>();
  files->reserve(tree_files.size());
  for (const auto& [path, bytes] : tree_files) {
    if (before) {
      const auto it = before->find(path);
      if (it != before->end() && *it->second == bytes) {
        files->emplace(path, it->second);
        continue;
      }
    }
    changed.insert(path);
    files->emplace(path, std::make_shared<const std::string>(bytes));
  }
  if (before)
    for (const auto& [path, bytes] : *before)
      if (!files->count(path)) changed.insert(path);
  return files;
}

}  // namespace qaf::serve
