// Reads Markdown pages: front matter between '---' lines, then the body.
#include "load/markdown_check.hpp"
#include "load/readers.hpp"
#include "support/text_check.hpp"

namespace qaf::detail {

Page read_page(const std::string& rel_path, const std::string& text, const std::string& default_id,
               Diagnostics& diags) {
  Page p;
  p.pos = {rel_path, 1, 1};
  p.id = default_id;
  std::string_view t = text;
  if (t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);  // UTF-8 byte order mark
  if (const std::optional<BadText> bad = first_bad_text(t)) {
    hint(diags.error({rel_path, bad->line, bad->column}, bad->what), bad->hint);
    return p;
  }
  const bool has_fm = t.substr(0, 4) == "---\n" || t.substr(0, 5) == "---\r\n";
  if (!has_fm) {
    hint(diags.error(p.pos, "page has no front matter"),
         "start the file with a '---' line, 'title: ...', and another '---' line");
    p.body = std::string(t);
    return p;
  }
  const std::size_t start = t.find('\n') + 1;
  std::size_t end = std::string_view::npos;
  int line = 2;
  for (std::size_t i = start; i < t.size();) {
    std::size_t nl = t.find('\n', i);
    std::string_view l = t.substr(i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l == "---" || l == "...") {
      end = i;
      break;
    }
    if (nl == std::string_view::npos) break;
    i = nl + 1;
    ++line;
  }
  if (end == std::string_view::npos) {
    hint(diags.error(p.pos, "front matter is not closed"), "end it with a line holding only '---'");
    return p;
  }
  // Parse the front matter with its own line numbers: pad so yaml-cpp marks match the file.
  const std::string yaml = std::string(1, '\n') + std::string(t.substr(start, end - start));
  YamlFile file(rel_path, yaml, diags);
  const std::size_t after = t.find('\n', end);
  p.body = after == std::string_view::npos ? std::string() : std::string(t.substr(after + 1));
  p.body_line = line + 1;
  check_markdown_limits(p.body, {rel_path, p.body_line, 1}, true, diags);
  if (!file.ok()) return p;
  Fields f(file, file.root(), "page", {}, p.pos);
  if (!f.ok()) return p;
  p.title = f.str("title");
  if (f.has("id")) p.id = f.id("id");
  else if (!valid_id(p.id))  // the id comes from the file name and becomes the page's URL
    hint(diags.error(p.pos, "page file name '" + p.id + "' is not a valid id"),
         "rename the file using lower-case letters, digits and '-' (at most 100 characters), or give an 'id:' in its front matter");
  p.order = static_cast<int>(f.integer("order", -100000, 100000).value_or(0));
  p.summary = f.str("summary");
  return p;
}

}  // namespace qaf::detail
