// inotify watches on every project folder; events gathered into one batch per save.
#include "serve/watcher.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <stdexcept>

namespace qaf::serve {
namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF;

bool ignored_name(const std::string& name) {
  return name.empty() || name[0] == '.' || name.back() == '~' || name.rfind("#", 0) == 0;
}

}  // namespace

Watcher::Watcher(fs::path root, Skip skip) : root_(std::move(root)), skip_(std::move(skip)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) throw std::runtime_error(std::string("cannot watch files (inotify): ") + std::strerror(errno));
  add_tree("");
}

Watcher::~Watcher() {
  if (fd_ >= 0) close(fd_);
}

// Watches the folder `relative` and those under it, unless skipped.
void Watcher::add_tree(const fs::path& relative) {
  if (!relative.empty() && (ignored_name(relative.filename().string()) || skip_(relative))) return;
  const fs::path dir = root_ / relative;
  const int wd = inotify_add_watch(fd_, dir.c_str(), kMask | IN_ONLYDIR);
  if (wd < 0) {
    if (errno == ENOSPC)
      throw std::runtime_error("too many folders to watch (the system's limit, fs.inotify.max_user_watches)");
    return;  // gone already, or not readable: nothing to watch there
  }
  folders_[wd] = relative;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_directory(ec) && !it->is_symlink(ec)) add_tree(relative / it->path().filename());
}

// Stops watching the folder `relative` and those under it.
void Watcher::forget_tree(const fs::path& relative) {
  const std::string prefix = relative.generic_string() + "/";
  for (auto it = folders_.begin(); it != folders_.end();) {
    const std::string f = it->second.generic_string();
    if (f == relative.generic_string() || f.rfind(prefix, 0) == 0) {
      inotify_rm_watch(fd_, it->first);
      it = folders_.erase(it);
    } else {
      ++it;
    }
  }
}

std::vector<std::string> Watcher::wait(std::chrono::milliseconds quiet, const std::atomic<bool>& stop) {
  std::set<std::string> changed;
  alignas(inotify_event) char buffer[64 * 1024];
  while (!stop) {
    pollfd p{fd_, POLLIN, 0};
    const int timeout = changed.empty() ? 100 : static_cast<int>(quiet.count());
    const int ready = poll(&p, 1, timeout);
    if (ready < 0 && errno != EINTR) throw std::runtime_error(std::string("cannot watch files: ") + std::strerror(errno));
    if (ready <= 0) {
      if (!changed.empty()) break;  // quiet for long enough after a change
      continue;
    }
    for (;;) {
      const ssize_t n = read(fd_, buffer, sizeof buffer);
      if (n <= 0) break;
      for (ssize_t at = 0; at < n;) {
        const auto* e = reinterpret_cast<const inotify_event*>(buffer + at);
        at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
        if (e->mask & IN_Q_OVERFLOW) {  // events were lost: which files changed is not known
          changed.insert(kUnknown);
          continue;
        }
        const auto folder = folders_.find(e->wd);
        if (folder == folders_.end()) continue;
        if (e->mask & (IN_DELETE_SELF | IN_IGNORED)) {
          folders_.erase(folder);
          continue;
        }
        const std::string name = e->len ? std::string(e->name) : std::string();
        if (ignored_name(name)) continue;
        const fs::path relative = folder->second / name;
        if (e->mask & IN_ISDIR) {
          if (e->mask & IN_MOVED_FROM) forget_tree(relative);  // moved out: watched again if it comes back
          if (skip_(relative)) continue;  // an output folder swapped in, say
          if (e->mask & (IN_CREATE | IN_MOVED_TO)) add_tree(relative);
        }
        changed.insert(relative.generic_string());
      }
    }
  }
  return {changed.begin(), changed.end()};
}

}  // namespace qaf::serve
