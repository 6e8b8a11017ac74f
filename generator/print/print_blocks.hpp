// Internal: helpers every printable document uses (furniture, Markdown to blocks, scale labels, block shorthands).
#pragma once
#include <string>
#include <vector>

#include "layout/document.hpp"
#include "model/framework.hpp"
#include "print/print.hpp"

namespace qaf::print::detail {

using Blocks = std::vector<layout::Block>;

/// Header (framework, document title) and footer (version, status, printed-from line,
/// the online version's site path) for a document of `fw`.
layout::Furniture furniture(const Framework& fw, const std::string& title, const std::string& site_page,
                            const PrintOptions& options);

/// A document of `fw` with its furniture, ready for blocks.
layout::Document new_document(const Framework& fw, const std::string& title, const std::string& site_page,
                              const PrintOptions& options, layout::Orientation o = layout::Orientation::portrait);

/// Inline Markdown (a title, a question, a cell) as styled runs; blocks are joined by
/// line breaks. Links to "standard:1.4" and the like become links to the document's
/// headings with the matching ids (see dest_for_url); `base` styles the whole text.
layout::Runs markdown_runs(const std::string& markdown, layout::Style base = layout::Style::regular);

/// Markdown as blocks: paragraphs, lists, tables, headings (level + `heading_offset`,
/// at most 3). Each block's position is the line it starts on within `text`.
/// With `small`, paragraphs are set one point smaller.
void add_markdown(const Text& text, Blocks& out, int heading_offset = 1, bool small = false);
/// The same for a page body that starts at `first_line` of `file`; a first heading equal
/// to `skip_title` is left out (the page's title is printed already). An image on a line of its
/// own is placed from `images` (PNG, JPEG); an SVG, or one not found, is its alternative text.
void add_markdown_body(const std::string& markdown, const SourcePos& first_line, const std::string& skip_title,
                       Blocks& out, int heading_offset, const Images* images = nullptr);

/// The named destination a Markdown link target jumps to ("standard:1.4" -> "standard-1.4"),
/// or "" when it is not a link within a framework.
std::string dest_for_url(const std::string& url);
/// Heading ids for the things a document may link to.
std::string standard_dest(const std::string& id);
std::string section_dest(const std::string& id);
std::string rubric_dest(const std::string& id);
std::string area_dest(const std::string& rubric, const std::string& area);
std::string skill_set_dest(const std::string& id);
std::string skill_dest(const std::string& id);
std::string template_dest(const std::string& id);
std::string scale_dest(const std::string& id);
std::string role_dest(const std::string& id);
std::string page_dest(const std::string& id);
std::string programme_dest(const std::string& id);
std::string body_dest(const std::string& id);
std::string indicator_dest(const std::string& id);

/// Clears every link whose destination no heading of `doc` has (a booklet holds only part
/// of a framework), so layout never meets a dangling link.
void drop_unknown_links(layout::Document& doc);

/// Block shorthands.
layout::Block heading(int level, const std::string& text, const std::string& id, const SourcePos& pos,
                      bool in_contents = true);
layout::Block paragraph(layout::Runs runs, const SourcePos& pos, bool small = false, bool keep_with_next = false);
layout::Run plain(std::string text, layout::Style style = layout::Style::regular);
layout::Run bold(std::string text);
layout::Run italic(std::string text);

/// Plain text of Markdown on one line (for table cells and labels that take no styling).
std::string plain_text(const std::string& markdown);
/// "a, b and c".
std::string join_words(const std::vector<std::string>& words, const std::string& last = " and ");
/// A number without trailing zeros ("2", "2.5").
std::string number_text(double v);

/// The labels a scale offers on paper: grade labels (best first), "1 Emerging"..., the
/// numbers of a bands scale's range, or the options of a choices/RAG scale.
std::vector<std::string> scale_labels(const Scale& s);
/// A line under a bands scale's numbers: "0–2 Inadequate · 3–5 Requires improvement ...".
std::string bands_note(const Framework& fw, const Scale& s);


/// Role titles for role ids (the id itself when the framework has no such role).
std::vector<std::string> role_titles(const Framework& fw, const std::vector<Ref>& ids);
/// "Completed by: Team manager and Practitioner together" under a section filled in by others
/// than the form's completer (Section::completed_by); nothing for other sections.
void add_section_completers(const Framework& fw, const Section& sec, Blocks& out);

}  // namespace qaf::print::detail
