// Reads templates (forms): header fields, sections of questions, and judgement/actions/feedback/moderation/signature blocks.
#include <algorithm>
#include <set>

#include "load/readers.hpp"
#include "load/schema.hpp"
#include "support/suggest.hpp"

namespace qaf::detail {
namespace {

const std::vector<std::string> kActionColumns = {"action", "owner", "due", "reviewed", "completed", "outcome", "initials"};

std::string default_action_title(const std::string& id) {
  if (id == "action") return "Action";
  if (id == "owner") return "By whom";
  if (id == "due") return "By when";
  if (id == "reviewed") return "Date reviewed";
  if (id == "completed") return "Completed";
  if (id == "initials") return "Initials";
  return "Outcome";
}

/// Columns that share a `group` heading stand side by side: a group split by another column is an
/// error at the column that reopens it (its heading would be printed twice).
void check_column_groups(const Section& sec, Diagnostics& d) {
  std::set<std::string> closed;
  for (std::size_t i = 0; i < sec.table_columns.size(); ++i) {
    const TableColumn& c = sec.table_columns[i];
    const std::string& before = i > 0 ? sec.table_columns[i - 1].group : std::string();
    if (!before.empty() && before != c.group) closed.insert(before);
    if (!c.group.empty() && closed.count(c.group))
      hint(d.error(c.pos, "column '" + c.id + "' is in group '" + c.group + "', which another column has already split"),
           "list the columns of one group next to each other, so that its heading is printed once over them");
  }
}

AnswerType answer_type(const std::string& t) {
  if (t == "rating") return AnswerType::rating;
  if (t == "choice") return AnswerType::choice;
  if (t == "number") return AnswerType::number;
  if (t == "date") return AnswerType::date;
  if (t == "evidence") return AnswerType::evidence;
  return AnswerType::text;
}

FieldRole field_role(const std::string& r) {
  static const std::vector<std::pair<std::string, FieldRole>> roles = {
      {"child", FieldRole::child},       {"case-id", FieldRole::case_id}, {"practitioner", FieldRole::practitioner},
      {"auditor", FieldRole::auditor},   {"manager", FieldRole::manager}, {"team", FieldRole::team},
      {"service", FieldRole::service},   {"category", FieldRole::category}, {"audit-date", FieldRole::audit_date}};
  for (const auto& [name, role] : roles)
    if (name == r) return role;
  return FieldRole::none;
}

// `layout: grid`: one table of questions against the answers of their common scale. The scale's
// kind is checked by the resolver, which knows the scales.
void read_grid(const Fields& s, Section& sec) {
  Diagnostics& d = s.file().diags();
  sec.grid = s.one_of("layout", {"list", "grid"}, "list") == "grid";
  sec.reversed = s.one_of("grid_order", {"scale", "reversed"}, "scale") == "reversed";
  sec.totals = s.boolean("totals").value_or(false);
  // Totals count ticks: a grid's answers, or a parallel column's own grades or choices.
  const bool counted_column = sec.parallel() && std::any_of(sec.columns.begin(), sec.columns.end(), [](const Column& c) {
                                return c.type == AnswerType::rating || c.type == AnswerType::choice;
                              });
  if (s.has("grid_order") && !sec.grid)
    hint(d.error(s.pos_of("grid_order"), "'grid_order' applies to a grid"), "add 'layout: grid' to the section");
  if (s.has("totals") && !sec.grid && !counted_column)
    hint(d.error(s.pos_of("totals"), "'totals' applies to a grid, or to parallel columns with a rating or choice column"),
         "add 'layout: grid' to the section, or give a column 'type: rating' and its 'scale'");
  if (!sec.grid) return;
  if (!sec.columns.empty())
    hint(d.error(s.pos_of("layout"), "a grid has no 'columns'"),
         "its columns are the answers of the questions' scale; remove 'columns' or 'layout: grid'");
  for (const Question& q : sec.questions) {
    if (q.type != AnswerType::rating && q.type != AnswerType::choice)
      hint(d.error(q.pos, "question '" + q.id + "' is in a grid, so it must be a rating or a choice"),
           "move it to a section of its own, or make it a rating or choice on the grid's scale");
    else if (q.scale.id != sec.questions.front().scale.id)
      hint(d.error(q.pos, "question '" + q.id + "' is on scale '" + q.scale.id + "', but the grid's first question is on '" +
                              sec.questions.front().scale.id + "'"),
           "every question of a grid is answered on one scale: its answers are the grid's columns");
  }
}

// Reads the keys of a question that `q` gives over `out`: a whole question starts from the
// defaults, a part from its stem, so a part says only what differs.
void read_question_keys(const Fields& q, Question& out) {
  out.id = q.id();
  out.text = q.text("text");
  out.pos = q.pos();
  if (q.has("type")) out.type = answer_type(q.one_of("type", {"rating", "choice", "number", "date", "text", "evidence"}, "text"));
  if (q.has("scale")) out.scale = q.ref("scale");
  if (q.has("required")) out.required = q.boolean("required").value_or(true);
  if (q.has("guidance")) out.guidance = q.text("guidance");
  if (q.has("standards")) out.standards = q.refs("standards");
  if (q.has("rubric_areas")) out.rubric_areas = q.refs("rubric_areas");
  if (q.has("skills")) out.skills = q.refs("skills");
  if (q.has("when")) out.when = read_condition(q.file(), q.node("when"), q.pos_of("when"));
  if (q.has("min")) out.min = q.number("min");
  if (q.has("max")) out.max = q.number("max");
  if (q.has("lines")) out.lines = static_cast<int>(q.integer("lines", 0, 60).value_or(0));
  if (q.has("comment")) out.comment = q.boolean("comment").value_or(false);
  if (q.has("not_applicable")) out.not_applicable = q.boolean("not_applicable").value_or(false);
}

// A question's keys that must agree with its type; `what` names it in messages.
void check_question(const Fields& q, const Question& out, const std::string& what) {
  Diagnostics& d = q.file().diags();
  const bool scaled = out.type == AnswerType::rating || out.type == AnswerType::choice;
  if (scaled && out.scale.id.empty())
    hint(d.error(q.pos(), what + " '" + out.id + "' of type " + std::string(to_string(out.type)) + " needs a 'scale'"),
         "name the scale its answers come from");
  if (!scaled && !out.scale.id.empty())
    hint(d.error(q.has("scale") ? q.pos_of("scale") : q.pos_of("type"), "a " + std::string(to_string(out.type)) + " question has no scale"),
         "use type: rating or type: choice, or remove 'scale'");
  if ((out.min || out.max) && out.type != AnswerType::number)
    d.error(q.has("min") || q.has("max") ? q.pos_of(q.has("min") ? "min" : "max") : q.pos_of("type"),
            "'min' and 'max' apply to number questions only");
  if (out.min && out.max && *out.min > *out.max) d.error(q.pos_of("max"), "'max' is below 'min'");
  if (out.not_applicable && out.type != AnswerType::rating)
    hint(d.error(q.has("not_applicable") ? q.pos_of("not_applicable") : q.pos_of("type"), "'not_applicable' is for rating questions"),
         "a choice question offers N/A as an option of its scale: '{ id: na, label: N/A, not_applicable: true }'");
}

Question read_question(const Fields& q) {
  Question out;
  read_question_keys(q, out);
  check_question(q, out, "question");
  return out;
}

// A question in parts: the stem's words lead into each part, and every part is answered as a
// question of its own, taking the stem's type, scale and links unless it gives its own.
std::vector<Question> read_parts(const Fields& q, const Question& stem) {
  Diagnostics& d = q.file().diags();
  std::vector<Question> parts;
  each_object(q, "parts", "part", [&](const Fields& p) {
    Question part = stem;
    part.guidance = {};
    read_question_keys(p, part);
    part.part = static_cast<int>(parts.size()) + 1;
    part.stem_id = stem.id;
    part.stem = stem.text;
    part.stem_guidance = stem.guidance;
    if (p.has("when")) {
      part.own_condition = true;
      if (stem.when)
        hint(d.error(p.pos_of("when"), "part '" + part.id + "' has a condition of its own, but question '" + stem.id + "' has one for all its parts"),
             "put each part's condition on the part, or one on the question");
    }
    for (const char* key : {"type", "scale", "min", "max", "not_applicable"})
      if (p.has(key)) {
        check_question(p, part, "part");
        break;
      }
    parts.push_back(std::move(part));
  });
  if (parts.size() == 1)
    hint(d.error(q.pos_of("parts"), "question '" + stem.id + "' has only one part"),
         "a question in parts has two or more; write a single part into the question's own text");
  else if (parts.empty() && q.node("parts").IsSequence())
    hint(d.error(q.pos_of("parts"), "question '" + stem.id + "' has an empty 'parts' list"),
         "list its parts, or remove 'parts'");
  return parts;
}

// A feedback source's own questions: answered per source in records, numbered within it.
void read_source_questions(const Fields& src, FeedbackSource& fs) {
  Diagnostics& d = src.file().diags();
  std::set<std::string> ids;
  each_object(src, "questions", "question", [&](const Fields& q) {
    Question question = read_question(q);
    if (q.has("parts"))
      hint(d.error(q.pos_of("parts"), "a feedback question is not asked in parts"),
           "give each part a question of its own in the source");
    if (!ids.insert(question.id).second)
      hint(d.error(q.pos_of("id"), "duplicate question id '" + question.id + "' in feedback source '" + fs.id + "'"),
           "give each of the source's questions its own id");
    for (const char* key : {"standards", "rubric_areas", "skills"})
      if (q.has(key))
        hint(d.error(q.pos_of(key), std::string("a feedback question does not link '") + key + "'"),
             "feedback records what people say of the work; link standards from the audit's own questions");
    if (question.when && !question.when->field.id.empty())
      hint(d.error(question.when->pos, "a feedback question's condition names a question of the same source, not a field"),
           "put a condition on the whole source with its own 'when', or use a 'label'");
    fs.questions.push_back(std::move(question));
  });
  if (src.has("questions") && fs.questions.empty())
    hint(d.error(src.pos_of("questions"), "feedback source '" + fs.id + "' has an empty 'questions' list"),
         "list its questions, or remove 'questions'");
  // A follow-up names an earlier question of the source ("If yes, how?"), answered first.
  for (std::size_t i = 0; i < fs.questions.size(); ++i) {
    const Question& q = fs.questions[i];
    if (!q.when || q.when->question.id.empty()) continue;
    const Ref& target = q.when->question;
    std::size_t at = fs.questions.size();
    for (std::size_t k = 0; k < fs.questions.size(); ++k)
      if (fs.questions[k].id == target.id) at = k;
    if (at == fs.questions.size()) {
      std::vector<std::string> known;
      for (const Question& x : fs.questions) known.push_back(x.id);
      Diagnostic& err = d.error(target.pos, "feedback source '" + fs.id + "' has no question '" + target.id + "'");
      if (auto best = closest(target.id, known)) hint(err, "did you mean '" + *best + "'?");
      else hint(err, "a follow-up names an earlier question of the same source");
    } else if (at >= i) {
      hint(d.error(target.pos, "question '" + q.id + "' depends on '" + target.id + "', which does not come before it"),
           "put the question it depends on first: a follow-up comes after the question it follows");
    } else if (fs.questions[at].type != AnswerType::choice && fs.questions[at].type != AnswerType::rating) {
      hint(d.error(target.pos, "a condition can depend on a choice or rating question, and '" + target.id + "' is " +
                                   std::string(to_string(fs.questions[at].type))),
           "use a 'label' for conditions the auditor judges");
    }
  }
}

}  // namespace

Condition read_condition(const YamlFile& file, const YAML::Node& n, const SourcePos& key_pos) {
  Condition c;
  Fields f(file, n, "condition", {}, key_pos);
  c.pos = f.pos();
  if (!f.ok()) return c;
  c.question = f.ref("question");
  c.field = f.ref("field");
  c.values = f.refs("is");
  c.label = f.str("label");
  Diagnostics& d = file.diags();
  if (f.has("question") && f.has("field")) d.error(f.pos(), "a condition names a 'question' or a 'field', not both");
  if (c.machine_checkable() && c.values.empty())
    hint(d.error(f.pos(), "a condition needs 'is': the value or values that make it apply"), "e.g. is: [cla]");
  if (!c.machine_checkable() && c.label.empty())
    hint(d.error(f.pos(), "a condition needs a 'question', a 'field' or a 'label'"),
         "e.g. label: \"Looked-after children only\"");
  return c;
}

Template read_template(const YamlFile& file, const YAML::Node& n) {
  Template t;
  Fields f(file, n, "template");
  t.pos = f.pos();
  if (!f.ok()) return t;
  Diagnostics& d = file.diags();
  t.id = f.id();
  t.title = f.str("title");
  t.kind = f.one_of("kind", known_template_kinds(), "other");
  t.purpose = f.text("purpose");
  t.completed_by = f.refs("completed_by");
  t.writing_lines = static_cast<int>(f.integer("writing_lines", 1, 40).value_or(4));
  t.landscape = f.boolean("landscape").value_or(false);
  const std::string numbering = f.one_of("numbering", {"sections", "continuous", "none"}, "sections");
  t.numbering = numbering == "continuous" ? Numbering::continuous : numbering == "none" ? Numbering::none : Numbering::sections;
  if (f.has("held_elsewhere")) {
    // A stub for a tool held elsewhere: who keeps it and where; it has no form of its own.
    Fields h(file, f.node("held_elsewhere"), "held-elsewhere", {}, f.pos_of("held_elsewhere"));
    if (h.ok()) t.held_elsewhere = HeldElsewhere{h.ref("owner"), h.str("where"), h.pos()};
    for (const char* key : {"sections", "header", "due", "writing_lines", "landscape", "numbering"})
      if (f.has(key))
        hint(d.error(f.pos_of(key), std::string("'") + key + "' does not apply to a template held elsewhere"),
             std::string("a template with 'held_elsewhere' only names the tool: remove '") + key +
                 "', or 'held_elsewhere' to make it a form");
    return t;
  }
  if (!f.has("sections")) {
    // A misspelling of it ('sectons') is reported already, with the right name: one mistake, one error.
    std::vector<std::string> unknown;
    const std::vector<std::string>& known = schema("template").keys;
    for (const auto& kv : n)
      if (const std::string key = scalar(kv.first); std::find(known.begin(), known.end(), key) == known.end())
        unknown.push_back(key);
    if (!closest("sections", unknown))
      hint(d.error(f.pos(), "missing required key 'sections' in template"),
           "list the form's sections; for a tool kept elsewhere, say where with 'held_elsewhere'");
    return t;
  }
  if (f.has("due")) {
    // Due by a time on a day of a programme's plan; the resolver checks the programme has that day.
    Fields due(file, f.node("due"), "due", {}, f.pos_of("due"));
    if (due.ok()) {
      DueTime dt;
      dt.programme = due.ref("programme");
      dt.day = static_cast<int>(due.integer("day", 1, 366).value_or(0));
      dt.time = due.str("time");
      dt.pos = due.pos_of("day");
      if (!dt.time.empty() && clock_time_words(dt.time).empty())
        hint(d.error(due.pos_of("time"), "'" + dt.time + "' is not a time of day"),
             "write it on the 24-hour clock with a colon, in quotes: time: \"17:00\"");
      if (dt.day > 0) t.due = std::move(dt);
    }
  }

  std::set<std::string> field_ids;
  each_object(f, "header", "field", [&](const Fields& h) {
    HeaderField hf;
    hf.id = h.id();
    hf.label = h.str("label");
    hf.type = answer_type(h.one_of("type", {"text", "date", "number", "choice"}, "text"));
    hf.scale = h.ref("scale");
    hf.role = field_role(h.one_of("role",
                                  {"child", "case-id", "practitioner", "auditor", "manager", "team", "service",
                                   "category", "audit-date"},
                                  "none"));
    hf.personal = h.boolean("personal").value_or(false) || is_personal(hf.role);
    if (h.boolean("personal") == false && is_personal(hf.role))
      hint(d.error(h.pos_of("personal"), "a '" + std::string(to_string(hf.role)) + "' field is always personal"),
           "remove 'personal: false'");
    hf.required = h.boolean("required").value_or(true);
    hf.pos = h.pos();
    if (hf.type == AnswerType::choice && hf.scale.id.empty()) d.error(h.pos(), "choice field '" + hf.id + "' needs a 'scale'");
    if (hf.type != AnswerType::choice && h.has("scale")) d.error(h.pos_of("scale"), "only choice fields have a 'scale'");
    if (hf.role == FieldRole::audit_date && hf.type != AnswerType::date)
      hint(d.error(h.pos_of("role"), "an 'audit-date' field must have type: date"), "add 'type: date'");
    if (!field_ids.insert(hf.id).second) d.error(h.pos_of("id"), "duplicate header field id '" + hf.id + "'");
    t.header.push_back(std::move(hf));
  });
  for (FieldRole unique : {FieldRole::team, FieldRole::service, FieldRole::audit_date}) {
    int count = 0;
    for (const HeaderField& hf : t.header)
      if (hf.role == unique && ++count == 2)
        d.error(hf.pos, "more than one header field has role '" + std::string(to_string(unique)) + "'");
  }

  std::set<std::string> section_ids, question_ids;
  each_object(f, "sections", "section", [&](const Fields& s) {
    Section sec;
    sec.id = s.id();
    sec.title = s.str("title");
    sec.intro = s.text("intro");
    sec.pos = s.pos();
    sec.completed_by = s.refs("completed_by");
    const std::string kind = s.one_of(
        "kind", {"questions", "judgement", "actions", "feedback", "moderation", "signatures", "table"}, "questions");
    sec.kind = kind == "judgement"    ? SectionKind::judgement
               : kind == "actions"    ? SectionKind::actions
               : kind == "table"      ? SectionKind::table
               : kind == "feedback"   ? SectionKind::feedback
               : kind == "moderation" ? SectionKind::moderation
               : kind == "signatures" ? SectionKind::signatures
                                      : SectionKind::questions;
    if (!section_ids.insert(sec.id).second) d.error(s.pos_of("id"), "duplicate section id '" + sec.id + "'");
    // Which keys each kind of section uses.
    const std::vector<std::pair<const char*, std::vector<SectionKind>>> owned = {
        {"columns", {SectionKind::questions, SectionKind::actions, SectionKind::table}},
        {"questions", {SectionKind::questions}},
        {"scale", {SectionKind::judgement, SectionKind::moderation}},
        {"compute", {SectionKind::judgement}},
        {"rows", {SectionKind::actions, SectionKind::table}},
        {"layout", {SectionKind::questions}},
        {"grid_order", {SectionKind::questions}},
        {"totals", {SectionKind::questions}},
        {"sources", {SectionKind::feedback}},
        {"signatories", {SectionKind::signatures}},
        {"returns", {SectionKind::moderation}},
        {"checks", {SectionKind::moderation}}};
    for (const auto& [key, kinds] : owned)
      if (s.has(key) && std::find(kinds.begin(), kinds.end(), sec.kind) == kinds.end())
        hint(d.error(s.pos_of(key), std::string("'") + key + "' does not apply to a section of kind '" + kind + "'"),
             "remove it, or change the section's 'kind'");

    switch (sec.kind) {
      case SectionKind::questions: {
        std::set<std::string> col_ids;
        auto add_question = [&](const Fields& q, const std::string& column) {
          Question question = read_question(q);
          question.column = column;
          if (!question_ids.insert(question.id).second)
            d.error(q.pos_of("id"), "duplicate question id '" + question.id + "' in template '" + t.id + "'");
          if (!q.has("parts")) {
            sec.questions.push_back(std::move(question));
            return;
          }
          for (Question& part : read_parts(q, question)) {
            if (!question_ids.insert(part.id).second)
              d.error(part.pos, "duplicate question id '" + part.id + "' in template '" + t.id + "'");
            sec.questions.push_back(std::move(part));
          }
        };
        // Columns that list questions of their own are printed side by side; the others are
        // parallel: every question of the section is answered in each of them.
        std::vector<std::pair<std::string, SourcePos>> without_questions;
        each_object(s, "columns", "column", [&](const Fields& c) {
          Column col{c.id(), c.str("title"), c.pos()};
          if (col.id == "value" || col.id == "comment")
            hint(d.error(c.pos_of("id"), "'" + col.id + "' cannot be a column id"), "it is a key of an answer");
          if (c.has("group"))
            hint(d.error(c.pos_of("group"), "'group' applies to the columns of an actions or table section"),
                 "a questions section's columns have a title each; put what they share in the section's intro");
          // A parallel column may be answered its own way (a grade beside written comments), be
          // optional, or print each question's guidance instead of taking an answer.
          if (c.has("type"))
            col.type = answer_type(c.one_of("type", {"rating", "choice", "number", "date", "text", "evidence"}, "text"));
          col.scale = c.ref("scale");
          col.required = c.boolean("required").value_or(true);
          col.shows_guidance = c.one_of("shows", {"guidance"}, "") == "guidance";
          if (c.has("scale") && !c.has("type"))
            hint(d.error(c.pos_of("scale"), "column '" + col.id + "' has a 'scale' but no 'type'"),
                 "give the column 'type: rating' or 'type: choice' as well");
          else if (col.type && (*col.type == AnswerType::rating || *col.type == AnswerType::choice) && col.scale.id.empty())
            hint(d.error(c.pos_of("type"), "column '" + col.id + "' of type " + std::string(to_string(*col.type)) + " needs a 'scale'"),
                 "name the scale its answers come from");
          else if (col.type && *col.type != AnswerType::rating && *col.type != AnswerType::choice && c.has("scale"))
            hint(d.error(c.pos_of("scale"), "a " + std::string(to_string(*col.type)) + " column has no scale"),
                 "use type: rating or type: choice, or remove 'scale'");
          if (col.shows_guidance)
            for (const char* key : {"type", "scale", "required"})
              if (c.has(key))
                hint(d.error(c.pos_of(key), "column '" + col.id + "' shows the questions' guidance, so it takes no answer"),
                     std::string("remove '") + key + "', or remove 'shows' to answer the column");
          if (!col_ids.insert(col.id).second) d.error(c.pos_of("id"), "duplicate column id '" + col.id + "'");
          if (col.title.empty()) col.title = col.id;
          if (c.has("questions")) {
            sec.side_by_side = true;
            for (const char* key : {"type", "scale", "required", "shows"})
              if (c.has(key))
                hint(d.error(c.pos_of(key), std::string("'") + key + "' applies to parallel columns, not to a column with questions of its own"),
                     "give each of the column's questions its own type, scale and 'required'");
            const std::size_t before = sec.questions.size();
            // A column's cells from the top: questions, and `{ blank: true }` for a cell left empty
            // so that the questions below it line up with the right rows of the other columns.
            c.list("questions", [&](const YAML::Node& item) {
              if (item.IsMap() && item["blank"]) {
                Fields b(c.file(), item, "blank-cell", {}, c.pos_of("questions"));
                if (!b.ok()) return;
                if (b.boolean("blank") != true)
                  hint(d.error(b.pos_of("blank"), "'blank' can only be true"),
                       "write '{ blank: true }' for a cell left empty, or remove the entry");
                col.cells.emplace_back();
                return;
              }
              Fields q(c.file(), item, "question", {}, c.pos_of("questions"));
              if (!q.ok()) return;
              add_question(q, col.id);
              col.cells.push_back(q.id());
            });
            if (sec.questions.size() == before)
              hint(d.error(c.pos_of("questions"), "column '" + col.id + "' has no questions"),
                   "list its questions, or remove 'questions' from every column to answer the section's questions in each");
          } else {
            without_questions.emplace_back(col.id, c.pos());
          }
          sec.columns.push_back(std::move(col));
        });
        if (s.has("columns") && sec.columns.size() < 2)
          hint(d.error(s.pos_of("columns"), sec.side_by_side ? "side-by-side columns need at least two columns"
                                                             : "parallel columns need at least two columns"),
               "or remove 'columns'");
        if (!sec.side_by_side && !sec.columns.empty() &&
            std::all_of(sec.columns.begin(), sec.columns.end(), [](const Column& col) { return col.shows_guidance; }))
          hint(d.error(s.pos_of("columns"), "every column of section '" + sec.id + "' shows guidance, so nothing is answered"),
               "add a column for the answers");
        if (sec.side_by_side) {
          for (const auto& [id, pos] : without_questions)
            hint(d.error(pos, "column '" + id + "' has no 'questions', but other columns of section '" + sec.id + "' do"),
                 "side-by-side columns each list their own questions; give this column its questions too");
          if (s.has("questions"))
            hint(d.error(s.pos_of("questions"), "section '" + sec.id + "' has both 'questions' and columns with questions of their own"),
                 "move each question into the column it belongs to");
        } else {
          each_object(s, "questions", "question", [&](const Fields& q) { add_question(q, ""); });
        }
        if (sec.questions.empty() && !sec.side_by_side) d.error(s.pos(), "section '" + sec.id + "' has no questions");
        read_grid(s, sec);
        break;
      }
      case SectionKind::judgement:
      case SectionKind::moderation: {
        sec.scale = s.ref("scale");
        if (sec.scale.id.empty())
          hint(d.error(s.pos(), "a " + kind + " section needs 'scale'"), "name the grades scale of the overall judgement");
        const std::string compute = s.one_of("compute", {"given", "worst", "best", "average"}, "given");
        sec.compute = compute == "worst" ? Compute::worst
                      : compute == "best"  ? Compute::best
                      : compute == "average" ? Compute::average
                                             : Compute::given;
        if (sec.kind == SectionKind::moderation) {
          sec.returns = s.boolean("returns").value_or(false);
          std::set<std::string> ids;
          each_object(s, "checks", "check", [&](const Fields& k) {
            ModerationCheck check{k.id(), k.text("text"), k.pos()};
            if (!ids.insert(check.id).second)
              hint(d.error(k.pos_of("id"), "duplicate check '" + check.id + "'"), "give each check its own id");
            sec.checks.push_back(std::move(check));
          });
        }
        break;
      }
      case SectionKind::actions: {
        sec.blank_rows = static_cast<int>(s.integer("rows", 0, 40).value_or(5));
        std::set<std::string> col_ids;
        each_object(s, "columns", "column", [&](const Fields& c) {
          TableColumn col;
          col.id = c.one_of("id", kActionColumns, "action");
          col.title = c.has("title") ? c.str("title") : default_action_title(col.id);
          col.type = col.id == "due" || col.id == "reviewed" || col.id == "completed" ? AnswerType::date : AnswerType::text;
          col.required = c.boolean("required").value_or(col.id == "action" || col.id == "owner" || col.id == "due");
          col.pos = c.pos();
          col.group = c.str("group");
          if (!col_ids.insert(col.id).second)
            hint(d.error(c.pos_of("id"), "duplicate column '" + col.id + "'"), "each column of the table appears once");
          for (const char* key : {"type", "scale", "questions"})
            if (c.has(key))
              hint(d.error(c.pos_of(key), std::string("'") + key + "' does not apply to an actions column"),
                   "the actions table's columns are fixed: due, reviewed and completed are dates, the others text");
          sec.table_columns.push_back(std::move(col));
        });
        if (sec.table_columns.empty())
          for (const char* id : {"action", "owner", "due"})
            sec.table_columns.push_back({id, default_action_title(id), std::string(id) == "due" ? AnswerType::date : AnswerType::text,
                                         true, s.pos()});
        check_column_groups(sec, d);
        break;
      }
      case SectionKind::feedback: {
        std::set<std::string> ids;
        each_object(s, "sources", "source", [&](const Fields& src) {
          FeedbackSource fs;
          fs.id = src.id();
          fs.title = src.str("title");
          fs.prompt = src.text("prompt");
          if (src.has("when")) fs.when = read_condition(file, src.node("when"), src.pos_of("when"));
          fs.not_given_reasons = src.strings("not_given_reasons");
          fs.pos = src.pos();
          read_source_questions(src, fs);
          if (!ids.insert(fs.id).second) d.error(src.pos_of("id"), "duplicate feedback source '" + fs.id + "'");
          sec.sources.push_back(std::move(fs));
        });
        if (sec.sources.empty()) d.error(s.pos(), "feedback section '" + sec.id + "' has no 'sources'");
        break;
      }
      case SectionKind::table: {
        // An open table: typed columns, and rows the auditor adds (blank ones on a blank form).
        sec.blank_rows = static_cast<int>(s.integer("rows", 1, 40).value_or(5));
        std::set<std::string> col_ids;
        each_object(s, "columns", "column", [&](const Fields& c) {
          TableColumn col;
          col.id = c.id();
          col.title = c.has("title") ? c.str("title") : col.id;
          col.type = answer_type(c.one_of("type", {"text", "date", "number", "choice"}, "text"));
          col.scale = c.ref("scale");
          col.required = c.boolean("required").value_or(false);
          col.pos = c.pos();
          col.group = c.str("group");
          if (!col_ids.insert(col.id).second)
            hint(d.error(c.pos_of("id"), "duplicate column '" + col.id + "'"), "each column of the table appears once");
          if (col.type == AnswerType::choice && col.scale.id.empty())
            hint(d.error(c.pos(), "column '" + col.id + "' of type choice needs a 'scale'"), "name the scale its answers come from");
          if (col.type != AnswerType::choice && c.has("scale"))
            hint(d.error(c.pos_of("scale"), "only choice columns have a 'scale'"), "add 'type: choice', or remove 'scale'");
          if (c.has("questions"))
            hint(d.error(c.pos_of("questions"), "a table's columns hold no questions"),
                 "each row the auditor adds has a cell per column; use a questions section for questions");
          sec.table_columns.push_back(std::move(col));
        });
        if (sec.table_columns.empty())
          hint(d.error(s.pos(), "table section '" + sec.id + "' has no 'columns'"),
               "list its columns, e.g. '- { id: point, title: Learning point }'");
        check_column_groups(sec, d);
        break;
      }
      case SectionKind::signatures: {
        std::set<std::string> ids;
        each_object(s, "signatories", "signatory", [&](const Fields& g) {
          Signatory sg{g.id(), g.str("title"), g.pos()};
          if (!ids.insert(sg.id).second) d.error(g.pos_of("id"), "duplicate signatory '" + sg.id + "'");
          sec.signatories.push_back(std::move(sg));
        });
        if (sec.signatories.empty()) d.error(s.pos(), "signatures section '" + sec.id + "' has no 'signatories'");
        break;
      }
    }
    t.sections.push_back(std::move(sec));
  });
  for (SectionKind once : {SectionKind::judgement, SectionKind::actions, SectionKind::feedback, SectionKind::moderation,
                           SectionKind::signatures}) {
    int count = 0;
    for (const Section& sec : t.sections)
      if (sec.kind == once && ++count == 2)
        d.error(sec.pos, "a template has at most one '" + std::string(to_string(once)) + "' section");
  }
  return t;
}

}  // namespace qaf::detail
