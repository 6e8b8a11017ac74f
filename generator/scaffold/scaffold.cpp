// Plans `qaf new framework` and `qaf new template`, and writes their files: never over anything, never outside the project.
#include "scaffold/scaffold.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "load/io_error.hpp"
#include "load/project_loader.hpp"
#include "site/site_paths.hpp"
#include "support/paths.hpp"
#include "support/suggest.hpp"
#include "support/text_check.hpp"

namespace qaf {
namespace fs = std::filesystem;

namespace {

constexpr const char* kIdRules =
    "an id uses lower-case letters, digits, '-', '_' and '.', starts with a letter or digit and has at most "
    "100 characters";

bool exists_here(const fs::path& p) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(p, ec));  // a link counts, even one that leads nowhere
}

// `id` made into a valid id, as a suggestion ("Demo Team" -> "demo-team"); empty when none fits.
std::string id_like(const std::string& id) {
  std::string s;
  for (unsigned char c : id) {
    if (c >= 'A' && c <= 'Z') s += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') s += static_cast<char>(c);
    else if (!s.empty() && s.back() != '-') s += '-';
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  return is_valid_id(s) ? s : std::string();
}

void check_id(const std::string& id, const std::string& what) {
  if (is_valid_id(id)) return;
  const std::string better = id_like(id);
  throw ScaffoldRefused("", "'" + shown_visibly(id) + "' is not a valid " + what + " id",
                        std::string(kIdRules) + (better.empty() ? "" : ": try '" + better + "'"));
}

// Framework folders of the project, as the loader finds them (hidden folders left out), sorted.
std::vector<std::string> framework_ids(const fs::path& root) {
  std::vector<std::string> ids;
  std::error_code ec;
  if (!fs::is_directory(root / "frameworks", ec)) return ids;
  for (const auto& e : fs::directory_iterator(root / "frameworks", ec))
    if (e.is_directory(ec) && e.path().filename().string()[0] != '.') ids.push_back(e.path().filename().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string joined(const std::vector<std::string>& ids) {
  std::string s;
  for (const std::string& id : ids) s += (s.empty() ? "" : ", ") + id;
  return s;
}

// When qaf.yaml lists the frameworks to build and `id` is not among them, what to tell the user.
std::optional<std::string> unlisted_note(const fs::path& root, const std::string& id) {
  std::error_code ec;
  if (!fs::is_regular_file(root / "qaf.yaml", ec)) return std::nullopt;
  Diagnostics ignored;  // a broken qaf.yaml is for `qaf check` to report
  const Config config = load_config(root, ignored);
  if (config.frameworks.empty()) return std::nullopt;
  std::vector<std::string> ids = ids_of(config.frameworks);
  if (std::find(ids.begin(), ids.end(), id) != ids.end()) return std::nullopt;
  ids.push_back(id);
  return "qaf.yaml lists the frameworks to build, and '" + id +
         "' is not among them: qaf check and qaf build leave it out until you add it there:\n"
         "    frameworks: [" + joined(ids) + "]";
}

}  // namespace

ScaffoldPlan plan_framework(const fs::path& root, const std::string& id, const Date& today) {
  check_id(id, "framework");
  if (site_paths::reserved(id))
    throw ScaffoldRefused("", "a framework cannot be called '" + id + "'",
                          "the site uses that name for its own files: choose another id");
  const std::string dir = "frameworks/" + id;
  if (exists_here(root / dir))
    throw ScaffoldRefused(dir, "framework '" + id + "' already exists",
                          "qaf new never writes over anything: choose another id, or move the folder away first");
  ScaffoldPlan plan;
  plan.files = framework_skeleton(id, today);
  if (!exists_here(root / "qaf.yaml") && !exists_here(root / "frameworks")) {
    // A folder that is not a project yet: the few files that make it one.
    for (NewFile& f : project_skeleton(id))
      if (!exists_here(root / f.path)) plan.files.push_back(std::move(f));
  } else if (std::optional<std::string> note = unlisted_note(root, id)) {
    plan.notes.push_back(*note);
  }
  return plan;
}

ScaffoldPlan plan_template(const fs::path& root, const std::string& id, const std::optional<std::string>& framework) {
  check_id(id, "template");
  const std::vector<std::string> ids = framework_ids(root);
  std::string fw_id;
  if (framework) {
    if (std::find(ids.begin(), ids.end(), *framework) == ids.end()) {
      std::string hint = "start it with 'qaf new framework " + shown_visibly(*framework) + "'";
      if (const auto near = closest(*framework, ids)) hint = "did you mean '" + *near + "'?";
      else if (!ids.empty()) hint = "the project's frameworks: " + joined(ids) + "; or " + hint;
      throw ScaffoldRefused("frameworks/" + shown_visibly(*framework), "there is no framework '" + shown_visibly(*framework) + "'",
                            hint);
    }
    fw_id = *framework;
  } else if (ids.empty()) {
    throw ScaffoldRefused("frameworks", "the project has no framework yet",
                          "start one first with 'qaf new framework ID'");
  } else if (ids.size() > 1) {
    throw ScaffoldRefused("", "which framework is the template for? The project has " + std::to_string(ids.size()) +
                                  ": " + joined(ids),
                          "name one with --framework, e.g. 'qaf new template " + id + " --framework " + ids[0] + "'");
  } else {
    fw_id = ids[0];
  }

  const std::string path = "frameworks/" + fw_id + "/templates/" + id + ".yaml";
  if (exists_here(root / path))
    throw ScaffoldRefused(path, "template file already exists",
                          "qaf new never writes over anything: choose another id, or move the file away first");
  Diagnostics ignored;  // problems in the framework are for `qaf check` to report
  const Framework fw = load_framework(root, fw_id, ignored);
  if (const Template* t = fw.find_template(id))
    throw ScaffoldRefused(t->pos.str(), "framework '" + fw_id + "' already has a template '" + id + "'",
                          "choose another id: template ids are unique in their framework");
  // A template's PDF is named by its id: one that takes a booklet's name would get none.
  std::vector<std::string> booklets = {site_paths::handbook_pdf(fw_id)};
  if (!fw.standards.empty()) booklets.push_back(site_paths::standards_pdf(fw_id));
  for (const Rubric& r : fw.rubrics) booklets.push_back(site_paths::rubric_pdf(fw_id, r.id));
  for (const SkillSet& k : fw.skill_sets) booklets.push_back(site_paths::skills_pdf(fw_id, k.id));
  if (std::find(booklets.begin(), booklets.end(), site_paths::template_pdf(fw_id, id)) != booklets.end())
    throw ScaffoldRefused("", "a template called '" + id + "' would get no PDF: " + site_paths::template_pdf(fw_id, id) +
                                  " is one of the framework's booklets",
                          "choose another id: 'handbook', 'standards', 'rubric-...' and 'skills-...' name the booklets");
  TemplateScales scales;
  for (const Scale& s : fw.scales)
    if (s.kind == ScaleKind::grades && !s.broken && !s.grades.empty()) {
      scales.grades = s.id;
      break;
    }
  ScaffoldPlan plan;
  plan.files.push_back(template_skeleton(fw_id, id, scales));
  if (scales.grades.empty())
    plan.notes.push_back("framework '" + fw_id +
                         "' has no grades scale, so the template has no rating question and no overall judgement; "
                         "its comments say how to add them");
  else
    plan.notes.push_back("the template's rating question and overall judgement use the grades scale '" + scales.grades +
                         "'");
  return plan;
}

void write_new_files(const fs::path& root, const std::vector<NewFile>& files) {
  std::error_code ec;
  // Everything is checked before anything is written.
  const bool root_was_there = fs::is_directory(root, ec);
  if (!root_was_there && exists_here(root))
    throw ScaffoldRefused("", "the project folder " + root.string() + " is a file", "name a folder, or a path where qaf may make one");
  const fs::path top = normal_path(root);
  for (const NewFile& f : files) {
    const fs::path target = root / f.path;
    if (exists_here(target))
      throw ScaffoldRefused(f.path, "already exists", "qaf new never writes over anything: move it away first");
    if (!normal_within(normal_path(target.parent_path()), top))
      throw ScaffoldRefused(f.path, "this path leads out of the project folder (through a link)",
                            "qaf new writes only inside the project folder");
  }
  std::vector<fs::path> made_dirs, made_files;
  auto undo = [&] {
    std::error_code ignore;
    for (auto it = made_files.rbegin(); it != made_files.rend(); ++it) fs::remove(*it, ignore);
    for (auto it = made_dirs.rbegin(); it != made_dirs.rend(); ++it) fs::remove(*it, ignore);  // only if empty
  };
  auto fail = [&](const std::string& path, const std::string& what) {
    undo();
    throw ScaffoldRefused(path, "cannot write " + path + ": " + what, "nothing was written");
  };
  auto make_dirs = [&](const fs::path& dir) {
    std::vector<fs::path> missing;
    for (fs::path d = dir; !d.empty() && !fs::is_directory(d, ec); d = d.parent_path()) {
      missing.push_back(d);
      if (d == d.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
      if (!fs::create_directory(*it, ec)) return ec ? ec.message() : it->string() + " appeared meanwhile";
      made_dirs.push_back(*it);
    }
    return std::string();
  };
  if (!root_was_there)
    if (const std::string e = make_dirs(root); !e.empty()) {
      undo();
      throw ScaffoldRefused("", "cannot make the project folder " + root.string() + ": " + e, "nothing was written");
    }
  for (const NewFile& f : files) {
    const fs::path target = root / f.path;
    if (const std::string e = make_dirs(target.parent_path()); !e.empty()) fail(f.path, e);
    std::FILE* out = std::fopen(target.c_str(), "wx");  // 'x': never over a file that appeared meanwhile
    if (!out) fail(f.path, std::strerror(errno));
    made_files.push_back(target);
    const bool written = std::fwrite(f.text.data(), 1, f.text.size(), out) == f.text.size();
    if (std::fclose(out) != 0 || !written) fail(f.path, std::strerror(errno));
  }
}

}  // namespace qaf
