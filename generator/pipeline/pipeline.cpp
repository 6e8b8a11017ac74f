// The build pipeline after loading: theme, PDFs, site (with the PDFs in it), packs.
#include "pipeline/pipeline.hpp"

#include "audit/packs.hpp"
#include "layout/fonts.hpp"
#include "load/theme_loader.hpp"
#include "print/print.hpp"
#include "site/site_builder.hpp"

namespace qaf {

namespace {

// Reports an error when the outputs so far pass qaf.yaml's max_output_mb: checked after each
// renderer, so a runaway project stops at most one renderer's output past the limit.
bool over_limit(const Project& project, const Outputs& out, const OutputTree* extra, bool check_only, Diagnostics& diags) {
  if (check_only) return false;  // nothing is written, and the PDFs are empty
  const std::size_t limit = static_cast<std::size_t>(project.config.max_output_mb) << 20;
  const std::size_t bytes = out.site.bytes() + out.packs.bytes() + (extra ? extra->bytes() : 0);
  if (bytes <= limit) return false;
  SourcePos at = project.config.max_output_pos;
  if (at.file.empty()) at.file = "qaf.yaml";
  hint(diags.error(at, "the outputs pass " + std::to_string(project.config.max_output_mb) +
                           " MB (site and packs together); nothing was written"),
       "look for a page or record that repeats far more than intended, or raise max_output_mb in qaf.yaml");
  return true;
}

}  // namespace

Outputs render_outputs(const std::filesystem::path& root, const Project& project, const Date& as_of, Diagnostics& diags,
                       bool check_only, bool packs, Progress* progress, const WritableDir* packs_dir,
                       bool keep_site) {
  Outputs out;
  auto phase = [&](const std::string& name, std::size_t total = 0, const std::string& unit = {}) {
    if (progress) progress->phase(name, total, unit);
  };
  phase("pdfs");
  const Theme theme = load_theme(root, project, diags);
  if (diags.has_errors()) return out;
  // The configured PDF fonts (qaf.yaml pdf_fonts), each style defaulting to Liberation Sans.
  layout::FontFiles files = layout::default_font_files();
  const PdfFonts& pf = project.config.pdf_fonts;
  auto in_project = [&](const std::string& p) { return (root / p).string(); };
  if (!pf.regular.empty()) files.regular = in_project(pf.regular);
  if (!pf.bold.empty()) files.bold = in_project(pf.bold);
  if (!pf.italic.empty()) files.italic = in_project(pf.italic);
  if (!pf.bold_italic.empty()) files.bold_italic = in_project(pf.bold_italic);
  if (!pf.fallbacks.empty()) {
    files.fallbacks.clear();
    for (const std::string& f : pf.fallbacks) files.fallbacks.push_back(in_project(f));
  }
  const layout::FontSet fonts(files);  // throws when a font file cannot be loaded
  // PDFs first: the site links to each one it will hold.
  print::PrintOptions print_options;
  print_options.printed_on = as_of;
  print_options.site_url = project.config.site_url;
  print_options.layout_only = check_only;
  const OutputTree pdfs = print::render_pdfs(project, fonts, print_options, diags);
  if (over_limit(project, out, &pdfs, check_only, diags)) return out;
  phase("site");
  SiteOptions so;
  so.as_of = as_of;
  for (const auto& [path, bytes] : pdfs.files()) so.pdfs.insert(path);
  if (keep_site) {
    out.site_build = std::make_unique<SiteBuild>(project, theme, so, diags);
    out.site_build->tree().merge(pdfs);
  } else {
    out.site = build_site(project, theme, so, diags);
    out.site.merge(pdfs);
  }
  const OutputTree* kept = out.site_build ? &out.site_build->tree() : nullptr;
  if (over_limit(project, out, kept, check_only, diags) || !packs) return out;
  phase("packs");  // build_packs counts its documents
  PackOptions po;
  po.progress = progress;
  po.period = project.config.period == "month" ? Period::month : Period::quarter;
  po.as_of = as_of;
  po.fonts = &fonts;
  po.layout_only = check_only;
  po.stream_to = check_only ? nullptr : packs_dir;
  po.filled = [&](const Framework& fw, const Template& t, const AuditRecord& record) {
    return print::template_document(fw, t, print_options, &record);
  };
  out.packs = build_packs(project, po, diags);
  over_limit(project, out, kept, check_only, diags);
  return out;
}

}  // namespace qaf
