// PDF check: every PDF a build wrote passes qpdf --check, is tagged, embeds its fonts, and holds its source's text in order.
//
// Usage: check_pdfs PROJECT_DIR SITE_DIR
// The expected text is worked out here from the model (loaded again), not from the print
// module, so a question the print module leaves out, or a line lost at a page break, fails.
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "load/project_loader.hpp"
#include "markdown/markdown.hpp"
#include "site/site_paths.hpp"
#include "check_form_print.hpp"
#include "check_form_tree.hpp"
#include "check_numbering.hpp"
#include "check_tags.hpp"
#include "page_marks.hpp"
#include "pdf_text.hpp"

namespace fs = std::filesystem;
using namespace qaf;
using namespace qaf::test;

namespace {

using Strings = std::vector<std::string>;

/// Each line of a Markdown text's plain text (list items, paragraphs, table rows). A line equal to
/// a key of `images` (an image's description) is expected as its value instead ("" for a picture).
void add_text(Strings& out, const std::string& markdown, const std::string& skip_first = "",
              const std::map<std::string, std::string>& images = {}) {
  const std::string text = markdown_to_text(markdown);
  std::size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (auto it = images.find(line); it != images.end()) line = it->second;
    if (!(first && line == skip_first) && !squeeze(line).empty()) out.push_back(line);
    first = false;
    start = end + 1;
  }
}

void add_labels(Strings& out, const Framework& fw, const Ref& scale_ref) {
  for (std::string& label : scale_labels_of(fw, scale_ref)) out.push_back(std::move(label));
}

/// A question of a blank form: its printed condition, words and, once per column, its boxes.
void question_strings(Strings& out, const Framework& fw, const Question& q, std::size_t columns) {
  const bool stem_condition = q.part <= 1 && !q.own_condition;  // a stem's condition stands before the stem
  if (q.when && !q.when->label.empty() && stem_condition) out.push_back(q.when->label);
  if (q.part == 1) add_text(out, q.stem.markdown);  // a question in parts: the stem, then each part
  if (q.when && !q.when->label.empty() && q.own_condition) out.push_back(q.when->label);
  add_text(out, q.text.markdown);
  if (q.type == AnswerType::choice || q.type == AnswerType::rating)
    for (std::size_t c = 0; c < columns; ++c) add_labels(out, fw, q.scale);
}

/// A blank form: title, header fields, then each section's heading, questions and options.
Strings template_strings(const Framework& fw, const Template& t) {
  Strings out{t.title};
  if (t.due) out.push_back("Due " + fw.due_text(*t.due) + ".");
  // Fields written on a line come first, then the ones answered by ticking.
  for (const auto& h : t.header)
    if (h.type != AnswerType::choice) out.push_back(h.label);
  for (const auto& h : t.header)
    if (h.type == AnswerType::choice) {
      out.push_back(h.label);
      add_labels(out, fw, h.scale);
    }
  for (const Section& sec : t.sections) {
    out.push_back(sec.title);
    if (!sec.completed_by.empty()) out.push_back("Completed by:");
    switch (sec.kind) {
      case SectionKind::questions:
        for (const auto& c : sec.columns) out.push_back(c.title);
        if (sec.grid && !sec.questions.empty()) {
          // One table: the answers head the columns once (in the grid's order), then each row's question.
          Strings labels;
          add_labels(labels, fw, sec.questions.front().scale);
          if (sec.reversed) std::reverse(labels.begin(), labels.end());
          out.insert(out.end(), labels.begin(), labels.end());
          if (std::any_of(sec.questions.begin(), sec.questions.end(), [](const Question& q) { return q.not_applicable; }))
            out.push_back("N/A");
          for (const Question& q : sec.questions) {
            if (q.when && !q.when->label.empty()) out.push_back(q.when->label);
            add_text(out, q.text.markdown);
          }
          if (sec.totals) out.push_back("Total");
        } else if (sec.side_by_side) {
          for (const Question* q : side_by_side_order(sec)) question_strings(out, fw, *q, 1);
        } else if (sec.parallel()) {
          // A row per question: its words, then each column's boxes on the column's own scale or
          // the question's (nothing for a written column or one that prints the guidance).
          for (const Question& q : sec.questions) {
            question_strings(out, fw, q, 0);
            for (const auto& c : sec.columns) {
              if (c.shows_guidance) continue;
              const AnswerType type = c.type ? *c.type : q.type;
              if (type == AnswerType::choice || type == AnswerType::rating) add_labels(out, fw, c.type ? c.scale : q.scale);
            }
          }
          if (sec.totals) out.push_back("Total");
        } else {
          for (const Question& q : sec.questions) question_strings(out, fw, q, 1);
        }
        break;
      case SectionKind::judgement: add_labels(out, fw, sec.scale); break;
      case SectionKind::actions:
        for (const auto& c : sec.table_columns) out.push_back(c.title);
        break;
      case SectionKind::feedback:
        for (const auto& src : sec.sources) {
          out.push_back(src.title);
          if (src.when && !src.when->label.empty()) out.push_back(src.when->label);
          add_text(out, src.prompt.markdown);
          // The source's own questions, numbered within it, each with its boxes.
          for (const Question& q : src.questions) question_strings(out, fw, q, 1);
          for (const auto& r : src.not_given_reasons) out.push_back(r);
        }
        break;
      case SectionKind::table:
        // The columns' titles, then the first blank row: a choice column's options.
        for (const auto& c : sec.table_columns) out.push_back(c.title);
        for (const auto& c : sec.table_columns)
          if (c.type == AnswerType::choice) add_labels(out, fw, c.scale);
        break;
      case SectionKind::moderation:
        out.push_back("Moderator");
        add_labels(out, fw, sec.scale);
        for (const auto& k : sec.checks) add_text(out, k.text.markdown);
        if (sec.returns) out.push_back("Returned to the auditor for rework");
        break;
      case SectionKind::signatures:
        for (const auto& s : sec.signatories) out.push_back(s.title);
        break;
    }
  }
  return out;
}

void standards_strings(const Framework& fw, Strings& out) {
  out.push_back("Practice standards");
  for (const auto& sec : fw.standards) {
    out.push_back(sec.title);
    add_text(out, sec.intro.markdown);
    for (const auto& s : sec.standards) {
      if (s.numbered) out.push_back(s.id);  // a standard written without a number shows none
      out.push_back(s.title);
      add_text(out, s.text.markdown);
    }
  }
}

void rubric_strings(const Framework& fw, const Rubric& r, Strings& out) {
  out.push_back(r.title);
  add_text(out, r.intro.markdown);
  switch (r.shape) {
    case RubricShape::indicators:
      for (const auto& a : r.areas) {
        out.push_back(a.title);
        add_text(out, a.intro.markdown);
        for (const auto& i : a.indicators) add_text(out, i.markdown);
      }
      break;
    case RubricShape::matrix:
      // The columns: the grades the matrix describes (its `grades`, else every grade of the scale).
      if (const Scale* s = fw.find_scale(r.scale.id))
        for (const auto& g : s->grades)
          if (r.grades.empty() || std::any_of(r.grades.begin(), r.grades.end(), [&](const Ref& d) { return d.id == g.id; }))
            out.push_back(g.label);
      for (const auto& a : r.areas) {
        out.push_back(a.title);
        for (const auto& c : a.cells) add_text(out, c.text.markdown);
      }
      break;
    case RubricShape::measures:
      for (const auto& a : r.areas) {
        out.push_back(a.title);
        add_text(out, a.good.markdown);
        add_text(out, a.measured.markdown);
      }
      break;
  }
  const Scale* scale = fw.find_scale(r.scale.id);
  for (const auto& g : r.guidance) {
    const Grade* grade = scale ? scale->find_grade(g.grade.id) : nullptr;
    out.push_back(grade ? grade->label : g.grade.id);
    add_text(out, g.text.markdown);
  }
}

void skills_strings(const Framework& fw, const SkillSet& set, Strings& out) {
  out.push_back(set.title);
  add_text(out, set.intro.markdown);
  const Scale* scale = fw.find_scale(set.scale.id);
  for (const auto& g : set.groups) {
    if (!g.title.empty()) out.push_back(g.title);
    add_text(out, g.description.markdown);
    if (set.shape == SkillShape::levels && !g.skills.empty() && scale)
      for (const auto& l : scale->levels) {
        bool used = false;
        for (const auto& s : g.skills)
          for (const auto& sl : s.levels) used = used || sl.level == l.value;
        if (used) out.push_back(l.label);
      }
    for (const auto& s : g.skills) {
      out.push_back(s.title);
      add_text(out, s.description.markdown);
      for (const auto& l : s.levels)
        for (const auto& b : l.behaviours) add_text(out, b.markdown);
    }
  }
}

/// A page's images on lines of their own, by description: "" for those drawn as pictures (PNG,
/// JPEG), counted in `pictures`; for an SVG, the words printed in its place.
std::map<std::string, std::string> page_images(const Page& p, const Project& project, int& pictures) {
  std::map<std::string, std::string> drawn;
  for (const MarkdownBlock& b : markdown_blocks(p.body)) {
    if (b.kind != MarkdownBlockKind::image) continue;
    std::string alt;
    for (const MarkdownSpan& span : b.spans) alt += span.text;
    const auto path = image_path(p.pos.file, b.url);
    const auto it = path ? project.images.find(*path) : project.images.end();
    if (it != project.images.end() && it->second.format != ImageFormat::svg) {
      drawn[alt] = "";
      ++pictures;
    } else {
      drawn[alt] = "Image: " + alt + " (shown in the online version)";
    }
  }
  return drawn;
}

Strings handbook_strings(const Framework& fw, const Project& project, int& pictures) {
  Strings out{fw.meta.title, "Contents", "About this framework"};
  add_text(out, fw.meta.summary.markdown);
  for (const auto& c : fw.meta.changes) out.push_back(c.version);
  std::vector<const Page*> pages;
  for (const auto& p : fw.pages) pages.push_back(&p);
  std::stable_sort(pages.begin(), pages.end(), [](const Page* a, const Page* b) { return a->order < b->order; });
  for (const Page* p : pages) {
    out.push_back(p->title);
    add_text(out, p->body, p->title, page_images(*p, project, pictures));
  }
  if (!fw.standards.empty()) standards_strings(fw, out);
  for (const auto& r : fw.rubrics) rubric_strings(fw, r, out);
  for (const auto& s : fw.skill_sets) skills_strings(fw, s, out);
  if (!fw.templates.empty()) out.push_back("Templates");
  for (const auto& t : fw.templates) {
    out.push_back(t.title);
    if (t.held_elsewhere) out.push_back("Held elsewhere: no form in this handbook.");
    for (const auto& sec : t.sections) {
      out.push_back(sec.title);
      for (const auto& q : sec.questions) {
        add_text(out, q.text.markdown);
        if (q.type == AnswerType::choice || q.type == AnswerType::rating) {
          const Scale* s = fw.find_scale(q.scale.id);
          if (s && s->kind != ScaleKind::bands) add_labels(out, fw, q.scale);
        }
      }
    }
  }
  if (!fw.scales.empty()) out.push_back("Judgement scales");
  for (const auto& s : fw.scales) {
    out.push_back(s.title);
    if (s.kind != ScaleKind::bands) add_labels(out, fw, Ref{s.id, {}});
  }
  if (!fw.rules.empty()) out.push_back("Rules");
  if (!fw.programmes.empty()) out.push_back("Programmes and schedules");
  for (const auto& p : fw.programmes) {
    out.push_back(p.title);
    for (const auto& c : p.columns) out.push_back(c.title);  // a column per service area, in order
    for (const auto& e : p.entries) {
      out.push_back(entry_when(e));
      out.push_back(e.theme);
      for (const auto& i : e.items) add_text(out, i.markdown);
      for (const auto& cell : e.cells)
        for (const auto& i : cell) add_text(out, i.markdown);
    }
    for (const auto& r : p.rows) {
      out.push_back(r.activity);
      for (const auto& c : r.contents) add_text(out, c.markdown);
    }
  }
  if (!fw.roles.empty()) out.push_back("Roles and responsibilities");
  for (const auto& r : fw.roles) {
    out.push_back(r.title);
    for (const auto& resp : r.responsibilities) add_text(out, resp.markdown);
  }
  if (!fw.bodies.empty()) out.push_back("Boards, panels and teams");
  for (const auto& b : fw.bodies) {
    out.push_back(b.title);
    add_text(out, b.purpose.markdown);
    for (const auto& m : b.members) out.push_back(fw.person_label(m));
  }
  if (!fw.indicators.empty()) out.push_back("Performance indicators");
  for (const auto& i : fw.indicators) {
    out.push_back(i.title);
    add_text(out, i.description.markdown);
    out.push_back(i.source);
  }
  if (!fw.glossary.empty()) out.push_back("Glossary");
  for (const auto& e : fw.glossary) {
    out.push_back(e.term);
    if (!e.stands_for.empty()) out.push_back(e.stands_for);
    add_text(out, e.meaning.markdown);
    for (const auto& s : e.synonyms) out.push_back(s);
  }
  return out;
}

/// What each PDF must say, in order, by site path; and the site page its footer names.
struct Expected {
  Strings strings;
  std::string online;  // the page's full address named in the footer ("" when qaf.yaml gives no site_url)
  int pictures = 0;    // images drawn (pdfimages -list)
  bool draft = false;  // a draft framework's: DRAFT across every page
  bool superseded = false;  // a superseded framework's (an earlier version in the archive): SUPERSEDED
  std::string reference{};  // a blank form's reference strip label, on every page ("" for none)
  std::optional<FormTree> form{};  // a blank form's or the standards booklet's: what its structure tree must hold
};

// The field a blank form's pages are matched by: the case reference, or the first written field.
std::string reference_label(const Template& t) {
  for (const auto& h : t.header)
    if (h.role == FieldRole::case_id) return h.label;
  for (const auto& h : t.header)
    if (h.type == AnswerType::text) return h.label;
  return "";
}

std::map<std::string, Expected> expectations(const Project& project) {
  namespace sp = site_paths;
  std::map<std::string, Expected> out;
  auto expect = [&](const Framework& fw) {
    for (const auto& t : fw.templates)  // a tool held elsewhere has no printed form
      if (!t.stub()) {
        Expected& e = out[sp::template_pdf(fw.id, t.id)] = {template_strings(fw, t), sp::template_page(fw.id, t.id)};
        e.reference = reference_label(t);
        e.form = form_tree(fw, t);
      }
    if (!fw.standards.empty()) {
      Strings s;
      standards_strings(fw, s);
      Expected& e = out[sp::standards_pdf(fw.id)] = {s, sp::standards(fw.id)};
      e.form = standards_tree(fw);
    }
    for (const auto& r : fw.rubrics) {
      Strings s;
      rubric_strings(fw, r, s);
      out[sp::rubric_pdf(fw.id, r.id)] = {s, sp::rubric(fw.id, r.id)};
    }
    for (const auto& set : fw.skill_sets) {
      Strings s;
      skills_strings(fw, set, s);
      out[sp::skills_pdf(fw.id, set.id)] = {s, sp::skills(fw.id, set.id)};
    }
    int pictures = 0;
    Strings strings = handbook_strings(fw, project, pictures);
    out[sp::handbook_pdf(fw.id)] = {std::move(strings), sp::framework(fw.id), pictures};
    for (auto& [path, e] : out)
      if (path.rfind(fw.id + "/", 0) == 0) {
        e.draft = fw.meta.status == "draft";
        e.superseded = fw.meta.status == "superseded";
        e.online = project.config.site_url.empty() ? "" : project.config.site_url + e.online;
      }
  };
  for (const Framework& fw : project.frameworks) expect(fw);
  // Earlier versions kept: their own PDFs under "<fw>/versions/<V>/pdf/", from their own sources.
  for (const Framework& fw : project.frameworks)
    for (const Framework& old : sp::archived_versions(project, fw)) expect(old);
  return out;
}

int page_count(const fs::path& pdf) {
  const auto [info, status] = run("pdfinfo " + quoted(pdf) + " 2>/dev/null");
  const std::size_t at = info.find("Pages:");
  return status == 0 && at != std::string::npos ? std::stoi(info.substr(at + 6)) : -1;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

/// What every PDF of a build must be, whatever it holds: sound (qpdf --check), tagged to PDF/UA-1's
/// machine-checkable rules (check_tags), everything drawn marked, fonts embedded. Prints each
/// problem and returns how many it found; `tree` receives its structure elements.
int check_sound(const fs::path& pdf, const std::string& name, std::vector<TagElement>& tree) {
  int problems = 0;
  auto fail = [&](const std::string& what) {
    std::cerr << name << ": " << what << '\n';
    ++problems;
  };
  const auto [qpdf, qpdf_status] = run("qpdf --check " + quoted(pdf) + " 2>&1");
  if (qpdf_status != 0 || qpdf.find("WARNING") != std::string::npos) fail("qpdf --check is not clean:\n" + qpdf);
  // Tagged, with a structure tree a screen reader can walk, whose root is the Document.
  const auto [info, info_status] = run("pdfinfo " + quoted(pdf) + " 2>/dev/null");
  if (info_status != 0 || info.find("Tagged:          yes") == std::string::npos) fail("the PDF is not tagged");
  const auto [struct_out, struct_status] = run("pdfinfo -struct " + quoted(pdf) + " 2>/dev/null");
  if (struct_status != 0 || struct_out.rfind("Document", 0) != 0) fail("its structure tree does not start with a Document element");
  // Everything drawn is an element's marked content or an artifact, in sequences that nest.
  std::string marks_error;
  const auto marks = read_page_marks(pdf, marks_error);
  if (!marks_error.empty()) fail("cannot read its pages: " + marks_error);
  for (std::size_t p = 0; p < marks.size(); ++p) {
    if (marks[p].unmarked > 0)
      fail("page " + std::to_string(p + 1) + ": " + std::to_string(marks[p].unmarked) +
           " operators draw outside marked content (neither tagged nor an artifact)");
    if (marks[p].misnested > 0) fail("page " + std::to_string(p + 1) + ": marked-content sequences do not nest");
  }
  if (marks_error.empty())
    for (const std::string& problem : check_tags(pdf, marks, tree)) fail(problem);

  const auto [fonts, fonts_status] = run("pdffonts " + quoted(pdf) + " 2>/dev/null");
  int font_rows = 0;
  std::size_t line_start = 0;
  for (int line = 0; line_start < fonts.size(); ++line) {
    std::size_t end = fonts.find('\n', line_start);
    if (end == std::string::npos) end = fonts.size();
    const std::string row = fonts.substr(line_start, end - line_start);
    line_start = end + 1;
    if (line < 2 || row.empty()) continue;  // the heading and its rule
    ++font_rows;
    // Columns: name, type..., encoding, emb, sub, uni, object, generation: emb is 5th from the end.
    std::vector<std::string> words;
    for (std::size_t i = 0; i < row.size();) {
      while (i < row.size() && row[i] == ' ') ++i;
      std::size_t j = row.find(' ', i);
      if (j == std::string::npos) j = row.size();
      if (j > i) words.push_back(row.substr(i, j - i));
      i = j;
    }
    if (words.size() < 6 || words[words.size() - 5] != "yes") fail("font not embedded: " + row);
  }
  if (fonts_status != 0 || font_rows == 0) fail("pdffonts lists no fonts");
  const auto [font_errors, ignored] = run("pdffonts " + quoted(pdf) + " 2>&1 >/dev/null");
  if (!font_errors.empty()) fail("pdffonts complains:\n" + font_errors);
  return problems;
}

/// Checks one PDF of the site; prints each problem and returns how many it found.
int check(const fs::path& pdf, const std::string& name, const Expected& expected) {
  std::vector<TagElement> tree;
  int problems = check_sound(pdf, name, tree);
  auto fail = [&](const std::string& what) {
    std::cerr << name << ": " << what << '\n';
    ++problems;
  };
  // A blank form's tree as a screen reader walks it: headings, every question then its options.
  if (expected.form) {
    const auto [struct_text, status] = run("pdfinfo -struct-text " + quoted(pdf) + " 2>/dev/null");
    std::string error;
    const auto nodes = read_struct_text(struct_text, tree, error);
    if (status != 0 || !error.empty()) fail("cannot read its tree: " + error);
    else
      for (const std::string& problem : check_form_tree(*expected.form, nodes)) fail(problem);
  }

  const auto [text, text_status] = run("pdftotext -raw -enc UTF-8 " + quoted(pdf) + " - 2>/dev/null");
  if (text_status != 0) fail("pdftotext failed");
  const std::string flat = squeeze(text);
  std::size_t at = 0;
  for (const std::string& want : expected.strings) {
    const std::string w = squeeze(want);
    if (w.empty()) continue;
    const std::size_t found = flat.find(w, at);
    if (found == std::string::npos) {
      fail(flat.find(w) == std::string::npos ? "missing: \"" + want + "\""
                                             : "out of order: \"" + want + "\" (found only earlier)");
      continue;
    }
    at = found + w.size();
  }
  // Images drawn: pdfimages lists one row per image placed ("image"), and one per transparency
  // mask ("smask") that is not counted.
  const auto [images, images_status] = run("pdfimages -list " + quoted(pdf) + " 2>/dev/null");
  if (images_status != 0) fail("pdfimages failed");
  const std::regex image_row(R"(\n\s*\d+\s+\d+\s+image\s)");
  const long drawn = std::distance(std::sregex_iterator(images.begin(), images.end(), image_row), std::sregex_iterator());
  if (drawn != expected.pictures)
    fail(std::to_string(drawn) + " images drawn, expected " + std::to_string(expected.pictures));
  const int pages = page_count(pdf);
  if (pages <= 0) fail("pdfinfo cannot count the pages");
  // "Printed from version 2 on ...", or "Printed on ..." for a framework that gives no version.
  if (static_cast<int>(count(text, "\u2014 check the intranet for the current version")) != pages)
    fail("the \"Printed ... check the intranet\" footer is not on each of the " + std::to_string(pages) + " pages");
  if (expected.online.empty() ? flat.find("Onlineversion") != std::string::npos
                              : flat.find(squeeze("Online version: " + expected.online)) == std::string::npos)
    fail(expected.online.empty() ? "the footer names an online version, but qaf.yaml gives no site address"
                                 : "the footer does not name the online version " + expected.online);
  // A blank form's reference strip ("Case number: ____") heads every page; other PDFs have none.
  if (!expected.reference.empty() && static_cast<int>(count(text, expected.reference + ":")) != pages)
    fail("the reference strip \"" + expected.reference + ":\" is on " + std::to_string(count(text, expected.reference + ":")) +
         " of " + std::to_string(pages) + " pages");
  // A draft's every page says so across it; nothing else says DRAFT.
  const int drafts = static_cast<int>(count(flat, "DRAFT"));  // slanted: extracted a letter a line
  if (drafts != (expected.draft ? pages : 0))
    fail("DRAFT is on " + std::to_string(drafts) + " of " + std::to_string(pages) + " pages" +
         (expected.draft ? "" : " of a framework that is not a draft"));
  const int replaced = static_cast<int>(count(flat, "SUPERSEDED"));
  if (replaced != (expected.superseded ? pages : 0))
    fail("SUPERSEDED is on " + std::to_string(replaced) + " of " + std::to_string(pages) + " pages" +
         (expected.superseded ? "" : " of a framework that is not superseded"));
  const std::regex numbered("Page [0-9ivxlcdm]+ of [0-9ivxlcdm]+");
  const auto numbers = std::distance(std::sregex_iterator(text.begin(), text.end(), numbered), std::sregex_iterator());
  if (numbers != pages) fail("\"Page n of m\" is on " + std::to_string(numbers) + " of " + std::to_string(pages) + " pages");
  return problems;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: check_pdfs PROJECT_DIR SITE_DIR [PACKS_DIR]\n";
    return 2;
  }
  const fs::path root = argv[1], site = argv[2];
  Diagnostics diags;
  LoadOptions options;
  options.load_audits = false;
  const Project project = load_project(root, options, diags);
  if (diags.has_errors()) {
    diags.print(std::cerr);
    return 2;
  }
  const auto expected = expectations(project);
  int problems = 0;
  std::set<std::string> seen;
  if (fs::exists(site))
    for (const auto& entry : fs::recursive_directory_iterator(site)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".pdf") continue;
      const std::string name = fs::relative(entry.path(), site).generic_string();
      seen.insert(name);
      auto it = expected.find(name);
      if (it == expected.end()) {
        std::cerr << name << ": not a PDF the project should have\n";
        ++problems;
        continue;
      }
      const int found = check(entry.path(), name, it->second);
      std::cout << (found ? "FAIL " : "ok   ") << name << " (" << it->second.strings.size() << " strings, "
                << page_count(entry.path()) << " pages";
      if (const auto& f = it->second.form) {
        std::size_t rows = 0;
        for (const auto& g : f->grids) rows += g.rows.size();
        std::cout << "; tree: " << f->headings.size() << " headings, " << f->lists.size() << " option lists, " << rows
                  << " grid rows, " << f->parallel.size() << " rows of columns";
      }
      std::cout << ")\n";
      problems += found;
    }
  for (const auto& [name, e] : expected)
    if (!seen.count(name)) {
      std::cerr << name << ": missing from the site\n";
      ++problems;
    }
  // The packs' PDFs (restricted, so not in the site) are checked as sound and tagged.
  std::size_t packs = 0;
  if (argc == 4)
    for (const auto& entry : fs::recursive_directory_iterator(argv[3])) {
      if (!entry.is_regular_file() || entry.path().extension() != ".pdf") continue;
      const std::string name = "packs/" + fs::relative(entry.path(), argv[3]).generic_string();
      std::vector<TagElement> tree;
      const int found = check_sound(entry.path(), name, tree);
      std::cout << (found ? "FAIL " : "ok   ") << name << " (" << tree.size() << " elements, " << page_count(entry.path())
                << " pages)\n";
      problems += found;
      ++packs;
    }
  if (argc == 4 && packs == 0) {
    std::cerr << argv[3] << ": no pack PDFs to check\n";
    ++problems;
  }
  std::cout << seen.size() + packs << " PDFs checked, " << problems << " problems\n";
  problems += check_numbering(project, site);
  problems += check_form_print(project, site);
  return problems == 0 ? 0 : 1;
}
