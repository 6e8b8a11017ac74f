// Makes one row's audit record as YAML text, each value on its own lines, and notes where each came from.
#include "import/record_builder.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "import/csv_table.hpp"
#include "support/date.hpp"

namespace qaf::importing {
namespace {

// The record as a tree of keys before it is written: leaves hold a value or a list of values.
struct Node {
  std::string key;
  std::vector<Node> kids{};
  bool has_value = false;
  bool is_list = false;
  std::vector<std::string> values{};  ///< one, or a list's items
  int column = 0;                     ///< 1-based column of the value; -1 - i for map.fixed[i]

  Node& child(const std::string& k) {
    for (Node& n : kids)
      if (n.key == k) return n;
    kids.push_back(Node{k});
    return kids.back();
  }
};

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The order a record is written in: the top-level keys as records are usually written, header
// fields and questions in the template's order, a question's columns in the section's order.
int rank(const std::vector<std::string>& parent, const std::string& key, const Template& t) {
  static const std::vector<std::string> top = {"id",      "framework", "template",         "version", "header",
                                               "answers", "judgement", "judgement_reason", "actions", "feedback",
                                               "moderation", "signatures"};
  if (parent.empty()) return static_cast<int>(std::find(top.begin(), top.end(), key) - top.begin());
  if (parent.size() == 1 && parent[0] == "header")
    for (std::size_t i = 0; i < t.header.size(); ++i)
      if (t.header[i].id == key) return static_cast<int>(i);
  if (parent.size() == 1 && parent[0] == "answers") {
    int i = 0;
    for (const Section& s : t.sections)
      for (const Question& q : s.questions) {
        if (q.id == key) return i;
        ++i;
      }
  }
  if (parent.size() == 2 && parent[0] == "answers") {
    if (key == "value") return -1;
    if (key == "comment") return 1000;
    if (const Section* s = t.section_of(parent[1]))
      for (std::size_t i = 0; i < s->columns.size(); ++i)
        if (s->columns[i].id == key) return static_cast<int>(i);
  }
  if (all_digits(key)) return std::stoi(key.substr(0, 6));
  return 999;
}

// A key as YAML reads it back: plain when it is an id's letters, digits, '-', '_' and '.', else quoted.
std::string key_text(const std::string& key) {
  const bool plain = !key.empty() && std::isalnum(static_cast<unsigned char>(key.front())) &&
                     std::all_of(key.begin(), key.end(), [](char c) {
                       const auto u = static_cast<unsigned char>(c);
                       return u < 0x80 && (std::isalnum(u) || c == '-' || c == '_' || c == '.');
                     });
  // "null" and "~" would be read as no key at all.
  std::string lowered = key;
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return plain && lowered != "null" ? key : yaml_quoted(key, 0);
}

struct Writer {
  const Template& t;
  std::string text;
  std::vector<int> line_column;

  void line(const std::string& s, int column) {
    text += s + '\n';
    // A value on several lines: each of them is the cell's.
    const int lines = static_cast<int>(std::count(s.begin(), s.end(), '\n')) + 1;
    for (int i = 0; i < lines; ++i) line_column.push_back(column);
  }

  std::string value_text(const Node& n, int indent) const {
    if (!n.is_list) return yaml_quoted(n.values.front(), indent);
    std::string out = "[";
    for (std::size_t i = 0; i < n.values.size(); ++i) out += (i ? ", " : "") + yaml_quoted(n.values[i], indent);
    return out + "]";
  }

  // Writes `n`'s children at `indent`; `lead` replaces the indentation of the first line ("- ").
  void kids(const Node& n, std::vector<std::string>& path, int indent, const std::string& lead = "") {
    std::vector<const Node*> order;
    for (const Node& k : n.kids) order.push_back(&k);
    std::stable_sort(order.begin(), order.end(),
                     [&](const Node* a, const Node* b) { return rank(path, a->key, t) < rank(path, b->key, t); });
    bool first = true;
    for (const Node* k : order) {
      const std::string pad = first && !lead.empty() ? lead : std::string(static_cast<std::size_t>(indent), ' ');
      first = false;
      write(*k, path, indent, pad);
    }
  }

  void write(const Node& n, std::vector<std::string>& path, int indent, const std::string& pad) {
    if (n.kids.empty()) {
      line(pad + key_text(n.key) + ": " + value_text(n, indent + 2), n.column);
      return;
    }
    line(pad + key_text(n.key) + ":", 0);
    path.push_back(n.key);
    // Only the record's lists of actions are lists: a question or field whose id is a number is a key.
    const bool list_part = path == std::vector<std::string>{"actions"} ||
                           path == std::vector<std::string>{"moderation", "actions"};
    const bool sequence =
        list_part && std::all_of(n.kids.begin(), n.kids.end(), [](const Node& k) { return all_digits(k.key); });
    if (sequence) {
      // actions.1.owner, actions.2.owner: a list, in the numbers' order.
      std::vector<const Node*> items;
      for (const Node& k : n.kids) items.push_back(&k);
      std::stable_sort(items.begin(), items.end(),
                       [](const Node* a, const Node* b) { return std::stoi(a->key.substr(0, 6)) < std::stoi(b->key.substr(0, 6)); });
      for (const Node* item : items) {
        path.push_back(item->key);
        if (item->kids.empty()) line(std::string(static_cast<std::size_t>(indent + 2), ' ') + "- " + value_text(*item, indent + 4), item->column);
        else kids(*item, path, indent + 4, std::string(static_cast<std::size_t>(indent + 2), ' ') + "- ");
        path.pop_back();
      }
    } else {
      // A question's answer beside its comment: the answer is its 'value'.
      if (n.has_value) line(std::string(static_cast<std::size_t>(indent + 2), ' ') + "value: " + value_text(n, indent + 4), n.column);
      kids(n, path, indent + 2);
    }
    path.pop_back();
  }
};

std::vector<std::string> split_choices(const std::string& cell) {
  std::vector<std::string> out;
  std::string item;
  auto flush = [&] {
    if (std::string choice = trim_blank(item); !choice.empty()) out.push_back(std::move(choice));
    item.clear();
  };
  for (char c : cell) {
    if (c == ';') flush();
    else item += c;
  }
  flush();
  return out;
}

}  // namespace

std::string yaml_quoted(const std::string& text, int indent) {
  std::string out = "\"";
  bool line_start = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // After an escaped line break YAML drops the next line's leading spaces: keep the first one escaped.
    if (line_start && (c == ' ' || c == '\t')) {
      out += c == ' ' ? "\\ " : "\\t";
      line_start = false;
      continue;
    }
    line_start = false;
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') {
      out += "\\n\\\n" + std::string(static_cast<std::size_t>(indent), ' ');
      line_start = true;
    } else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string id_from(const std::string& raw) {
  std::string out;
  for (char ch : raw) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = std::isalnum(c) && c < 0x80;
    if (keep || ((ch == '.' || ch == '_' || ch == '-') && !out.empty() && out.back() != '-'))
      out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && !std::isalnum(static_cast<unsigned char>(out.back()))) out.pop_back();
  return out;
}

std::string normal_date(const std::string& raw, DateOrder order) {
  std::string s = raw;
  // "22/04/2026 00:00:00", "2026-04-22 10:15": the day only.
  if (const std::size_t sp = s.find(' '); sp != std::string::npos && s.find(':', sp) != std::string::npos)
    s = s.substr(0, sp);
  if (parse_date(s)) return s;
  std::vector<std::string> parts(1);
  for (char c : s) {
    if (c == '/' || c == '.' || c == '-') parts.emplace_back();
    else if (std::isdigit(static_cast<unsigned char>(c))) parts.back() += c;
    else return raw;
  }
  if (parts.size() != 3 || std::any_of(parts.begin(), parts.end(), [](const std::string& p) { return p.empty(); }))
    return raw;
  auto two = [](const std::string& p) { return p.size() == 1 ? "0" + p : p; };
  std::string iso;
  if (parts[0].size() == 4) iso = parts[0] + "-" + two(parts[1]) + "-" + two(parts[2]);  // 2026/04/22
  else if (parts[2].size() == 4 && order == DateOrder::day_first) iso = parts[2] + "-" + two(parts[1]) + "-" + two(parts[0]);
  else if (parts[2].size() == 4 && order == DateOrder::month_first) iso = parts[2] + "-" + two(parts[0]) + "-" + two(parts[1]);
  else return raw;
  return parse_date(iso) ? iso : raw;
}

BuiltRecord build_record(const CsvRow& row, const CsvTable& table, const ColumnMap& map, const Framework& fw,
                         const Template& t, DateOrder dates, const std::string& csv_path, Diagnostics& diags) {
  BuiltRecord r;
  r.row = row.number;
  // The id: a column's cell, or the pattern's pieces.
  if (map.id.column >= 0) {
    r.id_column = map.id.column + 1;
    const std::string& cell = row.cells[static_cast<std::size_t>(map.id.column)];
    r.id = id_from(cell);
    if (cell.empty())
      hint(diags.error(SourcePos{csv_path, row.number, r.id_column}, "the row has no id"),
           "every record needs an id of its own: fill in this cell");
    else if (r.id.empty())
      hint(diags.error(SourcePos{csv_path, row.number, r.id_column}, "'" + cell + "' makes no id: it has no letter or digit from A to Z or 0 to 9"),
           "an id is made of the cell's letters A-Z and digits; give the row one that has some");
  } else if (!map.id.pieces.empty()) {
    for (const IdRule::Piece& p : map.id.pieces) {
      if (p.column == -2) r.id += std::to_string(row.number);
      else if (p.column < 0) r.id += p.text;
      else if (const std::string& cell = row.cells[static_cast<std::size_t>(p.column)]; !cell.empty()) r.id += cell;
      else {
        hint(diags.error(SourcePos{csv_path, row.number, p.column + 1},
                         "the record id is made from '" + table.headings[static_cast<std::size_t>(p.column)] +
                             "', which is empty here"),
             "fill in this cell, or change the id pattern (" + map.id.pattern_pos.str() + ")");
        r.id.clear();
        break;
      }
    }
    const std::string raw = r.id;
    r.id = id_from(raw);
    int at = 1;  // the first cell the pattern takes, if any
    for (auto p = map.id.pieces.rbegin(); p != map.id.pieces.rend(); ++p)
      if (p->column >= 0) at = p->column + 1;
    if (!raw.empty() && r.id.empty())
      hint(diags.error(SourcePos{csv_path, row.number, at}, "the id pattern makes '" + raw + "' here, which has no letter or digit from A to Z or 0 to 9"),
           "an id is made of letters A-Z and digits: change the id pattern (" + map.id.pattern_pos.str() + ") or the cells it takes");
  }

  Node root;
  auto put = [&](const CellTarget& target, const std::string& cell, int column) {
    Node* n = &root;
    for (const std::string& key : target.path) n = &n->child(key);
    n->has_value = true;
    n->column = column;
    if (target.list) {
      n->is_list = true;
      n->values = split_choices(cell);
    } else {
      n->values = {target.date ? normal_date(cell, dates) : cell};
    }
    if (column > 0) r.path_column[target.dotted()] = column;
  };
  bool any = false;
  for (std::size_t k = 0; k < map.columns.size(); ++k) {
    const CellTarget& target = map.columns[k];
    const std::string& cell = row.cells[k];
    if (!cell.empty()) r.cell_text[static_cast<int>(k) + 1] = cell;
    if (target.path.empty() || target.path.front() == "id") continue;
    // Known even when empty: a missing answer is reported on the cell left empty.
    r.path_column.emplace(target.dotted(), static_cast<int>(k) + 1);
    if (cell.empty()) continue;
    put(target, cell, static_cast<int>(k) + 1);
    any = true;
  }
  // A fixed value's lines are marked -(1 + its index in map.fixed): a problem there is the mapping file's.
  for (std::size_t i = 0; i < map.fixed.size(); ++i) put(map.fixed[i].target, map.fixed[i].value, -1 - static_cast<int>(i));
  r.empty = !any;

  Writer w{t, "", {}};
  std::string name = std::filesystem::path(csv_path).filename().string();
  for (char& c : name)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  w.line("# Imported by qaf import from " + name + ", row " + std::to_string(row.number) + ".", 0);
  w.line("id: " + yaml_quoted(r.id, 2), r.id_column);
  w.line("framework: " + yaml_quoted(fw.id, 2), 0);
  w.line("template: " + yaml_quoted(t.id, 2), 0);
  std::vector<std::string> path;
  w.kids(root, path, 0);
  r.text = std::move(w.text);
  r.line_column = std::move(w.line_column);
  return r;
}

}  // namespace qaf::importing
