// Helpers shared by the printable documents: furniture, Markdown to layout blocks, scale labels, link targets.
#include "print/print_blocks.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <variant>

#include "markdown/markdown.hpp"
#include "support/plural.hpp"
#include "site/site_paths.hpp"

namespace qaf::print::detail {

namespace {

layout::Style style_of(bool strong, bool emphasis, layout::Style base) {
  const bool b = strong || base == layout::Style::bold || base == layout::Style::bold_italic;
  const bool i = emphasis || base == layout::Style::italic || base == layout::Style::bold_italic;
  if (b && i) return layout::Style::bold_italic;
  if (b) return layout::Style::bold;
  if (i) return layout::Style::italic;
  return layout::Style::regular;
}

layout::Runs runs_of(const MarkdownSpans& spans, layout::Style base) {
  layout::Runs out;
  for (const auto& s : spans) {
    layout::Run r;
    r.text = s.text;
    r.style = style_of(s.strong, s.emphasis, base);
    r.link = s.url.empty() ? "" : dest_for_url(s.url);
    out.push_back(std::move(r));
  }
  return out;
}

std::string plain_text_of(const layout::Runs& runs) {
  std::string s;
  for (const auto& r : runs) s += r.text;
  return s;
}

/// A paragraph that is one image: the image when it can be printed (PNG, JPEG), else what it shows, in words.
layout::Block figure_block(const MarkdownBlock& b, const std::string& file, const Images* images, const SourcePos& pos) {
  const std::optional<std::string> path = image_path(file, b.url);
  const Image* image = nullptr;
  if (images && path)
    if (auto it = images->find(*path); it != images->end()) image = &it->second;
  std::string alt;
  for (const MarkdownSpan& s : b.spans) alt += s.text;
  if (image && image->format != ImageFormat::svg)
    return layout::Block{layout::Figure{image->bytes, image->format == ImageFormat::jpeg, image->width, image->height, alt}, pos};
  return layout::Block{layout::Paragraph{{plain("Image: " + alt + " (shown in the online version)", layout::Style::italic)}, 18, false}, pos};
}

/// Converts blocks of one Markdown text; `at(line)` gives a block's source position; images are
/// looked up in `images` relative to `file`.
template <class At>
void add_blocks(const std::vector<MarkdownBlock>& blocks, Blocks& out, int heading_offset, bool small,
                const std::string& skip_title, At at, const std::string& file = "", const Images* images = nullptr) {
  bool first = true;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const MarkdownBlock& b = blocks[i];
    const SourcePos pos = at(b.line);
    switch (b.kind) {
      case MarkdownBlockKind::heading: {
        layout::Runs runs = runs_of(b.spans, layout::Style::regular);
        if (first && !skip_title.empty() && plain_text_of(runs) == skip_title) break;
        const int level = std::clamp(b.level + heading_offset, 1, 3);
        out.push_back(layout::Block{layout::Heading{level, std::move(runs), "", false}, pos});
        break;
      }
      case MarkdownBlockKind::paragraph:
      case MarkdownBlockKind::code:
        out.push_back(layout::Block{layout::Paragraph{runs_of(b.spans, layout::Style::regular), 0, small}, pos});
        break;
      case MarkdownBlockKind::quote:
        out.push_back(layout::Block{layout::Paragraph{runs_of(b.spans, layout::Style::italic), 18, small}, pos});
        break;
      case MarkdownBlockKind::list_item: {
        // Consecutive items of one kind and depth make one list.
        layout::List list;
        list.numbered = b.ordered;
        list.level = b.level;
        list.start = b.ordered ? b.number : 1;
        std::size_t j = i;
        for (; j < blocks.size() && blocks[j].kind == MarkdownBlockKind::list_item && blocks[j].level == b.level &&
               blocks[j].ordered == b.ordered;
             ++j)
          list.items.push_back(runs_of(blocks[j].spans, layout::Style::regular));
        i = j - 1;
        out.push_back(layout::Block{std::move(list), pos});
        break;
      }
      case MarkdownBlockKind::table: {
        layout::Table table;
        for (const auto& row : b.rows) {
          std::vector<layout::Runs> cells;
          for (const auto& cell : row) cells.push_back(runs_of(cell, layout::Style::regular));
          table.rows.push_back(std::move(cells));
        }
        out.push_back(layout::Block{std::move(table), pos});
        break;
      }
      case MarkdownBlockKind::rule:
        break;  // a thematic break only separates; the gap between blocks does that on paper
      case MarkdownBlockKind::image:
        out.push_back(figure_block(b, file, images, pos));
        break;
    }
    first = false;
  }
}

}  // namespace

layout::Furniture furniture(const Framework& fw, const std::string& title, const std::string& site_page,
                            const PrintOptions& options) {
  layout::Furniture f;
  const FrameworkMeta& m = fw.meta;
  f.header_left = m.council.empty() ? m.title : m.council + " \u00b7 " + m.title;
  f.header_right = title;
  // "Version 2 · Approved · Online version: ...", leaving out what the document never recorded.
  std::string first = capitalised(m.version_phrase());
  if (!m.status.empty()) first += (first.empty() ? "" : " \u00b7 ") + capitalised(m.status);
  // A path relative to the site means nothing on paper: the address only when qaf.yaml gives the site's.
  if (!site_page.empty() && !options.site_url.empty())
    first += (first.empty() ? "" : " \u00b7 ") + ("Online version: " + options.site_url + site_page);
  if (!first.empty()) f.footer_lines.push_back(first);
  f.footer_lines.push_back("Printed" + (m.version.empty() ? std::string() : " from " + m.version_phrase()) + " on " +
                           options.printed_on.long_form() + " \u2014 check the intranet for the current version");
  // A draft must not pass for the framework in force when it is printed, nor a replaced one.
  if (m.status == "draft") f.watermark = "DRAFT";
  if (m.status == "superseded") f.watermark = "SUPERSEDED";
  f.pos = m.pos;
  return f;
}

layout::Document new_document(const Framework& fw, const std::string& title, const std::string& site_page,
                              const PrintOptions& options, layout::Orientation o) {
  layout::Document doc;
  doc.title = title;
  doc.orientation = o;
  doc.furniture = furniture(fw, title, site_page, options);
  return doc;
}

layout::Runs markdown_runs(const std::string& markdown, layout::Style base) {
  layout::Runs out;
  for (const auto& b : markdown_blocks(markdown)) {
    if (b.kind == MarkdownBlockKind::table) {
      for (const auto& row : b.rows)
        for (const auto& cell : row) {
          if (!out.empty()) out.push_back(plain(" "));
          for (auto& r : runs_of(cell, base)) out.push_back(std::move(r));
        }
      continue;
    }
    if (!out.empty()) out.push_back(plain("\n", base));
    if (b.kind == MarkdownBlockKind::list_item) out.push_back(plain(b.ordered ? std::to_string(b.number) + ". " : "\u2022 ", base));
    for (auto& r : runs_of(b.spans, base)) out.push_back(std::move(r));
  }
  return out;
}

void add_markdown(const Text& text, Blocks& out, int heading_offset, bool small) {
  if (text.empty()) return;
  add_blocks(markdown_blocks(text.markdown), out, heading_offset, small, "", [&](int line) {
    return SourcePos{text.pos.file, text.pos.line + line - 1, line == 1 ? text.pos.column : 1};
  });
}

void add_markdown_body(const std::string& markdown, const SourcePos& first_line, const std::string& skip_title,
                       Blocks& out, int heading_offset, const Images* images) {
  add_blocks(
      markdown_blocks(markdown), out, heading_offset, false, skip_title,
      [&](int line) { return SourcePos{first_line.file, first_line.line + line - 1, 1}; }, first_line.file, images);
}

std::string standard_dest(const std::string& id) { return "standard-" + id; }
std::string section_dest(const std::string& id) { return "standards-" + id; }
std::string rubric_dest(const std::string& id) { return "rubric-" + id; }
std::string area_dest(const std::string& rubric, const std::string& area) { return "area-" + rubric + "-" + area; }
std::string skill_set_dest(const std::string& id) { return "skills-" + id; }
std::string skill_dest(const std::string& id) { return "skill-" + id; }
std::string template_dest(const std::string& id) { return "template-" + id; }
std::string scale_dest(const std::string& id) { return "scale-" + id; }
std::string role_dest(const std::string& id) { return "role-" + id; }
std::string page_dest(const std::string& id) { return "page-" + id; }
std::string programme_dest(const std::string& id) { return site_paths::programme_anchor(id); }
std::string body_dest(const std::string& id) { return "body-" + id; }
std::string indicator_dest(const std::string& id) { return "indicator-" + id; }

std::string dest_for_url(const std::string& url) {
  const std::size_t colon = url.find(':');
  if (colon == std::string::npos) return "";
  const std::string scheme = url.substr(0, colon);
  std::string id = url.substr(colon + 1);
  id = id.substr(0, id.find('#'));
  if (id.empty()) return "";
  if (scheme == "standard") return standard_dest(id);
  if (scheme == "template") return template_dest(id);
  if (scheme == "rubric") {
    const std::size_t slash = id.find('/');
    return slash == std::string::npos ? rubric_dest(id) : area_dest(id.substr(0, slash), id.substr(slash + 1));
  }
  if (scheme == "skill") return skill_dest(id);
  if (scheme == "role") return role_dest(id);
  if (scheme == "scale") return scale_dest(id);
  if (scheme == "page") return page_dest(id);
  return "";
}

void drop_unknown_links(layout::Document& doc) {
  std::set<std::string> ids;
  for (const auto& b : doc.blocks)
    if (const auto* h = std::get_if<layout::Heading>(&b.content); h && !h->id.empty()) ids.insert(h->id);
  auto clean = [&](layout::Runs& runs) {
    for (auto& r : runs)
      if (!r.link.empty() && !layout::is_web_link(r.link) && !ids.count(r.link)) r.link.clear();
  };
  for (auto& b : doc.blocks) {
    std::visit(
        [&](auto& c) {
          using T = std::decay_t<decltype(c)>;
          if constexpr (std::is_same_v<T, layout::Paragraph> || std::is_same_v<T, layout::Heading>) {
            clean(c.runs);
          } else if constexpr (std::is_same_v<T, layout::List>) {
            for (auto& item : c.items) clean(item);
          } else if constexpr (std::is_same_v<T, layout::TickBoxes>) {
            for (auto& o : c.options) clean(o);
          } else if constexpr (std::is_same_v<T, layout::Table>) {
            for (auto& row : c.rows)
              for (auto& cell : row) clean(cell);
          }
        },
        b.content);
  }
}

layout::Block heading(int level, const std::string& text, const std::string& id, const SourcePos& pos, bool in_contents) {
  return layout::Block{layout::Heading{level, {plain(text)}, id, in_contents}, pos};
}

layout::Block paragraph(layout::Runs runs, const SourcePos& pos, bool small, bool keep_with_next) {
  return layout::Block{layout::Paragraph{std::move(runs), 0, small}, pos, keep_with_next};
}

layout::Run plain(std::string text, layout::Style style) { return layout::Run{std::move(text), style, {}, false}; }
layout::Run bold(std::string text) { return plain(std::move(text), layout::Style::bold); }
layout::Run italic(std::string text) { return plain(std::move(text), layout::Style::italic); }

std::string plain_text(const std::string& markdown) {
  std::string s = markdown_to_text(markdown);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

std::string join_words(const std::vector<std::string>& words, const std::string& last) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i)
    out += (i == 0 ? "" : i + 1 == words.size() ? last : ", ") + words[i];
  return out;
}

std::string number_text(double v) {
  if (std::abs(v - std::round(v)) < 1e-9) return std::to_string(static_cast<long long>(std::llround(v)));
  std::string t = std::to_string(v);
  t.erase(t.find_last_not_of('0') + 1);
  if (!t.empty() && t.back() == '.') t.pop_back();
  return t;
}

std::vector<std::string> scale_labels(const Scale& s) {
  std::vector<std::string> out;
  switch (s.kind) {
    case ScaleKind::grades:
      for (const auto& g : s.grades) out.push_back(grade_name(s, g));
      break;
    case ScaleKind::levels:
      for (const auto& l : s.levels) out.push_back(level_name(l.value, &l));
      break;
    case ScaleKind::bands: {
      const double step = s.step > 0 ? s.step : 1;
      // At most 21 boxes: a finer scale is written as a number instead.
      if ((s.max - s.min) / step > 20) break;
      for (double v = s.min; v <= s.max + 1e-9; v += step) out.push_back(number_text(v));
      break;
    }
    case ScaleKind::choices:
    case ScaleKind::rag:
      for (const auto& o : s.options) out.push_back(o.label);
      break;
  }
  return out;
}

std::string bands_note(const Framework& fw, const Scale& s) {
  const Scale* grades = fw.find_scale(s.maps_to.id);
  std::string out;
  for (const auto& b : s.bands) {
    const Grade* g = grades ? grades->find_grade(b.grade.id) : nullptr;
    if (!out.empty()) out += " \u00b7 ";
    out += number_text(b.from) + (b.to != b.from ? "\u2013" + number_text(b.to) : "") + " " + (g ? g->label : b.grade.id);
  }
  return out;
}

std::vector<std::string> role_titles(const Framework& fw, const std::vector<Ref>& ids) {
  std::vector<std::string> out;
  for (const auto& r : ids) {
    const Role* role = fw.find_role(r.id);
    out.push_back(role ? role->title : r.id);
  }
  return out;
}

void add_section_completers(const Framework& fw, const Section& sec, Blocks& out) {
  if (sec.completed_by.empty()) return;
  out.push_back(paragraph({bold("Completed by: "), plain(join_words(role_titles(fw, sec.completed_by)) +
                                                         (sec.completed_by.size() > 1 ? " together" : ""))},
                          sec.pos, true, true));
}

}  // namespace qaf::print::detail
