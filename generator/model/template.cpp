// Template lookups and the names of template enums.
#include "model/template.hpp"

#include <cctype>

namespace qaf {

std::string_view to_string(AnswerType t) {
  switch (t) {
    case AnswerType::rating: return "rating";
    case AnswerType::choice: return "choice";
    case AnswerType::number: return "number";
    case AnswerType::date: return "date";
    case AnswerType::text: return "text";
    case AnswerType::evidence: return "evidence";
  }
  return "?";
}

std::string_view to_string(FieldRole r) {
  switch (r) {
    case FieldRole::none: return "none";
    case FieldRole::child: return "child";
    case FieldRole::case_id: return "case-id";
    case FieldRole::practitioner: return "practitioner";
    case FieldRole::auditor: return "auditor";
    case FieldRole::manager: return "manager";
    case FieldRole::team: return "team";
    case FieldRole::service: return "service";
    case FieldRole::category: return "category";
    case FieldRole::audit_date: return "audit-date";
  }
  return "?";
}

bool is_personal(FieldRole r) {
  return r == FieldRole::child || r == FieldRole::case_id || r == FieldRole::practitioner ||
         r == FieldRole::auditor || r == FieldRole::manager;
}

std::string_view to_string(SectionKind k) {
  switch (k) {
    case SectionKind::questions: return "questions";
    case SectionKind::judgement: return "judgement";
    case SectionKind::actions: return "actions";
    case SectionKind::feedback: return "feedback";
    case SectionKind::moderation: return "moderation";
    case SectionKind::signatures: return "signatures";
    case SectionKind::table: return "table";
  }
  return "?";
}

std::string_view to_string(Compute c) {
  switch (c) {
    case Compute::given: return "given";
    case Compute::worst: return "worst";
    case Compute::best: return "best";
    case Compute::average: return "average";
  }
  return "?";
}

const HeaderField* Template::find_field(const std::string& field_id) const {
  for (const HeaderField& f : header)
    if (f.id == field_id) return &f;
  return nullptr;
}

const HeaderField* Template::field_with_role(FieldRole r) const {
  for (const HeaderField& f : header)
    if (f.role == r) return &f;
  return nullptr;
}

const Question* Template::find_question(const std::string& question_id) const {
  for (const Section& s : sections)
    for (const Question& q : s.questions)
      if (q.id == question_id) return &q;
  return nullptr;
}

const TableColumn* Section::find_table_column(const std::string& column_id) const {
  for (const TableColumn& c : table_columns)
    if (c.id == column_id) return &c;
  return nullptr;
}

const Question* FeedbackSource::find_question(const std::string& question_id) const {
  for (const Question& q : questions)
    if (q.id == question_id) return &q;
  return nullptr;
}

std::string FeedbackSource::question_number(const std::string& question_id) const {
  for (std::size_t i = 0; i < questions.size(); ++i)
    if (questions[i].id == question_id) return std::to_string(i + 1);
  return "";
}

const Section* Template::section_of(const std::string& question_id) const {
  for (const Section& s : sections)
    for (const Question& q : s.questions)
      if (q.id == question_id) return &s;
  return nullptr;
}

std::string_view to_string(Numbering n) {
  switch (n) {
    case Numbering::sections: return "sections";
    case Numbering::continuous: return "continuous";
    case Numbering::none: return "none";
  }
  return "?";
}

std::string Question::part_label() const {
  if (part <= 0) return "";
  std::string letters;  // a..z, then aa, ab... (no council asks a question in 27 parts, but no crash if one does)
  for (int n = part; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('a' + (n - 1) % 26));
  return "(" + letters + ")";
}

bool Question::says_tick_all() const {
  std::string words = full_markdown() + " " + guidance.markdown;
  for (char& ch : words) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return words.find("all that apply") != std::string::npos;
}

std::string Question::full_markdown() const {
  if (part <= 0 || stem.empty()) return text.markdown;
  return stem.markdown + " " + text.markdown;
}

std::string Template::question_number(const std::string& question_id) const {
  int section = 0, overall = 0;
  for (const Section& s : sections) {
    if (s.kind != SectionKind::questions) continue;
    ++section;
    int in_section = 0;
    for (const Question& q : s.questions) {
      if (q.part <= 1) ++in_section, ++overall;  // the parts of a question share its number
      const bool is_stem = q.part == 1 && q.stem_id == question_id;
      if (q.id != question_id && !is_stem) continue;
      std::string n;
      switch (numbering) {
        case Numbering::sections: n = std::to_string(section) + "." + std::to_string(in_section); break;
        case Numbering::continuous: n = std::to_string(overall); break;
        case Numbering::none: return "";
      }
      return is_stem ? n : n + q.part_label();
    }
  }
  return "";
}

namespace {

// A title that starts with its own number: "2. Strengths", "2) Strengths", "Section 2: ...", "Part B".
bool numbered_title(const std::string& title) {
  std::size_t i = 0;
  for (const char* word : {"Section ", "Part "})
    if (title.rfind(word, 0) == 0) return title.size() > std::string(word).size();
  while (i < title.size() && title[i] >= '0' && title[i] <= '9') ++i;
  return i > 0 && i < title.size() && (title[i] == '.' || title[i] == ')' || title[i] == ' ' || title[i] == ':');
}

}  // namespace

std::string Template::section_number(const Section& s) const {
  if (numbering != Numbering::sections || s.kind != SectionKind::questions || numbered_title(s.title)) return "";
  int n = 0;
  for (const Section& other : sections) {
    if (other.kind == SectionKind::questions) ++n;
    if (&other == &s) return std::to_string(n);
  }
  return "";
}

std::string Template::question_reference(const Question& q) const {
  const std::string n = question_number(q.id);
  if (!n.empty()) return "question " + n;
  std::string words;
  for (const char c : q.full_markdown()) words += c == '\n' ? ' ' : c;
  if (words.size() > 60) words = words.substr(0, words.rfind(' ', 60)) + "\u2026";
  return "the question \u201c" + words + "\u201d";
}

std::string clock_time_words(const std::string& hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return "";
  for (const std::size_t i : {0u, 1u, 3u, 4u})
    if (hhmm[i] < '0' || hhmm[i] > '9') return "";
  const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0'), m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  if (h > 23 || m > 59) return "";
  if (m == 0 && h == 12) return "noon";
  if (m == 0 && h == 0) return "midnight";
  const int twelve = h % 12 == 0 ? 12 : h % 12;
  return std::to_string(twelve) + (m == 0 ? "" : "." + hhmm.substr(3, 2)) + (h < 12 ? " a.m." : " p.m.");
}

std::vector<ColumnGroupSpan> column_groups(const std::vector<TableColumn>& columns) {
  std::vector<ColumnGroupSpan> out;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].group.empty()) continue;
    if (!out.empty() && out.back().first + out.back().count == i && out.back().title == columns[i].group) ++out.back().count;
    else out.push_back({i, 1, columns[i].group});
  }
  return out;
}

std::string template_kind_label(const std::string& kind) {
  std::string out = kind;
  for (char& c : out)
    if (c == '-' || c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::vector<const Question*> Section::questions_in(const std::string& id) const {
  std::vector<const Question*> out;
  for (const Question& q : questions)
    if (q.column == id) out.push_back(&q);
  return out;
}

Question TableColumn::as_question() const {
  Question q;
  q.id = id;
  q.type = type;
  q.scale = scale;
  return q;
}

Question Column::asks(const Question& q) const {
  Question out = q;
  if (type) {
    out.type = *type;
    out.scale = scale;
    out.not_applicable = false;
    out.min = out.max = std::nullopt;
  }
  out.required = q.required && required;
  return out;
}

const Column* Section::find_column(const std::string& id) const {
  for (const Column& c : columns)
    if (c.id == id) return &c;
  return nullptr;
}

Question Section::asked_as(const Question& q, const std::string& column) const {
  const Column* c = column.empty() || side_by_side ? nullptr : find_column(column);
  return c ? c->asks(q) : q;
}

std::vector<std::vector<Section::Cell>> Section::side_by_side_rows() const {
  std::vector<std::vector<Cell>> rows;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Column& col = columns[c];
    std::vector<std::string> cells = col.cells;
    if (cells.empty())  // no cells listed: the column's questions from the top, a question in parts in one cell
      for (const Question& q : questions)
        if (q.column == col.id && q.part <= 1) cells.push_back(q.part == 1 ? q.stem_id : q.id);
    for (std::size_t k = 0; k < cells.size(); ++k) {
      if (rows.size() <= k) rows.resize(k + 1, std::vector<Cell>(columns.size()));
      if (cells[k].empty()) continue;  // left blank
      for (const Question& q : questions)
        if (q.column == col.id && (q.part > 0 ? q.stem_id : q.id) == cells[k]) rows[k][c].push_back(&q);
    }
  }
  return rows;
}

const Section* Template::find_section(SectionKind k) const {
  for (const Section& s : sections)
    if (s.kind == k) return &s;
  return nullptr;
}

}  // namespace qaf
