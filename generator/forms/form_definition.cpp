// The fill-in form's definition: a template, its scales and its record rules read off the model as JSON.
#include "forms/form_definition.hpp"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

namespace qaf::forms {
namespace {

using J = nlohmann::ordered_json;

struct Ctx {
  const Framework& fw;
  const Template& t;
  const HtmlOf& html;
  std::set<std::string> scales;  ///< the scales the form uses, written once at the end
};

std::string use_scale(Ctx& c, const Ref& r) {
  if (!r.id.empty() && c.fw.find_scale(r.id)) c.scales.insert(r.id);
  return r.id;
}

J scale_json(const Scale& s) {
  J j{{"kind", to_string(s.kind)}, {"title", s.title}};
  J options = J::array();
  switch (s.kind) {
    case ScaleKind::grades:
      // Shown by grade_name ("1 Outstanding" with show_codes); a record may give the label or the code.
      for (const Grade& g : s.grades)
        options.push_back(J{{"id", g.id}, {"label", grade_name(s, g)}, {"words", g.label}, {"code", g.code}});
      break;
    case ScaleKind::levels:
      for (const Level& l : s.levels)
        options.push_back(J{{"id", std::to_string(l.value)}, {"label", level_name(l.value, &l)}, {"words", l.label}});
      break;
    case ScaleKind::bands: {
      j["min"] = s.min;
      j["max"] = s.max;
      j["step"] = s.step;
      J bands = J::array();
      for (const Band* b : bands_in_order(s)) bands.push_back(J{{"from", b->from}, {"to", b->to}, {"grade", b->grade.id}});
      j["bands"] = bands;
      j["maps_to"] = s.maps_to.id;
      break;
    }
    case ScaleKind::choices:
    case ScaleKind::rag:
      for (const Choice& o : s.options) options.push_back(J{{"id", o.id}, {"label", o.label}});
      j["multiple"] = s.multiple;
      break;
  }
  j["options"] = options;
  return j;
}

J condition_json(const Condition& cond, const std::string& words) {
  J j{{"text", words}};
  if (!cond.question.id.empty()) j["question"] = cond.question.id;
  if (!cond.field.id.empty()) j["field"] = cond.field.id;
  J values = J::array();
  for (const Ref& v : cond.values) values.push_back(v.id);
  j["values"] = values;
  return j;
}

// How a question (or a column's cell of it) is answered: type, scale and limits.
void answer_json(Ctx& c, const Question& q, J& j) {
  j["type"] = to_string(q.type);
  if (q.type == AnswerType::rating || q.type == AnswerType::choice) j["scale"] = use_scale(c, q.scale);
  if (q.min) j["min"] = *q.min;
  if (q.max) j["max"] = *q.max;
  if (q.not_applicable && q.type == AnswerType::rating) j["na"] = true;
}

J question_json(Ctx& c, const Question& q, const std::string& number, const std::string& condition_words,
                const Section* section) {
  J j{{"id", q.id}, {"number", number}, {"text", c.html(q.text, false)}, {"required", q.required}};
  answer_json(c, q, j);
  if (q.comment) j["comment"] = true;
  if (!q.guidance.empty()) j["guidance"] = c.html(q.guidance, true);
  if (q.when) j["when"] = condition_json(*q.when, condition_words);
  if (q.part > 0) {
    j["part"] = q.part;
    j["part_label"] = q.part_label();
    j["stem_id"] = q.stem_id;
    if (q.part == 1) {
      j["stem"] = c.html(q.stem, false);
      if (!q.stem_guidance.empty()) j["stem_guidance"] = c.html(q.stem_guidance, true);
    }
  }
  if (section && section->parallel()) {
    // Each column answers the question, in the column's own way when it has one.
    J cells = J::array();
    for (const Column& col : section->columns) {
      if (col.shows_guidance) continue;
      J cell{{"column", col.id}, {"title", col.title}, {"required", col.required}};
      answer_json(c, section->asked_as(q, col.id), cell);
      cells.push_back(std::move(cell));
    }
    j["cells"] = cells;
  }
  if (section && section->side_by_side && !q.column.empty())
    if (const Column* col = section->find_column(q.column)) j["column"] = col->title;
  return j;
}

J table_columns_json(Ctx& c, const std::vector<TableColumn>& columns) {
  J cols = J::array();
  for (const TableColumn& col : columns) {
    J j{{"id", col.id}, {"title", col.title}, {"required", col.required}};
    answer_json(c, col.as_question(), j);
    if (!col.group.empty()) j["group"] = col.group;
    cols.push_back(std::move(j));
  }
  return cols;
}

J section_json(Ctx& c, const Section& s) {
  J j{{"id", s.id}, {"kind", to_string(s.kind)}, {"title", s.title}};
  if (s.kind == SectionKind::questions) j["number"] = c.t.section_number(s);
  if (!s.intro.empty()) j["intro"] = c.html(s.intro, true);
  switch (s.kind) {
    case SectionKind::questions: {
      J qs = J::array();
      for (const Question& q : s.questions)
        qs.push_back(question_json(c, q, c.t.question_number(q.id), q.when ? c.fw.condition_text(c.t, *q.when) : "", &s));
      j["questions"] = qs;
      J guidance = J::array();  // columns that show each question's guidance rather than answer it
      for (const Column& col : s.columns)
        if (col.shows_guidance) guidance.push_back(col.title);
      if (!guidance.empty()) j["guidance_columns"] = guidance;
      break;
    }
    case SectionKind::judgement:
      j["scale"] = use_scale(c, s.scale);
      j["compute"] = to_string(s.compute);
      break;
    case SectionKind::moderation: {
      j["scale"] = use_scale(c, s.scale);
      j["returns"] = s.returns;
      J checks = J::array();
      for (const ModerationCheck& k : s.checks) checks.push_back(J{{"id", k.id}, {"text", c.html(k.text, false)}});
      j["checks"] = checks;
      break;
    }
    case SectionKind::actions:
    case SectionKind::table:
      j["columns"] = table_columns_json(c, s.table_columns);
      break;
    case SectionKind::feedback: {
      J sources = J::array();
      for (const FeedbackSource& src : s.sources) {
        J sj{{"id", src.id}, {"title", src.title}, {"reasons", src.not_given_reasons}};
        if (!src.prompt.empty()) sj["prompt"] = c.html(src.prompt, true);
        if (src.when) sj["when"] = condition_json(*src.when, c.fw.condition_text(c.t, *src.when));
        J qs = J::array();
        for (const Question& q : src.questions)
          qs.push_back(question_json(c, q, src.question_number(q.id),
                                     q.when ? c.fw.condition_text(c.t, src, *q.when) : "", nullptr));
        sj["questions"] = qs;
        sources.push_back(std::move(sj));
      }
      j["sources"] = sources;
      break;
    }
    case SectionKind::signatures: {
      J sg = J::array();
      for (const Signatory& g : s.signatories) sg.push_back(J{{"id", g.id}, {"title", g.title}});
      j["signatories"] = sg;
      break;
    }
  }
  return j;
}

// The framework's rules that a record of this template must keep (load/audit_rules.cpp).
J rules_json(Ctx& c) {
  J actions = J::array();
  const Section* judgement = c.t.find_section(SectionKind::judgement);
  for (const ActionsRule& r : c.fw.rules.actions) {
    if (!judgement || !applies_to(r.templates, c.t.id) || judgement->scale.id != r.scale.id) continue;
    const Scale* s = c.fw.find_scale(r.scale.id);
    const Grade* g = s ? s->find_grade(r.below.id) : nullptr;
    if (!g) continue;
    actions.push_back(J{{"id", r.id}, {"scale", use_scale(c, r.scale)}, {"below", r.below.id},
                        {"below_label", g->label}, {"minimum", r.minimum}});
  }
  J deadlines = J::array();
  for (const DeadlineRule& r : c.fw.rules.deadlines)
    if (applies_to(r.templates, c.t.id)) deadlines.push_back(J{{"id", r.id}, {"max_days", r.max_days}});
  return J{{"actions", actions}, {"deadlines", deadlines}};
}

}  // namespace

bool has_form(const Template& t) { return !t.stub() && !t.incomplete; }

std::string form_definition(const Framework& fw, const Template& t, const HtmlOf& html) {
  Ctx c{fw, t, html, {}};
  J header = J::array();
  for (const HeaderField& h : t.header) {
    J j{{"id", h.id}, {"label", h.label}, {"type", to_string(h.type)}, {"required", h.required},
        {"personal", h.personal}, {"role", to_string(h.role)}};
    if (h.type == AnswerType::choice) j["scale"] = use_scale(c, h.scale);
    header.push_back(std::move(j));
  }
  J sections = J::array();
  for (const Section& s : t.sections) sections.push_back(section_json(c, s));
  J rules = rules_json(c);
  J scales = J::object();
  for (const std::string& id : c.scales) scales[id] = scale_json(*fw.find_scale(id));
  J out{{"framework", fw.id},     {"framework_title", fw.meta.title}, {"version", fw.meta.version},
        {"template", t.id},       {"title", t.title},                 {"header", header},
        {"sections", sections},   {"scales", scales},                 {"rules", rules}};
  std::string text = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // Inside <script>, "</" or "<!--" would end or change the element: '<' occurs only within
  // strings, where JSON reads "\u003c" as the same character.
  std::string safe;
  safe.reserve(text.size());
  for (char ch : text) safe += ch == '<' ? std::string("\\u003c") : std::string(1, ch);
  return safe;
}

}  // namespace qaf::forms
