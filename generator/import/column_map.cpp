// Matching spreadsheet headings to the parts of an audit record, and checking the mapping file's paths.
#include "import/column_map.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "support/suggest.hpp"

namespace qaf::importing {
namespace {

// The record's top-level parts a column may fill (framework and template come from --template).
const std::vector<std::string>& top_parts() {
  static const std::vector<std::string> parts = {"id",      "version",  "header",     "answers",   "judgement",
                                                 "judgement_reason", "actions", "feedback", "moderation", "signatures"};
  return parts;
}

std::vector<std::string> split_dots(const std::string& s) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == '.') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

std::string join_dots(const std::vector<std::string>& parts, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < parts.size(); ++i) out += (i > from ? "." : "") + parts[i];
  return out;
}

bool multiple_choice(const Framework& fw, const Question& q) {
  if (q.type != AnswerType::choice) return false;
  const Scale* s = fw.find_scale(q.scale.id);
  return s && s->multiple;
}

// Where a mapping file's path goes, or why it cannot: `error` and `hint` set.
struct Resolved {
  CellTarget target;
  std::string error;
  std::string hint;
};

Resolved resolve_answer(const std::vector<std::string>& parts, const Framework& fw, const Template& t) {
  Resolved r;
  const std::string rest = join_dots(parts, 1);
  // A question id may itself hold dots: the longest id the path starts with is the question.
  const Question* q = nullptr;
  const Section* sec = nullptr;
  for (const Section& s : t.sections)
    for (const Question& qq : s.questions)
      if ((rest == qq.id || rest.rfind(qq.id + ".", 0) == 0) && (!q || qq.id.size() > q->id.size())) q = &qq, sec = &s;
  if (!q) {
    std::vector<std::string> ids;
    for (const Section& s : t.sections)
      for (const Question& qq : s.questions) ids.push_back(qq.id);
    r.error = "template '" + t.id + "' has no question '" + rest + "'";
    if (auto best = closest(rest, ids)) r.hint = "did you mean 'answers." + *best + "'?";
    else r.hint = "write 'answers.' and a question's id, as the template gives it";
    return r;
  }
  const std::string sub = rest.size() > q->id.size() ? rest.substr(q->id.size() + 1) : "";
  r.target.path = {"answers", q->id};
  std::vector<std::string> cols;
  if (sec->parallel())
    for (const Column& c : sec->columns)
      if (!c.shows_guidance) cols.push_back(c.id);
  if (sub == "comment") {
    r.target.path.push_back("comment");
    return r;
  }
  if (sec->parallel()) {
    if (std::find(cols.begin(), cols.end(), sub) == cols.end()) {
      r.error = sub.empty() ? "question '" + q->id + "' is answered in columns " + join_or(cols)
                            : "question '" + q->id + "' has no column '" + sub + "'";
      std::vector<std::string> paths;
      for (const std::string& c : cols) paths.push_back("'answers." + q->id + "." + c + "'");
      r.hint = "map a spreadsheet column to each: " + join_and(paths);
      return r;
    }
    r.target.path.push_back(sub);
    const Question asked = sec->asked_as(*q, sub);
    r.target.list = multiple_choice(fw, asked);
    r.target.date = asked.type == AnswerType::date;
    return r;
  }
  if (!sub.empty() && sub != "value") {
    r.error = "question '" + q->id + "' has no part '" + sub + "'";
    r.hint = "write 'answers." + q->id + "' for its answer, or 'answers." + q->id + ".comment' for a comment";
    return r;
  }
  r.target.list = multiple_choice(fw, *q);
  r.target.date = q->type == AnswerType::date;
  return r;
}

Resolved resolve_path(const std::string& dotted, const Framework& fw, const Template& t) {
  Resolved r;
  const std::vector<std::string> parts = split_dots(dotted);
  const std::string& top = parts.front();
  if (std::find(top_parts().begin(), top_parts().end(), top) == top_parts().end()) {
    r.error = "'" + dotted + "' is not a part of an audit record";
    if (auto best = closest(top, top_parts())) r.hint = "did you mean '" + *best + "'?";
    else r.hint = "a path starts with " + join_or(top_parts()) + ", or write 'ignore'";
    return r;
  }
  if (top == "answers") {
    if (parts.size() < 2) {
      r.error = "'answers' needs a question: 'answers.QUESTION'";
      r.hint = "write 'answers.' and a question's id, as the template gives it";
      return r;
    }
    return resolve_answer(parts, fw, t);
  }
  if (top == "header") {
    const std::string field = join_dots(parts, 1);
    const HeaderField* f = t.find_field(field);
    if (!f) {
      std::vector<std::string> ids;
      for (const HeaderField& h : t.header) ids.push_back(h.id);
      r.error = parts.size() < 2 ? "'header' needs a field: 'header.FIELD'"
                                 : "template '" + t.id + "' has no header field '" + field + "'";
      if (auto best = closest(field, ids)) r.hint = "did you mean 'header." + *best + "'?";
      else r.hint = "its header fields are " + join_or(ids);
      return r;
    }
    r.target.path = {"header", f->id};
    r.target.date = f->type == AnswerType::date;
    return r;
  }
  const bool single = top == "id" || top == "version" || top == "judgement" || top == "judgement_reason";
  if (single != (parts.size() == 1)) {
    r.error = single ? "'" + top + "' has no parts: write it alone" : "'" + top + "' needs more: '" + dotted + ".…'";
    r.hint = single ? "write '" + top + "'"
                    : "e.g. 'signatures.auditor.name', 'actions.1.owner', 'feedback.parent.given', 'moderation.grade'";
    return r;
  }
  // Actions, feedback, moderation and signatures: the loader checks their keys; here only how
  // a value is read. Dates by the key's name, as the record's own keys say.
  r.target.path = parts;
  const std::string& last = parts.back();
  r.target.date = last == "date" || last == "due" || last == "reviewed" || last == "completed";
  if (top == "feedback" && parts.size() == 4 && parts[2] == "answers")
    if (const Section* s = t.find_section(SectionKind::feedback))
      for (const FeedbackSource& src : s->sources)
        if (src.id == parts[1])
          if (const Question* q = src.find_question(parts[3])) {
            r.target.list = multiple_choice(fw, *q);
            r.target.date = q->type == AnswerType::date;
          }
  return r;
}

// Every heading the template answers to without a mapping file: key -> the paths it names.
struct Dictionary {
  std::map<std::string, std::set<std::string>> paths;
  std::vector<std::string> shown;  ///< the same keys as a person would write them, for suggestions

  void add(const std::string& words, const std::string& path) {
    const std::string key = heading_key(words);
    if (key.empty()) return;
    if (paths[key].insert(path).second && paths[key].size() == 1) shown.push_back(words);
  }
};

Dictionary dictionary_for(const Template& t) {
  Dictionary d;
  d.add("id", "id");
  d.add("judgement", "judgement");
  d.add("judgement_reason", "judgement_reason");
  d.add("judgement reason", "judgement_reason");
  if (const Section* j = t.find_section(SectionKind::judgement)) d.add(j->title, "judgement");
  for (const HeaderField& h : t.header) {
    d.add(h.id, "header." + h.id);
    d.add(h.label, "header." + h.id);
  }
  for (const Section& s : t.sections)
    for (const Question& q : s.questions) {
      std::vector<std::string> names = {q.id, q.full_markdown()};
      if (const std::string n = t.question_number(q.id); !n.empty()) {
        names.push_back(n);
        names.push_back(n + " " + q.full_markdown());
        names.push_back(n + ". " + q.full_markdown());
      }
      const std::string path = "answers." + q.id;
      // The column's and the comment's names after the question's, as exports join them.
      auto add_joined = [&](const std::vector<std::string>& sub_names, const std::string& sub_path) {
        for (const std::string& n : names)
          for (const std::string& c : sub_names)
            for (const std::string& form : {n + "." + c, n + " - " + c, n + ": " + c, n + " / " + c, n + " (" + c + ")",
                                            n + " [" + c + "]"})
              d.add(form, path + "." + sub_path);
      };
      if (s.parallel()) {
        for (const Column& c : s.columns)
          if (!c.shows_guidance) add_joined({c.id, c.title}, c.id);
      } else {
        for (const std::string& n : names) d.add(n, path);
      }
      add_joined({"comment"}, "comment");
    }
  return d;
}

}  // namespace

std::string CellTarget::dotted() const {
  std::string out;
  for (const std::string& p : path) out += (out.empty() ? "" : ".") + p;
  return out;
}

std::string heading_key(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // U+2018 and U+2019 (curly single quotes), U+201C and U+201D (double): E2 80 98/99/9C/9D.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto c2 = static_cast<unsigned char>(text[i + 2]);
      if (c2 == 0x98 || c2 == 0x99 || c2 == 0x9C || c2 == 0x9D) {
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c2 <= 0x99 ? '\'' : '"';
        i += 2;
        continue;
      }
    }
    if (c == '*' || c == '`') continue;
    // A no-break space (U+00A0, C2 A0), as Excel and Forms often put in headings, is a space.
    const bool nbsp = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || nbsp) {
      if (nbsp) ++i;
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

ColumnMap map_columns(const CsvTable& table, const std::string& csv_path, const Framework& fw, const Template& t,
                      const ImportMapping& mapping, Diagnostics& diags) {
  ColumnMap m;
  m.columns.resize(table.headings.size());
  const auto heading_pos = [&](std::size_t k) { return SourcePos{csv_path, 1, static_cast<int>(k) + 1}; };
  std::map<std::string, std::size_t> column_of;  // heading key -> first column with it
  for (std::size_t k = 0; k < table.headings.size(); ++k)
    if (!table.headings[k].empty()) column_of.emplace(heading_key(table.headings[k]), k);

  // The mapping file's lines, each checked once whether or not the spreadsheet has its column.
  std::map<std::string, const ImportTarget*> mapped;  // heading key -> line
  std::map<std::string, Resolved> resolved;           // heading key -> where it goes
  for (const ImportTarget& c : mapping.columns) {
    const std::string key = heading_key(c.heading);
    if (!mapped.emplace(key, &c).second) {
      hint(diags.error(c.pos, "heading '" + c.heading + "' is mapped twice"), "first at " + mapped[key]->pos.str());
      continue;
    }
    Resolved r;
    if (c.path != "ignore") {
      r = resolve_path(c.path, fw, t);
      if (!r.error.empty()) hint(diags.error(c.pos, r.error + " (column '" + c.heading + "')"), r.hint);
    }
    resolved[key] = r;
    if (!column_of.count(key))
      hint(diags.warning(c.pos, "the spreadsheet has no column headed '" + c.heading + "'"),
           "the mapping is not used; check the heading against the file's first row");
  }
  std::set<std::string> ignored;
  for (const Ref& r : mapping.ignore) ignored.insert(heading_key(r.id));
  for (const ImportTarget& v : mapping.values) {
    Resolved r = resolve_path(v.path, fw, t);
    if (!r.error.empty()) {
      hint(diags.error(v.pos, r.error), r.hint);
      continue;
    }
    if (r.target.path.front() == "id") {
      hint(diags.error(v.pos, "every record would get the same id"), "give an id pattern under 'id', such as \"{template}-{row}\"");
      continue;
    }
    m.fixed.push_back({r.target, v.value, v.pos});
  }

  const Dictionary dict = dictionary_for(t);
  std::map<std::string, std::size_t> filled;  // path -> the column that fills it
  for (std::size_t k = 0; k < table.headings.size(); ++k) {
    const std::string& heading = table.headings[k];
    if (heading.empty()) continue;
    const std::string key = heading_key(heading);
    if (column_of[key] != k) {
      if (!ignored.count(key) && !(mapped.count(key) && mapped[key]->path == "ignore"))
        hint(diags.error(heading_pos(k), "a second column headed '" + heading + "'"),
             "the first is column " + std::to_string(column_of[key] + 1) +
                 ": rename one in the spreadsheet, or list the heading under 'ignore' in the mapping file");
      continue;
    }
    if (ignored.count(key)) continue;
    CellTarget target;
    if (auto it = mapped.find(key); it != mapped.end()) {
      if (it->second->path == "ignore" || !resolved[key].error.empty()) continue;
      target = resolved[key].target;
    } else {
      auto found = dict.paths.find(key);
      if (found == dict.paths.end()) {
        Diagnostic& e = diags.error(heading_pos(k), "column '" + heading + "' matches nothing in template '" + t.id + "'");
        if (auto best = closest(key, [&] {
              std::vector<std::string> keys;
              for (const std::string& s : dict.shown) keys.push_back(heading_key(s));
              return keys;
            }())) {
          for (const std::string& s : dict.shown)
            if (heading_key(s) == *best) {
              hint(e, "did you mean '" + s + "'?");
              break;
            }
        }
        hint(e, "map it in a mapping file (--map), under 'columns', or list it under 'ignore' there");
        continue;
      }
      if (found->second.size() > 1) {
        std::vector<std::string> paths;
        for (const std::string& p : found->second) paths.push_back("'" + p + "'");
        hint(diags.error(heading_pos(k), "column '" + heading + "' could fill " + join_or(paths)),
             "say which in a mapping file (--map), under 'columns'");
        continue;
      }
      // With an id pattern, a column that would be the id is only part of it.
      if (*found->second.begin() == "id" && !mapping.id_pattern.empty()) continue;
      Resolved r = resolve_path(*found->second.begin(), fw, t);
      target = r.target;
    }
    const std::string path = target.dotted();
    if (auto [it, fresh] = filled.emplace(path, k); !fresh) {
      hint(diags.error(heading_pos(k), "columns " + std::to_string(it->second + 1) + " and " + std::to_string(k + 1) +
                                          " both fill '" + path + "'"),
           "leave one out: list its heading under 'ignore' in the mapping file");
      continue;
    }
    if (path == "id") m.id.column = static_cast<int>(k);
    m.columns[k] = target;
  }
  for (const FixedValue& f : m.fixed)
    if (auto it = filled.find(f.target.dotted()); it != filled.end())
      hint(diags.error(f.pos, "'" + f.target.dotted() + "' is filled by column " + std::to_string(it->second + 1) + " ('" +
                                  table.headings[it->second] + "') too"),
           "give it one way: the column, or the value here");

  // The id pattern: literal text, {row}, {template}, {framework} and {Heading}.
  if (!mapping.id_pattern.empty() && m.id.column >= 0) {
    hint(diags.error(mapping.id_pos, "the id is given twice: by this pattern and by column " +
                                         std::to_string(m.id.column + 1) + " ('" +
                                         table.headings[static_cast<std::size_t>(m.id.column)] + "')"),
         "give it one way: remove 'id' here, or map the column to 'ignore'");
  } else if (!mapping.id_pattern.empty()) {
    m.id.pattern = mapping.id_pattern;
    m.id.pattern_pos = mapping.id_pos;
    const std::string& p = mapping.id_pattern;
    for (std::size_t i = 0; i < p.size();) {
      if (p[i] != '{') {
        const std::size_t next = std::min(p.find('{', i), p.size());
        m.id.pieces.push_back({p.substr(i, next - i), -1});
        i = next;
        continue;
      }
      const std::size_t close = p.find('}', i);
      if (close == std::string::npos) {
        hint(diags.error(mapping.id_pos, "'{' without its '}' in the id pattern"), "write a heading in braces: {Case number}");
        break;
      }
      const std::string name = p.substr(i + 1, close - i - 1);
      const std::string key = heading_key(name);
      if (key == "row") m.id.pieces.push_back({"", -2});
      else if (key == "template") m.id.pieces.push_back({t.id, -1});
      else if (key == "framework") m.id.pieces.push_back({fw.id, -1});
      else if (auto it = column_of.find(key); it != column_of.end()) m.id.pieces.push_back({"", static_cast<int>(it->second)});
      else {
        Diagnostic& e = diags.error(mapping.id_pos, "the id pattern names '" + name + "', which is no column's heading");
        std::vector<std::string> names = {"row", "template", "framework"};
        for (const std::string& h : table.headings)
          if (!h.empty()) names.push_back(h);
        if (auto best = closest(name, names)) hint(e, "did you mean '{" + *best + "}'?");
        else hint(e, "use {row}, {template}, {framework} or a column's heading in braces");
      }
      i = close + 1;
    }
  } else if (m.id.column < 0) {
    hint(hint(diags.error(SourcePos{csv_path, 1, 0}, "no column gives each record its id"),
              "add a column headed 'id', or map one to 'id' in a mapping file (--map)"),
         "or make ids from the cells in a mapping file: id: \"{template}-{Case number}\"");
  }
  return m;
}

}  // namespace qaf::importing
