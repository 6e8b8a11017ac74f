// A template as a printed form: blank (writing lines, tick boxes, rating rows) or filled from an audit record.
#include <algorithm>
#include <cmath>
#include <variant>

#include "markdown/markdown.hpp"
#include "forms/form_definition.hpp"
#include "print/print_blocks.hpp"
#include "site/site_paths.hpp"

namespace qaf::print {

using namespace detail;
using layout::Block;
using layout::Run;
using layout::Runs;

namespace {

/// Everything the section builders share.
struct Form {
  const Framework& fw;
  const Template& t;
  const AuditRecord* record;  // null: a blank form
  bool landscape;
  Blocks& out;

  int lines_for(const Question& q) const { return q.lines > 0 ? q.lines : std::max(1, t.writing_lines); }
  /// Room for a rating's or a choice's comment: the question's `lines`, else three lines for the
  /// reasons behind a grade and two for a note beside a choice.
  int comment_lines(const Question& q) const { return q.lines > 0 ? q.lines : q.type == AnswerType::rating ? 3 : 2; }
  const Scale* scale(const Ref& r) const { return r.id.empty() ? nullptr : fw.find_scale(r.id); }
  void add(Block b) { out.push_back(std::move(b)); }
};

// A form is filled in with a pen: its text as large as council forms set theirs, notes and table
// cells too, and tick boxes of 5 mm.
constexpr double kBody = 11;      // points: body text, and the unit of writing room
constexpr double kTickBox = 14.5;  // points: a tick box's side (5.1 mm)
constexpr double kRowToWrite = 4.4 * kBody;  // points: a blank table row, two handwritten lines (17 mm)

// --- Answers of a filled form ---

const AnswerValue* value_of(const Answer* a, const std::string& column) {
  if (!a) return nullptr;
  for (const auto& v : a->values)
    if (v.column == column) return &v;
  return column.empty() && !a->values.empty() ? &a->values.front() : nullptr;
}

std::vector<bool> ticked_options(const Scale& s, const AnswerValue* v) {
  std::vector<bool> out;
  if (!v) return out;
  for (const auto& o : s.options)
    out.push_back(std::find(v->values.begin(), v->values.end(), o.id) != v->values.end());
  return out;
}

/// Index into scale_labels(s) of the answer, or -1.
int chosen_label(const Scale& s, const std::string& grade_id, std::optional<double> number) {
  switch (s.kind) {
    case ScaleKind::grades:
      for (std::size_t i = 0; i < s.grades.size(); ++i)
        if (s.grades[i].id == grade_id) return static_cast<int>(i);
      return -1;
    case ScaleKind::levels:
      for (std::size_t i = 0; i < s.levels.size(); ++i)
        if (number && s.levels[i].value == *number) return static_cast<int>(i);
      return -1;
    case ScaleKind::bands: {
      const double step = s.step > 0 ? s.step : 1;
      if (!number) return -1;
      const double k = (*number - s.min) / step;
      return k >= 0 && std::abs(k - std::round(k)) < 1e-9 ? static_cast<int>(std::lround(k)) : -1;
    }
    case ScaleKind::choices:
    case ScaleKind::rag:
      for (std::size_t i = 0; i < s.options.size(); ++i)
        if (s.options[i].id == grade_id) return static_cast<int>(i);
      return -1;
  }
  return -1;
}

int chosen_label(const Scale& s, const AnswerValue* v) {
  if (!v) return -1;
  return chosen_label(s, v->values.empty() ? "" : v->values.front(), v->number);
}

/// The labels of a rating's boxes: the scale's, then "N/A" when the question allows it.
std::vector<std::string> answer_labels(const Question& q, const Scale& s) {
  std::vector<std::string> labels = scale_labels(s);
  if (q.not_applicable && !labels.empty()) labels.push_back(kNotApplicableLabel);
  return labels;
}

/// Index into answer_labels(q, s) of the answer, or -1.
int chosen_answer(const Question& q, const Scale& s, const AnswerValue* v) {
  if (v && q.not_applicable && !v->values.empty() && v->values.front() == kNotApplicable)
    return static_cast<int>(scale_labels(s).size());
  return chosen_label(s, v);
}

std::string date_text(const std::string& iso) {
  const auto d = parse_date(iso, true);
  return d ? d->long_form() : iso;
}

/// The written answer of a text, number or date question.
std::string written_answer(const Question& q, const AnswerValue* v) {
  if (!v) return "";
  if (q.type == AnswerType::number && v->number) return number_text(*v->number);
  if (q.type == AnswerType::date && !v->values.empty()) return date_text(v->values.front());
  if (!v->text.empty()) return v->text.markdown;
  return v->values.empty() ? "" : v->values.front();
}

/// Text written on a filled form, in a box so it reads as an answer.
Block answer_box(const std::string& markdown, const SourcePos& pos) {
  layout::Table box;
  box.header_rows = 0;
  box.frame = true;
  box.rows.push_back({markdown_runs(markdown)});
  return Block{std::move(box), pos};
}

// --- Title and header fields ---

void add_title(Form& f) {
  const Template& t = f.t;
  f.add(heading(1, t.title, template_dest(t.id), t.pos));
  if (f.record)
    f.add(paragraph({bold("Audit record " + f.record->id), plain(" \u00b7 contains personal data: keep it where audit records are kept")},
                    f.record->pos, true));
  add_markdown(t.purpose, f.out, 1, true);
  if (!t.completed_by.empty())
    f.add(paragraph({bold("Completed by: "), plain(join_words(role_titles(f.fw, t.completed_by), " or "))}, t.pos, true));
  if (t.due) f.add(paragraph({bold("Due " + f.fw.due_text(*t.due) + ".")}, t.due->pos, true));
}

std::string header_value(const Form& f, const HeaderField& h) {
  if (!f.record) return "";
  const HeaderValue* v = f.record->find_header(h.id);
  if (!v) return "";
  if (h.type == AnswerType::date) return date_text(v->value);
  return v->value;
}

void add_header_fields(Form& f) {
  const std::size_t per_row = f.landscape ? 3 : 2;
  layout::SignatureLines row{{}, {}};
  SourcePos row_pos;
  auto flush = [&] {
    if (row.labels.empty()) return;
    f.add(Block{row, row_pos});
    row = layout::SignatureLines{{}, {}};
  };
  // Fields written on a line first, side by side; then fields answered by ticking.
  auto ticked = [&](const HeaderField& h) {
    const Scale* s = h.type == AnswerType::choice ? f.scale(h.scale) : nullptr;
    return s && !s->options.empty() ? s : nullptr;
  };
  for (const HeaderField& h : f.t.header) {
    if (ticked(h)) continue;
    if (row.labels.empty()) row_pos = h.pos;
    row.labels.push_back(h.label);
    row.values.push_back(header_value(f, h));
    if (row.labels.size() == per_row) flush();
  }
  flush();
  for (const HeaderField& h : f.t.header) {
    if (const Scale* s = ticked(h)) {
      f.add(paragraph({bold(h.label)}, h.pos, false, true));
      layout::TickBoxes boxes;
      boxes.across = true;
      for (const auto& o : s->options) boxes.options.push_back({plain(o.label)});
      if (f.record)
        if (const HeaderValue* v = f.record->find_header(h.id))
          for (const auto& o : s->options) boxes.ticked.push_back(o.id == v->value);
      f.add(Block{std::move(boxes), h.pos});
    }
  }
}

// --- Questions ---

/// The answer part of a question answered on its own (no columns).
void add_answer(Form& f, const Question& q, const Answer* answer) {
  const AnswerValue* v = value_of(answer, "");
  const Scale* s = f.scale(q.scale);
  const bool categorical = s && (s->kind == ScaleKind::choices || s->kind == ScaleKind::rag);
  if ((q.type == AnswerType::choice || q.type == AnswerType::rating) && categorical) {
    if (s->multiple && !q.says_tick_all()) f.add(paragraph({italic("Tick all that apply.")}, q.pos, true, true));
    layout::TickBoxes boxes;
    boxes.across = true;
    for (const auto& o : s->options) boxes.options.push_back({plain(o.label)});
    boxes.ticked = ticked_options(*s, v);
    f.add(Block{std::move(boxes), q.pos});
  } else if ((q.type == AnswerType::rating || q.type == AnswerType::choice) && s && !scale_labels(*s).empty()) {
    f.add(Block{layout::RatingRow{answer_labels(q, *s), chosen_answer(q, *s, v)}, q.pos, s->kind == ScaleKind::bands});
    if (s->kind == ScaleKind::bands) f.add(paragraph({italic(bands_note(f.fw, *s))}, q.pos, true));
  } else if (q.type == AnswerType::number || q.type == AnswerType::date ||
             ((q.type == AnswerType::rating || q.type == AnswerType::choice) && s && s->kind == ScaleKind::bands)) {
    std::string label = q.type == AnswerType::date ? "Date" : "Number";
    if (q.type == AnswerType::number && q.min && q.max) label += " (" + number_text(*q.min) + " to " + number_text(*q.max) + ")";
    if (s && s->kind == ScaleKind::bands) label = "Score (" + number_text(s->min) + " to " + number_text(s->max) + ")";
    layout::SignatureLines line{{label}, {written_answer(q, v)}};
    f.add(Block{std::move(line), q.pos});
  } else if (f.record) {
    const std::string text = written_answer(q, v);
    f.add(text.empty() ? paragraph({italic("(no answer)")}, q.pos, true) : answer_box(text, q.pos));
  } else {
    if (q.type == AnswerType::evidence)
      f.add(paragraph({italic("Evidence: where it is in the record, and what it shows")}, q.pos, true, true));
    f.add(Block{layout::WritingLines{f.lines_for(q)}, q.pos});
  }
  if (q.comment) {
    f.out.back().keep_with_next = true;  // the comment stays on the page of the answer it explains
    f.add(paragraph({italic("Comment")}, q.pos, true, true));
    if (!f.record) f.add(Block{layout::WritingLines{f.comment_lines(q)}, q.pos});
    else if (answer && !answer->comment.empty()) f.add(answer_box(answer->comment.markdown, answer->comment.pos));
  }
}

/// The question's own words, with its number, condition and guidance; `src` is the feedback
/// source a question of its own belongs to (its conditions name the source's questions).
/// A part of a question in parts: its own condition, letter, words and notes, under the stem or
/// close under the part before (`space_before`, 0 for the paragraph's own).
void add_part_text(Form& f, const Question& q, double space_before) {
  if (q.when && q.own_condition)
    f.add(paragraph({plain(f.fw.condition_text(f.t, *q.when), layout::Style::bold_italic)}, q.when->pos, true, true));
  Runs runs{bold(q.part_label() + "  ")};
  for (auto& r : markdown_runs(q.text.markdown)) runs.push_back(std::move(r));
  if (!q.required) runs.push_back(italic(" (optional)"));
  f.add(paragraph(std::move(runs), q.text.pos.file.empty() ? q.pos : q.text.pos, false, true));
  if (space_before > 0 && !(q.when && q.own_condition)) std::get<layout::Paragraph>(f.out.back().content).space_before = space_before;
  if (!q.guidance.empty()) f.add(paragraph(markdown_runs(q.guidance.markdown, layout::Style::italic), q.guidance.pos, true, true));
}

void add_question_text(Form& f, const Question& q, const std::string& number, const FeedbackSource* src = nullptr) {
  const double gap = 1.4 * kBody;  // questions stand apart from the answers above them
  if (q.part > 1) {
    add_part_text(f, q, 0.8 * kBody);
    return;
  }
  if (q.when && !q.own_condition) {
    const std::string condition = src ? f.fw.condition_text(f.t, *src, *q.when) : f.fw.condition_text(f.t, *q.when);
    f.add(paragraph({plain(condition, layout::Style::bold_italic)}, q.when->pos, true, true));
    std::get<layout::Paragraph>(f.out.back().content).space_before = gap;
  }
  Runs runs;
  // The first part of a question in parts opens with the stem, numbered: "2.4  Is the plan clear about".
  const Text& words = q.part == 1 ? q.stem : q.text;
  const std::string label = q.part == 1 ? f.t.question_number(q.stem_id) : number;
  if (!label.empty()) runs.push_back(bold(label + "  "));
  for (auto& r : markdown_runs(words.markdown)) runs.push_back(std::move(r));
  if (!q.required && q.part == 0) runs.push_back(italic(" (optional)"));
  f.add(paragraph(std::move(runs), words.pos.file.empty() ? q.pos : words.pos, false, true));
  if (!q.when || q.own_condition) std::get<layout::Paragraph>(f.out.back().content).space_before = gap;
  Runs note;
  const Text& guidance = q.part == 1 ? q.stem_guidance : q.guidance;
  if (!guidance.empty())
    for (auto& r : markdown_runs(guidance.markdown, layout::Style::italic)) note.push_back(std::move(r));
  if (!q.standards.empty()) {
    if (!note.empty()) note.push_back(italic(" "));
    note.push_back(italic(std::string(q.standards.size() == 1 ? "Standard " : "Standards ") + join_words(f.fw.standard_names(q.standards)) + "."));
  }
  if (!note.empty()) f.add(paragraph(std::move(note), guidance.empty() ? q.pos : guidance.pos, true, true));
  if (q.part == 1) add_part_text(f, q, 0);
}

/// A cell's answer room for one column of a parallel-columns question.
Runs column_answer(Form& f, const Question& q, const AnswerValue* v, const Answer* answer, bool last_column) {
  Runs runs;
  const Scale* s = f.scale(q.scale);
  auto boxes = [&](const std::vector<std::string>& labels, const std::vector<bool>& ticked) {
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (i > 0) runs.push_back(plain("\n"));
      Run box{"", layout::Style::regular, {}, true};
      box.ticked = i < ticked.size() && ticked[i];
      runs.push_back(box);
      runs.push_back(plain(labels[i]));
    }
  };
  if (s && (s->kind == ScaleKind::choices || s->kind == ScaleKind::rag)) {
    boxes(scale_labels(*s), ticked_options(*s, v));
  } else if (s && !scale_labels(*s).empty() && (q.type == AnswerType::rating || q.type == AnswerType::choice)) {
    const std::vector<std::string> labels = answer_labels(q, *s);
    const int chosen = chosen_answer(q, *s, v);
    std::vector<bool> ticked(labels.size());
    if (chosen >= 0 && static_cast<std::size_t>(chosen) < ticked.size()) ticked[static_cast<std::size_t>(chosen)] = true;
    boxes(labels, ticked);
  } else if (f.record) {
    for (auto& r : markdown_runs(written_answer(q, v))) runs.push_back(std::move(r));
  }
  if (q.comment && last_column) {
    if (!runs.empty()) runs.push_back(plain("\n"));
    runs.push_back(italic("Comment:"));
    if (f.record && answer && !answer->comment.empty()) {
      runs.push_back(plain(" "));
      for (auto& r : markdown_runs(answer->comment.markdown)) runs.push_back(std::move(r));
    } else if (!f.record) {
      runs.push_back(plain("\n\n"));
    }
  }
  return runs;
}

/// A table cell's question: its condition, number, words, "(optional)" and guidance (unless a
/// column of its own prints the guidance: `with_guidance` false).
Runs question_cell(Form& f, const Question& q, const std::string& number, bool with_guidance = true) {
  Runs cell;
  auto condition = [&] { cell.push_back(plain(f.fw.condition_text(f.t, *q.when) + "\n", layout::Style::bold_italic)); };
  if (q.when && q.part <= 1 && !q.own_condition) condition();
  if (q.part == 1) {  // a question in parts: the numbered stem opens its first part's cell
    const std::string n = f.t.question_number(q.stem_id);
    if (!n.empty()) cell.push_back(bold(n + "  "));
    for (auto& r : markdown_runs(q.stem.markdown)) cell.push_back(std::move(r));
    if (!q.stem_guidance.empty()) {
      cell.push_back(plain("\n"));
      for (auto& r : markdown_runs(q.stem_guidance.markdown, layout::Style::italic)) cell.push_back(std::move(r));
    }
    cell.push_back(plain("\n"));
  }
  if (q.when && q.own_condition) condition();
  const std::string label = q.part > 0 ? q.part_label() : number;
  if (!label.empty()) cell.push_back(bold(label + "  "));
  for (auto& r : markdown_runs(q.text.markdown)) cell.push_back(std::move(r));
  if (!q.required) cell.push_back(italic(" (optional)"));
  if (!q.guidance.empty() && with_guidance) {
    cell.push_back(plain("\n"));
    for (auto& r : markdown_runs(q.guidance.markdown, layout::Style::italic)) cell.push_back(std::move(r));
  }
  return cell;
}

/// Written answers and blank forms need room under a question: true for a question answered in words.
bool written(Form& f, const Question& q) {
  const Scale* s = f.scale(q.scale);
  return !s || q.type == AnswerType::text || q.type == AnswerType::evidence || q.type == AnswerType::number ||
         q.type == AnswerType::date;
}

/// Columns with questions of their own, side by side: row k holds each column's k-th cell (a
/// question, the parts of a question in parts, or nothing), its answer room below it in the same
/// cell, so the two conversations read across the page.
void add_side_by_side_table(Form& f, const Section& sec) {
  layout::Table table;
  std::vector<Runs> header;
  for (const Column& c : sec.columns) {
    table.columns.push_back(layout::Column{1, false});
    header.push_back({plain(c.title)});
  }
  table.rows.push_back(std::move(header));
  bool writing = false;
  for (const std::vector<Section::Cell>& cells : sec.side_by_side_rows()) {
    std::vector<Runs> row;
    for (const Section::Cell& qs : cells) {
      Runs cell;  // empty when the column leaves this row blank
      for (const Question* q : qs) {
        if (!cell.empty()) cell.push_back(plain("\n"));
        const Answer* answer = f.record ? f.record->find_answer(q->id) : nullptr;
        const std::size_t start = cell.size();
        for (auto& r : question_cell(f, *q, f.t.question_number(q->id))) cell.push_back(std::move(r));
        // A tall row may go on over a page between the parts of a question, never inside one.
        if (start > 0 && start < cell.size()) cell[start].split_before = true;
        Runs room = column_answer(f, *q, value_of(answer, ""), answer, true);
        if (!room.empty()) {
          cell.push_back(plain("\n"));
          for (auto& r : room) cell.push_back(std::move(r));
        }
        writing = writing || written(f, *q);
      }
      row.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
  if (writing && !f.record) table.min_row_height = 2.2 * kBody * std::max(3, f.t.writing_lines + 1);
  f.add(Block{std::move(table), sec.pos});
}

void add_columns_table(Form& f, const Section& sec) {
  layout::Table table;
  table.columns.push_back(layout::Column{f.landscape ? 1.6 : 2.2, false});
  std::vector<Runs> header{{plain("Question")}};
  for (const Column& c : sec.columns) {
    table.columns.push_back(layout::Column{1.6, false});
    header.push_back({plain(c.title)});
  }
  table.rows.push_back(std::move(header));
  bool writing = false;  // some column takes written answers: rows need room to write
  const bool guidance_column =
      std::any_of(sec.columns.begin(), sec.columns.end(), [](const Column& c) { return c.shows_guidance; });
  for (const Question& q : sec.questions) {
    const Answer* answer = f.record ? f.record->find_answer(q.id) : nullptr;
    std::vector<Runs> row;
    row.push_back(question_cell(f, q, f.t.question_number(q.id), !guidance_column));
    for (std::size_t c = 0; c < sec.columns.size(); ++c) {
      const Column& col = sec.columns[c];
      if (col.shows_guidance) {  // the evidence to look at, printed for every question
        row.push_back(markdown_runs(q.guidance.markdown, layout::Style::italic));
        continue;
      }
      const Question asked = col.asks(q);
      row.push_back(column_answer(f, asked, value_of(answer, col.id), answer, c + 1 == sec.columns.size()));
      writing = writing || written(f, asked);
    }
    table.rows.push_back(std::move(row));
  }
  if (sec.totals) {
    // A last row counts each answer of the columns answered on a scale of their own: room to
    // write the counts on a blank form, the counts of a filled one.
    std::vector<Runs> row{{bold("Total")}};
    for (const Column& col : sec.columns) {
      Runs cell;
      const Scale* s = col.type ? f.scale(col.scale) : nullptr;
      if (s && (*col.type == AnswerType::rating || *col.type == AnswerType::choice)) {
        const std::vector<std::string> labels = scale_labels(*s);
        std::vector<int> counts(labels.size(), 0);
        if (f.record)
          for (const Question& q : sec.questions) {
            const int chosen = chosen_label(*s, value_of(f.record->find_answer(q.id), col.id));
            if (chosen >= 0 && static_cast<std::size_t>(chosen) < counts.size()) ++counts[static_cast<std::size_t>(chosen)];
          }
        for (std::size_t i = 0; i < labels.size(); ++i) {
          if (i > 0) cell.push_back(plain("\n"));
          cell.push_back(plain(labels[i] + ": "));
          cell.push_back(f.record ? bold(std::to_string(counts[i])) : plain(""));
        }
      }
      row.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
  if (writing && !f.record) table.min_row_height = 2.2 * kBody * std::max(2, f.t.writing_lines);
  f.add(Block{std::move(table), sec.pos});
}

/// `layout: grid`: one row per question, one column per answer of their common scale (reversed
/// with `grid_order: reversed`, N/A last when a question may not apply), an evidence column when
/// a question asks for a comment, and with `totals` a last row counting each column's ticks.
void add_grid_table(Form& f, const Section& sec) {
  const Scale* s = f.scale(sec.questions.front().scale);
  if (!s) return;
  std::vector<std::string> labels = scale_labels(*s);
  const std::size_t on_scale = labels.size();
  std::vector<std::size_t> order(on_scale);  // display column -> index into the scale's labels
  for (std::size_t i = 0; i < on_scale; ++i) order[i] = sec.reversed ? on_scale - 1 - i : i;
  const bool na = std::any_of(sec.questions.begin(), sec.questions.end(), [](const Question& q) { return q.not_applicable; });
  if (na) labels.push_back(kNotApplicableLabel), order.push_back(on_scale);
  const bool evidence = std::any_of(sec.questions.begin(), sec.questions.end(), [](const Question& q) { return q.comment; });
  layout::Table table;
  // Answer columns wide enough for a grade's name on one or two lines ("Requires / improvement").
  table.columns.push_back(layout::Column{f.landscape ? 3.0 : 1.7, false});
  std::vector<Runs> header{{plain("Question")}};
  for (std::size_t i : order) {
    table.columns.push_back(layout::Column{i == on_scale ? 0.55 : 1.15, false});
    header.push_back({plain(labels[i])});
  }
  if (evidence) table.columns.push_back(layout::Column{1.3, false}), header.push_back({plain("Evidence")});
  table.rows.push_back(std::move(header));
  std::vector<int> counts(order.size(), 0);
  for (const Question& q : sec.questions) {
    const Answer* answer = f.record ? f.record->find_answer(q.id) : nullptr;
    const int chosen = f.record ? chosen_answer(q, *s, value_of(answer, "")) : -1;
    std::vector<Runs> row{question_cell(f, q, f.t.question_number(q.id))};
    for (std::size_t c = 0; c < order.size(); ++c) {
      Runs cell;
      if (order[c] < on_scale || q.not_applicable) {  // no N/A box for a question that always applies
        Run box{"", layout::Style::regular, {}, true};
        box.ticked = chosen >= 0 && static_cast<std::size_t>(chosen) == order[c];
        counts[c] += box.ticked ? 1 : 0;
        cell.push_back(box);
      }
      row.push_back(std::move(cell));
    }
    if (evidence) {
      Runs cell;
      if (answer && !answer->comment.empty()) cell = markdown_runs(answer->comment.markdown);
      row.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
  if (sec.totals) {
    std::vector<Runs> row{{bold("Total")}};
    for (int n : counts) row.push_back(f.record ? Runs{bold(std::to_string(n))} : Runs{});
    if (evidence) row.push_back({});
    table.rows.push_back(std::move(row));
  }
  if (evidence && !f.record) table.min_row_height = 2.2 * kBody * 2;
  f.add(Block{std::move(table), sec.pos});
}

void add_questions(Form& f, const Section& sec) {
  if (sec.grid) {
    add_grid_table(f, sec);
    return;
  }
  if (sec.side_by_side) {
    add_side_by_side_table(f, sec);
    return;
  }
  if (sec.parallel()) {
    add_columns_table(f, sec);
    return;
  }
  for (const Question& q : sec.questions) {
    add_question_text(f, q, f.t.question_number(q.id));
    add_answer(f, q, f.record ? f.record->find_answer(q.id) : nullptr);
  }
}

// --- The audit blocks ---

std::string compute_note(Compute c) {
  switch (c) {
    case Compute::worst: return "The overall grade is the lowest of the grades given above.";
    case Compute::best: return "The overall grade is the highest of the grades given above.";
    case Compute::average: return "The overall grade is the average of the grades given above, rounded to the nearest grade.";
    case Compute::given: return "Give one overall grade.";
  }
  return "";
}

void add_judgement(Form& f, const Section& sec) {
  f.add(paragraph({italic(compute_note(sec.compute))}, sec.pos, true, true));
  const Scale* s = f.scale(sec.scale);
  if (s && !scale_labels(*s).empty()) {
    const int chosen = f.record ? chosen_label(*s, f.record->judgement, std::nullopt) : -1;
    f.add(Block{layout::RatingRow{scale_labels(*s), chosen}, sec.pos, true});
  }
  if (f.record) {
    const Grade* g = s ? s->find_grade(f.record->judgement) : nullptr;
    f.add(paragraph({bold("Overall judgement: "), plain(g ? g->label : f.record->judgement),
                     italic(f.record->judgement_computed ? " (worked out from the grades above)" : "")},
                    f.record->pos));
    if (!f.record->judgement_reason.empty()) f.add(answer_box(f.record->judgement_reason.markdown, f.record->judgement_reason.pos));
    return;
  }
  f.add(paragraph({italic("Reasons for the judgement")}, sec.pos, true, true));
  f.add(Block{layout::WritingLines{std::max(2, f.t.writing_lines)}, sec.pos});
}

/// The columns of an actions table: the section's own, or action / owner / due.
std::vector<TableColumn> action_columns(const Form& f, const Section* sec) {
  if (sec && !sec->table_columns.empty()) return sec->table_columns;
  if (const Section* actions = f.t.find_section(SectionKind::actions); actions && !actions->table_columns.empty())
    return actions->table_columns;
  return {TableColumn{"action", "Action", AnswerType::text, true, {}}, TableColumn{"owner", "By whom", AnswerType::text, true, {}},
          TableColumn{"due", "By when", AnswerType::date, true, {}}};
}

/// The band of headings over groups of columns ("Filled in at supervision"); none when no column has a group.
std::vector<layout::ColumnGroup> group_band(const std::vector<TableColumn>& columns) {
  std::vector<layout::ColumnGroup> out;
  for (const ColumnGroupSpan& g : column_groups(columns)) out.push_back({g.first, g.count, {plain(g.title)}});
  return out;
}

std::string action_cell(const AuditAction& a, const TableColumn& c) {
  auto date = [](const std::optional<Date>& d) { return d ? d->long_form() : std::string(); };
  if (c.id == "action") return a.action.markdown;
  if (c.id == "owner") return a.owner;
  if (c.id == "due") return date(a.due);
  if (c.id == "reviewed") return date(a.reviewed);
  if (c.id == "completed") return date(a.completed);
  if (c.id == "outcome") return a.outcome.markdown;
  if (c.id == "initials") return a.initials;
  return "";
}

Block actions_table(const std::vector<TableColumn>& columns, const std::vector<AuditAction>* filled, int blank_rows,
                    const SourcePos& pos) {
  layout::Table table;
  std::vector<Runs> header;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const TableColumn& c = columns[i];
    if (c.type == AnswerType::date) table.columns.push_back(layout::Column{74, true});
    else table.columns.push_back(layout::Column{c.id == "action" || i == 0 ? 3.0 : 1.2, false});
    header.push_back({plain(c.title)});
  }
  table.rows.push_back(std::move(header));
  table.column_groups = group_band(columns);
  if (filled) {
    for (const AuditAction& a : *filled) {
      std::vector<Runs> row;
      for (const auto& c : columns) row.push_back(markdown_runs(action_cell(a, c)));
      table.rows.push_back(std::move(row));
    }
    if (filled->empty()) table.rows.push_back({{italic("No actions recorded.")}});
  } else {
    for (int r = 0; r < std::max(1, blank_rows); ++r) table.rows.push_back(std::vector<Runs>(columns.size()));
    table.min_row_height = kRowToWrite;
  }
  return Block{std::move(table), pos};
}

void add_actions(Form& f, const Section& sec) {
  f.add(actions_table(action_columns(f, &sec), f.record ? &f.record->actions : nullptr, sec.blank_rows, sec.pos));
}

void add_feedback(Form& f, const Section& sec) {
  for (const FeedbackSource& src : sec.sources) {
    f.add(heading(3, src.title, "", src.pos));
    if (src.when) f.add(paragraph({plain(f.fw.condition_text(f.t, *src.when), layout::Style::bold_italic)}, src.when->pos, true, true));
    if (!src.prompt.empty()) f.add(paragraph(markdown_runs(src.prompt.markdown, layout::Style::italic), src.prompt.pos, true, true));
    const FeedbackEntry* entry = nullptr;
    if (f.record)
      for (const auto& e : f.record->feedback)
        if (e.source == src.id) entry = &e;
    // The source's own questions, numbered within it, each with its tick boxes or writing room.
    const bool asked = !f.record || (entry && entry->given);  // a filled form leaves out feedback not given
    for (const Question& q : asked ? src.questions : std::vector<Question>{}) {
      add_question_text(f, q, src.question_number(q.id), &src);
      add_answer(f, q, entry ? entry->find_answer(q.id) : nullptr);
    }
    if (!src.questions.empty() && (!f.record || (entry && !entry->summary.empty())))
      f.add(paragraph({bold("Anything else said")}, src.pos, false, true));
    if (!f.record) f.add(Block{layout::WritingLines{src.questions.empty() ? std::max(2, f.t.writing_lines) : 2}, src.pos});
    else if (entry && entry->given && !entry->summary.empty()) f.add(answer_box(entry->summary.markdown, entry->summary.pos));
    if (src.not_given_reasons.empty()) continue;
    f.add(paragraph({bold("Feedback not given because:")}, src.pos, true, true));
    layout::TickBoxes boxes;
    boxes.across = true;
    for (const auto& reason : src.not_given_reasons) {
      boxes.options.push_back({plain(reason)});
      boxes.ticked.push_back(entry && !entry->given && entry->reason == reason);
    }
    f.add(Block{std::move(boxes), src.pos});
  }
}

/// An open table: a header of its columns' titles, then the record's rows or blank rows. A
/// choice column's blank cell holds a tick box per option; a filled one names the answer.
void add_open_table(Form& f, const Section& sec) {
  layout::Table table;
  std::vector<Runs> header;
  for (const TableColumn& c : sec.table_columns) {
    if (c.type == AnswerType::date) table.columns.push_back(layout::Column{74, true});
    else if (c.type == AnswerType::number) table.columns.push_back(layout::Column{60, true});
    else table.columns.push_back(layout::Column{c.type == AnswerType::choice ? 1.2 : 2.0, false});
    header.push_back({plain(c.title)});
  }
  table.rows.push_back(std::move(header));
  table.column_groups = group_band(sec.table_columns);
  auto cell_text = [&](const TableColumn& c, const AnswerValue* v) -> Runs {
    if (!v) return {};
    if (c.type == AnswerType::choice) {
      const Scale* s = f.scale(c.scale);
      std::vector<std::string> labels;
      for (const std::string& id : v->values) {
        const Choice* o = s ? s->find_option(id) : nullptr;
        labels.push_back(o ? o->label : id);
      }
      return {plain(join_words(labels))};
    }
    return markdown_runs(written_answer(c.as_question(), v));
  };
  const TableEntry* entry = f.record ? f.record->find_table(sec.id) : nullptr;
  if (f.record) {
    if (entry)
      for (const TableRow& r : entry->rows) {
        std::vector<Runs> row;
        for (const TableColumn& c : sec.table_columns) row.push_back(cell_text(c, r.cell(c.id)));
        table.rows.push_back(std::move(row));
      }
    if (!entry || entry->rows.empty()) table.rows.push_back({{italic("No rows recorded.")}});
  } else {
    std::vector<Runs> blank;
    for (const TableColumn& c : sec.table_columns) {
      Runs cell;
      const Scale* s = c.type == AnswerType::choice ? f.scale(c.scale) : nullptr;
      if (s)
        for (std::size_t i = 0; i < s->options.size(); ++i) {
          if (i > 0) cell.push_back(plain("\n"));
          cell.push_back(Run{"", layout::Style::regular, {}, true});
          cell.push_back(plain(s->options[i].label));
        }
      blank.push_back(std::move(cell));
    }
    for (int r = 0; r < std::max(1, sec.blank_rows); ++r) table.rows.push_back(blank);
    table.min_row_height = kRowToWrite;
  }
  f.add(Block{std::move(table), sec.pos});
}

void add_moderation(Form& f, const Section& sec) {
  const ModerationRecord* m = f.record && f.record->moderation ? &*f.record->moderation : nullptr;
  if (f.record && !m) {
    f.add(paragraph({italic("Not moderated.")}, sec.pos));
    return;
  }
  layout::SignatureLines who{{"Moderator", "Date"}, {}};
  if (m) who.values = {m->moderator, m->date ? m->date->long_form() : ""};
  f.add(Block{std::move(who), sec.pos});
  f.add(paragraph({bold("Do you agree with the overall grade?")}, sec.pos, false, true));
  layout::TickBoxes agree;
  agree.across = true;
  agree.options = {{plain("Yes")}, {plain("No")}};
  if (m) agree.ticked = {m->agrees, !m->agrees};
  f.add(Block{std::move(agree), sec.pos});
  if (const Scale* s = f.scale(sec.scale); s && !scale_labels(*s).empty()) {
    f.add(paragraph({bold("If not, your own grade:")}, sec.pos, false, true));
    const int chosen = m && !m->agrees ? chosen_label(*s, m->grade, std::nullopt) : -1;
    f.add(Block{layout::RatingRow{scale_labels(*s), chosen}, sec.pos});
  }
  // The moderator's yes/no verdicts on the audit itself, each with its own boxes.
  for (const ModerationCheck& k : sec.checks) {
    f.add(paragraph(markdown_runs(k.text.markdown, layout::Style::bold), k.pos, false, true));
    layout::TickBoxes yes_no;
    yes_no.across = true;
    yes_no.options = {{plain("Yes")}, {plain("No")}};
    if (m)
      for (const CheckAnswer& answer : m->checks)
        if (answer.check == k.id) yes_no.ticked = {answer.yes, !answer.yes};
    f.add(Block{std::move(yes_no), k.pos});
  }
  if (sec.returns) {
    f.add(paragraph({bold("Outcome")}, sec.pos, false, true));
    layout::TickBoxes outcome;
    outcome.across = true;
    outcome.options = {{plain("Accepted")}, {plain("Returned to the auditor for rework")}};
    if (m) outcome.ticked = {!m->returned, m->returned};
    f.add(Block{std::move(outcome), sec.pos});
    if (!m) f.add(paragraph({italic("If you return the audit, say below what must change. Returning it does not move the deadline.")},
                            sec.pos, true, true));
  }
  f.add(paragraph({bold(sec.returns ? "Comments (if returned, what must change)" : "Comments")}, sec.pos, false, true));
  if (!m) f.add(Block{layout::WritingLines{2}, sec.pos});
  else if (!m->comment.empty()) f.add(answer_box(m->comment.markdown, m->comment.pos));
  f.add(paragraph({bold("Further actions")}, sec.pos, false, true));
  f.add(actions_table(action_columns(f, nullptr), m ? &m->actions : nullptr, 3, sec.pos));
}

void add_signatures(Form& f, const Section& sec) {
  for (const Signatory& s : sec.signatories) {
    f.add(paragraph({bold(s.title)}, s.pos, false, true));
    layout::SignatureLines lines{{"Name", "Signature", "Date"}, {}};
    if (f.record)
      for (const auto& sig : f.record->signatures)
        if (sig.signatory == s.id) lines.values = {sig.name, "", sig.date ? sig.date->long_form() : ""};
    f.add(Block{std::move(lines), s.pos});
  }
}

}  // namespace

layout::Document template_document(const Framework& fw, const Template& t, const PrintOptions& options,
                                   const AuditRecord* record) {
  const auto orientation = t.landscape ? layout::Orientation::landscape : layout::Orientation::portrait;
  layout::Document doc = new_document(fw, t.title, site_paths::template_page(fw.id, t.id), options, orientation);
  doc.body_size = doc.small_size = kBody;
  doc.tick_box = kTickBox;
  if (!record) {
    // Loose pages of a filled-in paper form are matched by the case (or, on a form about no one
    // case, by its first written field): a strip for it under the header of every page.
    const HeaderField* ref = t.field_with_role(FieldRole::case_id);
    for (const HeaderField& h : t.header)
      if (!ref && h.type == AnswerType::text) ref = &h;
    if (ref) doc.furniture.reference_label = ref->label;
  } else {
    doc.title = t.title + " \u2014 " + record->id;
    doc.furniture.header_right = t.title + " \u2014 audit " + record->id;
    doc.furniture.footer_lines.insert(doc.furniture.footer_lines.begin(),
                                      "Contains personal data: keep it with the audit records, never on the intranet site");
  }
  Form f{fw, t, record, t.landscape, doc.blocks};
  add_title(f);
  // On screen, a blank form leads to the site's fill-in form (its address needs the site's).
  if (!record && options.fill_in_forms && !options.site_url.empty() && forms::has_form(t)) {
    const std::string url = options.site_url + site_paths::template_form(fw.id, t.id);
    layout::Run link = plain(url);
    link.link = url;
    f.add(paragraph({bold("Fill it in on screen: "), link}, t.pos, true));
  }
  add_header_fields(f);
  for (const Section& sec : t.sections) {
    const std::string number = t.section_number(sec);
    const std::string title = number.empty() ? sec.title : number + ". " + sec.title;
    const std::size_t first = f.out.size();
    f.add(heading(2, title, "form-" + sec.id, sec.pos));
    add_section_completers(f.fw, sec, f.out);
    add_markdown(sec.intro, f.out, 2, true);
    f.out.back().keep_with_next = true;  // the heading, or the intro's last block
    switch (sec.kind) {
      case SectionKind::questions: add_questions(f, sec); break;
      case SectionKind::judgement: add_judgement(f, sec); break;
      case SectionKind::actions: add_actions(f, sec); break;
      case SectionKind::feedback: add_feedback(f, sec); break;
      case SectionKind::moderation: add_moderation(f, sec); break;
      case SectionKind::signatures: add_signatures(f, sec); break;
      case SectionKind::table: add_open_table(f, sec); break;
    }
    // The moderator's and the signatories' parts are filled in at one sitting and signed: each
    // stays whole on a page when it fits on one (a longer one breaks as any section does).
    if (sec.kind == SectionKind::moderation || sec.kind == SectionKind::signatures)
      for (std::size_t i = first; i < f.out.size(); ++i) {
        f.out[i].keep_together = true;
        if (i + 1 < f.out.size()) f.out[i].keep_with_next = true;
      }
  }
  drop_unknown_links(doc);
  return doc;
}

}  // namespace qaf::print
