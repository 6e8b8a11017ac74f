// Output folder checks: the only place that decides a folder may be replaced (see output_guard.hpp).
#include "output/output_guard.hpp"

#include <system_error>

#include "support/paths.hpp"

namespace qaf {
namespace fs = std::filesystem;


WritableDir claim_output_dir(const fs::path& dir, const std::string& option, const std::vector<ProtectedPath>& inputs,
                             bool force) {
  const fs::path target = normal_path(dir);
  const std::string shown = dir.string();
  const std::string example = option == "--packs" ? "packs/" : "site/";
  if (!target.has_relative_path())
    throw OutputRefused(option + " " + shown + " is the root of the file system", "name a folder of its own, such as " + example);
  // Of all the inputs it meets, the refusal names the most telling: the project (is or
  // contains it), then one it is, then the first (most specific) it lies inside, then one it contains.
  const ProtectedPath* best = nullptr;
  int best_rank = 4;
  const char* best_how = nullptr;
  for (const ProtectedPath& in : inputs) {
    const fs::path p = normal_path(in.path);
    const bool is = target == p, contains = normal_within(p, target), inside = normal_within(target, p);
    int rank = 4;
    const char* how = nullptr;
    if (in.may_hold_outputs && (is || contains)) rank = 0, how = is ? "is" : "contains";
    else if (is) rank = 1, how = "is";
    else if (inside && !in.may_hold_outputs) rank = 2, how = "is inside";
    else if (contains) rank = 3, how = "contains";
    if (rank < best_rank) best = &in, best_rank = rank, best_how = how;
  }
  if (best) {
    const ProtectedPath& in = *best;
    throw OutputRefused(option + " " + shown + " " + best_how + " " + in.what + " (" + normal_path(in.path).string() +
                            "); " + in.why,
                        !in.hint.empty()       ? in.hint
                        : in.may_hold_outputs ? "name a folder inside the project, such as " + example + ", or outside it"
                                              : "name a folder of its own, outside the project's sources, such as " + example);
  }
  std::error_code ec;
  const fs::file_status st = fs::status(target, ec);
  if (fs::exists(st) && !fs::is_directory(st))
    throw OutputRefused(option + " " + shown + " is a file, not a folder", "name a folder; qaf will not replace a file");
  if (fs::is_directory(st) && !force) {
    bool marked = fs::is_regular_file(fs::symlink_status(target / kOutputMarker, ec));
    std::string foreign;
    if (!marked) {
      fs::directory_iterator it(target, ec), end;
      if (ec)
        throw OutputRefused("cannot read " + option + " folder " + shown + ": " + ec.message(),
                            "check that the folder exists and can be read");
      for (; it != end; it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name != "README.md") {
          foreign = name;
          break;
        }
      }
    }
    if (!marked && !foreign.empty())
      throw OutputRefused(option + " " + shown + " is a folder qaf did not write (it holds '" + foreign +
                              "' and no " + kOutputMarker + " file); a build would delete everything in it",
                          "name an empty or new folder, or add --force to replace this one and all its contents");
  }
  return WritableDir(target);
}

}  // namespace qaf
