// The build pipeline after loading: theme, PDFs, site (with the PDFs in it), packs.
#include "cli/pipeline.hpp"

#include "audit/packs.hpp"
#include "layout/fonts.hpp"
#include "load/theme_loader.hpp"
#include "print/print.hpp"
#include "site/site_builder.hpp"

namespace qaf {

Outputs render_outputs(const std::filesystem::path& root, const Project& project, const Date& as_of, Diagnostics& diags) {
  Outputs out;
  const Theme theme = load_theme(root, project, diags);
  if (diags.has_errors()) return out;
  const layout::FontSet fonts(layout::default_font_files());  // throws when a font file is missing
  // PDFs first: the site links to each one it will hold.
  print::PrintOptions print_options;
  print_options.printed_on = as_of;
  const OutputTree pdfs = print::render_pdfs(project, fonts, print_options, diags);
  SiteOptions so;
  so.as_of = as_of;
  for (const auto& [path, bytes] : pdfs.files()) so.pdfs.insert(path);
  out.site = build_site(project, theme, so, diags);
  out.site.merge(pdfs);
  PackOptions po;
  po.period = project.config.period == "month" ? Period::month : Period::quarter;
  po.as_of = as_of;
  po.fonts = &fonts;
  po.filled = [&](const Framework& fw, const Template& t, const AuditRecord& record) {
    return print::template_document(fw, t, print_options, &record);
  };
  out.packs = build_packs(project, po, diags);
  return out;
}

}  // namespace qaf
