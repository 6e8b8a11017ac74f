// Template (form) pages: header fields, sections of questions with their answers, and the audit blocks.
#include "site/pages.hpp"

#include "forms/form_definition.hpp"

#include <algorithm>
#include <map>

#include "site/site_paths.hpp"
#include "support/number_format.hpp"
#include "support/suggest.hpp"

namespace qaf::site {
namespace sp = site_paths;
using search::DocKind;

namespace {

std::string answer_label(AnswerType t) {
  switch (t) {
    case AnswerType::rating: return "Rating";
    case AnswerType::choice: return "Choice";
    case AnswerType::number: return "Number";
    case AnswerType::date: return "Date";
    case AnswerType::text: return "Text";
    case AnswerType::evidence: return "Evidence";
  }
  return "";
}

// The answers a question offers, as readers see them ("Yes", "No"; "1 Emerging"...).
View options_of(const Framework& fw, const Ref& scale_ref, std::string& kind_note) {
  View list = View::list();
  const Scale* s = fw.find_scale(scale_ref.id);
  if (!s) return list;
  switch (s->kind) {
    case ScaleKind::grades:
      for (const Grade& g : s->grades) list.push(View().set("label", grade_name(*s, g)).set("colour", tag_colour(g.colour)).set("colour_hex", tag_background(g.colour)));
      break;
    case ScaleKind::levels:
      for (const Level& l : s->levels) list.push(View().set("label", level_name(l.value, &l)));
      break;
    case ScaleKind::bands:
      kind_note = "a number from " + format_number(s->min) + " to " + format_number(s->max);
      break;
    case ScaleKind::choices:
    case ScaleKind::rag:
      if (s->multiple) kind_note = "tick all that apply";
      for (const Choice& o : s->options) list.push(View().set("label", o.label).set("colour", tag_colour(o.colour)).set("colour_hex", tag_background(o.colour)));
      break;
  }
  return list;
}


}  // namespace

BuiltPage template_page(SiteContext& c, const Framework& fw, const Template& t) {
  const std::string path = sp::template_page(fw.id, t.id);
  View header = View::list();
  for (const HeaderField& h : t.header)
    header.push(View().set("label", h.label).set("type", answer_label(h.type)).set("personal", h.personal)
                    .set("optional", !h.required));
  View sections = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  std::vector<std::string> headings;
  std::string body = c.text(t.purpose.markdown) + "\n";
  // Parallel columns that each say how they are answered: the page lists the answers under the
  // columns, not under each question.
  bool answered_in_columns = false;
  // One question as the page lists it: its number, words, answers and links.
  auto question_view = [&](const Question& q, const std::string& anchor, const std::string& number,
                           const std::string& condition) {
    std::string note;
    View options = options_of(fw, q.scale, note);
    if (note == "tick all that apply" && q.says_tick_all()) note.clear();  // its words say so already
    if (q.not_applicable) {
      if (options.empty_list()) note += note.empty() ? "or N/A" : ", or N/A";  // a number scale
      else options.push(View().set("label", kNotApplicableLabel));
    }
    View standards = c.standard_links(fw, q.standards, path);
    View areas = View::list();
    for (const Ref& r : q.rubric_areas) {
      const std::size_t slash = r.id.find('/');
      const Rubric* rub = fw.find_rubric(r.id.substr(0, slash));
      const RubricArea* a = rub && slash != std::string::npos ? rub->find_area(r.id.substr(slash + 1)) : nullptr;
      if (a) areas.push(View().set("href", sp::href(path, sp::rubric(fw.id, rub->id), sp::area_anchor(a->id)))
                            .set("label", a->title).set("rubric", rub->title));
    }
    View skills = View::list();
    for (const Ref& r : q.skills)
      for (const SkillSet& set : fw.skill_sets)
        for (const SkillGroup& g : set.groups)
          for (const Skill& sk : g.skills)
            if (sk.id == r.id)
              skills.push(View().set("href", sp::href(path, sp::skills(fw.id, set.id), sp::skill_anchor(sk.id)))
                              .set("label", sk.title));
    if (q.type == AnswerType::number && (q.min || q.max))
      note = q.min && q.max ? format_number(*q.min) + " to " + format_number(*q.max)
             : q.min        ? "at least " + format_number(*q.min)
                            : "at most " + format_number(*q.max);
    View v;
    c.flag_updated(v, fw, path, anchor);
    return v
        .set("anchor", anchor)
        .set("number", number)
        .set("text_html", c.inline_html(q.text, path, &fw))
        .set("type", answer_label(q.type))
        .set("note", note)
        .set("options", options)
        .set("has_options", !options.empty_list())
        .set("condition", condition)
        .set("optional", !q.required)
        .set("guidance_html", c.html(q.guidance, path, &fw))
        .set("standards", standards)
        .set("areas", areas)
        .set("skills", skills)
        .set("has_links", !standards.empty_list() || !areas.empty_list() || !skills.empty_list())
        .set("has_parts", false).set("parts", View::list()).set("answered_in_columns", answered_in_columns);
  };
  // Search finds each question on its own and opens the page at it: "1.2 Was each child seen
  // alone...? — Case audit", under the template's and the section's titles. A part is found by
  // its own words and its stem's.
  std::string section_title;
  auto index_question = [&](const Question& q, const std::string& anchor, const std::string& number) {
    std::string words = c.text(q.text.markdown);
    std::replace(words.begin(), words.end(), '\n', ' ');
    std::string body = q.part > 0 ? c.text(q.stem.markdown) + "\n" : "";
    body += c.text(q.guidance.markdown);
    c.index(path, anchor, (number.empty() ? "" : number + " ") + words + " \u2014 " + t.title, body,
            DocKind::template_, &fw, {t.title, section_title}).weight = 0.6;
  };
  // Questions as the page lists them: a question in parts is one item, its numbered stem with
  // the parts under it, each part lettered and anchored for links.
  auto question_items = [&](const std::vector<const Question*>& qs) {
    View list = View::list();
    View stem, parts = View::list();
    bool open = false;
    auto close = [&] {
      if (open) list.push(View(stem).set("parts", parts));
      open = false;
      parts = View::list();
    };
    for (const Question* q : qs) {
      if (q->part <= 1) close();
      index_question(*q, sp::question_anchor(q->id), t.question_number(q->id));
      if (q->part == 0) {
        list.push(question_view(*q, sp::question_anchor(q->id), t.question_number(q->id),
                                q->when ? fw.condition_text(t, *q->when) : ""));
        continue;
      }
      if (q->part == 1) {
        stem = c.flagged(fw, path, sp::question_anchor(q->stem_id)).set("anchor", sp::question_anchor(q->stem_id)).set("number", t.question_number(q->stem_id))
                   .set("text_html", c.inline_html(q->stem, path, &fw)).set("guidance_html", c.html(q->stem_guidance, path, &fw))
                   .set("condition", q->when && !q->own_condition ? fw.condition_text(t, *q->when) : "")
                   .set("has_parts", true);
        open = true;
      }
      parts.push(question_view(*q, sp::question_anchor(q->id), q->part_label(),
                               q->when && q->own_condition ? fw.condition_text(t, *q->when) : ""));
    }
    close();
    return list;
  };

  for (const Section& s : t.sections) {
    const std::string anchor = "section-" + s.id;
    // Numbered as on the printed form: "2. The plan", its questions 2.1, 2.2...
    const std::string number = t.section_number(s);
    const std::string title = number.empty() ? s.title : number + ". " + s.title;
    toc.emplace_back(anchor, title);
    headings.push_back(s.title);
    section_title = s.title;
    View sec = View().set("anchor", anchor).set("title", title).set("intro_html", c.html(s.intro, path, &fw));
    c.flag_updated(sec, fw, path, anchor);
    // Who fills this part in when not the form's completer; several roles fill it in together.
    sec.set("section_completed_by", c.role_links(fw, s.completed_by, path))
        .set("has_section_completed_by", !s.completed_by.empty()).set("together", s.completed_by.size() > 1);
    sec.set("is_questions", s.kind == SectionKind::questions).set("is_judgement", s.kind == SectionKind::judgement)
        .set("is_actions", s.kind == SectionKind::actions).set("is_feedback", s.kind == SectionKind::feedback)
        .set("is_moderation", s.kind == SectionKind::moderation).set("is_signatures", s.kind == SectionKind::signatures)
        .set("is_table", s.kind == SectionKind::table);
    // Parallel columns: each with how it is answered, when not as each question says.
    View columns = View::list();
    answered_in_columns = s.parallel() && std::all_of(s.columns.begin(), s.columns.end(), [](const Column& col) {
                            return col.type || col.shows_guidance;
                          });
    for (const Column& col : s.columns) {
      std::string how;
      View options = View::list();
      if (col.shows_guidance) how = "not answered: the form prints each question's notes here, as this page does under the question";
      else if (col.type) {
        std::string note;
        options = options_of(fw, col.scale, note);
        how = answer_label(*col.type) + (note.empty() ? "" : " (" + note + ")");
      }
      if (!col.required && !col.shows_guidance) how += how.empty() ? "optional" : ", optional";
      columns.push(View().set("title", col.title).set("how", how).set("options", options)
                       .set("has_options", !options.empty_list()));
    }
    if (s.totals && s.parallel()) {
      std::vector<std::string> counted;
      for (const Column& col : s.columns)
        if (col.type == AnswerType::rating || col.type == AnswerType::choice) counted.push_back(col.title);
      sec.set("grid_note", "A last row on the printed form counts each answer in the " + join_and(counted) +
                               (counted.size() == 1 ? " column." : " columns."));
    }
    if (s.side_by_side) {
      // Row by row, as the printed form pairs them: each column's cell, or a cell left blank.
      View rows = View::list();
      for (const std::vector<Section::Cell>& cells : s.side_by_side_rows()) {
        View row = View::list();
        for (std::size_t k = 0; k < cells.size(); ++k)
          row.push(View().set("column", s.columns[k].title).set("blank", cells[k].empty())
                       .set("questions", question_items(cells[k])));
        rows.push(View().set("cells", row));
      }
      sec.set("rows", rows).set("questions", View::list());
    } else {
      std::vector<const Question*> qs;
      for (const Question& q : s.questions) qs.push_back(&q);
      sec.set("questions", question_items(qs));
    }
    sec.set("columns", columns).set("has_columns", s.parallel()).set("side_by_side", s.side_by_side);
    if (s.grid && !s.questions.empty()) {
      // The printed grid's columns, in its order: readers of the page know the form's shape.
      std::string ignored;
      std::vector<std::string> answers;
      const View options = options_of(fw, s.questions.front().scale, ignored);
      for (const View& o : options.items()) answers.push_back(o.fields().at("label")->text());
      if (s.reversed) std::reverse(answers.begin(), answers.end());
      if (std::any_of(s.questions.begin(), s.questions.end(), [](const Question& q) { return q.not_applicable; }))
        answers.push_back(kNotApplicableLabel);
      sec.set("grid_note", "On the printed form these questions make one grid, a column for each answer: " +
                               join_or(answers) + (s.totals ? ". A last row counts the ticks in each column." : "."));
    }
    // judgement / moderation scale
    if (s.kind == SectionKind::judgement || s.kind == SectionKind::moderation) {
      std::string note;
      sec.set("options", options_of(fw, s.scale, note));
      sec.set("compute", s.compute == Compute::given    ? std::string("The auditor chooses the overall grade.")
                         : s.compute == Compute::worst ? std::string("The overall grade is the lowest of the grades given above.")
                         : s.compute == Compute::best  ? std::string("The overall grade is the highest of the grades given above.")
                                                       : std::string("The overall grade is the average of the grades given above."));
    }
    // The columns, in runs under their group's heading ("Filled in at supervision"); a run of
    // columns in no group has no heading.
    View column_runs = View::list();
    View table_columns = View::list();
    auto close_run = [&](const std::string& group) {
      if (!table_columns.empty_list()) column_runs.push(View().set("group", group).set("columns", table_columns));
      table_columns = View::list();
    };
    for (std::size_t i = 0; i < s.table_columns.size(); ++i) {
      const TableColumn& col = s.table_columns[i];
      if (i > 0 && s.table_columns[i - 1].group != col.group) close_run(s.table_columns[i - 1].group);
      // An open table's columns say how each cell is filled in: "Choice: Strength or Area for improvement".
      std::string note;
      View options = s.kind == SectionKind::table && col.type == AnswerType::choice ? options_of(fw, col.scale, note)
                                                                                    : View::list();
      table_columns.push(View().set("title", col.title).set("type", s.kind == SectionKind::table ? answer_label(col.type) : "")
                             .set("options", options).set("has_options", !options.empty_list()));
    }
    if (!s.table_columns.empty()) close_run(s.table_columns.back().group);
    if (s.kind == SectionKind::table) sec.set("blank_rows", std::to_string(s.blank_rows));
    sec.set("column_runs", column_runs);
    View sources = View::list();
    for (const FeedbackSource& src : s.sources) {
      View reasons = View::list();
      for (const std::string& r : src.not_given_reasons) reasons.push(View().set("label", r));
      // The source's own questions, numbered within it, anchored apart from the form's questions.
      View own = View::list();
      for (const Question& q : src.questions) {
        own.push(question_view(q, "feedback-" + src.id + "-" + q.id, src.question_number(q.id),
                               q.when ? fw.condition_text(t, src, *q.when) : ""));
        body += c.text(q.text.markdown) + "\n";
      }
      sources.push(View().set("title", src.title).set("prompt_html", c.html(src.prompt, path, &fw))
        .set("condition", src.when ? fw.condition_text(t, *src.when) : "").set("reasons", reasons)
                       .set("has_reasons", !src.not_given_reasons.empty())
                       .set("one_reason", src.not_given_reasons.size() == 1)
                       .set("questions", own).set("has_questions", !src.questions.empty()));
      body += src.title + "\n";
    }
    sec.set("sources", sources);
    View checks = View::list();
    for (const ModerationCheck& k : s.checks) {
      checks.push(View().set("text_html", c.inline_html(k.text, path, &fw)));
      body += c.text(k.text.markdown) + "\n";
    }
    sec.set("checks", checks).set("has_checks", !s.checks.empty()).set("returns", s.returns);
    View signatories = View::list();
    for (const Signatory& g : s.signatories) signatories.push(View().set("title", g.title));
    sec.set("signatories", signatories);
    sections.push(sec);
  }
  View v;
  c.flag_updated(v, fw, path, "");
  v.set("title", t.title).set("purpose_html", c.html(t.purpose, path, &fw)).set("kind", template_kind_label(t.kind))
      .set("completed_by", c.role_links(fw, t.completed_by, path)).set("has_completed_by", !t.completed_by.empty())
      .set("due", t.due ? "Due " + fw.due_text(*t.due) + "." : "")
      .set("due_href", t.due ? sp::href(path, sp::programmes(fw.id), sp::programme_anchor(t.due->programme.id)) : "")
      .set("header", header).set("has_header", !t.header.empty()).set("sections", sections);
  if (t.held_elsewhere) {
    // A tool the framework uses but does not hold: who keeps it, and where (a link, or words).
    const HeldElsewhere& h = *t.held_elsewhere;
    const bool link = h.where.rfind("https://", 0) == 0 || h.where.rfind("http://", 0) == 0;
    v.set("held_elsewhere", true).set("owner", c.role_links(fw, {h.owner}, path))
        .set("where_href", link ? h.where : "").set("where", h.where);
    body += h.where + "\n";
  }
  const std::string pdf = sp::template_pdf(fw.id, t.id);
  if (c.pdfs.count(pdf)) v.set("pdf_href", sp::href(path, pdf));
  if (forms::has_form(t) && !c.archived(fw)) v.set("form_href", sp::href(path, sp::template_form(fw.id, t.id)));
  c.index(path, "", t.title, body, DocKind::template_, &fw, headings);
  return {path, t.title, "", c.render("template", v), &fw, t.pos, toc};
}

}  // namespace qaf::site
