// The build pipeline after loading: theme, site, packs.
#include "cli/pipeline.hpp"

#include "audit/packs.hpp"
#include "layout/fonts.hpp"
#include "load/theme_loader.hpp"
#include "site/site_builder.hpp"

namespace qaf {

Outputs render_outputs(const std::filesystem::path& root, const Project& project, const Date& as_of, Diagnostics& diags) {
  Outputs out;
  const Theme theme = load_theme(root, project, diags);
  if (diags.has_errors()) return out;
  SiteOptions so;
  so.as_of = as_of;
  out.site = build_site(project, theme, so, diags);
  PackOptions po;
  po.period = project.config.period == "month" ? Period::month : Period::quarter;
  po.as_of = as_of;
  const layout::FontSet fonts(layout::default_font_files());  // throws when a font file is missing
  po.fonts = &fonts;
  out.packs = build_packs(project, po, diags);
  return out;
}

}  // namespace qaf
