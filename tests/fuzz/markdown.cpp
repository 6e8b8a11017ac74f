// Fuzz target: one Markdown text through every walk qaf makes: HTML, plain text, nesting check, and the PDF path (blocks, layout).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "layout/layout.hpp"
#include "markdown/markdown.hpp"
#include "print/print_blocks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view md(reinterpret_cast<const char*>(data), size);
  // A text nested deeper than kMaxMarkdownNesting is an error in `qaf check`, and a build stops
  // before any walk of it: so does this target (cmark-gfm's own cost grows with depth x nodes).
  if (qaf::markdown_too_deep(md).depth != 0) return 0;

  // The site: HTML with links such as "standard:1.4" rewritten, as the page renderer does.
  qaf::MarkdownOptions options;
  options.rewrite_link = [](const std::string& url, int, int) -> std::optional<std::string> {
    if (url.rfind("standard:", 0) == 0) return "standards.html#" + qaf::slugify(url.substr(9));
    return std::nullopt;
  };
  const qaf::RenderedMarkdown html = qaf::render_markdown(md, options);
  (void)qaf::render_inline_markdown(md, options);
  (void)qaf::markdown_to_text(md);
  (void)qaf::slugify(md);

  // The PDFs: Markdown blocks to layout blocks, laid out on pages with the default fonts.
  static const qaf::layout::FontSet fonts(qaf::layout::default_font_files());
  qaf::layout::Document doc;
  doc.title = "fuzz";
  qaf::print::detail::add_markdown(qaf::Text{std::string(md), {"fuzz.md", 1, 1}}, doc.blocks);
  doc.blocks.push_back(qaf::print::detail::paragraph(qaf::print::detail::markdown_runs(std::string(md)),
                                                     {"fuzz.md", 1, 1}));
  qaf::print::detail::drop_unknown_links(doc);
  qaf::Diagnostics diags;
  const qaf::layout::LaidOutDocument laid = qaf::layout::layout_document(doc, fonts, diags);
  return 0;
}
