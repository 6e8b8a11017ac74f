// Model -> JSON renderer, one function per model type; every object carries its source position.
#include "render/model_json.hpp"

#include <nlohmann/json.hpp>

namespace qaf {
namespace {

using J = nlohmann::ordered_json;

J pos(const SourcePos& p) { return p.str(); }
J text(const Text& t) { return t.markdown; }
J refs(const std::vector<Ref>& r) { return ids_of(r); }
J texts(const std::vector<Text>& ts) {
  J a = J::array();
  for (const Text& t : ts) a.push_back(t.markdown);
  return a;
}
J date(const std::optional<Date>& d) { return d ? J(d->iso()) : J(nullptr); }
J links(const std::vector<BackLink>& ls) {
  J a = J::array();
  for (const BackLink& l : ls) a.push_back(J{{"owner", l.owner}, {"item", l.item}});
  return a;
}
J condition(const std::optional<Condition>& c) {
  if (!c) return nullptr;
  return J{{"question", c->question.id}, {"field", c->field.id}, {"is", ids_of(c->values)}, {"label", c->label}, {"source", pos(c->pos)}};
}

J scale(const Scale& s) {
  J j{{"id", s.id}, {"title", s.title}, {"kind", to_string(s.kind)}, {"description", text(s.description)}};
  switch (s.kind) {
    case ScaleKind::grades: {
      j["best"] = s.best == BestCode::lowest ? "lowest" : "highest";
      j["show_codes"] = s.show_codes;
      J gs = J::array();
      for (const Grade& g : s.grades)
        gs.push_back(J{{"id", g.id}, {"label", g.label}, {"code", g.code}, {"description", text(g.description)},
                       {"colour", g.colour}, {"source", pos(g.pos)}});
      j["grades"] = gs;
      break;
    }
    case ScaleKind::levels: {
      J ls = J::array();
      for (const Level& l : s.levels)
        ls.push_back(J{{"value", l.value}, {"label", l.label}, {"description", text(l.description)}, {"source", pos(l.pos)}});
      j["levels"] = ls;
      break;
    }
    case ScaleKind::bands: {
      j["min"] = s.min;
      j["max"] = s.max;
      j["step"] = s.step;
      j["maps_to"] = s.maps_to.id;
      J bs = J::array();
      for (const Band& b : s.bands) bs.push_back(J{{"from", b.from}, {"to", b.to}, {"grade", b.grade.id}, {"source", pos(b.pos)}});
      j["bands"] = bs;
      break;
    }
    case ScaleKind::choices:
    case ScaleKind::rag: {
      j["multiple"] = s.multiple;
      J os = J::array();
      for (const Choice& c : s.options)
        os.push_back(J{{"id", c.id}, {"label", c.label}, {"not_applicable", c.not_applicable},
                       {"score", c.score ? J(*c.score) : J(nullptr)}, {"colour", c.colour}, {"source", pos(c.pos)}});
      j["options"] = os;
      break;
    }
  }
  j["source"] = pos(s.pos);
  return j;
}

J standards(const std::vector<StandardSection>& secs) {
  J a = J::array();
  for (const StandardSection& sec : secs) {
    J ss = J::array();
    for (const Standard& s : sec.standards)
      ss.push_back(J{{"id", s.id}, {"title", s.title}, {"text", text(s.text)}, {"timescale", s.timescale},
                     {"applies_to", refs(s.applies_to)}, {"guidance", text(s.guidance)},
                     {"checked_by", links(s.checked_by)}, {"described_by", links(s.described_by)}, {"source", pos(s.pos)}});
    a.push_back(J{{"id", sec.id}, {"title", sec.title}, {"intro", text(sec.intro)}, {"numbered", sec.numbered},
                  {"standards", ss}, {"source", pos(sec.pos)}});
  }
  return a;
}

J rubric(const Rubric& r) {
  J areas = J::array();
  for (const RubricArea& a : r.areas) {
    J j{{"id", a.id}, {"title", a.title}, {"intro", text(a.intro)}, {"standards", refs(a.standards)}};
    switch (r.shape) {
      case RubricShape::indicators: j["indicators"] = texts(a.indicators); break;
      case RubricShape::matrix: {
        J cells = J::object();
        for (const RubricCell& c : a.cells) cells[c.grade.id] = c.text.markdown;
        j["cells"] = cells;
        break;
      }
      case RubricShape::measures:
        j["good"] = text(a.good);
        j["measured"] = text(a.measured);
        break;
    }
    j["checked_by"] = links(a.checked_by);
    j["source"] = pos(a.pos);
    areas.push_back(j);
  }
  J guidance = J::object();
  for (const JudgementGuidance& g : r.guidance) guidance[g.grade.id] = g.text.markdown;
  J out{{"id", r.id}, {"title", r.title}, {"shape", to_string(r.shape)}, {"intro", text(r.intro)}, {"scale", r.scale.id},
        {"areas", areas}, {"guidance", guidance}, {"source", pos(r.pos)}};
  if (!r.grades.empty()) out["grades"] = refs(r.grades);  // a matrix describing only some grades
  return out;
}

J skill_set(const SkillSet& s) {
  J groups = J::array();
  for (const SkillGroup& g : s.groups) {
    J skills = J::array();
    for (const Skill& sk : g.skills) {
      J levels = J::object();
      for (const SkillLevel& l : sk.levels) levels[std::to_string(l.level)] = texts(l.behaviours);
      J j{{"id", sk.id}, {"title", sk.title}, {"description", text(sk.description)}, {"levels", levels},
          {"observed_by", links(sk.observed_by)}, {"source", pos(sk.pos)}};
      if (!sk.number.empty()) j["number"] = sk.number;  // a numbered capability statement
      if (!sk.components.empty()) {
        J parts = J::array();
        for (const SkillComponent& c : sk.components) parts.push_back(J{{"title", c.title}, {"description", text(c.description)}});
        j["components"] = std::move(parts);
      }
      skills.push_back(std::move(j));
    }
    groups.push_back(J{{"id", g.id}, {"title", g.title}, {"description", text(g.description)}, {"skills", skills},
                       {"source", pos(g.pos)}});
  }
  return J{{"id", s.id}, {"title", s.title}, {"shape", to_string(s.shape)}, {"intro", text(s.intro)}, {"scale", s.scale.id},
           {"groups", groups}, {"source", pos(s.pos)}};
}

J question(const Question& q) {
  J j{{"id", q.id}, {"text", text(q.text)}, {"type", to_string(q.type)}, {"scale", q.scale.id},
           {"required", q.required}, {"guidance", text(q.guidance)}, {"standards", refs(q.standards)},
           {"rubric_areas", refs(q.rubric_areas)}, {"skills", refs(q.skills)}, {"when", condition(q.when)},
           {"min", q.min ? J(*q.min) : J(nullptr)}, {"max", q.max ? J(*q.max) : J(nullptr)}, {"lines", q.lines},
           {"comment", q.comment}, {"column", q.column}, {"source", pos(q.pos)}};
  if (q.not_applicable) j["not_applicable"] = true;  // a rating that may be answered N/A
  if (q.part > 0) {  // a part of a question in parts
    j["part"] = q.part;
    j["stem"] = J{{"id", q.stem_id}, {"text", text(q.stem)}, {"guidance", text(q.stem_guidance)}};
    if (q.own_condition) j["own_condition"] = true;  // the part's own when, not the stem's
  }
  return j;
}

J template_(const Template& t) {
  J header = J::array();
  for (const HeaderField& h : t.header)
    header.push_back(J{{"id", h.id}, {"label", h.label}, {"type", to_string(h.type)}, {"scale", h.scale.id},
                       {"role", to_string(h.role)}, {"personal", h.personal}, {"required", h.required}, {"source", pos(h.pos)}});
  J sections = J::array();
  for (const Section& s : t.sections) {
    J j{{"id", s.id}, {"title", s.title}, {"intro", text(s.intro)}, {"kind", to_string(s.kind)}};
    if (!s.completed_by.empty()) j["completed_by"] = refs(s.completed_by);
    switch (s.kind) {
      case SectionKind::questions: {
        J cols = J::array();
        for (const Column& c : s.columns) {
          J col{{"id", c.id}, {"title", c.title}};
          if (s.side_by_side) col["cells"] = c.cells;  // "" for a cell left blank
          if (c.type) col["type"] = to_string(*c.type), col["scale"] = c.scale.id;  // answered its own way
          if (!c.required) col["required"] = false;
          if (c.shows_guidance) col["shows"] = "guidance";
          cols.push_back(std::move(col));
        }
        J qs = J::array();
        for (const Question& q : s.questions) qs.push_back(question(q));
        j["columns"] = cols;
        j["columns_layout"] = s.columns.empty() ? "none" : s.side_by_side ? "side-by-side" : "parallel";
        j["questions"] = qs;
        break;
      }
      case SectionKind::judgement:
      case SectionKind::moderation:
        j["scale"] = s.scale.id;
        if (s.kind == SectionKind::judgement) j["compute"] = to_string(s.compute);
        if (s.kind == SectionKind::moderation) {
          J checks = J::array();
          for (const ModerationCheck& k : s.checks)
            checks.push_back(J{{"id", k.id}, {"text", text(k.text)}, {"source", pos(k.pos)}});
          j["returns"] = s.returns;
          j["checks"] = checks;
        }
        break;
      case SectionKind::table: {
        J cols = J::array();
        for (const TableColumn& c : s.table_columns)
          cols.push_back(J{{"id", c.id}, {"title", c.title}, {"type", to_string(c.type)}, {"scale", c.scale.id},
                           {"required", c.required}, {"group", c.group}, {"source", pos(c.pos)}});
        j["columns"] = cols;
        j["rows"] = s.blank_rows;
        break;
      }
      case SectionKind::actions: {
        J cols = J::array();
        for (const TableColumn& c : s.table_columns)
          cols.push_back(J{{"id", c.id}, {"title", c.title}, {"type", to_string(c.type)}, {"required", c.required},
                           {"group", c.group}});
        j["columns"] = cols;
        j["rows"] = s.blank_rows;
        break;
      }
      case SectionKind::feedback: {
        J srcs = J::array();
        for (const FeedbackSource& f : s.sources) {
          J src{{"id", f.id}, {"title", f.title}, {"prompt", text(f.prompt)}, {"when", condition(f.when)},
                {"not_given_reasons", f.not_given_reasons}, {"source", pos(f.pos)}};
          if (!f.questions.empty()) {  // the source's own questions
            J qs = J::array();
            for (const Question& q : f.questions) qs.push_back(question(q));
            src["questions"] = qs;
          }
          srcs.push_back(src);
        }
        j["sources"] = srcs;
        break;
      }
      case SectionKind::signatures: {
        J sg = J::array();
        for (const Signatory& g : s.signatories) sg.push_back(J{{"id", g.id}, {"title", g.title}});
        j["signatories"] = sg;
        break;
      }
    }
    j["source"] = pos(s.pos);
    sections.push_back(j);
  }
  J due = nullptr;
  if (t.due) due = J{{"programme", t.due->programme.id}, {"day", t.due->day}, {"time", t.due->time}};
  J held = nullptr;
  if (t.held_elsewhere) held = J{{"owner", t.held_elsewhere->owner.id}, {"where", t.held_elsewhere->where}};
  return J{{"id", t.id}, {"title", t.title}, {"kind", t.kind}, {"purpose", text(t.purpose)},
           {"completed_by", refs(t.completed_by)}, {"due", due}, {"held_elsewhere", held}, {"writing_lines", t.writing_lines}, {"landscape", t.landscape}, {"numbering", to_string(t.numbering)},
           {"header", header}, {"sections", sections}, {"source", pos(t.pos)}};
}

J rules(const Rules& r) {
  J esc = J::array(), mod = J::array(), act = J::array(), dl = J::array();
  for (const EscalationRule& e : r.escalation)
    esc.push_back(J{{"id", e.id}, {"scale", e.scale.id}, {"grade", e.grade.id}, {"or_worse", e.or_worse},
                    {"notify", refs(e.notify)}, {"within", e.within}, {"note", text(e.note)},
                    {"templates", refs(e.templates)}, {"source", pos(e.pos)}});
  for (const ModerationRule& m : r.moderation)
    mod.push_back(J{{"id", m.id}, {"sample_percent", m.sample_percent ? J(*m.sample_percent) : J(nullptr)}, {"minimum", m.minimum}, {"by", refs(m.by)},
                    {"note", text(m.note)}, {"templates", refs(m.templates)}, {"source", pos(m.pos)}});
  for (const ActionsRule& a : r.actions)
    act.push_back(J{{"id", a.id}, {"scale", a.scale.id}, {"below", a.below.id}, {"minimum", a.minimum},
                    {"note", text(a.note)}, {"templates", refs(a.templates)}, {"source", pos(a.pos)}});
  for (const DeadlineRule& d : r.deadlines)
    dl.push_back(J{{"id", d.id}, {"max_days", d.max_days}, {"note", text(d.note)}, {"templates", refs(d.templates)},
                   {"source", pos(d.pos)}});
  J out{{"escalation", esc}, {"moderation", mod}, {"actions", act}, {"deadlines", dl}};
  if (!r.events.empty()) {
    J ev = J::array();
    for (const EventRule& e : r.events)
      ev.push_back(J{{"id", e.id}, {"on", to_string(e.on)}, {"templates", refs(e.templates)}, {"notify", refs(e.notify)},
                     {"within", e.within}, {"note", text(e.note)}, {"source", pos(e.pos)}});
    out["events"] = ev;
  }
  if (!r.case_events.empty()) {
    J ce = J::array();
    for (const CaseEventRule& e : r.case_events)
      ce.push_back(J{{"id", e.id}, {"event", e.event}, {"notify", refs(e.notify)}, {"outside", e.outside},
                     {"within", e.within}, {"note", text(e.note)}, {"source", pos(e.pos)}});
    out["case_events"] = ce;
  }
  return out;
}

J programme(const Programme& p) {
  J entries = J::array(), rows = J::array();
  for (const ProgrammeEntry& e : p.entries) {
    J entry{{"period", e.period}, {"when", entry_when(e)}, {"theme", e.theme}, {"items", texts(e.items)},
            {"source", pos(e.pos)}};
    if (!p.columns.empty()) {  // items per column id, every column present
      J cells = J::object();
      for (std::size_t i = 0; i < p.columns.size(); ++i)
        cells[p.columns[i].id] = texts(i < e.cells.size() ? e.cells[i] : std::vector<Text>{});
      entry["cells"] = cells;
    }
    entries.push_back(std::move(entry));
  }
  for (const FrequencyRow& r : p.rows) {
    J row{{"role", r.role.id}, {"activity", r.activity}, {"count", r.count ? J(r.count) : J(nullptr)}, {"per", r.per},
          {"how_often", how_often(r)}, {"note", r.note}, {"source", pos(r.pos)}};
    if (r.count_max) row["count_max"] = r.count_max;
    if (r.every) row["every"] = r.every;
    if (r.in_every) row["in"] = r.in_every, row["of"] = r.of;
    if (!r.to.empty()) row["to"] = refs(r.to);
    if (!r.contents.empty()) row["contents"] = texts(r.contents);
    if (!r.group.empty()) row["group"] = r.group;
    if (r.has_case_sample)
      row["sample"] = J{{"cases", r.case_sample.cases ? J(r.case_sample.cases) : J(nullptr)}, {"per", r.case_sample.per},
                        {"from", r.case_sample.from}, {"text", sample_text(r.case_sample)}};
    rows.push_back(std::move(row));
  }
  J out{{"id", p.id}, {"title", p.title}, {"kind", to_string(p.kind)}, {"intro", text(p.intro)}, {"entries", entries},
        {"rows", rows}, {"source", pos(p.pos)}};
  if (!p.columns.empty()) {
    J columns = J::array();
    for (const ProgrammeColumn& c : p.columns) columns.push_back(J{{"id", c.id}, {"title", c.title}});
    out["columns"] = columns;
  }
  return out;
}

// How often, in the words readers see and in its parts.
J frequency(const Frequency& f) {
  J out{{"count", f.count ? J(f.count) : J(nullptr)}, {"per", f.per}, {"how_often", how_often(f)}};
  if (f.count_max) out["count_max"] = f.count_max;
  if (f.every) out["every"] = f.every;
  if (!f.after_each.empty()) out["after_each"] = f.after_each;
  return out;
}

// A chair or member: a role id, or words for someone who is not a role.
J person(const BodyPerson& p) {
  return p.role.id.empty() ? J{{"words", p.words}} : J{{"role", p.role.id}};
}

J body(const Body& b) {
  J members = J::array();
  for (const BodyPerson& m : b.members) members.push_back(person(m));
  J out{{"id", b.id}, {"title", b.title}, {"purpose", text(b.purpose)},
        {"chair", b.chair.role.id.empty() && b.chair.words.empty() ? J(nullptr) : person(b.chair)},
        {"members", members}, {"meets", b.meets ? frequency(b.meets_how_often) : J(nullptr)},
        {"reports_to", refs(b.reports_to)}, {"source", pos(b.pos)}};
  if (b.meets && !b.meetings_note.empty()) out["meets"]["note"] = b.meetings_note;
  return out;
}

J indicator(const Indicator& i) {
  return J{{"id", i.id}, {"title", i.title}, {"description", text(i.description)}, {"unit", i.unit},
           {"figure_source", i.source}, {"reported", i.reported ? frequency(i.how_often) : J(nullptr)},
           {"owner", i.owner.id}, {"reviewed_at", refs(i.reviewed_at)}, {"better", i.better}, {"source", pos(i.pos)}};
}

J page(const Page& p) {
  return J{{"id", p.id}, {"title", p.title}, {"summary", p.summary}, {"order", p.order}, {"body", p.body},
           {"source", pos(p.pos)}};
}

J glossary_entry(const GlossaryEntry& e) {
  return J{{"term", e.term}, {"stands_for", e.stands_for}, {"synonyms", e.synonyms}, {"meaning", text(e.meaning)},
           {"anchor", e.anchor}, {"source", pos(e.pos)}};
}

J framework(const Framework& f) {
  const FrameworkMeta& m = f.meta;
  J audience = J::array(), changes = J::array();
  for (const AudienceEntry& a : m.audience) audience.push_back(J{{"who", a.who}, {"involvement", a.involvement}});
  for (const ChangeEntry& c : m.changes)
    changes.push_back(J{{"date", c.date.iso()}, {"version", c.version}, {"summary", text(c.summary)}, {"author", c.author}});
  J details = J::array();
  for (const MetaDetail& d : m.details) details.push_back(J{{"label", d.label}, {"value", d.value}});
  J meta{{"title", m.title}, {"council", m.council}, {"version", m.version}, {"status", m.status},
         {"approved_by", m.approved_by}, {"approved_on", date(m.approved_on)},
         {"implementation_date", m.implementation_word.empty() ? date(m.implementation_date) : J(m.implementation_word)},
         {"review_every_months", m.review_every_months}, {"review_interval", m.review_interval}, {"details", details},
         {"next_review", date(m.next_review)}, {"owner", m.owner}, {"summary", text(m.summary)},
         {"audience", audience}, {"changes", changes}, {"source", pos(m.pos)}};
  J scales = J::array(), rubrics = J::array(), sets = J::array(), temps = J::array(), progs = J::array(),
    roles = J::array(), pages = J::array(), bodies = J::array(), indicators = J::array();
  for (const Scale& s : f.scales) scales.push_back(scale(s));
  for (const Rubric& r : f.rubrics) rubrics.push_back(rubric(r));
  for (const SkillSet& s : f.skill_sets) sets.push_back(skill_set(s));
  for (const Template& t : f.templates) temps.push_back(template_(t));
  for (const Programme& p : f.programmes) progs.push_back(programme(p));
  for (const Role& r : f.roles) {
    J all = J::array();
    for (const Text* t : f.all_responsibilities(r)) all.push_back(t->markdown);
    roles.push_back(J{{"id", r.id}, {"title", r.title}, {"summary", text(r.summary)}, {"inherits", r.inherits.id},
                      {"responsibilities", texts(r.responsibilities)}, {"all_responsibilities", all}, {"source", pos(r.pos)}});
  }
  for (const Page& p : f.pages) pages.push_back(page(p));
  for (const Body& b : f.bodies) bodies.push_back(body(b));
  for (const Indicator& i : f.indicators) indicators.push_back(indicator(i));
  J glossary = J::array();
  for (const GlossaryEntry& e : f.glossary) glossary.push_back(glossary_entry(e));
  return J{{"id", f.id}, {"meta", meta}, {"scales", scales}, {"standards", standards(f.standards)}, {"rubrics", rubrics},
           {"skill_sets", sets}, {"templates", temps}, {"rules", rules(f.rules)}, {"programmes", progs},
           {"roles", roles}, {"bodies", bodies}, {"indicators", indicators}, {"pages", pages},
           {"glossary", glossary}, {"synonyms", f.synonym_groups}};
}

J actions(const std::vector<AuditAction>& as) {
  J a = J::array();
  for (const AuditAction& x : as)
    a.push_back(J{{"action", text(x.action)}, {"owner", x.owner}, {"due", date(x.due)}, {"reviewed", date(x.reviewed)},
                  {"completed", date(x.completed)}, {"outcome", text(x.outcome)}, {"initials", x.initials},
                  {"source", pos(x.pos)}});
  return a;
}

J answers_of(const std::vector<Answer>& list) {
  J answers = J::object();
  for (const Answer& ans : list) {
    J vals = J::array();
    for (const AnswerValue& v : ans.values)
      vals.push_back(J{{"column", v.column}, {"values", v.values}, {"number", v.number ? J(*v.number) : J(nullptr)},
                       {"text", text(v.text)}});
    answers[ans.question] = J{{"values", vals}, {"comment", text(ans.comment)}, {"source", pos(ans.pos)}};
  }
  return answers;
}

J audit(const AuditRecord& a) {
  J header = J::object();
  for (const HeaderValue& h : a.header) header[h.field] = h.value;
  J answers = answers_of(a.answers);
  J feedback = J::array();
  for (const FeedbackEntry& f : a.feedback) {
    J entry{{"source", f.source}, {"given", f.given}, {"summary", text(f.summary)}, {"reason", f.reason}};
    if (!f.answers.empty()) entry["answers"] = answers_of(f.answers);  // to the source's own questions
    feedback.push_back(entry);
  }
  J tables = J::object();
  for (const TableEntry& t : a.tables) {
    J rows = J::array();
    for (const TableRow& r : t.rows) {
      J cells = J::object();
      for (const AnswerValue& v : r.cells)
        cells[v.column] = J{{"values", v.values}, {"number", v.number ? J(*v.number) : J(nullptr)}, {"text", text(v.text)}};
      rows.push_back(J{{"cells", cells}, {"source", pos(r.pos)}});
    }
    tables[t.section] = rows;
  }
  J moderation = nullptr;
  if (a.moderation)
    moderation = J{{"moderator", a.moderation->moderator}, {"date", date(a.moderation->date)},
                   {"agrees", a.moderation->agrees}, {"grade", a.moderation->grade},
                   {"comment", text(a.moderation->comment)}, {"actions", actions(a.moderation->actions)},
                   {"outcome", a.moderation->returned ? "returned" : "accepted"}};
  if (a.moderation) {
    J checks = J::object();
    for (const CheckAnswer& k : a.moderation->checks) checks[k.check] = k.yes ? "yes" : "no";
    moderation["checks"] = checks;
  }
  J sigs = J::array();
  for (const SignatureRecord& s : a.signatures)
    sigs.push_back(J{{"signatory", s.signatory}, {"name", s.name}, {"date", date(s.date)}});
  J out{{"id", a.id}, {"framework", a.framework.id}, {"template", a.template_id.id}, {"version", a.version},
        {"version_given", a.version_given}, {"date", date(a.date)},
        {"team", a.team}, {"service", a.service}, {"header", header}, {"answers", answers},
        {"judgement", a.judgement}, {"judgement_computed", a.judgement_computed},
        {"judgement_reason", text(a.judgement_reason)}, {"actions", actions(a.actions)}, {"feedback", feedback},
        {"moderation", moderation}, {"signatures", sigs}, {"source", pos(a.pos)}};
  if (!a.tables.empty()) out["tables"] = tables;  // the rows of open tables, by section
  return out;
}

}  // namespace

std::string model_to_json(const Project& p) {
  const Config& c = p.config;
  J config{{"title", c.title}, {"council", c.council}, {"theme", c.theme}, {"logo", c.logo},
           {"primary_colour", c.primary_colour}, {"frameworks", refs(c.frameworks)}, {"audits", c.audits},
           {"packs", c.packs}, {"period", c.period}, {"suppress_below", c.suppress_below},
           {"allow_raw_html", c.allow_raw_html}};
  J frameworks = J::array(), pages = J::array(), audits = J::array();
  for (const Framework& f : p.frameworks) {
    frameworks.push_back(framework(f));
    // The versions kept beside it (qaf publish), oldest first: each one whole, as it was.
    J kept = J::array();
    for (const KeptVersion& k : p.kept_versions(f.id)) kept.push_back(J{{"version", k.version}, {"framework", framework(k.framework)}});
    if (!kept.empty()) frameworks.back()["kept_versions"] = kept;
  }
  for (const Page& pg : p.pages) pages.push_back(page(pg));
  for (const AuditRecord& a : p.audits) audits.push_back(audit(a));
  return J{{"qaf", QAF_VERSION}, {"config", config}, {"frameworks", frameworks}, {"pages", pages}, {"audits", audits}}
      .dump(2);
}

}  // namespace qaf
