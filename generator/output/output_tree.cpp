// In-memory output trees and their atomic-as-possible writing to disk (stage, then swap by rename).
#include "output/output_tree.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

#include "output/interrupt.hpp"

namespace qaf {
namespace fs = std::filesystem;

namespace {

// Staging names beside a target NAME: ".NAME.qaf-new-PID" (the new tree, later the old one
// after an exchange) and ".NAME.qaf-old-PID" (the old tree, when no exchange is possible).
fs::path staging_path(const fs::path& target, const char* kind, long pid) {
  return target.parent_path() / ("." + target.filename().string() + ".qaf-" + kind + "-" + std::to_string(pid));
}

std::string errno_text(int err) { return std::error_code(err, std::generic_category()).message(); }

// Writes one file with POSIX calls so that a failure reports its own errno.
void write_file(const fs::path& p, const std::string& bytes, const fs::path& shown) {
  const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw WriteError("cannot write " + shown.string() + ": " + errno_text(errno));
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw WriteError("cannot write " + shown.string() + ": " + errno_text(err));
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) throw WriteError("cannot write " + shown.string() + ": " + errno_text(errno));
}

// When the previous output holds exactly `bytes` at `old` (a regular file, not a link), links
// `stage` to it instead of writing a new file, and returns true. A rebuild then writes only
// what changed: no inode is allocated or freed for an unchanged file, which on ext4 costs more
// than the write (the old tree's names go with it; the file lives on under the new one).
// Anything unexpected (no such file, another size, a file system without hard links) is false.
bool same_file_linked(const fs::path& old, const fs::path& stage, const std::string& bytes) {
  struct stat st {};
  if (::lstat(old.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || static_cast<std::size_t>(st.st_size) != bytes.size())
    return false;
  const int fd = ::open(old.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string have(bytes.size(), '\0');
  std::size_t done = 0;
  while (done < have.size()) {
    const ssize_t n = ::read(fd, have.data() + done, have.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  return done == have.size() && have == bytes && ::link(old.c_str(), stage.c_str()) == 0;
}

}  // namespace

// The staging folder of a streamed tree: made by stream_to(), removed with the last copy of
// the tree unless write_trees() has taken it (then it is gone or holds the previous output,
// which write_trees() removes itself).
struct OutputTree::Stream {
  fs::path folder, target;
  StagingSpan span;  // a SIGINT/SIGTERM is recorded while the folder exists
  std::string last_dir;
  ~Stream() {
    std::error_code ec;
    fs::remove_all(folder, ec);
  }
};

void OutputTree::add(const std::string& path, std::string bytes) {
  if (path.empty() || path.front() == '/' || path.find("..") != std::string::npos || path.find('\\') != std::string::npos)
    throw std::invalid_argument("qaf: bad output path '" + path + "'");
  if (stream_) {
    if (interrupt_requested()) throw WriteInterrupted("interrupted; the previous output is unchanged");
    const fs::path p = stream_->folder / path;
    if (const std::string parent = p.parent_path().string(); parent != stream_->last_dir) {
      std::error_code ec;
      fs::create_directories(p.parent_path(), ec);
      if (ec) throw WriteError("cannot write " + (stream_->target / path).string() + ": " + ec.message());
      stream_->last_dir = parent;
    }
    write_file(p, bytes, stream_->target / path);
    auto [it, added] = streamed_.emplace(path, bytes.size());
    bytes_ = bytes_ - (added ? 0 : it->second) + bytes.size();
    it->second = bytes.size();
    return;
  }
  std::string& slot = files_[path];
  bytes_ = bytes_ - slot.size() + bytes.size();
  slot = std::move(bytes);
}

const std::string* OutputTree::find(const std::string& path) const {
  auto it = files_.find(path);
  return it == files_.end() ? nullptr : &it->second;
}

std::string OutputTree::read(const std::string& path) const {
  if (const std::string* bytes = find(path)) return *bytes;
  if (!stream_ || !streamed_.count(path)) throw WriteError("qaf: " + path + " was not made");
  std::ifstream in(stream_->folder / path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw WriteError("cannot read back " + (stream_->folder / path).string());
  if (bytes.size() != streamed_.at(path)) throw WriteError("cannot read back " + (stream_->folder / path).string());
  return bytes;
}

void OutputTree::merge(const OutputTree& other, const std::string& prefix) {
  for (const auto& [path, bytes] : other.files_) add(prefix.empty() ? path : prefix + "/" + path, bytes);
}

void OutputTree::stream_to(const WritableDir& dir) {
  if (stream_) return;
  remove_stale_staging(dir.path());
  auto s = std::make_shared<Stream>();
  s->target = dir.path();
  s->folder = staging_path(dir.path(), "new", static_cast<long>(::getpid()));
  std::error_code ec;
  fs::create_directories(dir.path().parent_path(), ec);
  if (::mkdir(s->folder.c_str(), 0777) != 0) {
    const int err = errno;
    s->folder.clear();  // not ours: nothing to remove
    throw WriteError("cannot write " + dir.path().string() + ": cannot create " +
                     staging_path(dir.path(), "new", static_cast<long>(::getpid())).string() + ": " + errno_text(err));
  }
  stream_ = std::move(s);
  std::map<std::string, std::string> held;
  held.swap(files_);
  bytes_ = 0;
  for (auto& [path, bytes] : held) add(path, std::move(bytes));
}

const fs::path* OutputTree::staging_folder() const { return stream_ ? &stream_->folder : nullptr; }

namespace {

// The command name of a live process ("" when unknown), to tell a reused PID from a qaf run.
std::string process_name(long pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/comm");
  std::string name;
  std::getline(in, name);
  return name;
}

bool staging_owner_gone(long pid) {
  if (pid == static_cast<long>(::getpid())) return true;  // an earlier run with our PID: not running now
  if (pid <= 0 || pid > 0x3fffffff) return true;
  if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return true;
  // Alive: a qaf still building, unless the PID was reused by another program.
  const std::string theirs = process_name(pid), ours = process_name(::getpid());
  return !theirs.empty() && !ours.empty() && theirs != ours;
}

// How a target was swapped, so that it can be put back.
enum class Swap { none, exchanged, created, two_step };

// renameat2 with `flags`, or, as on a file system that has no such flags, EINVAL.
int rename_with(const fs::path& from, const fs::path& to, unsigned flags, bool exchange) {
  if (!exchange) {
    errno = EINVAL;
    return -1;
  }
  return ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags);
}

// Swaps `stage` in at `target`. Returns how; throws WriteError (nothing changed) on failure.
Swap swap_in(const fs::path& stage, const fs::path& target, const fs::path& old, bool exchange) {
  struct stat st {};
  if (::lstat(target.c_str(), &st) != 0) {
    if (errno != ENOENT) throw WriteError("cannot replace " + target.string() + ": " + errno_text(errno));
    if (rename_with(stage, target, RENAME_NOREPLACE, exchange) == 0) return Swap::created;
    if (errno != EINVAL && errno != ENOSYS)
      throw WriteError("cannot write " + target.string() + ": " + errno_text(errno));
    if (::rename(stage.c_str(), target.c_str()) == 0) return Swap::created;
    throw WriteError("cannot write " + target.string() + ": " + errno_text(errno));
  }
  // Atomic exchange: at every instant `target` is the whole old tree or the whole new one.
  if (rename_with(stage, target, RENAME_EXCHANGE, exchange) == 0) return Swap::exchanged;
  if (errno != EINVAL && errno != ENOSYS)
    throw WriteError("cannot replace " + target.string() + ": " + errno_text(errno));
  // No exchange on this file system: move the old one aside, then the new one in.
  if (::rename(target.c_str(), old.c_str()) != 0)
    throw WriteError("cannot replace " + target.string() + ": " + errno_text(errno));
  if (::rename(stage.c_str(), target.c_str()) != 0) {
    const int err = errno;
    ::rename(old.c_str(), target.c_str());
    throw WriteError("cannot replace " + target.string() + ": " + errno_text(err));
  }
  return Swap::two_step;
}

// Puts the previous tree back at `target` after a later swap failed (best effort).
void swap_back(Swap how, const fs::path& stage, const fs::path& target, const fs::path& old) {
  if (how == Swap::exchanged) ::renameat2(AT_FDCWD, stage.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE);
  else if (how == Swap::created) ::rename(target.c_str(), stage.c_str());
  else if (how == Swap::two_step && ::rename(target.c_str(), stage.c_str()) == 0) ::rename(old.c_str(), target.c_str());
}

}  // namespace

int remove_stale_staging(const fs::path& dir) {
  std::error_code ec;
  const std::string prefix = "." + dir.filename().string() + ".qaf-";
  int removed = 0;
  for (fs::directory_iterator it(dir.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string rest = name.substr(prefix.size());  // "new-PID" or "old-PID"
    if (rest.size() < 5 || (rest.compare(0, 4, "new-") != 0 && rest.compare(0, 4, "old-") != 0)) continue;
    const std::string digits = rest.substr(4);
    if (digits.empty() || digits.size() > 10 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    if (!staging_owner_gone(std::stol(digits))) continue;
    std::error_code rec;
    // A run killed between moving the old output aside and the new one in: the old one goes back.
    if (rest[0] == 'o' && !fs::exists(fs::symlink_status(dir, rec)) &&
        ::rename(it->path().c_str(), dir.c_str()) == 0)
      continue;
    fs::remove_all(it->path(), rec);
    if (!rec) ++removed;
  }
  return removed;
}

void write_tree(const OutputTree& tree, const WritableDir& dir, const std::vector<std::string>& keep) {
  write_trees({TreeWrite{&tree, dir, keep}});
}

void write_trees(const std::vector<TreeWrite>& writes) { detail::write_trees(writes, {}); }

void detail::write_trees(const std::vector<TreeWrite>& writes, const std::function<void(std::size_t)>& before_swap,
                         bool exchange) {
  const long pid = static_cast<long>(::getpid());
  std::vector<fs::path> stages, olds;
  for (const TreeWrite& w : writes) {
    if (!w.tree->streamed()) remove_stale_staging(w.dir.path());  // a streamed tree did it, and its folder is ours
    stages.push_back(w.tree->streamed() ? *w.tree->staging_folder() : staging_path(w.dir.path(), "new", pid));
    olds.push_back(staging_path(w.dir.path(), "old", pid));
  }
  StagingSpan span;  // from here a SIGINT/SIGTERM is only recorded, and handled below
  auto remove_staging = [&] {
    std::error_code ec;
    for (std::size_t i = 0; i < writes.size(); ++i) {
      fs::remove_all(stages[i], ec);
      fs::remove_all(olds[i], ec);
    }
  };
  auto stop_if_asked = [&] {
    if (interrupt_requested()) throw WriteInterrupted("interrupted; the previous output is unchanged");
  };
  try {
    for (std::size_t i = 0; i < writes.size(); ++i) {
      const TreeWrite& w = writes[i];
      const fs::path& target = w.dir.path();
      const fs::path& stage = stages[i];
      stop_if_asked();
      std::error_code ec;
      fs::create_directories(target.parent_path(), ec);
      if (!w.tree->streamed() && ::mkdir(stage.c_str(), 0777) != 0)
        throw WriteError("cannot write " + target.string() + ": cannot create " + stage.string() + ": " +
                         errno_text(errno));
      std::string last_dir;
      for (const auto& [path, bytes] : w.tree->files()) {
        stop_if_asked();
        const fs::path p = stage / path;
        const std::string parent = p.parent_path().string();
        if (parent != last_dir) {
          fs::create_directories(p.parent_path(), ec);
          if (ec) throw WriteError("cannot write " + (target / path).string() + ": " + ec.message());
          last_dir = parent;
        }
        if (!same_file_linked(target / path, p, bytes)) write_file(p, bytes, target / path);
      }
      if (!w.tree->has(kOutputMarker)) write_file(stage / kOutputMarker, kOutputMarkerText, target / kOutputMarker);
      for (const std::string& k : w.keep) {
        if (w.tree->has(k) || !fs::is_regular_file(target / k, ec)) continue;
        fs::copy_file(target / k, stage / k, fs::copy_options::overwrite_existing, ec);
        if (ec) throw WriteError("cannot keep " + (target / k).string() + ": " + ec.message());
      }
    }
    stop_if_asked();
  } catch (...) {
    remove_staging();
    throw;
  }
  // Swap every target; if one fails, put back those already swapped, newest first.
  std::vector<Swap> done;
  for (std::size_t i = 0; i < writes.size(); ++i) {
    try {
      if (before_swap) before_swap(i);
      done.push_back(swap_in(stages[i], writes[i].dir.path(), olds[i], exchange));
    } catch (...) {
      for (std::size_t j = done.size(); j-- > 0;) swap_back(done[j], stages[j], writes[j].dir.path(), olds[j]);
      remove_staging();
      throw;
    }
  }
  remove_staging();  // after the swaps these hold the previous outputs
}

}  // namespace qaf
