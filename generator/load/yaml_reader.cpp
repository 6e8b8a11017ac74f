// Schema-checked reading of YAML mappings with positions; the only place yaml-cpp is parsed.
#include "load/yaml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cctype>
#include <optional>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include "load/markdown_check.hpp"
#include "load/schema.hpp"
#include "load/yaml_flow.hpp"
#include "support/suggest.hpp"
#include "support/text_check.hpp"

namespace qaf::detail {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// yaml-cpp's messages start lower-case already ("end of map not found"); keep them as they are.
std::string syntax_message(const std::string& msg) { return "YAML syntax error: " + msg; }

}  // namespace

bool hint_flow_comma(Diagnostic& d, const YAML::Node& map, const std::string& key, const YAML::Node& value) {
  if (map.Style() != YAML::EmitterStyle::Flow || !value.IsNull()) return false;
  hint(d, "inside '{ }' a ',' ends a value and ': ' starts one: if '" + key +
              "' belongs to the text before it, put that whole text in quotes");
  return true;
}

void hint_colon(Diagnostic& d, const YAML::Node& found) {
  if (found.IsMap())
    hint(d, "YAML reads 'words: more words' as a key and a value; if this is text containing ': ', put it in quotes");
}

namespace {

// One pass of yaml-cpp's event parser over a text, before any node is built: how many documents
// it holds, its first alias (*name), and where yaml-cpp stops making progress.
// Aliases are refused: a small file of aliases to one long value expands to gigabytes once each
// use is read as its own string.
// yaml-cpp 0.7 (Debian 12) never moves past a token no value can start with (a ',' outside
// brackets, as in ", label: x"): it returns an empty document there again and again, and
// YAML::LoadAll collects them until memory runs out. A document that starts where the one
// before it started is that loop; the scan stops there and reports it.
struct YamlScan {
  int documents = 0;
  std::optional<YAML::Mark> alias;
  std::optional<YAML::Mark> stuck;
};

struct ScanHandler : YAML::EventHandler {
  YamlScan* scan;
  std::optional<YAML::Mark> start;
  explicit ScanHandler(YamlScan& s) : scan(&s) {}
  void OnDocumentStart(const YAML::Mark& m) override { start = m; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override {
    if (!scan->alias) scan->alias = m;
  }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Throws YAML::ParserException for a syntax error, as YAML::Load does.
YamlScan scan_yaml(const std::string& text) {
  YamlScan scan;
  std::istringstream in(text);
  YAML::Parser parser(in);
  std::optional<int> last_start;
  for (;;) {
    ScanHandler handler(scan);
    if (!parser.HandleNextDocument(handler)) break;
    if (handler.start && last_start && handler.start->pos == *last_start) {
      scan.stuck = handler.start;
      break;
    }
    if (handler.start) last_start = handler.start->pos;
    ++scan.documents;
  }
  return scan;
}

// yaml-cpp accepts a quoted text left open to the end of the file (the quote swallows every
// later line). Such a text is the last scalar of the document: find it without recursion and
// see whether its quote is closed. Returns the opening quote's mark when it is not.
std::optional<YAML::Mark> unclosed_quote(const YAML::Node& root, const std::string& text) {
  YAML::Node n(root);
  for (int steps = 0; steps < 100000; ++steps) {
    const YAML::Node& c = n;
    if (c.IsMap() && c.size() > 0) {
      YAML::const_iterator last = c.begin();
      for (auto it = c.begin(); it != c.end(); ++it) last = it;
      n.reset(last->second);
    } else if (c.IsSequence() && c.size() > 0) {
      n.reset(c[c.size() - 1]);
    } else {
      break;
    }
  }
  if (!n.IsScalar()) return std::nullopt;
  const YAML::Mark m = n.Mark();
  if (m.pos < 0 || static_cast<std::size_t>(m.pos) >= text.size()) return std::nullopt;
  const char q = text[static_cast<std::size_t>(m.pos)];
  if (q != '"' && q != '\'') return std::nullopt;
  for (std::size_t i = static_cast<std::size_t>(m.pos) + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') ++i;  // an escape: skip the escaped character
    else if (text[i] == q && q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;  // '' inside '...'
    else if (text[i] == q) return std::nullopt;
  }
  return m;
}

}  // namespace

YamlFile::YamlFile(std::string rel_path, const std::string& text, Diagnostics& diags, const char* one_document_hint)
    : path_(std::move(rel_path)), diags_(&diags), text_(text) {
  if (const std::optional<BadText> bad = first_bad_text(text)) {
    hint(diags.error({path_, bad->line, bad->column}, bad->what), bad->hint);
    return;
  }
  try {
    const YamlScan scan = scan_yaml(text);
    if (scan.stuck) {
      const std::size_t at = static_cast<std::size_t>(scan.stuck->pos);
      const std::string what = at < text.size() ? "unexpected '" + std::string(1, text[at]) + "'" : "unexpected end of file";
      hint(diags.error({path_, scan.stuck->line + 1, scan.stuck->column + 1}, syntax_message(what)),
           "check indentation, quotes and the ':' after each key near this line");
      return;
    }
    root_ = YAML::Load(text);  // the first document only: more than one is an error below
    ok_ = true;
    if (const std::optional<YAML::Mark> open = unclosed_quote(root_, text)) {
      hint(diags.error({path_, open->line + 1, open->column + 1}, "a quoted text is not closed"),
           std::string("close it with ") + text[static_cast<std::size_t>(open->pos)] + " where the text ends");
      ok_ = false;
      root_ = YAML::Node();
      return;
    }
    if (const std::optional<YAML::Mark> alias = scan.alias) {
      hint(diags.error({path_, alias->line + 1, alias->column + 1}, "a YAML alias ('*name')"),
           "write the value out in full: qaf does not accept YAML anchors and aliases");
      ok_ = false;
      root_ = YAML::Node();
      return;
    }
    if (scan.documents > 1) {
      // Point at the '---' line that starts the second document.
      int line = 0, found = 0, seen_content = 0;
      std::size_t i = 0;
      while (i <= text.size() && !found) {
        const std::size_t nl = std::min(text.find('\n', i), text.size());
        const std::string_view l(text.data() + i, nl - i);
        ++line;
        if ((l == "---" || l.rfind("--- ", 0) == 0) && seen_content) found = line;
        if (!l.empty() && l[0] != '#' && l != "---") seen_content = 1;
        i = nl + 1;
      }
      hint(diags.error({path_, found ? found : 1, 1}, "a second YAML document ('---') in one file"), one_document_hint);
      ok_ = false;
    }
  } catch (const YAML::ParserException& e) {
    // yaml-cpp notices a '{' or '[' left open only where the next key starts: point at the bracket.
    const bool flow_end = e.msg.find("flow not found") != std::string::npos;
    if (const std::optional<FlowOpen> open = flow_end ? unclosed_flow(text, e.mark.line + 1) : std::nullopt) {
      const char close = open->bracket == '{' ? '}' : ']';
      hint(diags.error({path_, open->line, open->column},
                       std::string("YAML syntax error: '") + open->bracket + "' is never closed"),
           std::string("close it with '") + close + "' where the " + (open->bracket == '{' ? "map" : "list") +
               " ends; if the '" + open->bracket + "' is part of a text, put the whole text in quotes");
      return;
    }
    Diagnostic& d = diags.error({path_, e.mark.line + 1, e.mark.column + 1}, syntax_message(e.msg));
    hint(d, "check indentation, quotes and the ':' after each key near this line");
  } catch (const YAML::Exception& e) {
    diags.error(file_pos(), syntax_message(e.msg));
  }
}

Text YamlFile::text_at(std::string markdown, SourcePos pos) const {
  Text t{std::move(markdown), pos};
  if (pos.line <= 0 || pos.column <= 0) return t;
  // The line of the value, then the character at its column.
  std::size_t at = 0;
  for (int l = 1; l < pos.line && at != std::string::npos; ++l) {
    at = text_.find('\n', at);
    if (at != std::string::npos) ++at;
  }
  if (at == std::string::npos || at + static_cast<std::size_t>(pos.column) - 1 >= text_.size()) return t;
  const char c = text_[at + static_cast<std::size_t>(pos.column) - 1];
  if (c == '"' || c == '\'') {
    ++t.pos.column;
  } else if (c == '|' || c == '>') {
    // The first line below with text gives the block's line and indentation.
    std::size_t line_start = text_.find('\n', at);
    for (int line = pos.line + 1; line_start != std::string::npos; ++line) {
      ++line_start;
      const std::size_t end = std::min(text_.find('\n', line_start), text_.size());
      const std::size_t indent = text_.find_first_not_of(' ', line_start);
      if (indent < end && text_[indent] != '\r') {
        t.pos.line = line;
        t.pos.column = static_cast<int>(indent - line_start) + 1;
        t.block = c == '|';  // a folded '>' block joins its lines: only its first line's columns hold
        break;
      }
      line_start = end < text_.size() ? end : std::string::npos;
    }
  }
  return t;
}

SourcePos YamlFile::pos(const YAML::Node& n, const SourcePos& fallback) const {
  if (!n.IsDefined()) return fallback.file.empty() ? file_pos() : fallback;
  const YAML::Mark m = n.Mark();
  if (m.is_null() || m.line < 0) return fallback.file.empty() ? file_pos() : fallback;
  return {path_, m.line + 1, m.column + 1};
}

std::string describe(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Scalar: return "text";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    default: return "nothing";
  }
}

bool valid_id(std::string_view id) {
  // Ids become file names and URLs: no ".." (a path out of the site), no names too long for a file system.
  if (id.size() > kMaxIdLength || id.find("..") != std::string_view::npos) return false;
  if (id.empty() || !(std::islower(static_cast<unsigned char>(id[0])) || std::isdigit(static_cast<unsigned char>(id[0]))))
    return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' ||
           c == '_' || c == '.';
  });
}

std::string scalar(const YAML::Node& n) { return n.IsScalar() ? n.Scalar() : std::string(); }

std::optional<double> parse_number(std::string_view s) {
  double v = 0;
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<long> parse_integer(std::string_view s) {
  long v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

void report_not_a_date(Diagnostics& d, const SourcePos& pos, const std::string& what, const std::string& value,
                       bool allow_month, bool allow_year) {
  Diagnostic& e = d.error(pos, "'" + value + "' is not a date (" + what + ")");
  const std::string v = lower(value);
  // Written as a date, but no such day: say what is wrong with it.
  if (value.size() == 10 && value[4] == '-' && value[7] == '-' && parse_date(value.substr(0, 7), true)) {
    const Date m = *parse_date(value.substr(0, 7), true);
    const int last = date_from_days(m.days_since_epoch()).day;
    hint(e, std::string(month_name(m.month)) + " " + std::to_string(m.year) + " has only " + std::to_string(last) +
                " days");
    return;
  }
  if (value.size() >= 7 && value[4] == '-' && parse_integer(value.substr(0, 4)) && parse_integer(value.substr(5, 2)) &&
      (*parse_integer(value.substr(5, 2)) < 1 || *parse_integer(value.substr(5, 2)) > 12)) {
    hint(e, "there is no month " + value.substr(5, 2) + ": months run from 01 to 12");
    return;
  }
  if (v == "asap" || v == "soon" || v == "ongoing" || v == "tbc" || v == "tba" || v == "immediate" ||
      v == "immediately" || v == "n/a")
    hint(e, "a deadline needs a real date that can be checked: write one such as 2026-03-31");
  else
    hint(e, allow_year    ? "write dates as YYYY-MM-DD (2026-03-31), YYYY-MM (2026-03) or YYYY (2026)"
            : allow_month ? "write dates as YYYY-MM-DD (2026-03-31) or YYYY-MM (2026-03)"
                          : "write dates as YYYY-MM-DD, e.g. 2026-03-31");
}

Diagnostic& report_unknown_ref(Diagnostics& d, const Ref& ref, const std::string& what,
                               const std::vector<std::string>& known) {
  Diagnostic& e = d.error(ref.pos, "unknown " + what + " '" + ref.id + "'");
  if (auto best = closest(ref.id, known)) hint(e, "did you mean '" + *best + "'?");
  else if (known.empty()) hint(e, "no " + what + " is defined in this framework");
  return e;
}

Fields::Fields(const YamlFile& file, const YAML::Node& node, std::string_view schema_name,
               const std::vector<std::string>& extra_keys, SourcePos where)
    : file_(&file), schema_(schema_name), node_(node), pos_(file.pos(node, where)) {
  const ObjectSchema& sch = schema(schema_name);
  Diagnostics& d = file.diags();
  if (!node.IsMap()) {
    Diagnostic& e = d.error(pos_, "expected a map of keys for " + schema_ + ", found " + describe(node));
    hint(e, "write it as 'key: value' lines, e.g. 'id: ...'");
    return;
  }
  ok_ = true;
  std::vector<std::string> allowed = sch.keys;
  allowed.insert(allowed.end(), extra_keys.begin(), extra_keys.end());
  std::vector<std::string> meant;  // keys that an unknown key was taken for ("sectons" -> "sections")
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string key = scalar(it->first);
    const SourcePos kpos = file.pos(it->first, pos_);
    if (std::any_of(entries_.begin(), entries_.end(), [&](const auto& e) { return e.first == key; })) {
      d.error(kpos, "duplicate key '" + key + "' in " + schema_);
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      Diagnostic& e = d.error(kpos, "unknown key '" + key + "' in " + schema_);
      if (auto best = closest(key, allowed)) {
        hint(e, "did you mean '" + *best + "'?");
        meant.push_back(*best);
      } else {
        hint(e, schema_ + " accepts: " + join_or(allowed));
      }
      if (!hint_flow_comma(e, node, key, it->second) && key.find(' ') != std::string::npos)
        hint(e, "if this is part of a text value containing ': ' or ', ', put the whole text in quotes");
      continue;
    }
    if (std::find(sch.keys.begin(), sch.keys.end(), key) == sch.keys.end()) extra_.push_back(key);
    entries_.emplace_back(key, it->second);
  }
  for (const std::string& req : sch.required) {
    const YAML::Node* v = find(req);
    if (!v) {
      // A misspelling of it is reported already, with the right name: one mistake, one error.
      if (std::find(meant.begin(), meant.end(), req) != meant.end()) continue;
      Diagnostic& e = d.error(pos_, "missing required key '" + req + "' in " + schema_);
      hint(e, "see '" + schema_ + "' in the authoring reference");
    } else if (v->IsNull()) {
      d.error(pos_of(req), "'" + req + "' in " + schema_ + " has no value");
    }
  }
}

const YAML::Node* Fields::find(std::string_view key) const {
  for (const auto& e : entries_)
    if (e.first == key) return &e.second;
  return nullptr;
}

bool Fields::has(std::string_view key) const {
  const YAML::Node* n = find(key);
  return n && !n->IsNull();
}

YAML::Node Fields::node(std::string_view key) const {
  const YAML::Node* n = find(key);
  return n ? *n : YAML::Node(YAML::NodeType::Undefined);
}

SourcePos Fields::pos_of(std::string_view key) const {
  const YAML::Node* n = find(key);
  if (!n) return pos_;
  // An empty value has no position of its own (yaml-cpp marks the next token): point at the key.
  for (auto it = node_.begin(); it != node_.end(); ++it)
    if (scalar(it->first) == key) {
      const SourcePos kpos = file_->pos(it->first, pos_);
      return n->IsNull() ? kpos : file_->pos(*n, kpos);
    }
  return file_->pos(*n, pos_);
}

std::vector<std::string> Fields::keys() const { return extra_; }

bool Fields::scalar_or_report(std::string_view key, const YAML::Node& n, const char* expected) const {
  if (n.IsScalar()) return true;
  hint_colon(file_->diags().error(pos_of(key), "'" + std::string(key) + "' in " + schema_ + " must be " + expected +
                                                   ", not " + describe(n)),
             n);
  return false;
}

std::string Fields::str(std::string_view key) const {
  const YAML::Node* n = find(key);
  if (!n || n->IsNull() || !scalar_or_report(key, *n, "text")) return {};
  return n->Scalar();
}

Text Fields::text(std::string_view key) const {
  const Text t = file_->text_at(str(key), pos_of(key));
  check_markdown_limits(t.markdown, t.pos, false, file_->diags());
  return t;
}

std::string Fields::id(std::string_view key) const {
  std::string v = str(key);
  if (!v.empty() && !valid_id(v)) {
    Diagnostic& e = file_->diags().error(pos_of(key), "'" + v + "' is not a valid id");
    hint(e, "ids use lower-case letters, digits, '-', '_' and '.' (never '..'), start with a letter or digit and have at most 100 characters (e.g. 'case-audit')");
  }
  return v;
}

std::optional<long> Fields::integer(std::string_view key, long min, long max) const {
  const YAML::Node* n = find(key);
  if (!n || n->IsNull() || !scalar_or_report(key, *n, "a whole number")) return std::nullopt;
  auto v = parse_integer(n->Scalar());
  if (!v) {
    file_->diags().error(pos_of(key), "'" + std::string(key) + "' must be a whole number, not '" + n->Scalar() + "'");
    return std::nullopt;
  }
  if (*v < min || *v > max) {
    file_->diags().error(pos_of(key), "'" + std::string(key) + "' must be from " + std::to_string(min) + " to " +
                                          std::to_string(max) + ", not " + std::to_string(*v));
    return std::nullopt;
  }
  return v;
}

std::optional<double> Fields::number(std::string_view key) const {
  const YAML::Node* n = find(key);
  if (!n || n->IsNull() || !scalar_or_report(key, *n, "a number")) return std::nullopt;
  auto v = parse_number(n->Scalar());
  if (!v) file_->diags().error(pos_of(key), "'" + std::string(key) + "' must be a number, not '" + n->Scalar() + "'");
  return v;
}

std::optional<bool> Fields::boolean(std::string_view key) const {
  const YAML::Node* n = find(key);
  if (!n || n->IsNull() || !scalar_or_report(key, *n, "true or false")) return std::nullopt;
  const std::string v = lower(n->Scalar());
  if (v == "true" || v == "yes") return true;
  if (v == "false" || v == "no") return false;
  file_->diags().error(pos_of(key), "'" + std::string(key) + "' must be true or false, not '" + n->Scalar() + "'");
  return std::nullopt;
}

std::optional<Date> Fields::date(std::string_view key, bool allow_month) const {
  const YAML::Node* n = find(key);
  if (!n || n->IsNull() || !scalar_or_report(key, *n, "a date")) return std::nullopt;
  auto d = parse_date(n->Scalar(), allow_month);
  if (!d) report_not_a_date(file_->diags(), pos_of(key), std::string(key), n->Scalar(), allow_month);
  return d;
}

std::optional<Date> Fields::partial_date(std::string_view key) const {
  const YAML::Node* n = find(key);
  if (!n || n->IsNull() || !scalar_or_report(key, *n, "a date")) return std::nullopt;
  auto d = parse_partial_date(n->Scalar());
  if (!d) report_not_a_date(file_->diags(), pos_of(key), std::string(key), n->Scalar(), true, true);
  return d;
}

Ref Fields::ref(std::string_view key) const { return Ref{str(key), pos_of(key)}; }

std::vector<Ref> Fields::refs(std::string_view key) const {
  std::vector<Ref> out;
  const YAML::Node* n = find(key);
  if (!n || n->IsNull()) return out;
  if (n->IsScalar()) {
    out.push_back({n->Scalar(), pos_of(key)});
    return out;
  }
  if (!n->IsSequence()) {
    file_->diags().error(pos_of(key), "'" + std::string(key) + "' in " + schema_ + " must be a list of ids, not " +
                                          describe(*n));
    return out;
  }
  for (const YAML::Node& item : *n) {
    if (!item.IsScalar()) {
      file_->diags().error(file_->pos(item, pos_of(key)), "each item of '" + std::string(key) + "' must be an id, not " +
                                                              describe(item));
      continue;
    }
    out.push_back({item.Scalar(), file_->pos(item, pos_of(key))});
  }
  return out;
}

std::vector<std::string> Fields::strings(std::string_view key) const { return ids_of(refs(key)); }

std::vector<Text> Fields::texts(std::string_view key) const {
  std::vector<Text> out;
  const YAML::Node* n = find(key);
  if (!n || n->IsNull()) return out;
  if (n->IsScalar()) {
    check_markdown_limits(n->Scalar(), pos_of(key), false, file_->diags());
    return {file_->text_at(n->Scalar(), pos_of(key))};
  }
  if (!n->IsSequence()) {
    file_->diags().error(pos_of(key), "'" + std::string(key) + "' in " + schema_ + " must be a list of texts, not " +
                                          describe(*n));
    return out;
  }
  for (const YAML::Node& item : *n) {
    if (!item.IsScalar()) {
      hint_colon(file_->diags().error(file_->pos(item, pos_of(key)),
                                      "each item of '" + std::string(key) + "' must be text, not " + describe(item)),
                 item);
      continue;
    }
    out.push_back(file_->text_at(item.Scalar(), file_->pos(item, pos_of(key))));
    check_markdown_limits(out.back().markdown, out.back().pos, false, file_->diags());
  }
  return out;
}

std::string Fields::one_of(std::string_view key, const std::vector<std::string>& allowed, std::string fallback) const {
  const std::string v = str(key);
  if (v.empty()) return fallback;
  if (std::find(allowed.begin(), allowed.end(), v) != allowed.end()) return v;
  Diagnostic& e = file_->diags().error(pos_of(key), "'" + v + "' is not a valid " + std::string(key) + " for " + schema_);
  if (auto best = closest(v, allowed)) hint(e, "did you mean '" + *best + "'?");
  else hint(e, "use " + join_or(allowed));
  return fallback;
}

void Fields::list(std::string_view key, const std::function<void(const YAML::Node&)>& each) const {
  const YAML::Node* n = find(key);
  if (!n || n->IsNull()) return;
  if (!n->IsSequence()) {
    Diagnostic& e = file_->diags().error(pos_of(key), "'" + std::string(key) + "' in " + schema_ +
                                                          " must be a list, not " + describe(*n));
    hint(e, "start each item on its own line with '- '");
    return;
  }
  for (const YAML::Node& item : *n) each(item);
}

void Fields::map(std::string_view key,
                 const std::function<void(const std::string&, const SourcePos&, const YAML::Node&)>& each) const {
  const YAML::Node* n = find(key);
  if (!n || n->IsNull()) return;
  if (!n->IsMap()) {
    file_->diags().error(pos_of(key), "'" + std::string(key) + "' in " + schema_ + " must be a map, not " +
                                          describe(*n));
    return;
  }
  std::vector<std::string> seen;
  for (auto it = n->begin(); it != n->end(); ++it) {
    const std::string k = scalar(it->first);
    const SourcePos kpos = file_->pos(it->first, pos_of(key));
    if (std::find(seen.begin(), seen.end(), k) != seen.end()) {
      file_->diags().error(kpos, "duplicate key '" + k + "' in " + std::string(key));
      continue;
    }
    seen.push_back(k);
    each(k, kpos, it->second);
  }
}

}  // namespace qaf::detail
