// Layout driver: blocks -> pieces -> pages, then furniture, outline and labels; a second pass fills in contents page numbers.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "layout/block_pieces.hpp"
#include "layout/furniture.hpp"
#include "layout/layout.hpp"

namespace qaf::layout {

using namespace detail;

namespace {

/// Every run list in a block, for checks that look at all text.
template <class F>
void for_each_runs(const Content& content, F&& f) {
  std::visit(
      [&](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
          f(b.runs);
        } else if constexpr (std::is_same_v<T, List>) {
          for (const auto& item : b.items) f(item);
        } else if constexpr (std::is_same_v<T, TickBoxes>) {
          for (const auto& o : b.options) f(o);
        } else if constexpr (std::is_same_v<T, Table>) {
          for (const auto& row : b.rows)
            for (const auto& cell : row) f(cell);
        }
      },
      content);
}

/// The headings with their ids (given, or "section-N"); warns about ids used twice
/// and about links to ids no heading has.
std::vector<HeadingRef> collect_headings(const Document& doc, Diagnostics& diags) {
  std::vector<HeadingRef> out;
  std::set<std::string> ids;
  for (const auto& block : doc.blocks) {
    if (const auto* h = std::get_if<Heading>(&block.content)) {
      std::string id = h->id.empty() ? "section-" + std::to_string(out.size() + 1) : h->id;
      if (!ids.insert(id).second)
        hint(diags.warning(block.pos, "heading id '" + id + "' is used twice"), "links go to the first heading with it");
      out.push_back(HeadingRef{h->level, h->runs, id, h->in_contents});
    }
  }
  for (const auto& part : doc.appended)
    for (const auto& h : part.headings) {
      if (!ids.insert(h.id).second)
        hint(diags.warning(doc.furniture.pos, "heading id '" + h.id + "' is used twice"), "links go to the first heading with it");
      out.push_back(HeadingRef{h.level, Runs{Run{h.title, Style::regular, {}, false}}, h.id, true});
    }
  for (const auto& block : doc.blocks) {
    std::set<std::string> reported;
    for_each_runs(block.content, [&](const Runs& runs) {
      for (const auto& r : runs)
        if (!r.link.empty() && !is_web_link(r.link) && !ids.count(r.link) && reported.insert(r.link).second)
          hint(diags.warning(block.pos, "link to '" + r.link + "', which no heading has"),
               "the text is printed without a link");
    });
  }
  return out;
}

/// Moves a piece's items down by `dy` onto a page; as artifacts with `repeat` (a table's header
/// drawn again on the next page is read once, where the table starts).
void place(const Page& from, double dy, Page& to, bool repeat = false) {
  const Mark before = mark(to);
  for (auto i : from.images) i.y += dy, to.images.push_back(std::move(i));
  for (auto r : from.rects) r.y += dy, to.rects.push_back(r);
  for (auto l : from.lines) l.y1 += dy, l.y2 += dy, to.lines.push_back(l);
  for (auto t : from.texts) t.y += dy, to.texts.push_back(std::move(t));
  for (auto k : from.links) k.y += dy, to.links.push_back(std::move(k));
  if (repeat) tag_since(to, before, kArtifact);
}

/// Where the body goes on a page of one orientation.
struct Geometry {
  PageSize size;
  double width = 0;        // body width
  double body_top = 0;     // below the header
  double body_height = 0;  // between header and footer
};

Geometry geometry(const Document& doc, Orientation o, Shaper& shaper) {
  Geometry g;
  g.size = a4(o);
  g.width = g.size.width - 2 * doc.margin;
  shaper.begin_block(doc.furniture.pos);
  const FurnitureSize furniture = measure_furniture(doc.furniture, shaper, g.width);
  g.body_top = doc.margin + furniture.header;
  g.body_height = g.size.height - 2 * doc.margin - furniture.header - furniture.footer;
  return g;
}

/// A run of pages in one orientation and the pieces that fill them.
struct Segment {
  Orientation orientation = Orientation::portrait;
  std::vector<Piece> pieces;
};

int appended_pages(const Document& doc) {
  int n = 0;
  for (const auto& part : doc.appended) n += static_cast<int>(part.pages.size());
  return n;
}

/// The appended parts' pages (their number in this document, in the top margin at the right),
/// destinations and bookmarks, after the document's own pages and furniture.
void place_appended(const Document& doc, Shaper& shaper, LaidOutDocument& out) {
  const int own = static_cast<int>(out.pages.size());
  const PageLabel& range = out.labels.back();  // a document has a page, so a label
  const auto m = number_in_style(own + appended_pages(doc) - range.first_page, range.style);
  TextStyle style{7.5};
  style.color = Color{0.3, 0.3, 0.3};
  const auto box = line_box(shaper.fonts(), style.size);
  int index = own;
  for (const auto& part : doc.appended) {
    for (const auto& h : part.headings) {
      out.destinations.push_back(Destination{h.id, index + h.page, doc.margin, h.y});
      out.outline.push_back(OutlineEntry{h.title, h.level, h.id});
    }
    for (const Orientation o : part.pages) {
      const PageSize size = a4(o);
      Page page{size.width, size.height, {}, {}, {}, {}, {}};
      const auto n = number_in_style(index - range.first_page + range.start, range.style);
      const auto lines = wrap(shaper, Runs{Run{page_number_text(doc.appended_page_number, n, m), Style::regular, {}, false}},
                              style, size.width - 2 * doc.margin);
      // Half way up the top margin, clear of the part's own header.
      if (!lines.empty() && !doc.appended_page_number.empty())
        paint_line(lines.front(), size.width - doc.margin - lines.front().width, doc.margin / 2 + box.baseline - box.height / 2, page);
      out.appended.push_back(std::move(page));
      ++index;
    }
  }
}

/// One layout pass. `page_of` (dest -> page number text) fills in the contents.
LaidOutDocument run_pass(const Document& doc, const FontSet& fonts, Diagnostics& diags,
                         const std::vector<HeadingRef>& headings, const std::map<std::string, std::string>* page_of) {
  Shaper shaper(fonts, diags);
  // Furniture is measured once per orientation, where any problem in its text is reported once.
  Diagnostics repeated;
  Shaper quiet(fonts, repeated);
  const Geometry portrait = geometry(doc, Orientation::portrait, doc.orientation == Orientation::portrait ? shaper : quiet);
  const Geometry landscape = geometry(doc, Orientation::landscape, doc.orientation == Orientation::landscape ? shaper : quiet);
  auto geometry_of = [&](Orientation o) -> const Geometry& { return o == Orientation::portrait ? portrait : landscape; };

  LaidOutDocument out;
  out.title = doc.title;
  out.structure.push_back(StructNode{"Document", -1});
  for (int f = 0; f < fonts.face_count(); ++f) {
    out.font_files.push_back(fonts.file(f));
    out.font_names.push_back(fonts.family(f));
  }
  std::set<std::string> known;
  for (const auto& h : headings) known.insert(h.id);
  std::unordered_set<std::string> placed_dests;  // a destination is where its name is first placed
  // Puts a run of pieces on pages and lets the pieces go. A forced page break ends a run: no
  // piece moves across one (see paginate), so a long document (a pack of hundreds of audits)
  // holds the pieces of one part at a time, not of all of it.
  Segment current;
  current.orientation = doc.orientation;
  auto flush = [&] {
    const Geometry& g = geometry_of(current.orientation);
    const auto placed = paginate(current.pieces, g.body_height);
    std::set<const Piece*> once;  // pieces placed so far: only a table's header is placed again
    for (std::size_t i = 0; i < placed.size(); ++i) {
      const int index = static_cast<int>(out.pages.size());
      if (index == 0 || placed[i].numbering) {
        const NumberStyle style = placed[i].numbering ? placed[i].numbering->style : NumberStyle::decimal;
        out.labels.push_back(PageLabel{index, style, 1});
      }
      Page page{g.size.width, g.size.height, {}, {}, {}, {}, {}};
      const auto& placements = placed[i].placements;
      for (std::size_t k = 0; k < placements.size(); ++k) {
        const auto& pl = placements[k];
        const double top = g.body_top + pl.y;
        place(pl.piece->items, top, page, !once.insert(pl.piece).second);
        const bool opens = k == 0 || (k == 1 && placements[0].piece == pl.piece->header.get());
        if (opens) place(pl.piece->at_page_start, top, page);
        if (k + 1 == placements.size() && i + 1 < placed.size()) place(pl.piece->at_page_end, top, page);
        for (auto d : pl.piece->dests) {
          d.page = index, d.y += top;
          if (placed_dests.insert(d.name).second) out.destinations.push_back(d);
        }
        for (const auto& o : pl.piece->outline) out.outline.push_back(o);
      }
      // Links to names no heading has were warned about; drop them so every link resolves.
      std::erase_if(page.links, [&](const LinkItem& l) { return !is_web_link(l.dest) && !known.count(l.dest); });
      out.pages.push_back(std::move(page));
    }
    current.pieces.clear();
  };

  BlockContext ctx{shaper, doc.margin, geometry_of(doc.orientation).width, geometry_of(doc.orientation).body_height,
                   doc.body_size, doc.small_size > 0 ? doc.small_size : doc.body_size - 1, doc.tick_box,
                   0, &headings, page_of, 0, &out.structure};
  std::optional<PageBreak> pending;
  for (const auto& block : doc.blocks) {
    if (const auto* brk = std::get_if<PageBreak>(&block.content);
        brk && brk->orientation && *brk->orientation != current.orientation) {
      if (!current.pieces.empty()) flush();
      current.orientation = *brk->orientation;
      ctx.width = geometry_of(*brk->orientation).width;
      ctx.max_height = geometry_of(*brk->orientation).body_height;
    }
    if (pending && !std::holds_alternative<PageBreak>(block.content) && !current.pieces.empty()) flush();
    std::vector<Piece>& pieces = current.pieces;
    shaper.begin_block(block.pos);
    const std::size_t first = pieces.size();
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, Paragraph>) add_paragraph(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, Heading>) add_heading(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, List>) add_list(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, Table>) add_table(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, WritingLines>) add_writing_lines(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, TickBoxes>) add_tick_boxes(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, RatingRow>) add_rating_row(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, SignatureLines>) add_signature_lines(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, TableOfContents>) add_contents(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, PageBreak>) pending = b;
          else if constexpr (std::is_same_v<T, BarChart>) add_bar_chart(b, ctx, pieces);
          else if constexpr (std::is_same_v<T, Figure>) add_figure(b, ctx, pieces);
        },
        block.content);
    // A list nested in an item follows it directly: anything else in between ends the nesting.
    if (!std::holds_alternative<List>(block.content)) ctx.open_lists.clear(), ctx.last_bodies.clear();
    if (pending && pieces.size() > first) {
      pieces[first].break_before = true;
      if (pending->restart_numbering) pieces[first].numbering = pending;
      pending.reset();
    }
    if (block.keep_together)  // a chain the paginator moves whole to the next page when it fits there
      for (std::size_t k = first; k + 1 < pieces.size(); ++k) pieces[k].keep_with_next = true;
    if (block.keep_with_next && pieces.size() > first) pieces.back().keep_with_next = true;
  }

  if (!current.pieces.empty() || out.pages.empty()) flush();  // a document with nothing in it still has a page
  const int own = static_cast<int>(out.pages.size());
  const int total = own + appended_pages(doc);

  // Furniture last: "Page n of m" needs the page count of each numbering range (the last runs
  // on through the appended pages).
  for (std::size_t r = 0; r < out.labels.size(); ++r) {
    const int first = out.labels[r].first_page;
    const int end = r + 1 < out.labels.size() ? out.labels[r + 1].first_page : total;
    const auto m = number_in_style(end - first, out.labels[r].style);
    for (int p = first; p < std::min(end, own); ++p) {
      Page body = std::move(out.pages[p]);
      Page& page = out.pages[p];
      page = Page{body.width, body.height, {}, {}, {}, {}, {}};
      const double width = body.width - 2 * doc.margin;
      paint_watermark(doc.furniture, quiet, page);
      paint_header(doc.furniture, quiet, doc.margin, width, doc.margin, page);
      place(body, 0, page);
      const auto n = number_in_style(p - first + 1, out.labels[r].style);
      paint_footer(doc.furniture, quiet, doc.margin, width, body.height - doc.margin,
                   page_number_text(doc.furniture.page_number, n, m), page);
    }
  }
  place_appended(doc, quiet, out);
  return out;
}

}  // namespace

PageSize a4(Orientation o) {
  constexpr double kShort = 595.276, kLong = 841.89;  // 210 x 297 mm
  return o == Orientation::portrait ? PageSize{kShort, kLong} : PageSize{kLong, kShort};
}

LaidOutDocument layout_document(const Document& doc, const FontSet& fonts, Diagnostics& diags) {
  const auto headings = collect_headings(doc, diags);
  const bool has_contents = std::any_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) {
    return std::holds_alternative<TableOfContents>(b.content);
  });
  if (!has_contents) return run_pass(doc, fonts, diags, headings, nullptr);
  // Contents entries have a fixed height whatever their page numbers, so the
  // second pass puts every heading on the page the first pass found for it.
  std::map<std::string, std::string> page_of;
  {  // the draft's pages go before the second pass makes its own
    Diagnostics first_pass;
    const auto draft = run_pass(doc, fonts, first_pass, headings, nullptr);
    for (const auto& d : draft.destinations) {
      const PageLabel* label = &draft.labels.front();
      for (const auto& l : draft.labels)
        if (l.first_page <= d.page) label = &l;
      page_of[d.name] = number_in_style(d.page - label->first_page + label->start, label->style);
    }
  }
  return run_pass(doc, fonts, diags, headings, &page_of);
}

}  // namespace qaf::layout
