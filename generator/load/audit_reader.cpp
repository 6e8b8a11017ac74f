// Reads one completed audit record and validates it against its template: header, answers, judgement, blocks.
#include <algorithm>
#include <map>

#include "load/markdown_check.hpp"
#include "load/readers.hpp"
#include "load/scale_values.hpp"
#include "support/number_format.hpp"
#include "support/suggest.hpp"

namespace qaf::detail {
namespace {

struct Ctx {
  const YamlFile& file;
  Diagnostics& d;
  const Framework& fw;  ///< the version the record is read against
  const Template& t;
  const Project& project;
};

// The scale named `id`, or null when it is missing or broken (both reported with the framework).
const Scale* usable_scale(const Framework& fw, const std::string& id) {
  const Scale* s = fw.find_scale(id);
  return s && !s->broken ? s : nullptr;
}

const Scale* maps_to(const Framework& fw, const Scale& s) {
  return s.kind == ScaleKind::bands ? fw.find_scale(s.maps_to.id) : nullptr;
}

void report_off_scale(Ctx& c, const SourcePos& pos, const std::string& raw, const Scale& s, const std::string& what) {
  Diagnostic& e = c.d.error(pos, "'" + raw + "' is not on scale '" + s.id + "' (" + what + ")");
  const std::vector<std::string> allowed = s.allowed_values();
  // Spelling suggestions help with words, not numbers: for numeric scales list what is allowed.
  const bool numeric = s.kind == ScaleKind::levels || s.kind == ScaleKind::bands;
  if (auto best = numeric ? std::nullopt : closest(raw, allowed)) hint(e, "did you mean '" + *best + "'?");
  else if (!allowed.empty()) hint(e, "use " + join_or(allowed));
}

// Reads one value of a question (or one column of it) into `out`. `name` is how messages name
// what is answered, when it is not a question ("column 'finding' of table 'learning'").
void read_value(Ctx& c, const Question& q, const YAML::Node& n, const SourcePos& at, AnswerValue& out,
                const std::string& name = "") {
  out.pos = c.file.pos(n, at);
  const std::string what = name.empty() ? "question '" + q.id + "'" : name;
  if (n.IsSequence()) {
    const Scale* s = q.type == AnswerType::choice ? usable_scale(c.fw, q.scale.id) : nullptr;
    if (!s || !s->multiple) {
      hint(c.d.error(out.pos, what + " takes one answer, not a list"),
           "only choice questions on a 'multiple: true' scale take several");
      return;
    }
    for (const YAML::Node& item : n) {
      const std::string raw = scalar(item);
      auto v = scale_value(*s, nullptr, raw);
      if (!v) report_off_scale(c, c.file.pos(item, out.pos), raw, *s, what);
      out.values.push_back(v ? v->id : raw);
    }
    return;
  }
  if (!n.IsScalar()) {
    c.d.error(out.pos, "the answer to " + what + " must be a value, not " + describe(n));
    return;
  }
  const std::string raw = n.Scalar();
  switch (q.type) {
    case AnswerType::rating:
    case AnswerType::choice: {
      const Scale* s = usable_scale(c.fw, q.scale.id);
      if (!s) {  // the template's own error is reported by the resolver; keep the answer as written
        out.values.push_back(raw);
        return;
      }
      if (q.type == AnswerType::rating && same_words(raw, kNotApplicable)) {
        if (!q.not_applicable)
          hint(c.d.error(out.pos, "question '" + q.id + "' cannot be answered N/A"),
               "answer it on its scale (" + join_or(s->allowed_values()) +
                   "), or add 'not_applicable: true' to the question if it may not apply");
        out.values.push_back(kNotApplicable);  // answered: reported once, not again as missing
        return;
      }
      if (auto v = scale_value(*s, maps_to(c.fw, *s), raw)) {
        out.values.push_back(v->id);
        out.number = v->number;
      } else {
        report_off_scale(c, out.pos, raw, *s, what);
        out.values.push_back(raw);  // answered, wrongly: reported once, not again as missing
      }
      break;
    }
    case AnswerType::number: {
      auto v = parse_number(raw);
      if (!v) {
        c.d.error(out.pos, "the answer to " + what + " must be a number, not '" + raw + "'");
        out.values.push_back(raw);
        break;
      }
      if ((q.min && *v < *q.min) || (q.max && *v > *q.max)) {
        Diagnostic& e = c.d.error(out.pos, "the answer to " + what + " (" + raw + ") is out of range");
        hint(e, std::string("the question allows ") + (q.min ? "at least " + format_number(*q.min) : "") +
                    (q.min && q.max ? " and " : "") + (q.max ? "at most " + format_number(*q.max) : ""));
        out.values.push_back(raw);
        break;
      }
      out.number = v;
      out.values.push_back(raw);
      break;
    }
    case AnswerType::date: {
      auto dt = parse_date(raw);
      if (!dt) report_not_a_date(c.d, out.pos, what, raw, false);
      out.values.push_back(dt ? dt->iso() : raw);
      break;
    }
    case AnswerType::text:
    case AnswerType::evidence:
      out.text = Text{raw, out.pos};
      check_markdown_limits(raw, out.pos, false, c.d);
      break;
  }
}

bool answered(const AnswerValue& v) { return !v.values.empty() || !v.text.empty() || v.number.has_value(); }

// Does a condition hold for this record? nullopt when it cannot be decided (label only).
std::optional<bool> holds(const Condition& cond, const AuditRecord& a) {
  if (!cond.field.id.empty()) {
    const HeaderValue* h = a.find_header(cond.field.id);
    if (!h) return false;
    return std::any_of(cond.values.begin(), cond.values.end(), [&](const Ref& v) { return v.id == h->value; });
  }
  if (!cond.question.id.empty()) {
    const Answer* ans = a.find_answer(cond.question.id);
    if (!ans) return false;
    for (const AnswerValue& v : ans->values)
      for (const std::string& s : v.values)
        if (std::any_of(cond.values.begin(), cond.values.end(), [&](const Ref& v) { return v.id == s; })) return true;
    return false;
  }
  return std::nullopt;
}

std::string describe_condition(const Condition& cond) {
  if (!cond.label.empty()) return cond.label;
  const std::string who = cond.field.id.empty() ? "question '" + cond.question.id + "'" : "field '" + cond.field.id + "'";
  return "when " + who + " is " + join_or(ids_of(cond.values));
}

void read_header(Ctx& c, const Fields& f, AuditRecord& a) {
  std::vector<std::string> known;
  for (const HeaderField& h : c.t.header) known.push_back(h.id);
  f.map("header", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    const HeaderField* field = c.t.find_field(key);
    if (!field) {
      hint_flow_comma(report_unknown_ref(c.d, Ref{key, kpos}, "header field", known), f.node("header"), key, v);
      return;
    }
    const SourcePos vpos = c.file.pos(v, kpos);
    if (!v.IsScalar()) {
      c.d.error(vpos, "header field '" + key + "' must be a value, not " + describe(v));
      return;
    }
    std::string value = v.Scalar();
    // A wrong value is reported here and still counts as given, so it is not reported again as missing.
    if (field->type == AnswerType::date) {
      if (auto dt = parse_date(value)) value = dt->iso();
      else report_not_a_date(c.d, vpos, "header field '" + key + "'", value, false);
    } else if (field->type == AnswerType::number && !parse_number(value)) {
      c.d.error(vpos, "header field '" + key + "' must be a number, not '" + value + "'");
    } else if (field->type == AnswerType::choice) {
      if (const Scale* s = usable_scale(c.fw, field->scale.id)) {
        if (auto sv = scale_value(*s, nullptr, value)) value = sv->id;
        else report_off_scale(c, vpos, value, *s, "header field '" + key + "'");
      }
    }
    a.header.push_back({key, value, vpos});
  });
  if (f.has("header") && !f.node("header").IsMap()) return;  // reported by map(); the fields cannot be told apart
  for (const HeaderField& h : c.t.header)
    if (h.required && !a.find_header(h.id))
      hint(c.d.error(f.has("header") ? f.pos_of("header") : f.pos(), "missing header field '" + h.id + "' (" + h.label + ")"),
           "add '" + h.id + ": ...' under 'header'");
  for (const HeaderValue& h : a.header) {
    const HeaderField* field = c.t.find_field(h.field);
    if (field->role == FieldRole::audit_date) a.date = parse_date(h.value);
    if (field->role == FieldRole::team) a.team = h.value;
    if (field->role == FieldRole::service) a.service = h.value;
  }
}

// A question another version of the form asks: the record may have been completed on that one.
void asked_in_other_version(const Ctx& c, const std::string& question, Diagnostic& e) {
  const Framework* current = c.project.find_framework(c.fw.id);
  std::vector<const Framework*> others;
  for (const KeptVersion& k : c.project.kept_versions(c.fw.id)) others.push_back(&k.framework);
  if (current) others.push_back(current);
  for (auto it = others.rbegin(); it != others.rend(); ++it) {
    const Framework* v = *it;
    if (v->meta.version == c.fw.meta.version) continue;
    const Template* t = v->find_template(c.t.id);
    if (!t || !t->find_question(question)) continue;
    e.hints.push_back("version " + v->meta.version + " of the form asks it; this record is read as version " +
                      c.fw.meta.version + ": if it was completed on " + v->meta.version + ", say so with 'version: \"" +
                      v->meta.version + "\"'");
    return;
  }
}

void read_answers(Ctx& c, const Fields& f, AuditRecord& a) {
  std::vector<std::string> known;
  for (const Section& s : c.t.sections)
    for (const Question& q : s.questions) known.push_back(q.id);
  f.map("answers", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    const Section* sec = nullptr;
    const Question* q = nullptr;
    for (const Section& s : c.t.sections)
      for (const Question& qq : s.questions)
        if (qq.id == key) sec = &s, q = &qq;
    if (!q) {
      std::vector<std::string> parts;  // the key names a question in parts: its parts are answered
      for (const Section& s : c.t.sections)
        for (const Question& qq : s.questions)
          if (qq.stem_id == key) parts.push_back("'" + qq.id + "'");
      if (!parts.empty())
        hint(c.d.error(kpos, "question '" + key + "' is asked in parts, and each part is answered on its own"),
             "answer " + join_and(parts) + " instead");
      else
        asked_in_other_version(c, key, report_unknown_ref(c.d, Ref{key, kpos}, "question", known));
      return;
    }
    Answer ans;
    ans.question = key;
    ans.pos = kpos;
    const bool long_form = v.IsMap();
    if (sec->parallel()) {
      std::vector<std::string> cols;  // the columns a record answers (not one that shows guidance)
      for (const Column& col : sec->columns)
        if (!col.shows_guidance) cols.push_back(col.id);
      if (!long_form) {
        hint(c.d.error(c.file.pos(v, kpos), "question '" + key + "' is answered in columns " + join_or(cols)),
             "write a map, e.g. '" + cols.front() + ": ...' and '" + cols.back() + ": ...'");
        return;
      }
      Fields m(c.file, v, "answer", cols, kpos);
      if (!m.ok()) return;
      if (m.has("value")) hint(c.d.error(m.pos_of("value"), "question '" + key + "' has columns, not one 'value'"),
                               "give a value for each of " + join_or(cols));
      ans.comment = m.text("comment");
      for (const Column& col : sec->columns) {
        if (col.shows_guidance) continue;
        AnswerValue av;
        av.column = col.id;
        if (m.has(col.id)) read_value(c, col.type ? col.asks(*q) : *q, m.node(col.id), m.pos_of(col.id), av);
        else av.pos = m.pos();
        ans.values.push_back(std::move(av));
      }
    } else if (long_form) {
      Fields m(c.file, v, "answer", {}, kpos);
      if (!m.ok()) return;
      ans.comment = m.text("comment");
      AnswerValue av;
      if (m.has("value")) read_value(c, *q, m.node("value"), m.pos_of("value"), av);
      else av.pos = m.pos();
      ans.values.push_back(std::move(av));
    } else {
      AnswerValue av;
      if (!v.IsNull()) read_value(c, *q, v, kpos, av);
      else av.pos = kpos;
      ans.values.push_back(std::move(av));
    }
    a.answers.push_back(std::move(ans));
  });
  if (f.has("answers") && !f.node("answers").IsMap()) return;  // reported by map()
  // Required questions, and questions that do not apply.
  for (const Section& s : c.t.sections)
    for (const Question& q : s.questions) {
      const Answer* ans = a.find_answer(q.id);
      const std::optional<bool> applies = q.when ? holds(*q.when, a) : std::optional<bool>(true);
      if (ans && applies == false) {
        bool any = std::any_of(ans->values.begin(), ans->values.end(), answered);
        if (any)
          hint(c.d.warning(ans->pos, "question '" + q.id + "' does not apply to this case (" +
                                         describe_condition(*q.when) + "), so its answer is not counted"),
               "remove the answer, or check the value it depends on");
        // Left out of the record, as if not given: no form, pack or dashboard counts an answer to
        // a question the case did not ask (nor one that depends on it).
        std::erase_if(a.answers, [&](const Answer& x) { return x.question == q.id; });
        continue;
      }
      if (!q.required || applies != true) continue;
      if (!ans) {
        hint(c.d.error(f.has("answers") ? f.pos_of("answers") : f.pos(), "question '" + q.id + "' is not answered"),
             "add '" + q.id + ": ...' under 'answers', or mark the question 'required: false' in the template");
        continue;
      }
      for (const AnswerValue& v : ans->values) {
        const Column* col = v.column.empty() ? nullptr : s.find_column(v.column);
        if (!answered(v) && (!col || col->required))
          c.d.error(v.pos, "question '" + q.id + "' has no answer" + (v.column.empty() ? "" : " in column '" + v.column + "'"));
      }
    }
}

std::vector<AuditAction> read_actions(Ctx& c, const Fields& f, std::string_view key, const Section* sec) {
  std::vector<AuditAction> out;
  each_object(f, key, "action", [&](const Fields& x) {
    AuditAction act;
    act.action = x.text("action");
    act.owner = x.str("owner");
    act.due = x.date("due");
    act.reviewed = x.date("reviewed");
    act.completed = x.date("completed");
    act.outcome = x.text("outcome");
    act.initials = x.str("initials");
    act.pos = x.pos();
    act.due_pos = x.pos_of("due");
    if (sec) {
      for (const TableColumn& col : sec->table_columns)
        if (col.required && !x.has(col.id))
          c.d.error(x.pos(), "action is missing '" + col.id + "' (" + col.title + ")");
      for (const char* k : {"action", "owner", "due", "reviewed", "completed", "outcome", "initials"})
        if (x.has(k) && std::none_of(sec->table_columns.begin(), sec->table_columns.end(),
                                     [&](const TableColumn& col) { return col.id == k; }))
          hint(c.d.error(x.pos_of(k), "the template's actions table has no '" + std::string(k) + "' column"),
               "add it to the actions section's 'columns', or remove it here");
    }
    out.push_back(std::move(act));
  });
  return out;
}

std::optional<std::string> grade_on(Ctx& c, const Scale* s, const Fields& f, std::string_view key) {
  if (!f.has(key) || !s) return std::nullopt;
  const std::string raw = f.str(key);
  if (raw.empty()) return std::nullopt;
  if (auto v = scale_value(*s, nullptr, raw)) return v->id;
  report_off_scale(c, f.pos_of(key), raw, *s, std::string(key));
  return std::nullopt;
}

void read_judgement(Ctx& c, const Fields& f, AuditRecord& a) {
  const Section* sec = c.t.find_section(SectionKind::judgement);
  a.judgement_reason = f.text("judgement_reason");
  a.judgement_pos = f.has("judgement") ? f.pos_of("judgement") : f.has("answers") ? f.pos_of("answers") : f.pos();
  if (!sec) {
    if (f.has("judgement"))
      hint(c.d.error(f.pos_of("judgement"), "template '" + c.t.id + "' has no overall judgement"),
           "remove 'judgement', or add a judgement section to the template");
    return;
  }
  const Scale* s = usable_scale(c.fw, sec->scale.id);
  if (!s) return;
  std::optional<std::string> given = grade_on(c, s, f, "judgement");
  if (sec->compute == Compute::given) {
    if (given) a.judgement = *given;
    else if (!f.has("judgement"))
      hint(c.d.error(f.pos(), "missing 'judgement'"), "give the overall grade: " + join_or(s->allowed_values()));
    return;
  }
  // Computed from the rating questions whose answers count as grades on the judgement scale.
  std::vector<int> ranks;
  for (const Answer& ans : a.answers) {
    const Question* q = c.t.find_question(ans.question);
    const Section* qsec = c.t.section_of(ans.question);
    for (const AnswerValue& v : ans.values) {
      // A parallel column may be answered its own way: the grade column beside the comments.
      const Column* col = qsec && qsec->parallel() ? qsec->find_column(v.column) : nullptr;
      const AnswerType type = col && col->type ? *col->type : q->type;
      if (type != AnswerType::rating) continue;
      const Scale* qs = usable_scale(c.fw, col && col->type ? col->scale.id : q->scale.id);
      if (!qs) continue;
      const bool same = qs->id == s->id || (qs->kind == ScaleKind::bands && qs->maps_to.id == s->id);
      if (!same) continue;
      for (const std::string& g : v.values)
        if (auto r = s->grade_rank(g)) ranks.push_back(*r);
    }
  }
  if (ranks.empty()) {
    if (given) a.judgement = *given;
    else hint(c.d.error(f.pos(), "the overall judgement cannot be computed: no rating on scale '" + s->id + "' is answered"),
              "answer the rating questions, or give 'judgement'");
    return;
  }
  int rank = 0;
  if (sec->compute == Compute::worst) rank = *std::max_element(ranks.begin(), ranks.end());
  else if (sec->compute == Compute::best) rank = *std::min_element(ranks.begin(), ranks.end());
  else {
    double sum = 0;
    for (int r : ranks) sum += r;
    rank = static_cast<int>(sum / static_cast<double>(ranks.size()) + 0.5);
  }
  a.judgement = s->grades[static_cast<std::size_t>(rank)].id;
  a.judgement_computed = true;
  if (given && *given != a.judgement)
    hint(c.d.warning(f.pos_of("judgement"), "judgement '" + *given + "' differs from the computed '" + a.judgement + "' (" +
                                                std::string(to_string(sec->compute)) + " of the ratings)"),
         "the computed judgement is used; check the ratings or remove 'judgement'");
}

// Does a follow-up's condition hold among the answers given to its feedback source? nullopt
// when it cannot be decided (label only).
std::optional<bool> holds_in(const Condition& cond, const FeedbackEntry& e) {
  if (cond.question.id.empty()) return std::nullopt;
  const Answer* ans = e.find_answer(cond.question.id);
  if (!ans) return false;
  for (const AnswerValue& v : ans->values)
    for (const std::string& s : v.values)
      if (std::any_of(cond.values.begin(), cond.values.end(), [&](const Ref& r) { return r.id == s; })) return true;
  return false;
}

// The answers to a feedback source's own questions, under the entry's 'answers': each read as
// the question's type asks; the required ones checked when the feedback was given.
void read_source_answers(Ctx& c, const Fields& x, const FeedbackSource& src, FeedbackEntry& e) {
  if (x.has("answers") && src.questions.empty()) {
    hint(c.d.error(x.pos_of("answers"), "feedback source '" + src.id + "' has no questions of its own to answer"),
         "write what was said in 'summary', or add 'questions' to the source in the template");
    return;
  }
  std::vector<std::string> known;
  for (const Question& q : src.questions) known.push_back(q.id);
  x.map("answers", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    const Question* q = src.find_question(key);
    if (!q) {
      Diagnostic& err = c.d.error(kpos, "feedback source '" + src.id + "' has no question '" + key + "'");
      if (auto best = closest(key, known)) hint(err, "did you mean '" + *best + "'?");
      else hint(err, "its questions are " + join_or(known));
      return;
    }
    Answer ans;
    ans.question = key;
    ans.pos = kpos;
    AnswerValue av;
    if (v.IsMap()) {
      Fields m(c.file, v, "answer", {}, kpos);
      if (!m.ok()) return;
      ans.comment = m.text("comment");
      if (m.has("value")) read_value(c, *q, m.node("value"), m.pos_of("value"), av);
      else av.pos = m.pos();
    } else if (!v.IsNull()) {
      read_value(c, *q, v, kpos, av);
    } else {
      av.pos = kpos;
    }
    ans.values.push_back(std::move(av));
    e.answers.push_back(std::move(ans));
  });
  if (!e.given) {
    if (std::any_of(e.answers.begin(), e.answers.end(),
                    [](const Answer& ans) { return std::any_of(ans.values.begin(), ans.values.end(), answered); }))
      hint(c.d.error(x.pos_of("answers"), "feedback from '" + src.id + "' was not given, but its questions are answered"),
           "set 'given: true', or remove 'answers'");
    return;
  }
  for (const Question& q : src.questions) {
    const Answer* ans = e.find_answer(q.id);
    const std::optional<bool> applies = q.when ? holds_in(*q.when, e) : std::optional<bool>(true);
    if (ans && applies == false) {
      if (std::any_of(ans->values.begin(), ans->values.end(), answered))
        hint(c.d.warning(ans->pos, "question '" + q.id + "' of feedback source '" + src.id + "' does not apply (" +
                                       describe_condition(*q.when) + "), so its answer is not counted"),
             "remove the answer, or check the answer it depends on");
      std::erase_if(e.answers, [&](const Answer& x) { return x.question == q.id; });
      continue;
    }
    if (!q.required || applies != true) continue;
    if (!ans) {
      hint(c.d.error(x.has("answers") ? x.pos_of("answers") : x.pos(),
                     "feedback from '" + src.id + "' does not answer question '" + q.id + "'"),
           "add '" + q.id + ": ...' under 'answers', or mark the question 'required: false' in the template");
      continue;
    }
    for (const AnswerValue& v : ans->values)
      if (!answered(v))
        hint(c.d.error(v.pos, "question '" + q.id + "' of feedback source '" + src.id + "' has no answer"),
             "answer it under the source's 'answers', or mark the question 'required: false' in the template");
  }
}

void read_feedback(Ctx& c, const Fields& f, AuditRecord& a) {
  const Section* sec = c.t.find_section(SectionKind::feedback);
  if (!sec) {
    if (f.has("feedback"))
      c.d.error(f.pos_of("feedback"), "template '" + c.t.id + "' has no feedback section");
    return;
  }
  std::vector<std::string> known;
  for (const FeedbackSource& s : sec->sources) known.push_back(s.id);
  f.map("feedback", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    auto src = std::find_if(sec->sources.begin(), sec->sources.end(), [&](const FeedbackSource& s) { return s.id == key; });
    if (src == sec->sources.end()) {
      report_unknown_ref(c.d, Ref{key, kpos}, "feedback source", known);
      return;
    }
    Fields x(c.file, v, "feedback", {}, kpos);
    if (!x.ok()) return;
    FeedbackEntry e{key, x.boolean("given").value_or(false), x.text("summary"), x.str("reason"), x.pos()};
    // A source with questions of its own is answered by them; a summary is then optional.
    if (e.given && e.summary.empty() && src->questions.empty())
      hint(c.d.error(x.pos(), "feedback from '" + key + "' was given but has no 'summary'"),
           "write what was said in 'summary'");
    // A source with one listed reason: feedback not given was not given for that reason.
    if (!e.given && x.has("given") && e.reason.empty() && src->not_given_reasons.size() == 1)
      e.reason = src->not_given_reasons.front();
    if (!e.given && x.has("given")) {
      if (e.reason.empty())
        hint(c.d.error(x.pos(), "feedback from '" + key + "' was not given: say why in 'reason'"),
             src->not_given_reasons.empty() ? "write the reason" : "use " + join_or(src->not_given_reasons));
      else if (!src->not_given_reasons.empty() &&
               std::find(src->not_given_reasons.begin(), src->not_given_reasons.end(), e.reason) ==
                   src->not_given_reasons.end()) {
        Diagnostic& err = c.d.error(x.pos_of("reason"), "'" + e.reason + "' is not a listed reason for '" + key + "'");
        if (auto best = closest(e.reason, src->not_given_reasons)) hint(err, "did you mean '" + *best + "'?");
        else hint(err, "use " + join_or(src->not_given_reasons));
      }
    }
    read_source_answers(c, x, *src, e);
    a.feedback.push_back(std::move(e));
  });
}

// The rows of the template's open tables (`kind: table`), under 'tables': a list of rows per
// section id, each row a map from column id to its cell, read as the column's type says.
void read_tables(Ctx& c, const Fields& f, AuditRecord& a) {
  std::vector<std::string> known;
  for (const Section& s : c.t.sections)
    if (s.kind == SectionKind::table) known.push_back(s.id);
  if (f.has("tables") && known.empty()) {
    hint(c.d.error(f.pos_of("tables"), "template '" + c.t.id + "' has no table sections"),
         "remove 'tables', or add a section of kind 'table' to the template");
    return;
  }
  f.map("tables", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    const Section* sec = nullptr;
    for (const Section& s : c.t.sections)
      if (s.kind == SectionKind::table && s.id == key) sec = &s;
    if (!sec) {
      report_unknown_ref(c.d, Ref{key, kpos}, "table section", known);
      return;
    }
    TableEntry entry{key, {}, kpos};
    if (!v.IsSequence() && !v.IsNull()) {
      hint(c.d.error(c.file.pos(v, kpos), "the rows of table '" + key + "' must be a list, not " + describe(v)),
           "write one '- { ... }' item per row");
      return;
    }
    std::vector<std::string> columns;
    for (const TableColumn& col : sec->table_columns) columns.push_back(col.id);
    for (const YAML::Node& item : v) {
      Fields r(c.file, item, "table-row", columns, c.file.pos(item, kpos));
      if (!r.ok()) continue;
      TableRow row;
      row.pos = r.pos();
      for (const TableColumn& col : sec->table_columns) {
        AnswerValue cell;
        cell.column = col.id;
        if (r.has(col.id) && !r.node(col.id).IsNull()) {
          read_value(c, col.as_question(), r.node(col.id), r.pos_of(col.id), cell,
                     "column '" + col.id + "' of table '" + key + "'");
        } else {
          cell.pos = r.pos();
        }
        if (col.required && !answered(cell))
          hint(c.d.error(r.pos(), "a row of table '" + key + "' has no '" + col.id + "' (" + col.title + ")"),
               "every row fills in this column; add '" + col.id + ": ...'");
        row.cells.push_back(std::move(cell));
      }
      entry.rows.push_back(std::move(row));
    }
    a.tables.push_back(std::move(entry));
  });
}

/// What the moderator did with the audit (accepted it, or returned it for rework) and their
/// yes/no answers to the section's checks.
void read_moderation_outcome(Ctx& c, const Section& sec, const Fields& x, ModerationRecord& m) {
  m.returned = x.one_of("outcome", {"accepted", "returned"}, "accepted") == "returned";
  m.outcome_pos = x.has("outcome") ? x.pos_of("outcome") : x.pos();
  if (m.returned && !sec.returns)
    hint(c.d.error(m.outcome_pos, "template '" + c.t.id + "' does not let its moderator return an audit"),
         "add 'returns: true' to the template's moderation section, or remove 'outcome'");
  else if (m.returned && m.comment.empty())
    hint(c.d.error(m.outcome_pos, "the audit is returned for rework, but the moderator gives no 'comment'"),
         "say in 'comment' what the auditor must change");

  std::vector<std::string> known;
  for (const ModerationCheck& k : sec.checks) known.push_back(k.id);
  if (x.has("checks") && sec.checks.empty()) {
    hint(c.d.error(x.pos_of("checks"), "template '" + c.t.id + "' asks its moderator no checks"), "remove 'checks'");
    return;
  }
  std::vector<CheckAnswer> given;
  std::vector<std::string> answered;  // with a valid answer or not: one mistake, one error
  x.map("checks", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    answered.push_back(key);
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      report_unknown_ref(c.d, Ref{key, kpos}, "moderation check", known);
      return;
    }
    std::string answer = v.IsScalar() ? v.Scalar() : "";
    for (char& ch : answer) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (answer != "yes" && answer != "no" && answer != "true" && answer != "false") {
      hint(c.d.error(c.file.pos(v, kpos), "the answer to check '" + key + "' must be yes or no"),
           "write '" + key + ": yes' or '" + key + ": no'");
      return;
    }
    given.push_back({key, answer == "yes" || answer == "true", kpos});
  });
  // In the order the form asks them; every check is answered.
  for (const ModerationCheck& k : sec.checks) {
    auto it = std::find_if(given.begin(), given.end(), [&](const CheckAnswer& g) { return g.check == k.id; });
    if (it != given.end()) m.checks.push_back(*it);
    else if (std::find(answered.begin(), answered.end(), k.id) == answered.end())
      hint(c.d.error(x.has("checks") ? x.pos_of("checks") : x.pos(), "the moderator does not answer check '" + k.id + "'"),
           "answer it under 'checks': '" + k.id + ": yes' or '" + k.id + ": no'");
  }
}

void read_moderation(Ctx& c, const Fields& f, AuditRecord& a) {
  if (!f.has("moderation")) return;
  const Section* sec = c.t.find_section(SectionKind::moderation);
  if (!sec) {
    c.d.error(f.pos_of("moderation"), "template '" + c.t.id + "' has no moderation section");
    return;
  }
  Fields x(c.file, f.node("moderation"), "moderation-record", {}, f.pos_of("moderation"));
  if (!x.ok()) return;
  ModerationRecord m;
  m.moderator = x.str("moderator");
  m.date = x.date("date");
  m.agrees = x.boolean("agrees").value_or(true);
  m.grade = grade_on(c, usable_scale(c.fw, sec->scale.id), x, "grade").value_or("");
  m.grade_pos = x.has("grade") ? x.pos_of("grade") : x.pos();
  m.comment = x.text("comment");
  m.pos = x.pos();
  m.actions = read_actions(c, x, "actions", c.t.find_section(SectionKind::actions));
  if (!m.agrees && !x.has("grade"))
    hint(c.d.error(x.pos(), "the moderator disagrees but gives no 'grade'"), "give the moderator's own grade");
  if (m.agrees && !m.grade.empty() && !a.judgement.empty() && m.grade != a.judgement)
    hint(c.d.error(x.pos_of("grade"), "the moderator agrees, but grades '" + m.grade + "' not '" + a.judgement + "'"),
         "set 'agrees: false', or remove 'grade'");
  read_moderation_outcome(c, *sec, x, m);
  a.moderation = std::move(m);
}

void read_signatures(Ctx& c, const Fields& f, AuditRecord& a) {
  const Section* sec = c.t.find_section(SectionKind::signatures);
  if (!sec) {
    if (f.has("signatures")) c.d.error(f.pos_of("signatures"), "template '" + c.t.id + "' has no signatures section");
    return;
  }
  std::vector<std::string> known;
  for (const Signatory& s : sec->signatories) known.push_back(s.id);
  f.map("signatures", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      report_unknown_ref(c.d, Ref{key, kpos}, "signatory", known);
      return;
    }
    Fields x(c.file, v, "signature", {}, kpos);
    if (!x.ok()) return;
    a.signatures.push_back({key, x.str("name"), x.date("date"), x.pos()});
  });
}

// The date a version came into force: its implementation date, else its approval date.
std::optional<Date> in_force(const Framework& fw) {
  return fw.meta.implementation_date ? fw.meta.implementation_date : fw.meta.approved_on;
}

// The framework version a record is read against: the one its `version` names (an error when
// that version is not kept), else the newest in force on its audit date (the oldest one dated
// when the audit is older than all of them), else the current one. Sets a.version.
const Framework* version_for(const Fields& f, const Framework& current, const Project& project, AuditRecord& a,
                             Diagnostics& d) {
  const std::vector<KeptVersion>& kept = project.kept_versions(current.id);
  if (f.has("version")) {
    a.version = f.str("version");
    a.version_given = true;
    if (const Framework* at = project.framework_at(current.id, a.version)) return at;
    std::vector<std::string> known;
    for (const KeptVersion& k : kept) known.push_back(k.version);
    if (!current.meta.version.empty()) known.push_back(current.meta.version);
    std::string list;
    for (const std::string& v : known) list += (list.empty() ? "" : ", ") + v;
    hint(d.error(f.pos_of("version"), "framework '" + current.id + "' has no version '" + a.version + "' kept"),
         known.empty() ? "the framework names no version: remove 'version' from the record"
                       : "its versions are " + list + "; a version is kept with 'qaf publish' when it is approved");
    return nullptr;
  }
  a.version = current.meta.version;
  if (kept.empty()) return &current;
  // The record's date, read from its header as the current form names the audit date.
  std::optional<Date> on;
  if (const Template* t = current.find_template(a.template_id.id))
    if (const HeaderField* h = t->field_with_role(FieldRole::audit_date))
      if (const YAML::Node header = f.node("header"); header.IsMap()) {
        const YAML::Node& fields = header;  // const: looking a field up must not add it
        if (const YAML::Node v = fields[h->id]; v && v.IsScalar()) on = parse_date(v.Scalar());
      }
  if (!on) return &current;
  std::vector<const Framework*> versions;
  for (const KeptVersion& k : kept) versions.push_back(&k.framework);
  if (std::none_of(kept.begin(), kept.end(), [&](const KeptVersion& k) { return k.version == current.meta.version; }))
    versions.push_back(&current);
  const Framework* chosen = nullptr;
  const Framework* earliest = nullptr;
  for (const Framework* v : versions) {
    const std::optional<Date> from = in_force(*v);
    if (!from) continue;
    if (!earliest) earliest = v;
    if (*from <= *on) chosen = v;
  }
  if (!chosen) chosen = earliest ? earliest : &current;
  // The current sources stand for the kept copy of their own version.
  if (chosen->meta.version == current.meta.version) chosen = &current;
  a.version = chosen->meta.version;
  return chosen;
}

}  // namespace

AuditRecord read_audit(const YamlFile& file, const YAML::Node& n, const Project& project) {
  AuditRecord a;
  a.file = file.path();
  Fields f(file, n, "audit");
  a.pos = f.pos();
  if (!f.ok()) return a;
  Diagnostics& d = file.diags();
  a.id = f.str("id");
  a.framework = f.ref("framework");
  a.template_id = f.ref("template");
  if (a.framework.id.empty() || a.template_id.id.empty()) return a;
  const Framework* fw = project.find_framework(a.framework.id);
  if (!fw) {
    std::vector<std::string> ids;
    for (const Framework& x : project.frameworks) ids.push_back(x.id);
    report_unknown_ref(d, a.framework, "framework", ids);
    return a;
  }
  if (fw->incomplete) return a;  // its own syntax error is reported; checking against half of it would mislead
  fw = version_for(f, *fw, project, a, d);
  if (!fw) return a;
  const Template* t = fw->find_template(a.template_id.id);
  if (!t) {
    std::vector<std::string> ids;
    for (const Template& x : fw->templates) ids.push_back(x.id);
    Diagnostic& e = report_unknown_ref(d, a.template_id, "template", ids);
    if (a.version != project.find_framework(a.framework.id)->meta.version)
      e.hints.push_back("the record is read as completed on version " + a.version + " of the framework" +
                        (a.version_given ? "" : ", the one in force on its audit date"));
    return a;
  }
  if (t->incomplete) return a;  // the template's own errors are reported; what follows from them is not
  if (t->stub()) {
    const std::string& where = t->held_elsewhere->where;
    hint(d.error(a.template_id.pos, "template '" + t->id + "' is a tool held elsewhere: qaf keeps no records of it"),
         "keep this record where the tool is held" + (where.empty() ? std::string() : " (" + where + ")") +
             ", and remove it from the audit records");
    return a;
  }
  Ctx c{file, d, *fw, *t, project};
  read_header(c, f, a);
  read_answers(c, f, a);
  read_judgement(c, f, a);
  const Section* actions = t->find_section(SectionKind::actions);
  if (!actions && f.has("actions"))
    d.error(f.pos_of("actions"), "template '" + t->id + "' has no actions section");
  a.actions = read_actions(c, f, "actions", actions);
  read_feedback(c, f, a);
  read_tables(c, f, a);
  read_moderation(c, f, a);
  read_signatures(c, f, a);
  check_audit_rules(a, *fw, *t, d);
  return a;
}

}  // namespace qaf::detail
