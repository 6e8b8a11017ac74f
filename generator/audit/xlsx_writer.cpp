// Writing the figures workbook with libxlsxwriter into a private temporary folder and reading its bytes back.
#include "audit/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace qaf {
namespace {

namespace fs = std::filesystem;

// A folder of our own under the system's temporary folder, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "qaf-xlsx-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary folder for the workbook");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// The workbook while it is written: closed (and so written) once, or freed on an exception.
class Workbook {
 public:
  Workbook(const std::string& file, const std::string& tmpdir) {
    lxw_workbook_options o{};
    o.constant_memory = LXW_FALSE;
    o.tmpdir = const_cast<char*>(tmpdir.c_str());  // libxlsxwriter copies it; it is never written
    o.use_zip64 = LXW_FALSE;
    wb_ = workbook_new_opt(file.c_str(), &o);
    if (!wb_) throw std::runtime_error("cannot start the workbook " + file);
  }
  ~Workbook() {
    if (wb_) workbook_close(wb_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  lxw_workbook* get() const { return wb_; }
  void close() {
    const lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    if (e != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(e));
  }

 private:
  lxw_workbook* wb_ = nullptr;
};

void check(lxw_error e, const std::string& what) {
  if (e != LXW_NO_ERROR) throw std::runtime_error("workbook: " + what + ": " + lxw_strerror(e));
}

// Characters (not bytes) of UTF-8 text, for column widths.
std::size_t chars(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Excel holds at most 32,767 characters in a cell: longer text is cut at a character boundary.
std::string cell_text(const std::string& s) {
  constexpr std::size_t limit = 32767;
  if (s.size() <= limit) return s;
  std::size_t n = limit;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace

std::string xlsx_workbook(const std::vector<ExportTable>& tables, const Date& created) {
  TempDir dir;
  const std::string file = (dir.path() / "figures.xlsx").string();
  {
    Workbook wb(file, dir.path().string());
    lxw_doc_properties props{};
    props.title = const_cast<char*>("Audit figures");
    props.created = static_cast<time_t>(created.days_since_epoch()) * 86400;
    check(workbook_set_properties(wb.get(), &props), "properties");

    lxw_format* bold = workbook_add_format(wb.get());
    format_set_bold(bold);
    lxw_format* whole = workbook_add_format(wb.get());
    format_set_num_format(whole, "0");
    lxw_format* decimal = workbook_add_format(wb.get());
    format_set_num_format(decimal, "0.000");
    lxw_format* share = workbook_add_format(wb.get());
    format_set_num_format(share, "0.0%");

    for (const ExportTable& t : tables) {
      lxw_worksheet* ws = workbook_add_worksheet(wb.get(), t.name.c_str());
      if (!ws) throw std::runtime_error("workbook: cannot add the sheet " + t.name);
      std::vector<std::size_t> width(t.header.size(), 0);
      for (std::size_t c = 0; c < t.header.size(); ++c) {
        check(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), cell_text(t.header[c]).c_str(), bold), t.name);
        width[c] = chars(t.header[c]);
      }
      for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
          const ExportCell& cell = t.rows[r][c];
          const auto col = static_cast<lxw_col_t>(c);
          std::size_t w = 8;
          switch (cell.kind) {
            case ExportCell::Kind::text:
              if (!cell.text.empty()) check(worksheet_write_string(ws, row, col, cell_text(cell.text).c_str(), nullptr), t.name);
              w = chars(cell.text);
              break;
            case ExportCell::Kind::count: check(worksheet_write_number(ws, row, col, cell.number, whole), t.name); break;
            case ExportCell::Kind::decimal: check(worksheet_write_number(ws, row, col, cell.number, decimal), t.name); break;
            case ExportCell::Kind::share: check(worksheet_write_number(ws, row, col, cell.number, share), t.name); break;
          }
          if (c < width.size()) width[c] = std::max(width[c], w);
        }
      }
      // Wide enough for the longest entry, up to 60 characters (long text is still all there).
      for (std::size_t c = 0; c < width.size(); ++c)
        check(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                   static_cast<double>(std::clamp<std::size_t>(width[c] + 2, 8, 60)), nullptr),
              t.name);
      worksheet_freeze_panes(ws, 1, 0);
      if (!t.header.empty())
        check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(t.rows.size()),
                                   static_cast<lxw_col_t>(t.header.size() - 1)),
              t.name);
    }
    wb.close();
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read back the workbook " + file);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace qaf
