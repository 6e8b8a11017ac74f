// The one file that talks to cmark-gfm: parser and node trees in move-only owners, HTML and text renderers.
#include "markdown/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>

namespace qaf {
namespace {

// The lines of a text as cmark-gfm counts them: each ends at "\n", "\r\n" or a lone "\r".
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  lines.push_back(text.substr(start));
  return lines;
}

struct ParserFree {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterFree {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
struct CharFree {
  void operator()(char* s) const { std::free(s); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserFree>;
using NodePtr = std::unique_ptr<cmark_node, NodeFree>;
using IterPtr = std::unique_ptr<cmark_iter, IterFree>;
using CharPtr = std::unique_ptr<char, CharFree>;

int options_for(const MarkdownOptions& o) {
  // Without CMARK_OPT_UNSAFE, raw HTML becomes "<!-- raw HTML omitted -->" and
  // javascript:/vbscript:/data: link targets are dropped.
  return CMARK_OPT_DEFAULT | CMARK_OPT_SMART | (o.allow_raw_html ? CMARK_OPT_UNSAFE : 0);
}

/// A parsed document together with the parser that owns its extensions.
struct Parsed {
  ParserPtr parser;
  NodePtr root;
};

Parsed parse(std::string_view md, int options) {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  Parsed p{ParserPtr(cmark_parser_new(options)), nullptr};
  if (!p.parser) throw std::bad_alloc();
  // A table over the limits stays text: `qaf check` reports it, and nothing may parse it into millions of cells.
  const bool tables = markdown_table_too_big(md).columns == 0;
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name); ext && (tables || name != std::string_view("table")))
      cmark_parser_attach_syntax_extension(p.parser.get(), ext);
  cmark_parser_feed(p.parser.get(), md.data(), md.size());
  p.root.reset(cmark_parser_finish(p.parser.get()));
  if (!p.root) throw std::bad_alloc();
  return p;
}

bool is_block_end(cmark_node* n) {
  switch (cmark_node_get_type(n)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_CODE_BLOCK:
      return true;
    default:
      return false;
  }
}

// Text of a node's subtree: literals, spaces for soft breaks and between table cells, a
// newline after each block (none at the end), so a heading gives just its text.
std::string plain_text(cmark_node* root) {
  std::string out;
  IterPtr it(cmark_iter_new(root));
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it.get());
    if (ev == CMARK_EVENT_ENTER) {
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
          if (const char* lit = cmark_node_get_literal(n)) out += lit;
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          out += ' ';
          break;
        default:
          // Table cells carry no node type of the core set: separate them by spaces.
          if (cmark_node_get_type_string(n) == std::string_view("table_cell") && !out.empty() && out.back() != '\n')
            out += ' ';
          break;
      }
    } else if (ev == CMARK_EVENT_EXIT && (is_block_end(n) || cmark_node_get_type_string(n) == std::string_view("table_row"))) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && out.back() != '\n') out += '\n';
    }
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

// Does this node add a level of nesting (and a frame to the recursive walks below)?
bool nests(cmark_node* n) {
  switch (cmark_node_get_type(n)) {
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
      return true;
    default:
      return cmark_node_get_type_string(n) == std::string_view("strikethrough");
  }
}

// The first node nested more than `limit` levels under `root` (nullptr when none), found without recursion.
cmark_node* first_too_deep(cmark_node* root, int limit) {
  IterPtr it(cmark_iter_new(root));
  int depth = 0;
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it.get());
    if (!nests(n)) continue;
    if (ev == CMARK_EVENT_ENTER && ++depth > limit) return n;
    if (ev == CMARK_EVENT_EXIT) --depth;
  }
  return nullptr;
}

// --- Blocks and styled spans for layout outside HTML ---

/// Style of the inline text being collected.
struct SpanStyle {
  bool strong = false, emphasis = false;
  std::string url;
};

void push_span(MarkdownSpans& out, std::string text, const SpanStyle& s, bool code) {
  if (text.empty()) return;
  if (!out.empty()) {
    MarkdownSpan& last = out.back();
    if (last.strong == s.strong && last.emphasis == s.emphasis && last.code == code && last.url == s.url) {
      last.text += text;
      return;
    }
  }
  out.push_back(MarkdownSpan{std::move(text), s.strong, s.emphasis, code, s.url});
}

void collect_spans(cmark_node* parent, SpanStyle style, MarkdownSpans& out) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
    const char* lit = cmark_node_get_literal(n);
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT: push_span(out, lit ? lit : "", style, false); break;
      case CMARK_NODE_CODE: push_span(out, lit ? lit : "", style, true); break;
      case CMARK_NODE_SOFTBREAK: push_span(out, " ", style, false); break;
      case CMARK_NODE_LINEBREAK: push_span(out, "\n", style, false); break;
      case CMARK_NODE_HTML_INLINE: break;  // raw HTML is never printed
      case CMARK_NODE_EMPH: {
        SpanStyle s = style;
        s.emphasis = true;
        collect_spans(n, s, out);
        break;
      }
      case CMARK_NODE_STRONG: {
        SpanStyle s = style;
        s.strong = true;
        collect_spans(n, s, out);
        break;
      }
      case CMARK_NODE_LINK: {
        SpanStyle s = style;
        const char* url = cmark_node_get_url(n);
        s.url = url ? url : "";
        collect_spans(n, s, out);
        break;
      }
      default: collect_spans(n, style, out); break;  // images (alt text), strikethrough
    }
  }
}

MarkdownSpans spans_of(cmark_node* n) {
  MarkdownSpans out;
  collect_spans(n, SpanStyle{}, out);
  return out;
}

int line_of(cmark_node* n) { return std::max(1, cmark_node_get_start_line(n)); }

/// The image a paragraph consists of, blanks around it aside (a figure on a line of its own), or nullptr.
cmark_node* sole_image(cmark_node* paragraph) {
  cmark_node* image = nullptr;
  for (cmark_node* c = cmark_node_first_child(paragraph); c; c = cmark_node_next(c)) {
    const cmark_node_type t = cmark_node_get_type(c);
    const char* lit = t == CMARK_NODE_TEXT ? cmark_node_get_literal(c) : nullptr;
    if (t == CMARK_NODE_IMAGE && !image) image = c;
    else if (t == CMARK_NODE_SOFTBREAK || (lit && std::string_view(lit).find_first_not_of(" \t") == std::string_view::npos)) continue;
    else return nullptr;
  }
  return image;
}

void collect_block(cmark_node* n, int depth, bool quoted, std::vector<MarkdownBlock>& out);

void collect_blocks(cmark_node* parent, int depth, bool quoted, std::vector<MarkdownBlock>& out) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) collect_block(n, depth, quoted, out);
}

/// One list item: its paragraphs joined into one block, then its nested blocks.
void collect_item(cmark_node* item, int depth, bool ordered, int number, bool quoted, std::vector<MarkdownBlock>& out) {
  MarkdownBlock li;
  li.kind = MarkdownBlockKind::list_item;
  li.level = depth + 1;
  li.ordered = ordered;
  li.number = number;
  li.line = line_of(item);
  std::vector<MarkdownBlock> nested;
  for (cmark_node* c = cmark_node_first_child(item); c; c = cmark_node_next(c)) {
    const cmark_node_type t = cmark_node_get_type(c);
    if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING) {
      MarkdownSpans more = spans_of(c);
      if (!li.spans.empty() && !more.empty()) push_span(li.spans, "\n", SpanStyle{}, false);
      for (auto& s : more) li.spans.push_back(std::move(s));
    } else {
      collect_block(c, depth + 1, quoted, nested);
    }
  }
  out.push_back(std::move(li));
  for (auto& b : nested) out.push_back(std::move(b));
}

void collect_block(cmark_node* n, int depth, bool quoted, std::vector<MarkdownBlock>& out) {
  MarkdownBlock b;
  b.line = line_of(n);
  switch (cmark_node_get_type(n)) {
    case CMARK_NODE_PARAGRAPH:
      b.kind = quoted ? MarkdownBlockKind::quote : MarkdownBlockKind::paragraph;
      if (cmark_node* only = sole_image(n)) {
        b.kind = MarkdownBlockKind::image;
        const char* url = cmark_node_get_url(only);
        b.url = url ? url : "";
      }
      b.spans = spans_of(n);
      out.push_back(std::move(b));
      return;
    case CMARK_NODE_HEADING:
      b.kind = MarkdownBlockKind::heading;
      b.level = cmark_node_get_heading_level(n);
      b.spans = spans_of(n);
      out.push_back(std::move(b));
      return;
    case CMARK_NODE_CODE_BLOCK: {
      b.kind = MarkdownBlockKind::code;
      const char* lit = cmark_node_get_literal(n);
      std::string text = lit ? lit : "";
      while (!text.empty() && text.back() == '\n') text.pop_back();
      b.spans.push_back(MarkdownSpan{std::move(text), false, false, true, {}});
      out.push_back(std::move(b));
      return;
    }
    case CMARK_NODE_THEMATIC_BREAK:
      b.kind = MarkdownBlockKind::rule;
      out.push_back(std::move(b));
      return;
    case CMARK_NODE_BLOCK_QUOTE: collect_blocks(n, depth, true, out); return;
    case CMARK_NODE_LIST: {
      const bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
      int number = cmark_node_get_list_start(n);
      for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item), ++number)
        collect_item(item, depth, ordered, number, quoted, out);
      return;
    }
    default: break;
  }
  if (cmark_node_get_type_string(n) == std::string_view("table")) {
    b.kind = MarkdownBlockKind::table;
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      std::vector<MarkdownSpans> cells;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
        cells.push_back(spans_of(cell));
      b.rows.push_back(std::move(cells));
    }
    out.push_back(std::move(b));
  }
  // Anything else (raw HTML blocks) is never printed.
}

}  // namespace

std::string slugify(std::string_view text) {
  std::string out;
  bool dash = false;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(std::tolower(c));
      dash = false;
    } else if (c == '.' && !out.empty() && std::isdigit(static_cast<unsigned char>(out.back()))) {
      out += '.';  // keep standard numbers such as 1.4 readable
      dash = false;
    } else {
      dash = true;
    }
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out.empty() ? "section" : out;
}

RenderedMarkdown render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  const int opts = options_for(options);
  Parsed p = parse(markdown, opts);
  RenderedMarkdown out;
  out.text = plain_text(p.root.get());
  if (options.rewrite_link || options.rewrite_image) {
    // Inline nodes carry no position in cmark-gfm 0.29: each target is looked for as written,
    // from its block's first line on and after the previous one (links come in text order).
    std::vector<std::size_t> line_starts;
    for (const std::string_view l : split_lines(markdown)) line_starts.push_back(static_cast<std::size_t>(l.data() - markdown.data()));
    std::size_t cursor = 0;
    IterPtr it(cmark_iter_new(p.root.get()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
      cmark_node* n = cmark_iter_get_node(it.get());
      // On leaving a link or image: a target is written after the text it wraps, so leaving
      // order is the order the targets are written in, also for an image inside a link.
      if (ev != CMARK_EVENT_EXIT) continue;
      const cmark_node_type type = cmark_node_get_type(n);
      if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) continue;
      const char* url = cmark_node_get_url(n);
      // The enclosing block's lines bound the search: a target not written there as it is (an
      // entity, a reference defined elsewhere) gets the block's line and column 0.
      int line = 0, last = 0;
      for (cmark_node* b = n; b && line <= 0; b = cmark_node_parent(b)) {
        line = cmark_node_get_start_line(b);
        last = cmark_node_get_end_line(b);
      }
      const int lines = static_cast<int>(line_starts.size());
      line = std::clamp(line, 1, lines);
      last = std::clamp(last, line, lines);
      const std::size_t block_end = last < lines ? line_starts[static_cast<std::size_t>(last)] : markdown.size();
      int column = 0;
      const std::string target = url ? url : "";
      const std::size_t from = std::max(cursor, line_starts[static_cast<std::size_t>(line) - 1]);
      // "](target" first, so that a link whose text is its target is found at the target.
      std::size_t at = target.empty() ? std::string_view::npos : markdown.find("](" + target, from);
      if (at != std::string_view::npos) at += 2;
      if (at == std::string_view::npos || at >= block_end) at = target.empty() ? std::string_view::npos : markdown.find(target, from);
      if (at != std::string_view::npos && at >= block_end) at = std::string_view::npos;
      if (at != std::string_view::npos) {
        cursor = at + 1;
        const auto next = std::upper_bound(line_starts.begin(), line_starts.end(), at);
        line = static_cast<int>(next - line_starts.begin());
        column = static_cast<int>(at - *(next - 1)) + 1;
      }
      std::optional<std::string> replaced;
      if (type == CMARK_NODE_IMAGE && options.rewrite_image) replaced = options.rewrite_image(target, plain_text(n), line, column);
      else if (options.rewrite_link) replaced = options.rewrite_link(target, line, column);
      if (replaced) cmark_node_set_url(n, replaced->c_str());
    }
  }
  // Headings: give each an id. cmark renders no attributes on headings, so the heading is
  // rendered apart and its opening tag rewritten; this keeps cmark's escaping of the text.
  std::set<std::string> used;
  std::vector<std::pair<cmark_node*, std::string>> ids;
  {
    IterPtr it(cmark_iter_new(p.root.get()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
      cmark_node* n = cmark_iter_get_node(it.get());
      if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_HEADING) continue;
      MarkdownHeading h{cmark_node_get_heading_level(n), plain_text(n), ""};
      std::string id = slugify(h.text);
      for (int k = 2; !used.insert(id).second; ++k) id = slugify(h.text) + "-" + std::to_string(k);
      h.id = id;
      out.headings.push_back(h);
      ids.emplace_back(n, id);
    }
  }
  cmark_llist* exts = cmark_parser_get_syntax_extensions(p.parser.get());
  CharPtr html(cmark_render_html(p.root.get(), opts, exts));
  std::string s = html ? html.get() : "";
  // Add the ids in document order: each <hN> opening tag in the output is one heading.
  std::size_t pos = 0;
  for (const auto& [node, id] : ids) {
    const std::string tag = "<h" + std::to_string(cmark_node_get_heading_level(node)) + ">";
    pos = s.find(tag, pos);
    if (pos == std::string::npos) break;
    const std::string with_id = tag.substr(0, tag.size() - 1) + " id=\"" + id + "\">";
    s.replace(pos, tag.size(), with_id);
    pos += with_id.size();
  }
  out.html = std::move(s);
  return out;
}

std::string render_inline_markdown(std::string_view markdown, const MarkdownOptions& options) {
  std::string html = render_markdown(markdown, options).html;
  // A single paragraph renders as <p>...</p>\n: unwrap it.
  if (html.rfind("<p>", 0) == 0 && html.size() >= 8 && html.compare(html.size() - 5, 5, "</p>\n") == 0 &&
      html.find("<p>", 3) == std::string::npos)
    return html.substr(3, html.size() - 8);
  return html;
}

std::vector<MarkdownBlock> markdown_blocks(std::string_view markdown) {
  Parsed p = parse(markdown, CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
  std::vector<MarkdownBlock> out;
  if (first_too_deep(p.root.get(), kMaxMarkdownNesting)) {
    // Too deep for the recursive walk: its plain text, as one paragraph (qaf check reports it).
    MarkdownBlock b;
    b.spans.push_back(MarkdownSpan{plain_text(p.root.get()), false, false, false, {}});
    out.push_back(std::move(b));
    return out;
  }
  collect_blocks(p.root.get(), 0, false, out);
  return out;
}

namespace {

// True when `s` (the rest of a line) is a thematic break: three or more of one of '-', '*', '_',
// with only spaces or tabs between ("- - -" ends a list prefix rather than opening three items).
bool thematic_break(std::string_view s) {
  char mark = 0;
  int count = 0;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if ((c != '-' && c != '*' && c != '_') || (mark && c != mark)) return false;
    mark = c;
    ++count;
  }
  return count >= 3;
}

// Counts the block containers a line opens at its start ("> ", "- ", "* ", "+ ", "1. ", "1) "),
// at most cap + 1 of them; `end` is where the last one counted ends.
int container_prefix(std::string_view line, int cap, std::size_t& end) {
  std::size_t i = 0;
  int n = 0;
  while (n <= cap) {
    std::size_t j = i;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    if (j >= line.size()) break;
    const char c = line[j];
    std::size_t k = j + 1;
    const auto space_at = [&](std::size_t at) { return at < line.size() && (line[at] == ' ' || line[at] == '\t'); };
    if (c == '>') {
      // a block quote needs nothing after its '>'
    } else if (c == '-' || c == '*' || c == '+') {
      if (!space_at(k) || thematic_break(line.substr(j))) break;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      k = j;
      while (k < line.size() && k - j < 9 && std::isdigit(static_cast<unsigned char>(line[k]))) ++k;
      if (k >= line.size() || (line[k] != '.' && line[k] != ')') || !space_at(k + 1)) break;
      ++k;
    } else {
      break;
    }
    ++n;
    i = end = k;
  }
  return n;
}

// cmark-gfm checks every node it appends against all of its ancestors, so a text nested
// thousands of levels deep costs depth x nodes: 50 kB of "> " with "--" after them takes
// seconds, a few MB hours (found by fuzzing). A line that opens more than `limit` containers
// is cut after the first limit + 1 (and given a word, so the cut is not a thematic break):
// the text is then at most about that deep, and first too deep exactly where it was.
std::string cap_container_prefixes(std::string_view markdown, int limit) {
  std::string out;
  out.reserve(markdown.size());
  const std::vector<std::string_view> lines = split_lines(markdown);  // a lone '\r' ends a line too
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::string_view line = lines[k];
    std::size_t end = 0;
    if (container_prefix(line, limit, end) > limit) {
      out.append(line.substr(0, end));
      out.append(" x");
    } else {
      out.append(line);
    }
    if (k + 1 < lines.size()) out.push_back('\n');
  }
  return out;
}

}  // namespace

MarkdownNesting markdown_too_deep(std::string_view markdown, int limit) {
  // Each level needs a markup character of its own ("> ", "- ", "1.", "*", "[", "~"); count them first.
  long marks = 0;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    const char c = markdown[i];
    if (c == '>' || c == '*' || c == '_' || c == '-' || c == '+' || c == '[' || c == '~' || c == '<') ++marks;
    else if ((c == '.' || c == ')') && i > 0 && std::isdigit(static_cast<unsigned char>(markdown[i - 1]))) ++marks;
  }
  if (marks <= limit) return {};
  Parsed p = parse(cap_container_prefixes(markdown, limit), CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
  cmark_node* n = first_too_deep(p.root.get(), limit);
  if (!n) return {};
  return {limit + 1, std::max(1, cmark_node_get_start_line(n)), std::max(1, cmark_node_get_start_column(n))};
}

namespace {

// A line without the block quote markers and indentation in front of it.
std::string_view without_containers(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\v' || line[i] == '\f' || line[i] == '>')) ++i;
  return line.substr(i);
}

// The number of columns when `line` is a table's delimiter row ("| --- | :-: |"), else 0.
int delimiter_columns(std::string_view line) {
  if (line.find('|') == std::string_view::npos || line.find('-') == std::string_view::npos) return 0;
  int columns = 0;
  bool in_cell = false;
  for (const char c : line) {
    if (c == '|') in_cell = false;
    else if (c == '-' || c == ':') {
      if (!in_cell) ++columns;
      in_cell = true;
    } else if (c != ' ' && c != '\t' && c != '\v' && c != '\f') return 0;  // cmark-gfm's table blanks
  }
  return columns;
}

}  // namespace

MarkdownTableSize markdown_table_too_big(std::string_view markdown, int max_columns, long max_cells) {
  // Split into lines once; a table runs from the line above its delimiter row to the next blank line.
  std::vector<std::string_view> lines = split_lines(markdown);
  for (std::string_view& l : lines) l = without_containers(l);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const int columns = delimiter_columns(lines[i]);
    if (columns == 0) continue;
    std::size_t last = i + 1;
    while (last < lines.size() && lines[last].find_first_not_of(" \t\v\f") != std::string_view::npos) ++last;
    const long cells = static_cast<long>(columns) * static_cast<long>(last - i);  // header and body rows
    if (columns > max_columns || cells > max_cells) return {columns, cells, static_cast<int>(i)};
    i = last;
  }
  return {};
}

std::string markdown_to_text(std::string_view markdown) {
  Parsed p = parse(markdown, CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
  return plain_text(p.root.get());
}

}  // namespace qaf
