// Watching a project's folders for saved files (Linux inotify), for qaf serve.
#pragma once
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace qaf::serve {

/// Watches `root` and every folder under it, except those `skip` names (outputs, hidden folders),
/// and folders made later. Throws std::runtime_error when inotify cannot be used.
class Watcher {
 public:
  /// Stands for files not known: the system's queue of events overflowed.
  static constexpr const char* kUnknown = "*";
  using Skip = std::function<bool(const std::filesystem::path& relative_folder)>;
  Watcher(std::filesystem::path root, Skip skip);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// Waits until a file is written, moved, made or removed, then for `quiet` without another
  /// (an editor saving through a temporary file, several files saved at once), and returns the
  /// files concerned, '/'-separated and relative to the root, sorted and once each; kUnknown
  /// among them when the system lost events. Returns what it has (often nothing) once `stop` is
  /// set (checked at least every 100 ms). Hidden files and editors' backups ("~" at the end) are
  /// left out.
  std::vector<std::string> wait(std::chrono::milliseconds quiet, const std::atomic<bool>& stop);

 private:
  void add_tree(const std::filesystem::path& relative);
  void forget_tree(const std::filesystem::path& relative);
  std::filesystem::path root_;
  Skip skip_;
  int fd_ = -1;
  std::map<int, std::filesystem::path> folders_;  ///< watch descriptor -> folder relative to root
};

}  // namespace qaf::serve
