// Argument parsing, help texts and dispatch for the qaf verbs.
#include "cli/cli.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/importer.hpp"
#include "load/project_loader.hpp"
#include "load/theme_loader.hpp"
#include "output/interrupt.hpp"
#include "output/output_guard.hpp"
#include "output/output_tree.hpp"
#include "pipeline/pipeline.hpp"
#include "render/changes_text.hpp"
#include "render/model_json.hpp"
#include "scaffold/publish.hpp"
#include "serve/serve.hpp"
#include "scaffold/scaffold.hpp"
#include "support/date.hpp"
#include "support/diagnostics.hpp"
#include "support/plural.hpp"
#include "support/progress.hpp"

namespace qaf {
namespace {

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success (warnings may have been printed)\n"
    "  1  the content has errors (each printed as path:line:col: error: ...)\n"
    "  2  usage error, or a file or folder could not be read or written\n";

constexpr const char* kMainHelp =
    "qaf - builds a Quality Assurance Framework site, PDFs and audit packs\n"
    "\n"
    "Usage: qaf <command> [PROJECT_DIR] [options]\n"
    "\n"
    "Commands:\n"
    "  build   check the project and write the site (default output: site/)\n"
    "  check   check frameworks, pages and audit records; write nothing\n"
    "  dump    print the resolved model as JSON\n"
    "  new     start a framework or a template from a skeleton that explains itself\n"
    "  publish keep a framework's current version, so later builds can say what changed\n"
    "  changes print what changed between two versions of a framework\n"
    "  import  make audit records from a spreadsheet's rows (CSV)\n"
    "  serve   preview the site on this machine while editing: each save rebuilds it\n"
    "          and reloads the page, and problems show on the page\n"
    "\n"
    "Options:\n"
    "  --help       help for qaf, or for a command (qaf build --help)\n"
    "  --version    print the version\n"
    "\n"
    "PROJECT_DIR defaults to the current directory. It holds qaf.yaml (optional),\n"
    "frameworks/<id>/ and content/.\n";

constexpr const char* kBuildHelp =
    "Usage: qaf build [PROJECT_DIR] [--out DIR] [--audits DIR] [--packs DIR | --no-packs] [--force] [--quiet]\n"
    "\n"
    "Checks the project, then writes the site, with a printable PDF of every\n"
    "template, booklet and handbook in each framework's pdf/ folder. Nothing is\n"
    "written when the content has errors, so the previous output stays as it was.\n"
    "\n"
    "Options:\n"
    "  --out DIR      site output folder (default: PROJECT_DIR/site)\n"
    "  --audits DIR   audit records folder (default: qaf.yaml 'audits', else content/audits)\n"
    "  --packs DIR    audit pack output folder, never inside the site (default: PROJECT_DIR/packs)\n"
    "  --no-packs     the site only: audit records are checked and the dashboards\n"
    "                 built, but no pack or filled audit is laid out, and the packs\n"
    "                 folder is left as it was (quicker while editing the framework)\n"
    "  --force        replace an existing --out/--packs folder that qaf did not write\n"
    "  --quiet, -q    print only problems: no progress and no summary line\n"
    "\n"
    "On a terminal a status line shows the phase under way (load, pdfs, site, packs,\n"
    "write) and, for packs, documents done and the rate; the last line says what was\n"
    "written and how long each phase took.\n"
    "\n"
    "Each build replaces the --out and --packs folders whole. qaf refuses (exit 2) a\n"
    "folder that is, holds or lies inside the project's frameworks/, content/, themes/,\n"
    "qaf.yaml, the audit records or the theme; the project folder itself; a file; and\n"
    "a non-empty folder without the .qaf-output file qaf leaves in what it writes.\n";

constexpr const char* kCheckHelp =
    "Usage: qaf check [PROJECT_DIR] [--audits DIR] [--quiet]\n"
    "\n"
    "Loads and validates every framework, page and audit record and prints each\n"
    "problem as path:line:col: error|warning: message, with hint: lines. Writes nothing.\n"
    "\n"
    "Options:\n"
    "  --audits DIR   audit records folder (default: qaf.yaml 'audits', else content/audits)\n"
    "  --quiet, -q    print only problems: no progress and no summary line\n";

constexpr const char* kNewHelp =
    "Usage: qaf new framework ID [PROJECT_DIR]\n"
    "       qaf new template ID [PROJECT_DIR] [--framework FW]\n"
    "\n"
    "Writes the files of something new, with comments that explain every key. What\n"
    "it writes checks and builds clean as it is: change it from there, running\n"
    "'qaf check' as you go. It never writes over anything that exists.\n"
    "\n"
    "  framework ID   writes frameworks/ID/: its metadata, a grades scale and a\n"
    "                 yes/no scale, one practice standard, a 'what good looks like'\n"
    "                 rubric, two roles, rules, an introduction page and a case audit\n"
    "                 template. In a folder with no qaf.yaml and no frameworks/ (an\n"
    "                 empty folder, say), it also writes qaf.yaml and content/index.md,\n"
    "                 so that the folder becomes a project.\n"
    "  template ID    writes frameworks/FW/templates/ID.yaml: a form with a header,\n"
    "                 questions, an overall judgement on the framework's grades scale\n"
    "                 and an actions table.\n"
    "\n"
    "Options:\n"
    "  --framework FW   the framework the template belongs to; needed only when the\n"
    "                   project has more than one\n"
    "\n"
    "An ID uses lower-case letters, digits, '-', '_' and '.', and starts with a letter\n"
    "or digit: 'demo', 'case-audit'. PROJECT_DIR defaults to the current directory,\n"
    "and is made when it does not exist.\n";

constexpr const char* kDumpHelp =
    "Usage: qaf dump [PROJECT_DIR] --json [--audits DIR]\n"
    "\n"
    "Prints the resolved model (frameworks, pages, audit records) as JSON with a\n"
    "stable key order, for tests and other tools. Audit records hold personal data:\n"
    "keep the output where the records themselves may be kept.\n"
    "\n"
    "Options:\n"
    "  --json         JSON output (the only format)\n"
    "  --audits DIR   audit records folder (default: qaf.yaml 'audits', else content/audits)\n";

constexpr const char* kPublishHelp =
    "Usage: qaf publish FRAMEWORK [PROJECT_DIR]\n"
    "\n"
    "Keeps the framework as it is now: copies every file of frameworks/FRAMEWORK/\n"
    "into frameworks/FRAMEWORK/versions/VERSION/, VERSION being the 'version' in its\n"
    "'framework:' block. Later builds compare each kept version with the next and\n"
    "show what changed. Run it when a version is approved, before editing the next.\n"
    "\n"
    "The project must check without errors. A version is kept once: publishing again\n"
    "with nothing changed writes nothing; publishing a changed framework under a\n"
    "version already kept is refused (give it a new version first). Nothing that\n"
    "exists is written over. Works without git; commit the versions folder with the\n"
    "rest where you use it.\n";

constexpr const char* kServeHelp =
    "Usage: qaf serve [PROJECT_DIR] [--port N] [--bind ADDRESS [--allow-network]] [--audits DIR]\n"
    "\n"
    "Builds the site and its PDFs in memory and serves them at http://127.0.0.1:8008/\n"
    "for a browser on this machine. Nothing is written to disk: the site/ and packs/\n"
    "folders stay as 'qaf build' left them, and no pack is made.\n"
    "\n"
    "Each save is seen at once. A page whose words changed (nothing in its front\n"
    "matter) is rendered again on its own and the browser showing it reloads; then\n"
    "the whole project is built again, for search, links and everything the change\n"
    "touches, and any other page open that it changed reloads too. Errors and\n"
    "warnings are printed here and shown at the top of every open page as\n"
    "path:line:col with their hints; the pages stay as the last build without errors\n"
    "made them until the errors are put right. Ctrl-C stops.\n"
    "\n"
    "Options:\n"
    "  --port N          the port (default 8008; 0 for any free port, printed)\n"
    "  --bind ADDRESS    the address to listen on (default 127.0.0.1, this machine only)\n"
    "  --allow-network   needed with a --bind ADDRESS that other machines can reach:\n"
    "                    the preview shows drafts and work not yet approved\n"
    "  --audits DIR      audit records folder (default: qaf.yaml 'audits', else content/audits)\n";

constexpr const char* kChangesHelp =
    "Usage: qaf changes FRAMEWORK [PROJECT_DIR] [--from VERSION] [--to VERSION]\n"
    "\n"
    "Prints what changed between two versions of a framework: each standard, rubric\n"
    "cell, skill, form section, question, option, scale, rule, role and page added,\n"
    "removed, moved or reworded, rewording word by word as [-old-]{+new+}. The\n"
    "versions are those kept with 'qaf publish' and the framework as it is now.\n"
    "\n"
    "Options:\n"
    "  --to VERSION     the later version (default: the framework as it is now)\n"
    "  --from VERSION   the earlier version (default: the version before --to)\n";

constexpr const char* kImportHelp =
    "Usage: qaf import FILE --template FW/ID [PROJECT_DIR] [--map MAPFILE] [--audits DIR]\n"
    "\n"
    "Makes one audit record of template FW/ID from each row of FILE, a CSV file\n"
    "exported from Microsoft Forms, Excel or a case recording system, and writes\n"
    "them to the audit records folder's imported/ subfolder (AUDITS/imported/ID.yaml).\n"
    "Each record is checked exactly as 'qaf check' checks records. Every problem is\n"
    "printed as FILE:row:column: error: ... with the row and column a spreadsheet\n"
    "shows (row 1 holds the headings). Nothing is written when there is any error,\n"
    "and nothing that exists is written over: an id another record has, or a file\n"
    "already there, is an error.\n"
    "\n"
    "Each column heading names what the column fills: a header field's id or label,\n"
    "a question's id, number (2.3), words, or number and words, 'id', 'judgement' or\n"
    "'judgement_reason' (case and spacing do not matter). A question answered in\n"
    "columns takes 'QUESTION - COLUMN' or 'QUESTION.COLUMN', its comment\n"
    "'QUESTION - comment'. Several choices go in one cell, separated by ';'.\n"
    "When the headings are other words, a mapping file says what each fills:\n"
    "\n"
    "  columns:\n"
    "    \"Child's ID\": header.case-id\n"
    "    \"Q3 How good is the plan?\": answers.plan-quality\n"
    "    \"Overall grade\": judgement\n"
    "  ignore: [\"Start time\", \"Completion time\", \"Email\"]\n"
    "  id: \"{template}-{Case number}\"     # or map a column to 'id'\n"
    "  dates: day-first                  # 31/03/2026; or month-first, iso\n"
    "  values: { header.service: Children in Care }   # the same in every record\n"
    "\n"
    "Options:\n"
    "  --template FW/ID   the template the rows answer (FW/ may be left out when\n"
    "                     only one framework has a template ID)\n"
    "  --map MAPFILE      the mapping file (YAML) from column headings to record parts\n"
    "  --audits DIR       audit records folder (default: qaf.yaml 'audits', else content/audits)\n"
    "\n"
    "An Excel workbook (.xlsx, .xls) is refused: save it as 'CSV UTF-8' from Excel,\n"
    "or convert it with xlsx2csv (Debian package xlsx2csv).\n";

struct Args {
  std::string verb;
  std::optional<std::string> project;
  std::optional<std::string> out, audits, packs;
  std::optional<std::string> framework;  ///< new template --framework
  std::optional<std::string> from, to;   ///< changes --from, --to
  std::optional<std::string> template_ref, map;  ///< import --template, --map
  std::vector<std::string> words;        ///< new: what to make and its id
  std::optional<std::string> port, bind;  ///< serve --port, --bind
  bool allow_network = false;             ///< serve: --bind may name an address others reach
  bool json = false;
  bool help = false;
  bool force = false;
  bool no_packs = false;  ///< build: the site only, the packs folder left as it was
  bool quiet = false;     ///< build, check: nothing on success but warnings; no progress line
};

struct UsageError {
  std::string message;
  std::string hint = "run 'qaf --help' for usage";
};

// parse_args: throws UsageError on anything it does not understand.
Args parse_args(const std::vector<std::string>& argv) {
  Args a;
  std::size_t i = 0;
  if (i < argv.size() && argv[i].rfind("--", 0) != 0) a.verb = argv[i++];
  auto value = [&](const std::string& flag) -> std::string {
    if (i + 1 >= argv.size()) throw UsageError{flag + " needs a value"};
    return argv[++i];
  };
  for (; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (s == "--help" || s == "-h") a.help = true;
    else if (s == "--version") a.verb = a.verb.empty() ? "--version" : a.verb;
    else if (s == "--json") a.json = true;
    else if (s == "--force") a.force = true;
    else if (s == "--no-packs") a.no_packs = true;
    else if (s == "--quiet" || s == "-q") a.quiet = true;
    else if (s == "--out") a.out = value(s);
    else if (s == "--audits") a.audits = value(s);
    else if (s == "--packs") a.packs = value(s);
    else if (s == "--framework") a.framework = value(s);
    else if (s == "--from") a.from = value(s);
    else if (s == "--to") a.to = value(s);
    else if (s == "--port") a.port = value(s);
    else if (s == "--bind") a.bind = value(s);
    else if (s == "--allow-network") a.allow_network = true;
    else if (s == "--template") a.template_ref = value(s);
    else if (s == "--map") a.map = value(s);
    else if (s.rfind("-", 0) == 0) throw UsageError{"unknown option '" + s + "'"};
    else if (a.verb == "new" && a.words.size() < 2) a.words.push_back(s);
    else if ((a.verb == "publish" || a.verb == "changes" || a.verb == "import") && a.words.empty()) a.words.push_back(s);
    else if (!a.project) a.project = s;
    else throw UsageError{"unexpected argument '" + s + "'"};
  }
  return a;
}

const char* help_for(const std::string& verb) {
  if (verb == "build") return kBuildHelp;
  if (verb == "check") return kCheckHelp;
  if (verb == "dump") return kDumpHelp;
  if (verb == "new") return kNewHelp;
  if (verb == "publish") return kPublishHelp;
  if (verb == "changes") return kChangesHelp;
  if (verb == "serve") return kServeHelp;
  if (verb == "import") return kImportHelp;
  return kMainHelp;
}

LoadOptions load_options(const Args& a) {
  LoadOptions opts;
  if (a.audits) opts.audits_dir = *a.audits;
  return opts;
}

// Loads the project, printing diagnostics to `err`. Returns nullopt when it has errors.
std::optional<Project> load_checked(const Args& a, std::ostream& err) {
  Diagnostics diags;
  Project project = load_project(a.project.value_or("."), load_options(a), diags);
  diags.print(err);
  if (diags.has_errors()) return std::nullopt;
  return project;
}

// Everything `qaf build` reads from disk and must never write over.
std::vector<ProtectedPath> build_inputs(const Args& a, const std::filesystem::path& root, const Project& project) {
  namespace fs = std::filesystem;
  std::vector<ProtectedPath> in;
  auto add = [&](const fs::path& p, const std::string& what) {
    ProtectedPath x;
    x.path = p;
    x.what = what;
    in.push_back(x);
  };
  ProtectedPath project_folder;
  project_folder.path = root;
  project_folder.what = "the project folder";
  project_folder.why = "writing there would delete the whole project";
  project_folder.may_hold_outputs = true;
  // The most specific first: the first one matched is the one named.
  add(a.audits ? fs::path(*a.audits) : root / project.config.audits, "the audit records folder");
  add(theme_folder(root, project.config.theme), "the theme folder");
  add(root / "frameworks", "the project's frameworks/ folder");
  add(root / "content", "the project's content/ folder");
  add(root / "themes", "the project's themes/ folder");
  add(root / "qaf.yaml", "the project's qaf.yaml");
  if (!project.config.logo.empty()) add(root / project.config.logo, "the logo file");
  const PdfFonts& f = project.config.pdf_fonts;
  for (const std::string* font : {&f.regular, &f.bold, &f.italic, &f.bold_italic})
    if (!font->empty()) add(root / *font, "a PDF font file");
  for (const std::string& font : f.fallbacks) add(root / font, "a PDF font file");
  in.push_back(project_folder);
  return in;
}

// A status line is drawn only for a person watching: standard error is a terminal that can
// redraw a line, and --quiet was not given.
bool live_progress(const Args& a, const std::ostream& err) {
  if (a.quiet || &err != &std::cerr || !isatty(STDERR_FILENO)) return false;
  const char* term = std::getenv("TERM");
  return term && std::string_view(term) != "dumb";
}

// " in 12 s (load 1.2 s, pdfs 0.4 s, ...)": how long the run and each of its phases took.
std::string timing(const Progress& p) { return " in " + seconds_text(p.seconds()) + " (" + p.phases() + ")"; }

// qaf check: every check qaf build makes (links, theme, layout of every PDF), nothing written.
int check(const Args& a, std::ostream& err) {
  const std::filesystem::path root = a.project.value_or(".");
  Diagnostics diags;
  Progress progress(&err, live_progress(a, err));
  progress.phase("load");
  Project project = load_project(root, load_options(a), diags);
  if (!diags.has_errors()) render_outputs(root, project, today(), diags, /*check_only=*/true, true, &progress);
  progress.finish();
  diags.print(err);
  if (diags.has_errors()) return exit_content;
  if (!a.quiet)
    err << "qaf: " << plural(static_cast<long long>(project.frameworks.size()), "framework") << ", "
        << plural(static_cast<long long>(project.pages.size()), "page") << " and "
        << plural(static_cast<long long>(project.audits.size()), "audit record") << " checked" << timing(progress) << "\n";
  return exit_ok;
}

// qaf build: everything is rendered in memory and checked; only then is anything written.
int build(const Args& a, std::ostream& err) {
  namespace fs = std::filesystem;
  install_interrupt_handlers();
  const fs::path root = a.project.value_or(".");
  Diagnostics diags;
  Progress progress(&err, live_progress(a, err));
  progress.phase("load");
  Project project = load_project(root, load_options(a), diags);
  const fs::path out = a.out ? fs::path(*a.out) : root / "site";
  const fs::path packs = a.packs ? fs::path(*a.packs) : root / project.config.packs;
  // Both folders are checked before any work: never an input, never each other, only ours.
  const std::string apart = "packs hold personal data and the site is read by all staff: keep them apart";
  std::vector<ProtectedPath> site_inputs = build_inputs(a, root, project), pack_inputs = site_inputs;
  const std::string apart_hint = "name two folders apart, such as site/ and packs/";
  auto other_output = [&](const fs::path& p, const std::string& what) {
    ProtectedPath x;
    x.path = p;
    x.what = what;
    x.why = apart;
    x.hint = apart_hint;
    return x;
  };
  site_inputs.push_back(other_output(packs, "the packs folder"));
  pack_inputs.push_back(other_output(out, "the site folder"));
  const WritableDir site_dir = claim_output_dir(out, "--out", site_inputs, a.force);
  // With --no-packs the packs folder is neither checked nor touched.
  const std::optional<WritableDir> packs_dir =
      a.no_packs ? std::nullopt : std::optional<WritableDir>(claim_output_dir(packs, "--packs", pack_inputs, a.force));
  Outputs outputs;
  try {
    // The packs go to their staging folder as they are made; it is removed unless swapped in.
    if (!diags.has_errors())
      outputs = render_outputs(root, project, today(), diags, false, !a.no_packs, &progress, packs_dir ? &*packs_dir : nullptr);
    progress.finish();
    diags.print(err);
    if (diags.has_errors()) {
      err << "qaf: nothing written; the previous output is unchanged\n";
      return exit_content;
    }
    progress.phase("write");
    std::vector<TreeWrite> writes{{&outputs.site, site_dir, {"README.md"}}};
    if (packs_dir && outputs.packs.size() > 0) writes.push_back({&outputs.packs, *packs_dir, {"README.md"}});
    write_trees(writes);  // site and packs replaced together or not at all
    progress.finish();
  } catch (const WriteError& e) {
    err << "qaf: error: " << e.what() << "\n  hint: the previous output is unchanged\n";
    return exit_usage;
  } catch (const WriteInterrupted& e) {
    outputs = Outputs{};  // the packs' staging folder goes before the signal ends the run
    err << "qaf: " << e.what() << '\n';
    end_if_interrupted();
    return exit_usage;
  }
  if (a.quiet) {
    end_if_interrupted();
    return exit_ok;
  }
  err << "qaf: wrote " << plural(static_cast<long long>(outputs.site.size()), "file") << " to " << out.string() << " ("
      << plural(static_cast<long long>(project.frameworks.size()), "framework") << ", "
      << plural(static_cast<long long>(project.pages.size()), "page") << ")";
  if (outputs.packs.size() > 0)
    err << " and " << plural(static_cast<long long>(outputs.packs.size()), "file") << " to " << packs.string() << " ("
        << plural(static_cast<long long>(project.audits.size()), "audit record") << "; restricted)";
  if (a.no_packs) err << "; packs not built (--no-packs): " << packs.string() << " left as it was";
  err << timing(progress) << '\n';
  end_if_interrupted();  // a signal during the swaps: the new output is complete, then the run ends by it
  return exit_ok;
}

constexpr const char* kNewUsage = "run 'qaf new --help' for usage";

// qaf new framework|template ID: the skeleton's files, written only where nothing is.
int make_new(const Args& a, std::ostream& err) {
  namespace fs = std::filesystem;
  if (a.words.empty()) throw UsageError{"new needs what to make: 'qaf new framework ID' or 'qaf new template ID'", kNewUsage};
  const std::string& what = a.words[0];
  if (what != "framework" && what != "template")
    throw UsageError{"qaf new makes a framework or a template, not '" + what + "'", kNewUsage};
  if (a.words.size() < 2) throw UsageError{"new " + what + " needs an id: 'qaf new " + what + " ID'", kNewUsage};
  if (a.framework && what != "template") throw UsageError{"--framework goes with new template", kNewUsage};
  const fs::path root = a.project.value_or(".");
  ScaffoldPlan plan;
  try {
    plan = what == "framework" ? plan_framework(root, a.words[1], today()) : plan_template(root, a.words[1], a.framework);
    write_new_files(root, plan.files);
  } catch (const ScaffoldRefused& e) {
    // Paths as the user finds them: under PROJECT_DIR when one was named.
    const std::string where = e.path.empty() ? "qaf" : a.project ? (root / e.path).lexically_normal().string() : e.path;
    err << where << ": error: " << e.what() << "\n  hint: " << e.hint << '\n';
    return exit_usage;
  }
  for (const NewFile& f : plan.files)
    err << "qaf: wrote " << (a.project ? (root / f.path).lexically_normal().string() : f.path) << '\n';
  for (const std::string& note : plan.notes) err << "qaf: note: " << note << '\n';
  const std::string in = a.project ? " " + root.string() : "";
  err << "qaf: next: read the comments in " << (plan.files.size() == 1 ? "the file" : "each file")
      << ", change what you need, and run 'qaf check" << in
      << "' and 'qaf build" << in << "'\n";
  return exit_ok;
}

// qaf publish FW: the framework's files copied to its versions folder, if the project checks.
int publish(const Args& a, std::ostream& err) {
  namespace fs = std::filesystem;
  constexpr const char* usage = "run 'qaf publish --help' for usage";
  if (a.words.empty()) throw UsageError{"publish needs the framework: 'qaf publish FRAMEWORK'", usage};
  const fs::path root = a.project.value_or(".");
  LoadOptions opts;
  opts.load_audits = false;  // records are not published; a framework is
  Diagnostics diags;
  const Project project = load_project(root, opts, diags);
  diags.print(err);
  if (diags.has_errors()) {
    err << "qaf: nothing published: the project has errors\n";
    return exit_content;
  }
  const Framework* fw = project.find_framework(a.words[0]);
  if (!fw) throw UsageError{"no framework '" + a.words[0] + "' in " + root.string(), "the frameworks are the folders under frameworks/"};
  ScaffoldPlan plan;
  try {
    plan = plan_publish(root, *fw);
    write_new_files(root, plan.files);
  } catch (const ScaffoldRefused& e) {
    const std::string where = e.path.empty() ? "qaf" : a.project ? (root / e.path).lexically_normal().string() : e.path;
    err << where << ": error: " << e.what() << "\n  hint: " << e.hint << '\n';
    return exit_usage;
  }
  for (const std::string& note : plan.notes) err << "qaf: " << note << '\n';
  if (!plan.files.empty())
    err << "qaf: kept version " << fw->meta.version << " of " << fw->id << " ("
        << plural(static_cast<long long>(plan.files.size()), "file") << ") in "
        << (root / fw->dir / kVersionsFolder / fw->meta.version).lexically_normal().string() << '\n';
  return exit_ok;
}

// qaf changes FW [--from V] [--to V]: any two versions compared, as text on standard output.
int changes(const Args& a, std::ostream& out, std::ostream& err) {
  constexpr const char* usage = "run 'qaf changes --help' for usage";
  if (a.words.empty()) throw UsageError{"changes needs the framework: 'qaf changes FRAMEWORK'", usage};
  const std::filesystem::path root = a.project.value_or(".");
  LoadOptions opts;
  opts.load_audits = false;
  Diagnostics diags;
  const Project project = load_project(root, opts, diags);
  diags.print(err);
  if (diags.has_errors()) return exit_content;
  const Framework* fw = project.find_framework(a.words[0]);
  if (!fw) throw UsageError{"no framework '" + a.words[0] + "' in " + root.string(), "the frameworks are the folders under frameworks/"};
  // The versions in order: the kept ones, then the framework as it is now (unless kept as such).
  std::vector<std::string> order;
  for (const KeptVersion& k : project.kept_versions(fw->id)) order.push_back(k.version);
  if (std::find(order.begin(), order.end(), fw->meta.version) == order.end()) order.push_back(fw->meta.version);
  std::string known;
  for (const std::string& v : order) known += (known.empty() ? "" : ", ") + v;
  auto at = [&](const std::string& v) {
    const Framework* f = project.framework_at(fw->id, v);
    if (!f) throw UsageError{"framework '" + fw->id + "' has no version '" + v + "' kept", "its versions are " + known};
    return f;
  };
  const std::string to = a.to.value_or(fw->meta.version);
  if (std::find(order.begin(), order.end(), to) == order.end() || to.empty())
    throw UsageError{"framework '" + fw->id + "' has no version '" + to + "' kept", "its versions are " + known};
  std::string from;
  if (a.from) {
    from = *a.from;
  } else {
    const auto it = std::find(order.begin(), order.end(), to);
    if (it == order.begin())
      throw UsageError{"version " + to + " is the first of '" + fw->id + "': there is nothing before it to compare with",
                       order.size() > 1 ? "name two versions with --from and --to (" + known + ")"
                                        : "keep a version with 'qaf publish' first, then edit the framework"};
    from = *(it - 1);
  }
  versions::Step step;
  step.from = from;
  step.to = to;
  step.before = at(from);
  step.after = at(to);
  step.changes = versions::compare(*step.before, *step.after);
  out << changes_text(step);
  return exit_ok;
}

// qaf import FILE --template FW/ID: a spreadsheet's rows as audit records, all written or none.
int import_records(const Args& a, std::ostream& err) {
  constexpr const char* usage = "run 'qaf import --help' for usage";
  if (a.words.empty()) throw UsageError{"import needs the file: 'qaf import FILE --template FW/ID'", usage};
  if (!a.template_ref) throw UsageError{"import needs the template the rows answer: --template FW/ID", usage};
  importing::ImportOptions o;
  o.project = a.project.value_or(".");
  o.project_named = a.project.has_value();
  o.file = a.words[0];
  o.template_ref = *a.template_ref;
  o.map_file = a.map;
  o.audits_dir = a.audits;
  Diagnostics diags;
  importing::ImportResult r;
  try {
    r = importing::import_csv(o, diags);
  } catch (const importing::ImportRefused& e) {
    diags.print(err);
    err << "qaf: error: " << e.what() << "\n  hint: " << e.hint << '\n';
    return exit_usage;
  }
  diags.print(err);
  if (r.project_errors) {
    err << "qaf: nothing imported: the project has errors; put them right first\n";
    return exit_content;
  }
  if (diags.has_errors()) {
    err << "qaf: nothing imported: no record was written\n";
    return exit_content;
  }
  for (const std::string& f : r.written) err << "qaf: wrote " << f << '\n';
  err << "qaf: imported " << plural(static_cast<long long>(r.written.size()), "audit record") << " into " << r.folder
      << '\n';
  return exit_ok;
}

// qaf serve: the preview on loopback (or, asked explicitly, on another address).
int serve(const Args& a, std::ostream& err) {
  constexpr const char* usage = "run 'qaf serve --help' for usage";
  serve::ServeOptions o;
  o.root = a.project.value_or(".");
  o.load = load_options(a);
  if (a.port) {
    const std::string& p = *a.port;
    if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos || std::stoi(p) > 65535)
      throw UsageError{"--port needs a number from 0 to 65535, not '" + p + "'", usage};
    o.port = std::stoi(p);
  }
  if (a.bind) o.bind = *a.bind;
  if (!serve::is_loopback(o.bind) && !a.allow_network)
    throw UsageError{"qaf serve listens on this machine only, and " + o.bind + " may be reached from others",
                     "the preview shows drafts and unapproved work to anyone who can reach it: add --allow-network "
                     "if that is meant, or leave out --bind"};
  if (a.allow_network && !a.bind) throw UsageError{"--allow-network goes with --bind ADDRESS", usage};
  if (!std::filesystem::is_directory(o.root))
    throw UsageError{"no project folder '" + o.root.string() + "'", "name a folder that holds qaf.yaml or frameworks/"};
  return serve::serve(o, err);
}

int run(const Args& a, std::ostream& out, std::ostream& err) {
  if (a.verb == "--version") {
    out << "qaf " << QAF_VERSION << '\n';
    return exit_ok;
  }
  if (a.help || a.verb.empty() || a.verb == "help") {
    out << help_for(a.verb) << '\n' << kExitCodes;
    return a.verb.empty() && !a.help ? exit_usage : exit_ok;
  }
  if (a.verb != "build" && a.verb != "check" && a.verb != "dump" && a.verb != "new" && a.verb != "publish" &&
      a.verb != "changes" && a.verb != "serve" && a.verb != "import")
    throw UsageError{"unknown command '" + a.verb + "'"};
  if (a.verb != "new" && a.framework) throw UsageError{"--framework goes with new template"};
  if ((a.verb == "new" || a.verb == "publish" || a.verb == "changes") && a.audits)
    throw UsageError{"--audits goes with check, build, dump, serve and import"};
  if (a.verb != "import" && (a.template_ref || a.map)) throw UsageError{"--template and --map go with import"};
  if (a.verb != "serve" && (a.port || a.bind || a.allow_network))
    throw UsageError{"--port, --bind and --allow-network go with serve"};
  if (a.verb != "changes" && (a.from || a.to)) throw UsageError{"--from and --to go with changes"};
  if (a.verb != "build" && (a.out || a.packs || a.force || a.no_packs))
    throw UsageError{"--out, --packs, --no-packs and --force go with build"};
  if (a.quiet && a.verb != "build" && a.verb != "check") throw UsageError{"--quiet goes with build and check"};
  if (a.packs && a.no_packs) throw UsageError{"--packs names the folder to build packs into; --no-packs builds none: give one"};
  if (a.verb != "dump" && a.json) throw UsageError{"--json goes with dump"};
  if (a.verb == "dump" && !a.json) throw UsageError{"dump needs --json"};

  if (a.verb == "new") return make_new(a, err);
  if (a.verb == "publish") return publish(a, err);
  if (a.verb == "changes") return changes(a, out, err);
  if (a.verb == "import") return import_records(a, err);
  if (a.verb == "build") return build(a, err);
  if (a.verb == "serve") return serve(a, err);
  if (a.verb == "check") return check(a, err);
  std::optional<Project> project = load_checked(a, err);
  if (!project) return exit_content;
  out << model_to_json(*project) << '\n';  // dump
  return exit_ok;
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return run(parse_args(args), out, err);
  } catch (const UsageError& e) {
    err << "qaf: error: " << e.message << "\n  hint: " << e.hint << '\n';
    return exit_usage;
  } catch (const OutputRefused& e) {
    err << "qaf: error: " << e.what() << "\n  hint: " << e.hint << '\n';
    return exit_usage;
  } catch (const IoError& e) {
    err << "qaf: error: " << e.what() << '\n';
    return exit_usage;
  } catch (const std::exception& e) {
    err << "qaf: internal error: " << e.what() << '\n';
    return exit_usage;
  }
}

}  // namespace qaf
