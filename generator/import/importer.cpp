// `qaf import` from start to end: read, map, build, check through the loader, compare ids, write.
#include "import/importer.hpp"

#include <algorithm>
#include <map>

#include "import/column_map.hpp"
#include "import/csv_table.hpp"
#include "import/record_builder.hpp"
#include "load/import_map.hpp"
#include "load/io_error.hpp"
#include "load/project_loader.hpp"
#include "scaffold/scaffold.hpp"
#include "support/suggest.hpp"

namespace qaf::importing {
namespace fs = std::filesystem;
namespace {

// The subfolder of the audit records folder that imported records go into.
constexpr const char* kImportedFolder = "imported";

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "E5": the cell as a spreadsheet names it.
std::string cell_name(int column, int row) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

// The text between the quotes after `prefix` at the start of `message`, or "".
std::string quoted_after(const std::string& message, const std::string& prefix) {
  if (message.rfind(prefix, 0) != 0) return "";
  const std::size_t end = message.find('\'', prefix.size());
  return end == std::string::npos ? "" : message.substr(prefix.size(), end - prefix.size());
}

const Template& find_template(const Project& project, const std::string& ref, const Framework*& fw_out) {
  std::vector<std::string> all;
  for (const Framework& fw : project.frameworks)
    for (const Template& t : fw.templates) all.push_back(fw.id + "/" + t.id);
  const std::size_t slash = ref.find('/');
  std::vector<std::pair<const Framework*, const Template*>> found;
  for (const Framework& fw : project.frameworks)
    for (const Template& t : fw.templates)
      if ((slash == std::string::npos && t.id == ref) || (slash != std::string::npos && fw.id + "/" + t.id == ref))
        found.emplace_back(&fw, &t);
  if (found.size() > 1) {
    std::vector<std::string> names;
    for (const auto& [fw, t] : found) names.push_back(fw->id + "/" + t->id);
    throw ImportRefused("more than one framework has a template '" + ref + "'", "name one: " + join_or(names));
  }
  if (found.empty()) {
    const auto best = closest(ref, all);
    throw ImportRefused("no template '" + ref + "' in the project",
                        best ? "did you mean '" + *best + "'?"
                             : all.empty() ? "the project has no templates" : "its templates are " + join_or(all));
  }
  if (found.front().second->stub())
    throw ImportRefused("template '" + ref + "' is a tool held elsewhere: qaf keeps no records of it",
                        "keep these records where the tool is held");
  fw_out = found.front().first;
  return *found.front().second;
}

// Problems the loader found on a line a value of the mapping file's `values` filled: said once,
// at that value, with the rows that have them (a value wrong for one row may suit another).
struct FixedProblems {
  struct Problem {
    Diagnostic d;
    SourcePos at;
    std::vector<int> rows;
  };
  std::vector<Problem> list;
  void add(const Diagnostic& d, const SourcePos& at, int row) {
    for (Problem& p : list)
      if (p.at.str() == at.str() && p.d.message == d.message && p.d.severity == d.severity) {
        p.rows.push_back(row);
        return;
      }
    list.push_back(Problem{d, at, {row}});
  }
  /// Reports each problem; `rows` is how many rows made records.
  void report(int rows, Diagnostics& out) const {
    for (const Problem& p : list) {
      Diagnostic& e = p.d.severity == Severity::error ? out.error(p.at, p.d.message) : out.warning(p.at, p.d.message);
      e.hints = p.d.hints;
      std::string which;
      if (static_cast<int>(p.rows.size()) == rows && rows > 1) which = "every row";
      else {
        which = p.rows.size() == 1 ? "row " : "rows ";
        for (std::size_t i = 0; i < p.rows.size() && i < 10; ++i) which += (i ? ", " : "") + std::to_string(p.rows[i]);
        if (p.rows.size() > 10) which += " and " + std::to_string(p.rows.size() - 10) + " more";
      }
      hint(e, "this value, under 'values', is given to every record");
      hint(e, "the problem is in " + which);
    }
  }
};

// Puts one problem the loader found in a row's record back where it came from: on the cell its
// line came from, else on the cell of the part it names, else on the row; a problem with a value
// the mapping file gives every record goes to `fixed`, to be said once at that value.
void report(const Diagnostic& d, const BuiltRecord& r, const std::string& row_name, const CsvTable& table,
            const ColumnMap& map, const std::string& csv_path, FixedProblems& fixed, Diagnostics& out) {
  int column = 0;
  if (d.pos.file == row_name && d.pos.line >= 1 && d.pos.line <= static_cast<int>(r.line_column.size()))
    column = r.line_column[static_cast<std::size_t>(d.pos.line - 1)];
  std::vector<std::string> hints = d.hints;
  // Something missing is reported where its key would be: the column that fills it, if any.
  std::string missing;  // the path of what is missing
  std::string label;    // how a heading may name it
  if (const std::string f = quoted_after(d.message, "missing header field '"); !f.empty()) missing = "header." + f, label = f;
  else if (const std::string q = quoted_after(d.message, "question '"); !q.empty()) {
    const std::string col = quoted_after(d.message, "question '" + q + "' has no answer in column '");
    if (d.message.find("' is not answered") != std::string::npos || d.message.find("' has no answer") != std::string::npos)
      missing = "answers." + q + (col.empty() ? "" : "." + col), label = q + (col.empty() ? "" : "." + col);
  } else if (d.message == "missing 'judgement'") missing = "judgement", label = "judgement";
  // Anything else on a fixed value's line is about the value (what is missing is the row's).
  if (missing.empty() && column < 0) {
    fixed.add(d, map.fixed[static_cast<std::size_t>(-1 - column)].pos, r.row);
    return;
  }
  column = std::max(column, 0);
  if (!missing.empty()) {
    auto it = r.path_column.find(missing);
    if (it == r.path_column.end())  // a question in columns: any of its columns' cells, not its comment's
      for (auto p = r.path_column.begin(); p != r.path_column.end(); ++p)
        if (p->first.rfind(missing + ".", 0) == 0 && p->first != missing + ".comment") it = p;
    // Where the loader puts what is missing (the record's first line, 'answers:') is no cell of it.
    column = it != r.path_column.end() ? it->second : 0;
    hints.clear();
    if (column == 0)
      hints.push_back("add a column headed '" + label + "', or map a column to '" + missing +
                      "' in the mapping file (or give every record one value under 'values')");
    else
      hints.push_back("fill in this cell");
  }
  const int at = column == 0 ? 1 : column;
  Diagnostic& e = d.severity == Severity::error ? out.error(SourcePos{csv_path, r.row, at}, d.message)
                                                : out.warning(SourcePos{csv_path, r.row, at}, d.message);
  e.hints = hints;
  if (column > 0) {
    if (d.message.find("is not a date") != std::string::npos) {
      const auto cell = r.cell_text.find(column);
      if (cell != r.cell_text.end() && cell->second.find('/') != std::string::npos)
        hint(e, "dates written with '/' are read when the mapping file says in what order: 'dates: day-first' "
                "(31/03/2026) or 'dates: month-first' (03/31/2026)");
    }
    const std::size_t k = static_cast<std::size_t>(column - 1);
    hint(e, "cell " + cell_name(column, r.row) + (k < table.headings.size() ? ", column '" + table.headings[k] + "'" : ""));
  }
}

}  // namespace

ImportResult import_csv(const ImportOptions& o, Diagnostics& diags) {
  ImportResult result;
  const std::string ext = lower(fs::path(o.file).extension().string());
  const char* convert_hint =
      "save it as CSV from Excel ('Save as', type 'CSV UTF-8 (Comma delimited) (*.csv)'), or convert it with "
      "'xlsx2csv' (Debian package xlsx2csv), then import the .csv";
  if (ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" || ext == ".ods")
    throw ImportRefused(o.file + " is a workbook: qaf import reads CSV files only", convert_hint);
  const std::string bytes = read_file(o.file);
  if (looks_like_workbook(bytes))
    throw ImportRefused(o.file + " is a workbook, not CSV text, whatever its name says", convert_hint);

  LoadOptions lo;
  if (o.audits_dir) lo.audits_dir = *o.audits_dir;
  const Project project = load_project(o.project, lo, diags);
  if (diags.has_errors()) {
    result.project_errors = true;
    return result;
  }
  const Framework* fw = nullptr;
  const Template& t = find_template(project, o.template_ref, fw);

  ImportMapping mapping;
  if (o.map_file) mapping = read_import_mapping(*o.map_file, read_file(*o.map_file), diags);
  const CsvTable table = read_csv(bytes, o.file, diags);
  if (diags.has_errors()) return result;
  const ColumnMap map = map_columns(table, o.file, *fw, t, mapping, diags);
  // A heading that matches nothing would make every row's answers look missing: say that alone.
  if (diags.has_errors()) return result;

  // Where the records go, and where their names are checked: the audit records folder, wherever
  // qaf.yaml puts it (an absolute path, or a link out of the project, included).
  const fs::path base = o.audits_dir ? fs::path(*o.audits_dir) : o.project / project.config.audits;
  const fs::path rel_folder = kImportedFolder;
  const fs::path shown_base = o.audits_dir || o.project_named ? base : fs::path(project.config.audits);
  result.folder = (shown_base / rel_folder).lexically_normal().generic_string();

  // Ids are compared without case: imported ids are lower case, and a file share may not tell
  // EB-0042.yaml from eb-0042.yaml.
  std::map<std::string, std::string> existing;  // lower-case id -> the record's file
  for (const AuditRecord& a : project.audits) existing.emplace(lower(a.id), a.file);
  std::map<std::string, int> taken;  // id -> the row that first has it
  FixedProblems fixed;               // problems with the mapping file's fixed values, said once each
  std::vector<NewFile> files;
  for (const CsvRow& row : table.rows) {
    BuiltRecord r = build_record(row, table, map, *fw, t, mapping.dates, o.file, diags);
    if (r.empty) {
      hint(diags.warning(SourcePos{o.file, row.number, 1}, "the row answers nothing: no record is made of it"),
           "remove the row, or fill it in");
      continue;
    }
    ++result.rows;
    const std::string row_name = "row " + std::to_string(row.number);
    Diagnostics row_diags;
    read_audit_text(row_name, r.text, project, row_diags);
    for (const Diagnostic& d : row_diags.all()) report(d, r, row_name, table, map, o.file, fixed, diags);
    if (r.id.empty()) continue;
    const SourcePos id_pos{o.file, row.number, r.id_column > 0 ? r.id_column : 1};
    const std::string how = r.id_column > 0 ? "" : " (made by the id pattern at " + map.id.pattern_pos.str() + ")";
    if (!is_valid_id(r.id)) {
      hint(diags.error(id_pos, "'" + r.id + "' cannot be a record's id" + how),
           "an id has letters, digits, '-', '_' and '.', starts with a letter or digit and is at most 100 characters");
      continue;
    }
    if (auto [it, fresh] = taken.emplace(r.id, row.number); !fresh) {
      hint(diags.error(id_pos, "duplicate audit record id '" + r.id + "'" + how), "row " + std::to_string(it->second) + " has it too");
      continue;
    }
    if (auto it = existing.find(lower(r.id)); it != existing.end()) {
      hint(diags.error(id_pos, "audit record id '" + r.id + "' is taken by " + it->second + how),
           "qaf import never writes over a record: give this row another id, or leave the row out");
      continue;
    }
    const fs::path rel = rel_folder / (r.id + ".yaml");
    std::error_code ec;
    if (fs::exists(fs::symlink_status(base / rel, ec))) {
      hint(diags.error(id_pos, (shown_base / rel).lexically_normal().generic_string() + " exists already" + how),
           "qaf import never writes over a file: give this row another id, or move the file away");
      continue;
    }
    files.push_back(NewFile{rel.generic_string(), r.text});
    result.written.push_back((shown_base / rel).lexically_normal().generic_string());
  }
  fixed.report(result.rows, diags);
  if (result.rows == 0 && !diags.has_errors())
    hint(diags.error(SourcePos{o.file, 0, 0}, "no row below the headings answers anything"),
         "export the spreadsheet with its answers, one row per audit");
  if (diags.has_errors()) {
    result.written.clear();
    return result;
  }
  try {
    write_new_files(base, files);  // all or nothing; never over a file that appeared meanwhile
  } catch (const ScaffoldRefused& e) {
    result.written.clear();
    const std::string where = e.path.empty() ? "" : (shown_base / e.path).lexically_normal().generic_string() + ": ";
    throw ImportRefused(where + e.what(), "qaf import writes new files only, inside the audit records folder " +
                                              shown_base.lexically_normal().generic_string() + ": nothing was written");
  }
  return result;
}

}  // namespace qaf::importing
