// The framework handbook: cover, contents, then every structure of the framework as a part, with bookmarks and page labels.
#include <algorithm>
#include <cctype>

#include "print/booklet_parts.hpp"
#include "site/site_paths.hpp"
#include "support/plural.hpp"

namespace qaf::print {

using namespace detail;
using layout::Block;
using layout::Runs;

namespace {

/// Starts a part on a new page in orientation `o`.
void new_part(Blocks& out, layout::Orientation o, bool restart = false) {
  out.push_back(Block{layout::PageBreak{restart, layout::NumberStyle::decimal, o}, {}});
}

/// Two columns of label and value, rows without a value left out.
Block facts_table(const std::vector<std::pair<std::string, std::string>>& facts, const SourcePos& pos) {
  layout::Table t;
  t.header_rows = 0;
  t.row_headers = true;
  t.columns = {layout::Column{150, true}, layout::Column{1, false}};
  for (const auto& [label, value] : facts)
    if (!value.empty()) t.rows.push_back({{bold(label)}, {plain(value)}});
  return Block{std::move(t), pos};
}

void add_cover(const Framework& fw, const PrintOptions& options, Blocks& out) {
  const FrameworkMeta& m = fw.meta;
  // Front matter is numbered i, ii...; the parts restart at 1.
  out.push_back(Block{layout::PageBreak{true, layout::NumberStyle::roman_lower}, {}});
  out.push_back(heading(1, m.title, "cover", m.pos, false));
  if (!m.council.empty()) out.push_back(paragraph({bold(m.council)}, m.pos));
  // The council is already in bold above: the table starts at the version.
  auto facts = m.facts();
  std::erase_if(facts, [](const auto& f) { return f.first == "Council"; });
  if (!options.site_url.empty()) facts.emplace_back("Online version", options.site_url + site_paths::framework(fw.id));
  out.push_back(facts_table(facts,
                            m.pos));
  out.push_back(heading(1, "Contents", "contents", m.pos, false));
  out.push_back(Block{layout::TableOfContents{2}, m.pos});
}

void add_overview(const Framework& fw, const versions::Step* changes, Blocks& out) {
  const FrameworkMeta& m = fw.meta;
  new_part(out, layout::Orientation::portrait, true);
  out.push_back(heading(1, "About this framework", "about", m.pos));
  add_markdown(m.summary, out, 1);
  if (!m.audience.empty()) {
    out.push_back(heading(2, "Who it is for", "audience", m.pos));
    layout::Table t;
    t.columns = {layout::Column{2, false}, layout::Column{1, false}};
    t.rows.push_back({{plain("Who")}, {plain("Involvement")}});
    for (const auto& a : m.audience) t.rows.push_back({{plain(a.who)}, {plain(a.involvement)}});
    out.push_back(Block{std::move(t), m.pos});
  }
  if (!m.changes.empty()) {
    out.push_back(heading(2, "Change history", "changes", m.pos));
    layout::Table t;
    t.columns = {layout::Column{80, true}, layout::Column{50, true}, layout::Column{3, false}, layout::Column{1.2, false}};
    t.rows.push_back({{plain("Date")}, {plain("Version")}, {plain("Summary")}, {plain("Author")}});
    for (const auto& c : m.changes)
      t.rows.push_back({{plain(c.date.long_form())}, {plain(c.version)}, markdown_runs(c.summary.markdown), {plain(c.author)}});
    out.push_back(Block{std::move(t), m.pos});
  }
  if (changes) add_changes_section(*changes, m.pos, out);
}

void add_pages(const Framework& fw, Blocks& out, const Images* images) {
  std::vector<const Page*> pages;
  for (const Page& p : fw.pages) pages.push_back(&p);
  std::stable_sort(pages.begin(), pages.end(), [](const Page* a, const Page* b) { return a->order < b->order; });
  for (const Page* p : pages) {
    new_part(out, layout::Orientation::portrait);
    out.push_back(heading(1, p->title, page_dest(p->id), p->pos));
    add_markdown_body(p->body, SourcePos{p->pos.file, p->body_line, 1}, p->title, out, 0, images);
  }
}

/// How a question is answered, in words: "Yes, Partially, No or N/A", "a date"...
std::string answer_words(const Framework& fw, const Question& q) {
  const Scale* s = q.scale.id.empty() ? nullptr : fw.find_scale(q.scale.id);
  switch (q.type) {
    case AnswerType::rating:
    case AnswerType::choice:
      if (!s) return "a choice";
      if (s->kind == ScaleKind::bands)
        return "a score from " + number_text(s->min) + " to " + number_text(s->max) + (q.not_applicable ? ", or N/A" : "");
      if (q.not_applicable) {
        std::vector<std::string> labels = scale_labels(*s);
        labels.push_back(kNotApplicableLabel);
        return join_words(labels, " or ");
      }
      return (s->multiple ? "tick any of " : "") + join_words(scale_labels(*s), " or ");
    case AnswerType::number:
      return q.min && q.max ? "a number from " + number_text(*q.min) + " to " + number_text(*q.max) : "a number";
    case AnswerType::date: return "a date";
    case AnswerType::text: return "written answer";
    case AnswerType::evidence: return "evidence (where it is in the record)";
  }
  return "";
}

void add_template_summary(const Framework& fw, const Template& t, Blocks& out) {
  out.push_back(heading(2, t.title, template_dest(t.id), t.pos));
  add_markdown(t.purpose, out, 2);
  out.back().keep_with_next = true;  // with what it introduces
  if (!t.completed_by.empty())
    out.push_back(paragraph({bold("Completed by: "), plain(join_words(role_titles(fw, t.completed_by), " or "))}, t.pos, true));
  if (t.due) out.push_back(paragraph({bold("Due: "), plain(fw.due_text(*t.due) + ".")}, t.due->pos, true));
  if (t.held_elsewhere) {  // a tool held elsewhere: who keeps it and where, no form
    out.push_back(paragraph({italic("Held elsewhere: no form in this handbook.")}, t.held_elsewhere->pos, true));
    out.push_back(paragraph({bold("Kept by: "), plain(join_words(role_titles(fw, {t.held_elsewhere->owner})))}, t.held_elsewhere->pos, true));
    out.push_back(paragraph({bold("Where: "), plain(t.held_elsewhere->where)}, t.held_elsewhere->pos, true));
    return;
  }
  out.push_back(paragraph({bold("Blank form: "), plain(site_paths::template_pdf(fw.id, t.id))}, t.pos, true));
  if (!t.header.empty()) {
    std::vector<std::string> labels;
    for (const auto& h : t.header) labels.push_back(h.label);
    out.push_back(paragraph({bold("Details recorded: "), plain(join_words(labels))}, t.pos, true));
  }
  for (const Section& sec : t.sections) {
    const std::string number = t.section_number(sec);
    out.push_back(heading(3, number.empty() ? sec.title : number + ". " + sec.title, "", sec.pos));
    add_section_completers(fw, sec, out);
    switch (sec.kind) {
      case SectionKind::questions: {
        if (sec.parallel()) {
          // Each column, with how it is answered when not as each question says.
          std::vector<std::string> titles;
          std::string guidance;
          for (const Column& c : sec.columns) {
            if (c.shows_guidance) guidance = c.title;
            else if (c.type && !sec.questions.empty()) titles.push_back(c.title + " (" + answer_words(fw, c.asks(sec.questions.front())) + ")");
            else titles.push_back(c.title);
          }
          out.push_back(paragraph({italic("Answered in columns: " + join_words(titles) + "." +
                                          (guidance.empty() ? "" : " " + guidance + ": given for each question."))},
                                  sec.pos, true));
        }
        // Each question a paragraph led by the number it has on the form and the web page.
        auto question_list = [&](const std::vector<const Question*>& questions) {
          for (const Question* q : questions) {
            Runs item;
            const std::string number = t.question_number(q->id);
            if (!number.empty()) item.push_back(bold(number + "  "));
            if (q->when) item.push_back(plain(fw.condition_text(t, *q->when) + ": ", layout::Style::bold_italic));
            for (auto& r : markdown_runs(q->full_markdown())) item.push_back(std::move(r));
            item.push_back(italic("\nAnswer: " + answer_words(fw, *q) + (q->comment ? ", with a comment" : "") + "."));
            out.push_back(paragraph(std::move(item), q->pos));
          }
        };
        if (sec.side_by_side) {
          // Each column's questions under its title.
          for (const Column& c : sec.columns) {
            out.push_back(paragraph({bold(c.title)}, c.pos, false, true));
            question_list(sec.questions_in(c.id));
          }
        } else {
          std::vector<const Question*> qs;
          for (const Question& q : sec.questions) qs.push_back(&q);
          question_list(qs);
        }
        break;
      }
      case SectionKind::judgement: {
        const Scale* s = fw.find_scale(sec.scale.id);
        std::string how = sec.compute == Compute::given ? "given by the auditor"
                          : sec.compute == Compute::worst ? "the lowest of the grades given"
                          : sec.compute == Compute::best  ? "the highest of the grades given"
                                                          : "the average of the grades given";
        out.push_back(paragraph({plain("One overall grade (" + (s ? join_words(scale_labels(*s), " or ") : sec.scale.id) +
                                       "): " + how + ".")},
                                sec.pos, true));
        break;
      }
      case SectionKind::actions: {
        std::vector<std::string> titles;
        for (const auto& c : sec.table_columns) titles.push_back(c.title);
        out.push_back(paragraph({plain("A table of actions: " + join_words(titles) + ".")}, sec.pos, true));
        break;
      }
      case SectionKind::feedback:
        for (const FeedbackSource& src : sec.sources) {
          Runs runs{bold(src.title)};
          if (src.when) runs.push_back(plain(" (" + fw.condition_text(t, *src.when) + ")", layout::Style::bold_italic));
          if (!src.questions.empty())
            runs.push_back(plain(src.questions.size() == 1 ? ". One question of its own" :
                                 ". " + std::to_string(src.questions.size()) + " questions of its own"));
          if (!src.not_given_reasons.empty())
            runs.push_back(plain(". Not given because: " + join_words(src.not_given_reasons, " or ") + "."));
          out.push_back(paragraph(std::move(runs), src.pos, true));
        }
        break;
      case SectionKind::moderation:
        out.push_back(paragraph({plain("The moderator, the date, whether they agree with the grade, their own grade "
                                       "and any further actions.")},
                                sec.pos, true));
        for (const ModerationCheck& k : sec.checks) {
          Runs item = markdown_runs(k.text.markdown);
          item.push_back(italic("\nAnswer: yes or no."));
          out.push_back(paragraph(std::move(item), k.pos));
        }
        if (sec.returns)
          out.push_back(paragraph({plain("The moderator may return the audit to the auditor, saying what must change; "
                                         "returning it does not move the deadline.")},
                                  sec.pos, true));
        break;
      case SectionKind::table: {
        std::vector<std::string> titles;
        for (const auto& c : sec.table_columns) titles.push_back(c.title);
        out.push_back(paragraph({plain("A table, a row for each entry: " + join_words(titles) + ".")}, sec.pos, true));
        break;
      }
      case SectionKind::signatures: {
        std::vector<std::string> titles;
        for (const auto& s : sec.signatories) titles.push_back(s.title);
        out.push_back(paragraph({plain("Signed by: " + join_words(titles) + ".")}, sec.pos, true));
        break;
      }
    }
  }
}

void add_scale(const Framework& fw, const Scale& s, Blocks& out) {
  out.push_back(heading(2, s.title, scale_dest(s.id), s.pos));
  add_markdown(s.description, out, 2);
  out.back().keep_with_next = true;  // with what it introduces
  layout::Table t;
  switch (s.kind) {
    case ScaleKind::grades:
      t.columns = {layout::Column{50, true}, layout::Column{1, false}, layout::Column{2.5, false}};
      t.rows.push_back({{plain("Code")}, {plain("Grade")}, {plain("What it means")}});
      for (const auto& g : s.grades)
        t.rows.push_back({{plain(std::to_string(g.code))}, {bold(g.label)}, markdown_runs(g.description.markdown)});
      break;
    case ScaleKind::levels:
      t.columns = {layout::Column{50, true}, layout::Column{1, false}, layout::Column{2.5, false}};
      t.rows.push_back({{plain("Level")}, {plain("Label")}, {plain("What it means")}});
      for (const auto& l : s.levels)
        t.rows.push_back({{plain(std::to_string(l.value))}, {bold(l.label)}, markdown_runs(l.description.markdown)});
      break;
    case ScaleKind::bands: {
      const Scale* grades = fw.find_scale(s.maps_to.id);
      t.columns = {layout::Column{1, false}, layout::Column{2, false}};
      t.rows.push_back({{plain("Score")}, {plain("Counts as")}});
      for (const Band* b : bands_in_order(s)) {  // from the bottom of the range up, as on the site
        const Grade* g = grades ? grades->find_grade(b->grade.id) : nullptr;
        t.rows.push_back({{plain(number_text(b->from) + " to " + number_text(b->to))}, {plain(g ? g->label : b->grade.id)}});
      }
      break;
    }
    case ScaleKind::choices:
    case ScaleKind::rag:
      t.columns = {layout::Column{1, false}, layout::Column{2, false}};
      t.rows.push_back({{plain("Answer")}, {plain("Counts as")}});
      for (const auto& o : s.options)
        t.rows.push_back({{plain(o.label)},
                          {plain(o.not_applicable ? "left out of rates (not applicable)"
                                 : o.score        ? "a score of " + number_text(*o.score)
                                                  : "")}});
      if (s.multiple) out.push_back(paragraph({italic("Any number of answers may be ticked.")}, s.pos, true));
      break;
  }
  out.push_back(Block{std::move(t), s.pos});
}

std::string grade_label(const Framework& fw, const Ref& scale, const Ref& grade) {
  const Scale* s = fw.find_scale(scale.id);
  const Grade* g = s ? s->find_grade(grade.id) : nullptr;
  return g ? g->label : grade.id;
}

std::string template_names(const Framework& fw, const std::vector<Ref>& templates) {
  if (templates.empty()) return "every template";
  std::vector<std::string> names;
  for (const auto& r : templates) {
    const Template* t = fw.find_template(r.id);
    names.push_back(t ? t->title : r.id);
  }
  return join_words(names);
}

// Which grade the escalation and actions rules read (see AuditRecord::rule_grade).
constexpr const char* kFinalGrade =
    "Rules read an audit's final grade: the moderator's own grade when a moderator disagreed with the auditor, "
    "otherwise the auditor's.";

void add_rules(const Framework& fw, Blocks& out) {
  const Rules& r = fw.rules;
  out.push_back(heading(1, "Rules", "rules", fw.meta.pos));
  if (!r.escalation.empty()) {
    out.push_back(heading(2, "Escalation", "rules-escalation", r.escalation.front().pos));
    out.push_back(paragraph({plain(kFinalGrade)}, r.escalation.front().pos));
    for (const auto& e : r.escalation) {
      const std::string grade = grade_label(fw, e.scale, e.grade) + (e.or_worse ? " or worse" : "");
      out.push_back(paragraph({bold("When the overall grade is " + grade + ": "),
                               plain("tell " + join_words(role_titles(fw, e.notify)) +
                                     (e.within.empty() ? "" : " within " + e.within) + " (" + template_names(fw, e.templates) + ").")},
                              e.pos, false, !e.note.empty()));
      add_markdown(e.note, out, 2, true);
    }
  }
  if (!r.moderation.empty()) {
    out.push_back(heading(2, "Moderation", "rules-moderation", r.moderation.front().pos));
    for (const auto& m : r.moderation) {
      out.push_back(paragraph({bold(m.sample_percent ? std::to_string(*m.sample_percent) + "% of audits"
                                                     : std::string("A sample of audits (size not recorded)")),
                               plain((m.minimum > 0 ? ", at least " + std::to_string(m.minimum) + " per team," : std::string()) +
                                     (m.sample_percent ? " are" : " is") + " moderated by " +
                                     join_words(role_titles(fw, m.by), " or ") + " (" +
                                     template_names(fw, m.templates) + ").")},
                              m.pos, false, !m.note.empty()));
      add_markdown(m.note, out, 2, true);
    }
  }
  if (!r.actions.empty()) {
    out.push_back(heading(2, "Actions", "rules-actions", r.actions.front().pos));
    out.push_back(paragraph({plain(kFinalGrade)}, r.actions.front().pos));
    for (const auto& a : r.actions) {
      out.push_back(paragraph({bold("Below " + grade_label(fw, a.scale, a.below) + ": "),
                               plain("at least " + std::to_string(a.minimum) + (a.minimum == 1 ? " action" : " actions") +
                                     " (" + template_names(fw, a.templates) + ").")},
                              a.pos, false, !a.note.empty()));
      add_markdown(a.note, out, 2, true);
    }
  }
  if (!r.events.empty()) {
    out.push_back(heading(2, "Notifications", "rules-events", r.events.front().pos));
    for (const auto& e : r.events) {
      out.push_back(paragraph({bold(event_when(e) + ": "),
                               plain("tell " + join_words(role_titles(fw, e.notify)) +
                                     (e.within.empty() ? "" : " within " + e.within) + " (" + template_names(fw, e.templates) + ").")},
                              e.pos, false, !e.note.empty()));
      add_markdown(e.note, out, 2, true);
    }
  }
  if (!r.case_events.empty()) {
    out.push_back(heading(2, "When something happens in a case", "rules-case-events", r.case_events.front().pos));
    for (const auto& e : r.case_events) {
      out.push_back(paragraph({bold(e.event + ": "),
                               plain("tell " + join_words(case_event_recipients(role_titles(fw, e.notify), e)) +
                                     (e.within.empty() ? "" : " within " + e.within) + ".")},
                              e.pos, false, !e.note.empty()));
      add_markdown(e.note, out, 2, true);
    }
  }
  if (!r.deadlines.empty()) {
    out.push_back(heading(2, "Action deadlines", "rules-deadlines", r.deadlines.front().pos));
    for (const auto& d : r.deadlines) {
      out.push_back(paragraph({bold("Due dates: "), plain("a real date, no more than " + std::to_string(d.max_days) +
                                                          " days after the audit (" + template_names(fw, d.templates) + ").")},
                              d.pos, false, !d.note.empty()));
      add_markdown(d.note, out, 2, true);
    }
  }
}

void add_programme(const Framework& fw, const Programme& p, Blocks& out) {
  out.push_back(heading(2, p.title, programme_dest(p.id), p.pos));
  add_markdown(p.intro, out, 2);
  out.back().keep_with_next = true;  // with what it introduces
  layout::Table t;
  if (p.kind == ProgrammeKind::frequency) {
    // A "Reported to" column only when some row says who receives it; a report's contents
    // are bulleted under its activity, and which cases a row samples follows them. Grouped
    // rows get a table each, under their group's name in bold.
    const bool has_to = std::any_of(p.rows.begin(), p.rows.end(), [](const FrequencyRow& r) { return !r.to.empty(); });
    auto new_table = [&] {
      layout::Table g;
      g.columns = {layout::Column{1.2, false}, layout::Column{2, false}, layout::Column{1, false}};
      std::vector<Runs> header{{plain("Role")}, {plain("Activity")}, {plain("How often")}};
      if (has_to) g.columns.push_back(layout::Column{1.2, false}), header.push_back({plain("Reported to")});
      g.columns.push_back(layout::Column{1.5, false});
      header.push_back({plain("Note")});
      g.rows.push_back(std::move(header));
      return g;
    };
    auto row_of = [&](const FrequencyRow& r) {
      const Role* role = fw.find_role(r.role.id);
      Runs activity{plain(r.activity)};
      for (const Text& c : r.contents) {
        activity.push_back(plain("\n\u2022 "));
        for (auto& run : markdown_runs(c.markdown)) activity.push_back(std::move(run));
      }
      if (r.has_case_sample) activity.push_back(italic("\nSample: " + sample_text(r.case_sample)));
      std::vector<Runs> row{{plain(role ? role->title : r.role.id)}, std::move(activity), {plain(how_often(r))}};
      if (has_to) {
        std::vector<std::string> to;
        for (const Ref& x : r.to) {
          const Body* b = fw.find_body(x.id);
          const Role* ro = fw.find_role(x.id);
          to.push_back(b ? b->title : ro ? ro->title : x.id);
        }
        row.push_back({plain(join_words(to))});
      }
      row.push_back({plain(r.note)});
      return row;
    };
    const auto grouped = grouped_rows(p.rows);
    if (grouped.size() > 1 || (grouped.size() == 1 && !grouped[0].first.empty())) {
      for (const auto& [group, members] : grouped) {
        if (!group.empty()) out.push_back(paragraph({bold(group)}, members.front()->pos, false, true));
        layout::Table g = new_table();
        for (const FrequencyRow* r : members) g.rows.push_back(row_of(*r));
        out.push_back(Block{std::move(g), members.front()->pos});
      }
      return;
    }
    t = new_table();
    for (const auto& r : p.rows) t.rows.push_back(row_of(r));
  } else {
    // A "When" column for timed entries, a "Theme" column for grouped ones, then what is done.
    const bool has_when = std::any_of(p.entries.begin(), p.entries.end(),
                                      [](const ProgrammeEntry& e) { return !entry_when(e).empty(); });
    const bool has_theme = std::any_of(p.entries.begin(), p.entries.end(),
                                       [](const ProgrammeEntry& e) { return !e.theme.empty(); });
    std::vector<Runs> header;
    if (has_when) t.columns.push_back(layout::Column{110, true}), header.push_back({plain("When")});
    if (has_theme) t.columns.push_back(layout::Column{110, true}), header.push_back({plain("Theme")});
    // With columns (one per service area), a column each, in the programme's order.
    if (p.columns.empty()) {
      t.columns.push_back(layout::Column{1, false});
      header.push_back({plain(p.kind == ProgrammeKind::focus ? "Area of focus" : "Activities")});
    }
    for (const ProgrammeColumn& col : p.columns)
      t.columns.push_back(layout::Column{1, false}), header.push_back({plain(col.title)});
    t.rows.push_back(std::move(header));
    auto runs_of = [](const std::vector<Text>& list) {
      Runs items;
      for (const auto& i : list) {
        if (!items.empty()) items.push_back(plain("\n"));
        if (list.size() > 1) items.push_back(plain("\u2022 "));
        for (auto& r : markdown_runs(i.markdown)) items.push_back(std::move(r));
      }
      return items;
    };
    for (const auto& e : p.entries) {
      std::vector<Runs> row;
      if (has_when) row.push_back({bold(entry_when(e))});
      if (has_theme) row.push_back({has_when ? plain(e.theme) : bold(e.theme)});
      if (p.columns.empty()) row.push_back(runs_of(e.items));
      for (std::size_t i = 0; i < p.columns.size(); ++i)
        row.push_back(i < e.cells.size() ? runs_of(e.cells[i]) : Runs{});
      t.rows.push_back(std::move(row));
    }
  }
  if (t.rows.size() > 1) out.push_back(Block{std::move(t), p.pos});
}

void add_role(const Framework& fw, const Role& r, Blocks& out) {
  out.push_back(heading(2, r.title, role_dest(r.id), r.pos));
  add_markdown(r.summary, out, 2);
  if (const Role* parent = r.inherits.id.empty() ? nullptr : fw.find_role(r.inherits.id)) {
    layout::Run title = italic(parent->title);
    title.link = role_dest(parent->id);
    out.push_back(paragraph({italic(fw.inherited_lead(*parent)), title, italic(", and also:")}, r.pos, false, true));
  }
  layout::List list;
  for (const auto& resp : r.responsibilities) list.items.push_back(markdown_runs(resp.markdown));
  if (!list.items.empty()) out.push_back(Block{std::move(list), r.pos});
}

// A board, panel or team: its purpose, then chair, meetings and reporting line as a table of
// facts (role titles, not ids), then its members.
void add_body(const Framework& fw, const Body& b, Blocks& out) {
  out.push_back(heading(2, b.title, body_dest(b.id), b.pos));
  add_markdown(b.purpose, out, 2);
  std::vector<std::pair<std::string, std::string>> facts;
  facts.emplace_back("Chair", fw.person_label(b.chair));
  if (b.meets)
    facts.emplace_back("Meets", how_often(b.meets_how_often) + (b.meetings_note.empty() ? "" : ". " + b.meetings_note));
  std::vector<std::string> to;
  for (const Ref& r : b.reports_to) {
    const Body* x = fw.find_body(r.id);
    const Role* role = fw.find_role(r.id);
    to.push_back(x ? x->title : role ? role->title : r.id);
  }
  facts.emplace_back("Reports to", join_words(to));
  if (std::any_of(facts.begin(), facts.end(), [](const auto& f) { return !f.second.empty(); }))
    out.push_back(facts_table(facts, b.pos));
  if (b.members.empty()) return;
  out.push_back(paragraph({bold("Members")}, b.pos, false, true));
  layout::List list;
  for (const BodyPerson& m : b.members) list.items.push_back({plain(fw.person_label(m))});
  out.push_back(Block{std::move(list), b.pos});
}

// A glossary term: the term and what it stands for in bold, kept with its meaning, then its other names.
void add_glossary_entry(const GlossaryEntry& e, Blocks& out) {
  layout::Runs term{bold(e.term)};
  if (!e.stands_for.empty()) term.push_back(plain(" \u2014 " + e.stands_for));
  out.push_back(paragraph(std::move(term), e.pos, false, true));
  add_markdown(e.meaning, out, 2);
  std::string also;
  for (const std::string& s : e.synonyms) also += (also.empty() ? "" : ", ") + s;
  if (!also.empty()) out.push_back(paragraph({italic("Also called: "), plain(also)}, e.pos));
}

// A performance indicator: its description, then unit, source, how often, owner and where it
// is looked at as a table of facts.
void add_indicator(const Framework& fw, const Indicator& i, Blocks& out) {
  out.push_back(heading(2, i.title, indicator_dest(i.id), i.pos));
  add_markdown(i.description, out, 2);
  std::string measured = i.unit.empty() ? "" : unit_label(i.unit);
  if (!i.better.empty()) measured += (measured.empty() ? "" : ". ") + better_label(i.better);
  std::vector<std::string> at;
  for (const Ref& r : i.reviewed_at) {
    const Body* b = fw.find_body(r.id);
    const Role* role = fw.find_role(r.id);
    at.push_back(b ? b->title : role ? role->title : r.id);
  }
  const Role* owner = i.owner.id.empty() ? nullptr : fw.find_role(i.owner.id);
  const std::vector<std::pair<std::string, std::string>> facts{
      {"Measured as", measured},
      {"Where the figure comes from", i.source},
      {"Reported", i.reported ? how_often(i.how_often) : ""},
      {"Owner", owner ? owner->title : ""},
      {"Looked at by", join_words(at)}};
  if (std::any_of(facts.begin(), facts.end(), [](const auto& f) { return !f.second.empty(); }))
    out.push_back(facts_table(facts, i.pos));
}

}  // namespace

layout::Document handbook_document(const Framework& fw, const PrintOptions& options, const versions::Step* changes) {
  layout::Document doc = new_document(fw, fw.meta.title, site_paths::framework(fw.id), options);
  doc.furniture.header_right = "Handbook";
  Blocks& out = doc.blocks;
  add_cover(fw, options, out);
  add_overview(fw, changes, out);
  add_pages(fw, out, options.images);
  if (!fw.standards.empty()) {
    new_part(out, layout::Orientation::portrait);
    add_standards_part(fw, "Practice standards", out);
  }
  for (const Rubric& r : fw.rubrics) {
    new_part(out, is_wide(r) ? layout::Orientation::landscape : layout::Orientation::portrait);
    add_rubric_part(fw, r, out);
  }
  for (const SkillSet& s : fw.skill_sets) {
    new_part(out, is_wide(s) ? layout::Orientation::landscape : layout::Orientation::portrait);
    add_skill_set_part(fw, s, out);
  }
  if (!fw.templates.empty()) {
    new_part(out, layout::Orientation::portrait);
    out.push_back(heading(1, "Templates", "templates", fw.meta.pos));
    out.push_back(paragraph({plain("Each template is printed as a blank form of its own, named below; this part lists "
                                   "what each one asks.")},
                            fw.meta.pos, true));
    for (const Template& t : fw.templates) add_template_summary(fw, t, out);
  }
  if (!fw.scales.empty()) {
    new_part(out, layout::Orientation::portrait);
    out.push_back(heading(1, "Judgement scales", "scales", fw.meta.pos));
    for (const Scale& s : fw.scales) add_scale(fw, s, out);
  }
  if (!fw.rules.empty()) {
    new_part(out, layout::Orientation::portrait);
    add_rules(fw, out);
  }
  if (!fw.programmes.empty()) {
    new_part(out, layout::Orientation::portrait);
    out.push_back(heading(1, "Programmes and schedules", "programmes", fw.meta.pos));
    for (const Programme& p : fw.programmes) add_programme(fw, p, out);
  }
  if (!fw.roles.empty()) {
    new_part(out, layout::Orientation::portrait);
    out.push_back(heading(1, "Roles and responsibilities", "roles", fw.meta.pos));
    for (const Role& r : fw.roles) add_role(fw, r, out);
  }
  if (!fw.bodies.empty()) {
    new_part(out, layout::Orientation::portrait);
    out.push_back(heading(1, "Boards, panels and teams", "bodies", fw.meta.pos));
    for (const Body& b : fw.bodies) add_body(fw, b, out);
  }
  if (!fw.indicators.empty()) {
    new_part(out, layout::Orientation::portrait);
    out.push_back(heading(1, "Performance indicators", "indicators", fw.meta.pos));
    for (const Indicator& i : fw.indicators) add_indicator(fw, i, out);
  }
  if (!fw.glossary.empty()) {
    new_part(out, layout::Orientation::portrait);
    out.push_back(heading(1, "Glossary", "glossary", fw.meta.pos));
    for (const GlossaryEntry& e : fw.glossary) add_glossary_entry(e, out);
  }
  drop_unknown_links(doc);
  return doc;
}

}  // namespace qaf::print
