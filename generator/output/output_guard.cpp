// Output folder checks: the only place that decides a folder may be replaced (see output_guard.hpp).
#include "output/output_guard.hpp"

#include <system_error>

namespace qaf {
namespace fs = std::filesystem;

namespace {

// Absolute, normal, symlinks resolved as far as the path exists, without a trailing '/'.
fs::path normal_form(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec).lexically_normal();
  if (ec) a = p.lexically_normal();
  if (!a.has_filename() && a.has_relative_path()) a = a.parent_path();
  fs::path c = fs::weakly_canonical(a, ec);
  if (ec) return a;
  if (!c.has_filename() && c.has_relative_path()) c = c.parent_path();
  return c;
}

bool within_normal(const fs::path& a, const fs::path& b) {
  auto ai = a.begin();
  for (auto bi = b.begin(); bi != b.end(); ++bi, ++ai)
    if (ai == a.end() || *ai != *bi) return false;
  return true;
}

}  // namespace

bool path_within(const fs::path& inner, const fs::path& outer) { return within_normal(normal_form(inner), normal_form(outer)); }

WritableDir claim_output_dir(const fs::path& dir, const std::string& option, const std::vector<ProtectedPath>& inputs,
                             bool force) {
  const fs::path target = normal_form(dir);
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
    const fs::path p = normal_form(in.path);
    const bool is = target == p, contains = within_normal(p, target), inside = within_normal(target, p);
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
    throw OutputRefused(option + " " + shown + " " + best_how + " " + in.what + " (" + normal_form(in.path).string() +
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
