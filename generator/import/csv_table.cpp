// Reading a CSV export with libcsv: cells with the spreadsheet row and column they came from.
#include "import/csv_table.hpp"

#include <csv.h>

#include <algorithm>
#include <memory>

namespace qaf::importing {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The 1-based line of byte `at`, for a problem found before the text is split into cells.
int line_of(const std::string& text, std::size_t at) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

// The offset of the first byte that breaks UTF-8, or npos when the text is all UTF-8.
std::size_t first_bad_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || (len == 2 && c < 0xC2) || i + len > s.size()) return i;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    // Overlong three- and four-byte forms, UTF-16 surrogates and code points past U+10FFFF.
    const auto c1 = static_cast<unsigned char>(len > 1 ? s[i + 1] : 0);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) ||
        c > 0xF4)
      return i;
    i += len;
  }
  return std::string::npos;
}

// The delimiter the heading line uses: the most frequent of ',', ';' and tab outside quotes.
char detect_delimiter(std::string_view text) {
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++comma;
    else if (!quoted && c == ';') ++semicolon;
    else if (!quoted && c == '\t') ++tab;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

std::string trimmed(std::string s) {
  // Line breaks inside a quoted cell are kept as '\n' whatever the file used.
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return trim_blank(out);
}

// What libcsv's callbacks fill in: whole records with the row number each starts on.
struct Collector {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> fields;
  bool in_record = false;  ///< a field has been seen since the last record ended
  int last_end = 0;        ///< the character that ended the last record ('\r', '\n', or -1)
};

void on_field(void* s, std::size_t len, void* data) {
  auto* c = static_cast<Collector*>(data);
  c->fields.emplace_back(s ? static_cast<const char*>(s) : "", s ? len : 0);
  c->in_record = true;
}

void on_record(int end, void* data) {
  auto* c = static_cast<Collector*>(data);
  // CSV_REPALL_NL reports every line ending: the LF of a CRLF ends nothing of its own, but an
  // empty line is a blank row, as a spreadsheet shows it.
  const bool crlf_tail = !c->in_record && end == '\n' && c->last_end == '\r';
  c->last_end = end;
  if (crlf_tail) return;
  c->records.push_back(std::move(c->fields));
  c->fields.clear();
  c->in_record = false;
}

struct ParserFree {
  void operator()(csv_parser* p) const {
    csv_free(p);
    delete p;
  }
};

}  // namespace

bool CsvRow::blank() const {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); });
}

std::string trim_blank(std::string_view out) {
  // Spaces, tabs, line breaks and no-break spaces (C2 A0, which spreadsheets leave in cells).
  const auto space_at = [&](std::size_t i, std::size_t end) -> std::size_t {
    if (out[i] == ' ' || out[i] == '\t' || out[i] == '\n') return 1;
    if (i + 1 < end && out[i] == '\xC2' && out[i + 1] == '\xA0') return 2;
    return 0;
  };
  std::size_t b = 0, e = out.size();
  while (b < e)
    if (const std::size_t n = space_at(b, e)) b += n;
    else break;
  while (e > b) {
    if (space_at(e - 1, e) == 1) --e;
    else if (e - b >= 2 && space_at(e - 2, e) == 2) e -= 2;
    else break;
  }
  return std::string(out.substr(b, e - b));
}

bool looks_like_workbook(const std::string& bytes) {
  return bytes.rfind("PK\x03\x04", 0) == 0 || bytes.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0;
}

CsvTable read_csv(const std::string& bytes, const std::string& display_path, Diagnostics& diags) {
  CsvTable table;
  std::string_view text(bytes);
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  if (const std::size_t bad = first_bad_utf8(std::string(text)); bad != std::string::npos) {
    hint(hint(diags.error(SourcePos{display_path, 0, 0},
                          "not UTF-8 text: line " + std::to_string(line_of(std::string(text), bad)) +
                              " holds a byte that UTF-8 does not allow"),
              "in Excel, save it with 'Save as' and the type 'CSV UTF-8 (Comma delimited) (*.csv)'"),
         "or convert it, e.g. 'iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE-utf8.csv'");
    return table;
  }
  table.delimiter = detect_delimiter(text);

  std::unique_ptr<csv_parser, ParserFree> parser(new csv_parser);
  if (csv_init(parser.get(), CSV_REPALL_NL) != 0) throw std::bad_alloc();
  csv_set_delim(parser.get(), static_cast<unsigned char>(table.delimiter));
  Collector c;
  if (csv_parse(parser.get(), text.data(), text.size(), on_field, on_record, &c) != text.size())
    throw std::runtime_error(std::string("reading CSV: ") + csv_strerror(csv_error(parser.get())));
  // Still inside a quoted cell at the end (libcsv's state: a field begun, quoted): its quote was
  // never closed, and took in every row after the one it opened on.
  constexpr int kFieldBegun = 2;
  if (parser->pstate == kFieldBegun && parser->quoted)
    hint(diags.error(SourcePos{display_path, static_cast<int>(c.records.size()) + 1, 0},
                     "a quoted cell is never closed: its '\"' takes in the rest of the file"),
         "a quote inside a quoted cell is written twice (\"\"); check this row's cells for a lone '\"'");
  if (csv_fini(parser.get(), on_field, on_record, &c) != 0)
    throw std::runtime_error(std::string("reading CSV: ") + csv_strerror(csv_error(parser.get())));
  if (c.records.empty()) {
    hint(diags.error(SourcePos{display_path, 0, 0}, "the file is empty: no heading row"),
         "export the spreadsheet with its heading row, one column per question");
    return table;
  }
  for (std::string& h : c.records.front()) table.headings.push_back(trimmed(std::move(h)));
  // Excel writes a column of blank headings at the end of some rows: only cells matter.
  while (!table.headings.empty() && table.headings.back().empty()) table.headings.pop_back();
  std::vector<bool> used(table.headings.size(), false);
  for (std::size_t r = 1; r < c.records.size(); ++r) {
    CsvRow row;
    row.number = static_cast<int>(r) + 1;
    row.cells.resize(table.headings.size());
    for (std::size_t k = 0; k < c.records[r].size(); ++k) {
      std::string cell = trimmed(std::move(c.records[r][k]));
      if (cell.empty()) continue;
      if (k >= table.headings.size()) {
        hint(diags.error(SourcePos{display_path, row.number, static_cast<int>(k) + 1},
                         "a cell beyond the last heading (column " + std::to_string(table.headings.size()) + ")"),
             "give the column a heading, or check the row for a delimiter inside a cell that is not quoted");
        continue;
      }
      used[k] = true;
      row.cells[k] = std::move(cell);
    }
    if (!row.blank()) table.rows.push_back(std::move(row));
  }
  for (std::size_t k = 0; k < table.headings.size(); ++k)
    if (table.headings[k].empty() && used[k])
      hint(diags.error(SourcePos{display_path, 1, static_cast<int>(k) + 1}, "a column with answers has no heading"),
           "give it a heading, so that qaf can tell which question it answers");
  return table;
}

}  // namespace qaf::importing
