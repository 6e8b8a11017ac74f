// An output tree in memory (relative path -> bytes), and the one function that writes a tree to disk.
#pragma once
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace qaf {

/// Files a renderer produced, by path relative to the output root ('/'-separated).
/// Renderers fill it; only write_tree() touches the disk.
class OutputTree {
 public:
  /// Adds or replaces a file. Throws std::invalid_argument for an absolute path or one with "..".
  void add(const std::string& path, std::string bytes);
  bool has(const std::string& path) const { return files_.count(path) > 0; }
  const std::string* find(const std::string& path) const;
  const std::map<std::string, std::string>& files() const { return files_; }
  std::size_t size() const { return files_.size(); }
  /// Adds every file of `other` under `prefix` ("" for the root).
  void merge(const OutputTree& other, const std::string& prefix = "");

 private:
  std::map<std::string, std::string> files_;
};

/// Replaces the folder `dir` with exactly the files of `tree`. The new tree is written
/// to a staging folder beside `dir` first and swapped in by renames, so a failure
/// leaves the previous output as it was. Files named in `keep` (e.g. "README.md") are
/// carried over from the previous output when the tree does not have them.
/// Throws WriteError when it cannot write.
void write_tree(const OutputTree& tree, const std::filesystem::path& dir, const std::vector<std::string>& keep = {});

/// Thrown when the output cannot be written.
struct WriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace qaf
