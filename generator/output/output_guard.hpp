// The one decision on whether an output folder may be written: never an input, never inside one, only ours.
#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace qaf {

/// Name of the marker file qaf puts in every folder it writes; a folder holding it is ours to replace.
inline constexpr const char* kOutputMarker = ".qaf-output";
/// The marker's contents.
inline constexpr const char* kOutputMarkerText =
    "This folder is written by `qaf build`, which replaces all of it on each build.\n"
    "Do not keep your own files here.\n";

/// Something qaf reads and must never write over: a folder or a file, with words for messages.
struct ProtectedPath {
  std::filesystem::path path;  ///< as given (made absolute and canonical when compared)
  std::string what;            ///< e.g. "the project's frameworks/ folder"
  std::string why = "writing there would delete what qaf reads";  ///< the end of the refusal message
  bool may_hold_outputs = false;  ///< the project root: outputs may lie inside it, never be it or contain it
  std::string hint;               ///< advice when refused ("" for the usual one)
};

/// A folder that claim_output_dir() found safe to replace. Only that function makes one,
/// so the writer cannot be handed an unchecked path.
class WritableDir {
 public:
  const std::filesystem::path& path() const { return path_; }  ///< absolute, symlinks resolved

 private:
  explicit WritableDir(std::filesystem::path p) : path_(std::move(p)) {}
  std::filesystem::path path_;
  friend WritableDir claim_output_dir(const std::filesystem::path&, const std::string&,
                                      const std::vector<ProtectedPath>&, bool);
};

/// Thrown when a folder may not be written: `what()` is the message, `hint` the advice.
struct OutputRefused : std::runtime_error {
  OutputRefused(const std::string& message, std::string h) : std::runtime_error(message), hint(std::move(h)) {}
  std::string hint;
};

/// Decides whether `dir` (named by the option `option`, e.g. "--out") may be replaced by
/// qaf's output. Refused: a folder that is, contains or lies inside any of `inputs` (for an
/// input with may_hold_outputs: is or contains it); an existing path that is not a folder;
/// an existing non-empty folder without the marker file, unless `force` (a folder holding
/// only README.md counts as ours). Throws OutputRefused; reads the disk, writes nothing.
WritableDir claim_output_dir(const std::filesystem::path& dir, const std::string& option,
                             const std::vector<ProtectedPath>& inputs, bool force);

}  // namespace qaf
