// `qaf publish`: a framework's files copied, byte for byte, to its versions folder.
#include "scaffold/publish.hpp"

#include <algorithm>

#include "load/io_error.hpp"
#include "load/project_loader.hpp"

namespace qaf {
namespace fs = std::filesystem;

namespace {

// Every regular file under `dir`, relative to it, sorted; hidden files and folders and the
// versions folder left out.
std::vector<fs::path> sources_of(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  if (ec) throw IoError("cannot read folder " + dir.string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw IoError("cannot read folder " + dir.string() + ": " + ec.message());
    const fs::path rel = it->path().lexically_relative(dir);
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec)) {
      if (name[0] == '.' || rel == fs::path(kVersionsFolder)) it.disable_recursion_pending();
      continue;
    }
    if (name[0] != '.' && it->is_regular_file(ec)) out.push_back(rel);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

ScaffoldPlan plan_publish(const fs::path& root, const Framework& fw) {
  const std::string& version = fw.meta.version;
  if (version.empty())
    throw ScaffoldRefused(fw.meta.pos.file, "framework '" + fw.id + "' has no version to publish",
                          "give it one in 'framework:', e.g. version: \"2.1\", then publish");
  if (!is_valid_id(version))
    throw ScaffoldRefused(fw.meta.pos.file, "version '" + version + "' cannot name a folder",
                          "use lower-case letters, digits, '.', '-' and '_', starting with a letter or digit "
                          "(\"2.1\", \"2025-06\")");
  const fs::path source = root / fw.dir;
  const fs::path kept = fs::path(fw.dir) / kVersionsFolder / version;
  ScaffoldPlan plan;
  for (const fs::path& rel : sources_of(source))
    plan.files.push_back(NewFile{(kept / rel).generic_string(), read_file(source / rel)});

  std::error_code ec;
  if (fs::exists(root / kept, ec)) {
    std::vector<fs::path> there = sources_of(root / kept);
    bool same = there.size() == plan.files.size();
    for (std::size_t i = 0; same && i < there.size(); ++i)
      same = (kept / there[i]).generic_string() == plan.files[i].path && read_file(root / kept / there[i]) == plan.files[i].text;
    if (!same)
      throw ScaffoldRefused(kept.generic_string(), "version " + version + " is kept already, and the framework has changed since",
                            "a published version stays as it was: give the framework a new version in its 'framework:' "
                            "block, and add a line to its 'changes'");
    plan.files.clear();
    plan.notes.push_back("version " + version + " of " + fw.id + " is kept already, exactly as it is now: nothing to write");
  }
  return plan;
}

}  // namespace qaf
