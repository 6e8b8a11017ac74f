// An output tree in memory (relative path -> bytes), and the one function that writes a tree to disk.
#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "output/output_guard.hpp"

namespace qaf {

/// Files a renderer produced, by path relative to the output root ('/'-separated).
/// Renderers fill it; only this module touches the disk: write_trees(), or add() on a tree
/// streamed to its staging folder.
class OutputTree {
 public:
  /// Adds or replaces a file. Throws std::invalid_argument for an absolute path or one with "..";
  /// on a streamed tree also WriteError, or WriteInterrupted once SIGINT/SIGTERM has arrived.
  void add(const std::string& path, std::string bytes);
  bool has(const std::string& path) const { return files_.count(path) > 0 || streamed_.count(path) > 0; }
  /// The bytes of a file held in memory; nullptr for none, or one already streamed to disk.
  const std::string* find(const std::string& path) const;
  /// The bytes of a file added, held in memory or read back from the staging folder; throws
  /// WriteError for one not added or not readable.
  std::string read(const std::string& path) const;
  /// The files held in memory (a streamed tree holds none).
  const std::map<std::string, std::string>& files() const { return files_; }
  std::size_t size() const { return files_.size() + streamed_.size(); }
  /// From now on each file added goes straight to disk, into the staging folder that
  /// write_trees() will swap in at `dir` (files added before go there too), and the tree keeps
  /// only its size: for output too large to hold in memory. Stale staging folders beside `dir`
  /// are removed first. While the folder exists a SIGINT/SIGTERM is only recorded (see
  /// interrupt.hpp). The folder is removed when the tree (its last copy) goes without having
  /// been written. Throws WriteError when the folder cannot be made.
  void stream_to(const WritableDir& dir);
  bool streamed() const { return stream_ != nullptr; }
  /// A streamed tree's staging folder (write_trees() swaps it in); nullptr for a tree in memory.
  const std::filesystem::path* staging_folder() const;
  /// The bytes of all its files together.
  std::size_t bytes() const { return bytes_; }
  /// Adds every file of `other` under `prefix` ("" for the root).
  void merge(const OutputTree& other, const std::string& prefix = "");

 private:
  struct Stream;  // the staging folder of a streamed tree (output_tree.cpp)
  std::map<std::string, std::string> files_;
  std::map<std::string, std::size_t> streamed_;  ///< files on disk in the staging folder, by size
  std::size_t bytes_ = 0;
  std::shared_ptr<Stream> stream_;
};

/// One tree to write and the folder it replaces (checked by claim_output_dir()). Files named
/// in `keep` (e.g. "README.md") are carried over from the previous output when the tree does
/// not have them.
struct TreeWrite {
  const OutputTree* tree;
  WritableDir dir;
  std::vector<std::string> keep;
};

/// Replaces each folder with exactly the files of its tree plus the marker file (kOutputMarker),
/// all of them or none as far as the file system allows: every tree is written to a staging
/// folder beside its target first (`.NAME.qaf-new-PID`), then each is swapped in (an atomic
/// exchange where the file system offers one); when a swap fails the ones done are put back.
/// Staging folders left by earlier runs that were killed are removed first. A SIGINT/SIGTERM
/// recorded while staging (see interrupt.hpp) removes this run's staging folders and throws
/// WriteInterrupted. Throws WriteError when it cannot write; the previous outputs then stand.
void write_trees(const std::vector<TreeWrite>& writes);

namespace detail {
/// write_trees() calling `before_swap(i)` before swapping in tree i (tests break a swap with it).
/// With `exchange` false it swaps as on a file system without renameat2's flags (NFS, SMB and
/// some FUSE mounts): old tree aside, new one in, so that tests reach that path too.
void write_trees(const std::vector<TreeWrite>& writes, const std::function<void(std::size_t)>& before_swap,
                 bool exchange = true);
}  // namespace detail

/// write_trees() for a single tree.
void write_tree(const OutputTree& tree, const WritableDir& dir, const std::vector<std::string>& keep = {});

/// Removes staging folders beside `dir` left by runs that are no longer alive; returns how many.
int remove_stale_staging(const std::filesystem::path& dir);

/// Thrown when the output cannot be written.
struct WriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Thrown when SIGINT or SIGTERM stopped the writing; nothing of this run is left on disk.
struct WriteInterrupted : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace qaf
