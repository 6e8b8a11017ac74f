// Walks the project tree in a stable order and hands each file to its reader.
#include "load/project_loader.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "load/image_reader.hpp"
#include "load/readers.hpp"
#include "load/resolver.hpp"
#include "support/paths.hpp"
#include "support/text_check.hpp"

namespace qaf {
namespace fs = std::filesystem;
using namespace detail;

namespace {

std::string rel_string(const fs::path& p) { return p.generic_string(); }

// Files under `dir` with extension `ext`, sorted, as paths relative to `root`. A link that
// leads out of `dir` is reported to `d` and left out: what qaf publishes stays what is in the folder.
std::vector<fs::path> files_under(const fs::path& root, const fs::path& dir, const std::string& ext, Diagnostics& d,
                                  const std::vector<fs::path>& skip = {}) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(root / dir, ec)) return out;
  const fs::path folder = normal_path(root / dir);
  const fs::path root_abs = fs::absolute(root, ec).lexically_normal();
  fs::recursive_directory_iterator it(root / dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) throw IoError("cannot read folder " + (root / dir).string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw IoError("cannot read folder " + (root / dir).string() + ": " + ec.message());
    // The name as found (a link is not followed), relative to the root even when the folder was given absolute.
    const fs::path rel = fs::absolute(it->path(), ec).lexically_normal().lexically_relative(root_abs);
    if (it->is_directory()) {
      const std::string name = it->path().filename().string();
      if ((!name.empty() && name[0] == '.') ||
          std::find(skip.begin(), skip.end(), rel) != skip.end())
        it.disable_recursion_pending();
      continue;
    }
    if (it->path().extension() != ext || it->path().filename().string()[0] == '.') continue;
    // A name that shows as something else ("a\u202Egpj.md" looks like "adm.jpg") is refused, not published.
    if (const auto hidden = hidden_char_in_name(rel_string(rel))) {
      hint(d.error(SourcePos{rel_string(rel), 0, 0}, "file name holds " + *hidden),
           "rename it using letters, digits, '-' and '_' only");
      continue;
    }
    // Only regular files: a FIFO would hang the build, a device (or a link to /dev/zero) never end.
    if (!it->is_regular_file(ec))
      throw IoError((root / rel).string() + " is not a regular file (a pipe, a device, or a link to one)" +
                    "\n  hint: qaf reads only regular files; remove it, or give it another extension");
    // A page or record is text written by people: anything this large is a mistake or an attack.
    constexpr std::uintmax_t kMaxBytes = 8u << 20;
    if (const std::uintmax_t size = it->file_size(ec); !ec && size > kMaxBytes) {
      hint(d.error(SourcePos{rel_string(it->path().lexically_relative(root)), 0, 0},
                   "file is " + std::to_string((size + (1u << 20) - 1) >> 20) + " MB; qaf reads files of at most 8 MB"),
           "split it into smaller files");
      continue;
    }
    if (it->is_symlink(ec)) {
      const fs::path target = normal_path(it->path());
      if (!normal_within(target, folder)) {
        hint(d.error(SourcePos{rel_string(it->path().lexically_relative(root)), 0, 0}, "a link to a file outside " + rel_string(dir) + "/ (" +
                                                            target.string() + ")"),
             "copy the file into the folder instead: qaf reads only what is in it");
        continue;
      }
    }
    out.push_back(rel);
  }
  std::sort(out.begin(), out.end());
  return out;
}


// Reads one framework YAML file: each top-level key is one kind of content.
void load_framework_file(const fs::path& root, const fs::path& rel, Framework& fw, bool& have_meta,
                         SourcePos& meta_pos, Diagnostics& d) {
  YamlFile file(rel_string(rel), read_file(root / rel), d);
  if (!file.ok()) {
    fw.incomplete = true;
    return;
  }
  if (file.root().IsNull()) {
    hint(d.warning(file.file_pos(), "file is empty"), "remove it, or add framework content");
    return;
  }
  Fields f(file, file.root(), "file");
  if (!f.ok()) return;
  if (f.node("framework").IsNull()) {
    have_meta = true;
    meta_pos = f.pos_of("framework");
    fw.meta.pos = meta_pos;
    hint(d.error(meta_pos, "'framework' has no value"),
         "give the framework's title, council, version, status and next_review under 'framework:'");
  } else if (f.has("framework")) {
    if (have_meta) {
      hint(d.error(f.pos_of("framework"), "a second 'framework' block"), "the metadata was first given at " + meta_pos.str());
    } else {
      have_meta = true;
      meta_pos = f.pos_of("framework");
      read_meta(file, f.node("framework"), fw.meta);
    }
  }
  f.list("scales", [&](const YAML::Node& n) { fw.scales.push_back(read_scale(file, n)); });
  f.list("standards", [&](const YAML::Node& n) { fw.standards.push_back(read_standard_section(file, n)); });
  f.list("rubrics", [&](const YAML::Node& n) { fw.rubrics.push_back(read_rubric(file, n)); });
  if (f.has("rubric")) fw.rubrics.push_back(read_rubric(file, f.node("rubric")));
  f.list("skill_sets", [&](const YAML::Node& n) { fw.skill_sets.push_back(read_skill_set(file, n)); });
  if (f.has("skill_set")) fw.skill_sets.push_back(read_skill_set(file, f.node("skill_set")));
  // A template with errors of its own is marked: records are not checked against half of it
  // (one misspelt key would otherwise be reported again in every record).
  auto add_template = [&](const YAML::Node& n) {
    const std::size_t before = d.error_count();
    fw.templates.push_back(read_template(file, n));
    fw.templates.back().incomplete = d.error_count() > before;
  };
  f.list("templates", add_template);
  if (f.has("template")) add_template(f.node("template"));
  if (f.has("rules")) read_rules(file, f.node("rules"), fw.rules);
  f.list("programmes", [&](const YAML::Node& n) { fw.programmes.push_back(read_programme(file, n)); });
  f.list("roles", [&](const YAML::Node& n) { fw.roles.push_back(read_role(file, n)); });
  f.list("bodies", [&](const YAML::Node& n) { fw.bodies.push_back(read_body(file, n)); });
  f.list("indicators", [&](const YAML::Node& n) { fw.indicators.push_back(read_indicator(file, n)); });
  f.list("glossary", [&](const YAML::Node& n) {
    if (auto e = read_glossary_entry(file, n)) fw.glossary.push_back(std::move(*e));
  });
  f.list("synonyms", [&](const YAML::Node& n) { read_synonym_group(file, n, f.pos_of("synonyms"), fw); });
}

std::vector<Page> load_pages(const fs::path& root, const fs::path& dir, Diagnostics& d,
                             const std::vector<fs::path>& skip = {}) {
  std::vector<Page> pages;
  for (const fs::path& rel : files_under(root, dir, ".md", d, skip)) {
    if (rel.filename() == "README.md" && rel.parent_path() == dir) continue;  // notes for authors, not pages
    pages.push_back(read_page(rel_string(rel), read_file(root / rel), rel.stem().string(), d));
  }
  std::stable_sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) {
    return a.order != b.order ? a.order < b.order : a.title < b.title;
  });
  return pages;
}

}  // namespace

Page reload_page(const fs::path& root, const std::string& rel_path, Diagnostics& d) {
  return read_page(rel_path, read_file(root / rel_path), fs::path(rel_path).stem().string(), d);
}

namespace {

void check_page_ids(const std::vector<Page>& pages, Diagnostics& d) {
  std::set<std::string> seen;
  for (const Page& p : pages)
    if (!p.id.empty() && !seen.insert(p.id).second) d.error(p.pos, "duplicate page id '" + p.id + "'");
}

}  // namespace

namespace {

// Loads the framework whose sources are in `dir` (relative to `root`), leaving out `skip`.
Framework load_framework_in(const fs::path& root, const std::string& id, const fs::path& dir,
                            const std::vector<fs::path>& skip, Diagnostics& d) {
  Framework fw;
  fw.id = id;
  fw.dir = rel_string(dir);
  bool have_meta = false;
  SourcePos meta_pos;
  const std::vector<fs::path> yaml = files_under(root, dir, ".yaml", d, skip);
  for (const fs::path& rel : yaml) load_framework_file(root, rel, fw, have_meta, meta_pos, d);
  if (!have_meta && !fw.incomplete) {
    Diagnostic& e = d.error({fw.dir, 0, 0}, "framework '" + id + "' has no 'framework' metadata");
    hint(e, "add a file such as " + fw.dir + "/framework.yaml starting with 'framework:' and its title, council, "
            "version, status and next_review");
  }
  fw.meta.pos = have_meta ? fw.meta.pos : SourcePos{fw.dir, 0, 0};
  fw.pages = load_pages(root, dir, d, skip);
  check_page_ids(fw.pages, d);
  if (!fw.incomplete) resolve_framework(fw, d);
  return fw;
}

}  // namespace

Framework load_framework(const fs::path& root, const std::string& id, Diagnostics& d) {
  const fs::path dir = fs::path("frameworks") / id;
  Framework fw = load_framework_in(root, id, dir, {dir / kVersionsFolder}, d);
  if (!valid_id(id))
    hint(d.error({fw.dir, 0, 0}, "framework folder name '" + id + "' is not a valid id"),
         "rename the folder using lower-case letters, digits and '-' (at most 100 characters)");
  return fw;
}

std::vector<KeptVersion> load_kept_versions(const fs::path& root, const std::string& id, Diagnostics& d) {
  std::vector<KeptVersion> kept;
  const fs::path versions = fs::path("frameworks") / id / kVersionsFolder;
  std::error_code ec;
  if (!fs::is_directory(root / versions, ec)) return kept;
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(root / versions, ec))
    if (e.is_directory() && e.path().filename().string()[0] != '.') names.push_back(e.path().filename().string());
  if (ec) throw IoError("cannot read folder " + (root / versions).string() + ": " + ec.message());
  // Versions that read alike ("1.0", "01.0") in name order, so the order never depends on the folder.
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    const int c = compare_versions(a, b);
    return c != 0 ? c < 0 : a < b;
  });
  for (const std::string& name : names) {
    // A kept version is read as it was published: what stops it loading is an error; what was
    // only advice then (a review date that has since passed) is not repeated now.
    Diagnostics own;
    KeptVersion k{name, load_framework_in(root, id, versions / name, {}, own)};
    for (const Diagnostic& x : own.all())
      if (x.severity == Severity::error) d.error(x.pos, x.message).hints = x.hints;
    if (k.framework.meta.version != name)
      hint(d.error(k.framework.meta.pos, "the version kept in " + k.framework.dir + " says it is version '" +
                                             k.framework.meta.version + "'"),
           "a kept version's folder is named by its version: rename the folder, or publish it again with 'qaf publish'");
    kept.push_back(std::move(k));
  }
  return kept;
}

Config load_config(const fs::path& root, Diagnostics& d) {
  Config config;
  std::error_code ec;
  if (fs::exists(root / "qaf.yaml", ec)) {
    YamlFile file("qaf.yaml", read_file(root / "qaf.yaml"), d);
    if (file.ok()) read_config(file, file.root(), config, root.string());
  }
  return config;
}

bool is_valid_id(std::string_view id) { return valid_id(id); }

Project load_project(const fs::path& root, const LoadOptions& options, Diagnostics& d) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) throw IoError("project folder " + root.string() + " does not exist");
  Project p;
  p.root = root.string();
  p.config = load_config(root, d);

  // Frameworks: the configured list, or every folder under frameworks/.
  std::vector<std::string> ids;
  if (fs::is_directory(root / "frameworks", ec))
    for (const auto& e : fs::directory_iterator(root / "frameworks"))
      if (e.is_directory() && e.path().filename().string()[0] != '.') ids.push_back(e.path().filename().string());
  std::sort(ids.begin(), ids.end());
  if (!p.config.frameworks.empty()) {
    std::vector<std::string> chosen;
    for (const Ref& r : p.config.frameworks) {
      if (std::find(ids.begin(), ids.end(), r.id) == ids.end()) report_unknown_ref(d, r, "framework", ids);
      else chosen.push_back(r.id);
    }
    ids = chosen;
  }
  for (const std::string& id : ids) {
    p.frameworks.push_back(load_framework(root, id, d));
    if (std::vector<KeptVersion> kept = load_kept_versions(root, id, d); !kept.empty()) p.kept[id] = std::move(kept);
  }

  // Site pages: content/**.md, except the audits folder.
  // An --audits folder inside content/ is left out exactly as the configured one is.
  fs::path audits_rel = fs::path(p.config.audits);
  if (!options.audits_dir.empty()) {
    audits_rel = fs::relative(options.audits_dir, root, ec);
    if (ec || audits_rel.empty() || *audits_rel.begin() == "..") audits_rel.clear();
  }
  p.pages = load_pages(root, "content", d, {fs::path("content") / "audits", audits_rel});
  check_page_ids(p.pages, d);
  // Images the pages place: read once, for the site and the PDFs; never from the audit records.
  const std::vector<fs::path> records = {fs::path("content") / "audits", fs::path(p.config.audits), audits_rel};
  for (const Framework& fw : p.frameworks)
    for (const Page& page : fw.pages) load_page_images(root, page, p.config.allow_raw_html, records, p.images, d);
  // The archive shows earlier versions' pages with their own copies of the images.
  for (const auto& [id, kept] : p.kept)
    for (const KeptVersion& k : kept)
      for (const Page& page : k.framework.pages) load_page_images(root, page, p.config.allow_raw_html, records, p.images, d);
  for (const Page& page : p.pages) load_page_images(root, page, p.config.allow_raw_html, records, p.images, d);

  if (!options.load_audits) return p;
  // Audit records: from --audits (relative to the working directory) or the configured folder.
  const fs::path audit_root = options.audits_dir.empty() ? root : fs::path(".");
  const fs::path audit_dir = options.audits_dir.empty() ? fs::path(p.config.audits) : fs::path(options.audits_dir);
  if (!options.audits_dir.empty() && !fs::is_directory(audit_dir, ec))
    throw IoError("audit records folder " + audit_dir.string() + " does not exist");
  // A folder named in qaf.yaml that is not there would silently give no records at all.
  if (options.audits_dir.empty() && !p.config.audits_pos.file.empty() && !fs::is_directory(root / audit_dir, ec))
    hint(d.error(p.config.audits_pos, "audit records folder '" + p.config.audits + "' does not exist"),
         "name the folder that holds the records, relative to the project folder (default content/audits)");
  std::map<std::string, SourcePos> seen;
  for (const fs::path& rel : files_under(audit_root, audit_dir, ".yaml", d)) {
    YamlFile file(rel_string(rel), read_file(audit_root / rel), d, "put each audit record in its own file");
    if (!file.ok()) continue;
    AuditRecord a = read_audit(file, file.root(), p);
    if (!a.id.empty()) {
      auto [it, fresh] = seen.emplace(a.id, a.pos);
      if (!fresh) hint(d.error(a.pos, "duplicate audit record id '" + a.id + "'"), "first used at " + it->second.str());
    }
    p.audits.push_back(std::move(a));
  }
  return p;
}

AuditRecord read_audit_text(const std::string& rel_path, const std::string& text, const Project& project,
                            Diagnostics& diags) {
  YamlFile file(rel_path, text, diags, "put each audit record in its own file");
  if (!file.ok()) {
    AuditRecord a;
    a.file = rel_path;
    return a;
  }
  return read_audit(file, file.root(), project);
}

}  // namespace qaf
