// Cross-reference resolution and whole-framework checks (duplicates, dangling ids, cycles, back-links).
#include "load/resolver.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "load/readers.hpp"
#include "load/yaml_reader.hpp"
#include "markdown/markdown.hpp"
#include "support/suggest.hpp"

namespace qaf {
namespace {

using detail::report_unknown_ref;

// Reports the second and later use of an id within one kind.
class IdSet {
 public:
  IdSet(Diagnostics& d, std::string kind) : d_(d), kind_(std::move(kind)) {}
  void add(const std::string& id, const SourcePos& pos) {
    if (id.empty()) return;
    auto [it, fresh] = first_.emplace(id, pos);
    if (!fresh) hint(d_.error(pos, "duplicate " + kind_ + " id '" + id + "'"), "first defined at " + it->second.str());
  }

 private:
  Diagnostics& d_;
  std::string kind_;
  std::map<std::string, SourcePos> first_;
};

struct Resolver {
  Framework& fw;
  Diagnostics& d;

  std::vector<std::string> scale_ids(std::initializer_list<ScaleKind> kinds) const {
    std::vector<std::string> out;
    for (const Scale& s : fw.scales)
      if (std::find(kinds.begin(), kinds.end(), s.kind) != kinds.end()) out.push_back(s.id);
    return out;
  }

  // Checks a scale reference of an allowed kind; returns the scale or null.
  const Scale* scale(const Ref& r, std::initializer_list<ScaleKind> kinds, const std::string& use) {
    if (r.id.empty()) return nullptr;
    const Scale* s = fw.find_scale(r.id);
    if (!s) {
      report_unknown_ref(d, r, "scale", scale_ids(kinds));
      return nullptr;
    }
    if (s->broken) return nullptr;  // its own error is reported
    if (std::find(kinds.begin(), kinds.end(), s->kind) == kinds.end()) {
      std::vector<std::string> names;
      for (ScaleKind k : kinds) names.emplace_back(to_string(k));
      hint(d.error(r.pos, "scale '" + r.id + "' is of kind '" + std::string(to_string(s->kind)) + "', but " + use +
                              " needs a " + join_or(names) + " scale"),
           "choose another scale, or change this one's 'kind'");
      return nullptr;
    }
    return s;
  }

  // Checks a grade reference; true when it names a grade of `s`.
  bool grade(const Scale* s, const Ref& r) {
    if (!s || r.id.empty()) return false;
    if (!s->find_grade(r.id)) {
      std::vector<std::string> ids;
      for (const Grade& g : s->grades) ids.push_back(g.id);
      report_unknown_ref(d, r, "grade of scale '" + s->id + "'", ids);
      return false;
    }
    return true;
  }

  void roles(const std::vector<Ref>& refs) {
    for (const Ref& r : refs) role(r);
  }
  void role(const Ref& r) {
    if (r.id.empty() || fw.find_role(r.id)) return;
    std::vector<std::string> ids;
    for (const Role& x : fw.roles) ids.push_back(x.id);
    report_unknown_ref(d, r, "role", ids);
  }

  std::vector<std::string> standard_ids() const {
    std::vector<std::string> ids;
    for (const StandardSection& s : fw.standards)
      for (const Standard& st : s.standards) ids.push_back(st.id);
    return ids;
  }

  void templates(const std::vector<Ref>& refs) {
    for (const Ref& r : refs)
      if (!fw.find_template(r.id)) {
        std::vector<std::string> ids;
        for (const Template& t : fw.templates) ids.push_back(t.id);
        report_unknown_ref(d, r, "template", ids);
      }
  }

  void duplicates() {
    IdSet scales(d, "scale"), sections(d, "standard section"), standards(d, "standard"), rubrics(d, "rubric"),
        sets(d, "skill set"), skills(d, "skill"), groups(d, "skill group"), temps(d, "template"), progs(d, "programme"),
        roles_(d, "role"), pages(d, "page"), rules(d, "rule"), bodies(d, "body"), indicators(d, "indicator");
    for (const Scale& s : fw.scales) scales.add(s.id, s.pos);
    for (const StandardSection& s : fw.standards) {
      sections.add(s.id, s.pos);
      for (const Standard& st : s.standards) standards.add(st.id, st.pos);
    }
    for (const Rubric& r : fw.rubrics) {
      rubrics.add(r.id, r.pos);
      IdSet areas(d, "area");
      for (const RubricArea& a : r.areas) areas.add(a.id, a.pos);
    }
    for (const SkillSet& s : fw.skill_sets) {
      sets.add(s.id, s.pos);
      for (const SkillGroup& g : s.groups) {
        if (!g.id.empty()) groups.add(g.id, g.pos);
        for (const Skill& sk : g.skills) skills.add(sk.id, sk.pos);
      }
    }
    for (const Template& t : fw.templates) temps.add(t.id, t.pos);
    for (const Programme& p : fw.programmes) progs.add(p.id, p.pos);
    for (const Role& r : fw.roles) roles_.add(r.id, r.pos);
    for (const Body& b : fw.bodies) bodies.add(b.id, b.pos);
    for (const Indicator& i : fw.indicators) indicators.add(i.id, i.pos);
    for (const Page& p : fw.pages) pages.add(p.id, p.pos);
    for (const auto& r : fw.rules.escalation) rules.add(r.id, r.pos);
    for (const auto& r : fw.rules.moderation) rules.add(r.id, r.pos);
    for (const auto& r : fw.rules.actions) rules.add(r.id, r.pos);
    for (const auto& r : fw.rules.deadlines) rules.add(r.id, r.pos);
    for (const auto& r : fw.rules.events) rules.add(r.id, r.pos);
    for (const auto& r : fw.rules.case_events) rules.add(r.id, r.pos);
  }

  void scales() {
    for (const Scale& s : fw.scales) {
      if (s.kind != ScaleKind::bands) continue;
      const Scale* target = scale(s.maps_to, {ScaleKind::grades}, "'maps_to'");
      for (const Band& b : s.bands) grade(target, b.grade);
    }
  }

  void standards() {
    for (StandardSection& sec : fw.standards)
      for (Standard& st : sec.standards) roles(st.applies_to);
  }

  void rubrics() {
    const std::vector<std::string> std_ids = standard_ids();
    for (Rubric& r : fw.rubrics) {
      const Scale* s = scale(r.scale, {ScaleKind::grades}, "a rubric");
      for (const JudgementGuidance& g : r.guidance) grade(s, g.grade);
      if (s) {
        std::set<std::string> seen;
        for (const Ref& g : r.grades)
          if (grade(s, g) && !seen.insert(g.id).second) d.error(g.pos, "grade '" + g.id + "' is listed twice in 'grades'");
        std::stable_sort(r.grades.begin(), r.grades.end(), [&](const Ref& x, const Ref& y) {
          return s->grade_rank(x.id).value_or(99) < s->grade_rank(y.id).value_or(99);
        });
      }
      for (RubricArea& a : r.areas) {
        for (const Ref& ref : a.standards) {
          if (Standard* st = fw.find_standard(ref.id)) st->described_by.push_back({r.id, a.id});
          else report_unknown_ref(d, ref, "standard", std_ids);
        }
        if (r.shape != RubricShape::matrix || !s) continue;
        for (const RubricCell& c : a.cells) {
          if (!grade(s, c.grade)) continue;
          if (!r.grades.empty() && std::none_of(r.grades.begin(), r.grades.end(),
                                                [&](const Ref& g) { return g.id == c.grade.id; }))
            hint(d.error(c.grade.pos, "area '" + a.id + "' describes grade '" + c.grade.id + "', which rubric '" + r.id +
                                          "' does not list in its 'grades'"),
                 "add '" + c.grade.id + "' to the rubric's 'grades', or remove this cell");
        }
        for (const Grade* g : described_grades(r, *s))
          if (std::none_of(a.cells.begin(), a.cells.end(), [&](const RubricCell& c) { return c.grade.id == g->id; }))
            hint(d.error(a.pos, "area '" + a.id + "' of rubric '" + r.id + "' has no cell for grade '" + g->id + "'"),
                 r.grades.empty() ? "a matrix rubric describes every grade of its scale in every area; to describe only "
                                    "some grades, list them under the rubric's 'grades'"
                                  : "the rubric describes " + join_and(ids_of(r.grades)) +
                                        " (its 'grades'): write a cell for each in every area");
        std::stable_sort(a.cells.begin(), a.cells.end(), [&](const RubricCell& x, const RubricCell& y) {
          return s->grade_rank(x.grade.id).value_or(99) < s->grade_rank(y.grade.id).value_or(99);
        });
      }
    }
  }

  void skills() {
    for (const SkillSet& set : fw.skill_sets) {
      const Scale* s = set.shape == SkillShape::levels ? scale(set.scale, {ScaleKind::levels}, "a skill set") : nullptr;
      if (!s) continue;
      for (const SkillGroup& g : set.groups)
        for (const Skill& sk : g.skills)
          for (const SkillLevel& l : sk.levels)
            if (!s->find_level(l.level)) {
              std::vector<std::string> vals = s->allowed_values();
              hint(d.error(l.pos, "level " + std::to_string(l.level) + " of skill '" + sk.id + "' is not on scale '" + s->id + "'"),
                   "the scale's levels are " + join_or(vals));
            }
    }
  }

  void condition(const Template& t, const Condition& c) {
    if (!c.field.id.empty()) {
      const HeaderField* f = t.find_field(c.field.id);
      if (!f) {
        std::vector<std::string> ids;
        for (const HeaderField& h : t.header) ids.push_back(h.id);
        report_unknown_ref(d, c.field, "header field", ids);
        return;
      }
      if (f->type == AnswerType::choice)
        if (const Scale* s = fw.find_scale(f->scale.id)) values_on(s, c);
    }
    if (!c.question.id.empty()) {
      const Question* q = t.find_question(c.question.id);
      if (!q) {
        std::vector<std::string> ids;
        for (const Section& s : t.sections)
          for (const Question& x : s.questions) ids.push_back(x.id);
        report_unknown_ref(d, c.question, "question", ids);
        return;
      }
      if (q->type != AnswerType::choice && q->type != AnswerType::rating) {
        hint(d.error(c.question.pos, "a condition can depend on a choice or rating question, and '" + q->id + "' is " +
                                         std::string(to_string(q->type))),
             "use a 'label' for conditions the auditor judges");
        return;
      }
      if (const Scale* s = fw.find_scale(q->scale.id)) values_on(s, c);
    }
  }

  void values_on(const Scale* s, const Condition& c) {
    const std::vector<std::string> allowed = s->allowed_values();
    if (s->kind == ScaleKind::bands) return;
    for (const Ref& v : c.values)
      if (std::find(allowed.begin(), allowed.end(), v.id) == allowed.end()) {
        Diagnostic& e = d.error(v.pos, "condition value '" + v.id + "' is not on scale '" + s->id + "'");
        if (auto best = closest(v.id, allowed)) hint(e, "did you mean '" + *best + "'?");
        else if (!allowed.empty()) hint(e, "use " + join_or(allowed));
      }
  }

  void templates_() {
    const std::vector<std::string> std_ids = standard_ids();
    std::vector<std::string> area_ids, skill_ids;
    for (const Rubric& r : fw.rubrics)
      for (const RubricArea& a : r.areas) area_ids.push_back(r.id + "/" + a.id);
    for (const SkillSet& set : fw.skill_sets)
      for (const SkillGroup& g : set.groups)
        for (const Skill& s : g.skills) skill_ids.push_back(s.id);

    for (Template& t : fw.templates) {
      roles(t.completed_by);
      if (t.due) due(*t.due);
      if (t.held_elsewhere) role(t.held_elsewhere->owner);
      for (const HeaderField& h : t.header)
        if (h.type == AnswerType::choice) scale(h.scale, {ScaleKind::choices, ScaleKind::rag}, "a choice field");
      for (Section& sec : t.sections) {
        roles(sec.completed_by);
        if (sec.kind == SectionKind::judgement || sec.kind == SectionKind::moderation)
          scale(sec.scale, {ScaleKind::grades}, "a " + std::string(to_string(sec.kind)) + " section");
        for (const TableColumn& col : sec.table_columns)
          if (sec.kind == SectionKind::table && col.type == AnswerType::choice)
            scale(col.scale, {ScaleKind::choices, ScaleKind::rag}, "a choice column");
        for (const Column& col : sec.columns)  // a parallel column answered its own way
          if (col.type == AnswerType::rating)
            scale(col.scale, {ScaleKind::grades, ScaleKind::levels, ScaleKind::bands}, "a rating column");
          else if (col.type == AnswerType::choice)
            scale(col.scale, {ScaleKind::choices, ScaleKind::rag}, "a choice column");
        for (const FeedbackSource& src : sec.sources) {
          if (src.when) condition(t, *src.when);
          // The source's own questions: their scales, and values of the follow-ups' conditions
          // (the question a condition names is checked where the template is read).
          for (const Question& q : src.questions) {
            if (q.type == AnswerType::rating)
              scale(q.scale, {ScaleKind::grades, ScaleKind::levels, ScaleKind::bands}, "a rating question");
            else if (q.type == AnswerType::choice)
              scale(q.scale, {ScaleKind::choices, ScaleKind::rag}, "a choice question");
            if (q.when && !q.when->question.id.empty())
              if (const Question* target = src.find_question(q.when->question.id))
                if (const Scale* ts = fw.find_scale(target->scale.id)) values_on(ts, *q.when);
          }
        }
        // A grid's columns are its scale's answers: one answer each, a box per answer.
        if (sec.grid && !sec.questions.empty())
          if (const Scale* gs = fw.find_scale(sec.questions.front().scale.id);
              gs && !gs->broken && (gs->kind == ScaleKind::bands || gs->multiple))
            hint(d.error(sec.pos, "section '" + sec.id + "' is a grid, but scale '" + gs->id + "' " +
                                      (gs->multiple ? "takes several answers" : "is a range of numbers")),
                 "a grid ticks one answer per question from a list: use a grades, levels or choices scale");
        for (Question& q : sec.questions) {
          if (q.type == AnswerType::rating)
            scale(q.scale, {ScaleKind::grades, ScaleKind::levels, ScaleKind::bands}, "a rating question");
          else if (q.type == AnswerType::choice)
            scale(q.scale, {ScaleKind::choices, ScaleKind::rag}, "a choice question");
          if (q.when) condition(t, *q.when);
          if (q.when && q.when->question.id == q.id)
            d.error(q.when->question.pos, "question '" + q.id + "' cannot depend on itself");
          for (const Ref& r : q.standards) {
            if (Standard* st = fw.find_standard(r.id)) st->checked_by.push_back({t.id, q.id});
            else report_unknown_ref(d, r, "standard", std_ids);
          }
          for (const Ref& r : q.rubric_areas) {
            const std::size_t slash = r.id.find('/');
            Rubric* rub = nullptr;
            for (Rubric& x : fw.rubrics)
              if (slash != std::string::npos && x.id == r.id.substr(0, slash)) rub = &x;
            RubricArea* area = nullptr;
            if (rub)
              for (RubricArea& a : rub->areas)
                if (a.id == r.id.substr(slash + 1)) area = &a;
            if (area) {
              area->checked_by.push_back({t.id, q.id});
              continue;
            }
            if (slash == std::string::npos) {
              Diagnostic& e = d.error(r.pos, "rubric area '" + r.id + "' must be written as 'rubric-id/area-id'");
              for (const std::string& a : area_ids)
                if (a.substr(a.find('/') + 1) == r.id) hint(e, "did you mean '" + a + "'?");
            } else if (rub) {
              // The rubric exists: name the area it lacks, and the areas it has.
              std::vector<std::string> own;
              for (const RubricArea& a : rub->areas) own.push_back(a.id);
              const std::string missing = r.id.substr(slash + 1);
              Diagnostic& e = d.error(r.pos, "rubric '" + rub->id + "' has no area '" + missing + "'");
              if (auto best = closest(missing, own)) hint(e, "did you mean '" + rub->id + "/" + *best + "'?");
              else if (!own.empty()) hint(e, "its areas are " + join_or(own));
            } else {
              report_unknown_ref(d, r, "rubric area", area_ids);
            }
          }
          for (const Ref& r : q.skills) {
            bool found = false;
            for (SkillSet& set : fw.skill_sets)
              for (SkillGroup& g : set.groups)
                for (Skill& s : g.skills)
                  if (s.id == r.id) s.observed_by.push_back({t.id, q.id}), found = true;
            if (!found) report_unknown_ref(d, r, "skill", skill_ids);
          }
        }
      }
    }
  }

  void rules() {
    for (const EscalationRule& r : fw.rules.escalation) {
      grade(scale(r.scale, {ScaleKind::grades}, "an escalation rule"), r.grade);
      roles(r.notify);
      templates(r.templates);
    }
    for (const ModerationRule& r : fw.rules.moderation) {
      // A framework still in use should say how many audits are moderated; a superseded one
      // shows the size as not recorded.
      if (!r.sample_percent && fw.meta.status != "superseded")
        hint(d.warning(r.pos, "moderation rule '" + r.id + "' has no 'sample_percent': the site shows the sample size "
                              "as \"not recorded\""),
             "say what share of audits is moderated, e.g. 'sample_percent: 10'");
      roles(r.by);
      templates(r.templates);
    }
    for (const ActionsRule& r : fw.rules.actions) {
      grade(scale(r.scale, {ScaleKind::grades}, "an actions rule"), r.below);
      templates(r.templates);
    }
    for (const DeadlineRule& r : fw.rules.deadlines) templates(r.templates);
    for (const CaseEventRule& r : fw.rules.case_events) roles(r.notify);
    for (const EventRule& r : fw.rules.events) {
      roles(r.notify);
      templates(r.templates);
      // A moderation event needs a form that can be moderated (a template with errors of its own is not judged).
      if (r.on == EventTrigger::completed) continue;
      for (const Ref& t : r.templates) {
        const Template* tp = fw.find_template(t.id);
        if (!tp || tp->incomplete) continue;
        const Section* mod = tp->find_section(SectionKind::moderation);
        if (!mod)
          hint(d.error(t.pos, "event rule '" + r.id + "' is set off when an audit is " + std::string(to_string(r.on)) +
                                  ", but template '" + t.id + "' has no moderation section"),
               "use 'on: completed', or name templates that are moderated");
        else if (r.on == EventTrigger::returned && !mod->returns)
          hint(d.error(t.pos, "event rule '" + r.id + "' is set off when an audit is returned for rework, but template '" +
                                  t.id + "' does not let its moderator return an audit"),
               "add 'returns: true' to the template's moderation section, or name templates whose moderators may return audits");
      }
      // With no templates named, the rule needs at least one template whose moderator may return an audit.
      if (r.on == EventTrigger::returned && r.templates.empty() &&
          std::none_of(fw.templates.begin(), fw.templates.end(), [](const Template& t) {
            const Section* mod = t.find_section(SectionKind::moderation);
            return t.incomplete || (mod && mod->returns);
          }))
        hint(d.error(r.pos, "event rule '" + r.id + "' is set off when an audit is returned for rework, but no template "
                            "lets its moderator return an audit"),
             "add 'returns: true' to a template's moderation section");
    }
  }

  /// A due time names a programme that has the day it counts from.
  void due(const DueTime& dt) {
    const Programme* p = nullptr;
    std::vector<std::string> ids;
    for (const Programme& x : fw.programmes) {
      ids.push_back(x.id);
      if (x.id == dt.programme.id) p = &x;
    }
    if (!p) {
      report_unknown_ref(d, dt.programme, "programme", ids);
      return;
    }
    std::vector<std::string> days;
    for (const ProgrammeEntry& e : p->entries)
      if (e.day > 0 && std::find(days.begin(), days.end(), std::to_string(e.day)) == days.end())
        days.push_back(std::to_string(e.day));
    if (std::find(days.begin(), days.end(), std::to_string(dt.day)) != days.end()) return;
    Diagnostic& e = d.error(dt.pos, "programme '" + p->id + "' has no Day " + std::to_string(dt.day));
    if (days.empty()) hint(e, "its entries are not timed by day: give them 'day', or count the due time from another programme");
    else hint(e, "its days are " + join_or(days));
  }

  void programmes() {
    for (const Programme& p : fw.programmes)
      for (const FrequencyRow& row : p.rows) {
        role(row.role);
        for (const Ref& r : row.to) body_or_role(r);
      }
  }

  // Who a body reports to, or a report goes to: a body or a role.
  void body_or_role(const Ref& r) {
    if (r.id.empty() || fw.find_body(r.id) || fw.find_role(r.id)) return;
    std::vector<std::string> ids;
    for (const Body& x : fw.bodies) ids.push_back(x.id);
    for (const Role& x : fw.roles) ids.push_back(x.id);
    report_unknown_ref(d, r, "body or role", ids);
  }

  // A chair or member written as an id names a role; words name someone who is not one.
  void person(const BodyPerson& p) {
    if (p.role.id.empty() || fw.find_role(p.role.id)) return;
    std::vector<std::string> ids;
    for (const Role& x : fw.roles) ids.push_back(x.id);
    hint(report_unknown_ref(d, p.role, "role", ids),
         "someone who is not a role is written in words, with a capital or a space: 'A parent representative'");
  }

  void bodies() {
    for (const Body& b : fw.bodies) {
      person(b.chair);
      for (const BodyPerson& m : b.members) person(m);
      for (const Ref& r : b.reports_to) body_or_role(r);
      for (const Ref& r : b.reports_to)
        if (r.id == b.id) hint(d.error(r.pos, "body '" + b.id + "' reports to itself"), "name the body or role it reports to");
    }
  }

  void indicators() {
    for (const Indicator& i : fw.indicators) {
      role(i.owner);
      for (const Ref& r : i.reviewed_at) body_or_role(r);
    }
  }

  // Terms are one each, whatever their capitals ("PEP" and "Pep"); each gets an anchor made from
  // it ("term-pep"), numbered on when two terms make the same one ("S 47" and "S-47").
  void glossary() {
    std::map<std::string, const GlossaryEntry*> first;
    std::set<std::string> anchors;
    for (std::size_t i = 0; i < fw.glossary.size(); ++i) {
      GlossaryEntry& e = fw.glossary[i];
      auto [it, fresh] = first.emplace(detail::glossary_key(e.term), &e);
      if (!fresh) {
        Diagnostic& err = d.error(e.pos, "duplicate glossary term '" + e.term + "'");
        if (it->second->term == e.term)
          hint(err, "first defined at " + it->second->pos.str());
        else
          hint(err, "'" + it->second->term + "' is defined at " + it->second->pos.str() +
                        ": terms are the same whatever their capitals");
      }
      const bool has_letters = std::any_of(e.term.begin(), e.term.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      });
      // A term of other letters only ("Ψ") is known by its place in the glossary.
      const std::string base = "term-" + (has_letters ? slugify(e.term) : std::to_string(i + 1));
      e.anchor = base;
      for (int k = 2; !anchors.insert(e.anchor).second; ++k) e.anchor = base + "-" + std::to_string(k);
    }
  }

  void roles_() {
    for (const Role& r : fw.roles) {
      if (r.inherits.id.empty()) continue;
      role(r.inherits);
      // Walk the chain; a chain that comes back to r is a cycle (reported once, at r).
      std::set<std::string> seen{r.id};
      for (const Role* x = fw.find_role(r.inherits.id); x; x = x->inherits.id.empty() ? nullptr : fw.find_role(x->inherits.id)) {
        if (x->id == r.id) {
          hint(d.error(r.inherits.pos, "role '" + r.id + "' inherits from itself through 'inherits'"),
               "roles inherit in one direction only: remove one 'inherits' in the circle");
          break;
        }
        if (!seen.insert(x->id).second) break;
      }
    }
  }
};

}  // namespace

void resolve_framework(Framework& fw, Diagnostics& diags) {
  Resolver r{fw, diags};
  r.duplicates();
  r.scales();
  r.standards();
  r.rubrics();
  r.skills();
  r.templates_();
  r.rules();
  r.programmes();
  r.roles_();
  r.bodies();
  r.indicators();
  r.glossary();
}

}  // namespace qaf
