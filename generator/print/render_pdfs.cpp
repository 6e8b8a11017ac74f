// The PDFs of a project: one job per printable document, laid out, then written in memory in parallel; warnings merged once.
#include <algorithm>
#include <set>
#include <tuple>

#include "layout/layout.hpp"
#include "pdf/pdf_pool.hpp"
#include "print/print.hpp"
#include "site/site_paths.hpp"

namespace qaf::print {

std::vector<PrintJob> print_jobs(const Project& project, const PrintOptions& given) {
  PrintOptions options = given;
  if (!options.images) options.images = &project.images;
  namespace sp = site_paths;
  std::vector<PrintJob> jobs;
  auto add = [&](const Framework& fw, const versions::Step* changes, const PrintOptions& options) {
    // Booklets first: a template whose PDF name clashes with one of them is the one left out.
    jobs.push_back({sp::handbook_pdf(fw.id), handbook_document(fw, options, changes)});
    if (!fw.standards.empty()) jobs.push_back({sp::standards_pdf(fw.id), standards_document(fw, options)});
    for (const Rubric& r : fw.rubrics) jobs.push_back({sp::rubric_pdf(fw.id, r.id), rubric_document(fw, r, options)});
    for (const SkillSet& s : fw.skill_sets) jobs.push_back({sp::skills_pdf(fw.id, s.id), skills_document(fw, s, options)});
    for (const Template& t : fw.templates)  // a tool held elsewhere has no form to print
      if (!t.stub()) jobs.push_back({sp::template_pdf(fw.id, t.id), template_document(fw, t, options)});
  };
  for (const Framework& fw : project.frameworks) {
    const std::vector<versions::Step> history = versions::history(fw, project.kept_versions(fw.id));
    add(fw, versions::current_step(history), options);
  }
  // Each earlier version's PDFs beside its archived pages (site_paths::archive_id), as published.
  PrintOptions archived = options;
  archived.fill_in_forms = false;
  for (const Framework& fw : project.frameworks)
    for (const Framework& old : sp::archived_versions(project, fw)) add(old, nullptr, archived);
  return jobs;
}

OutputTree render_pdfs(const Project& project, const layout::FontSet& fonts, const PrintOptions& options,
                       Diagnostics& diags) {
  pdf::PdfOptions pdf_options;
  pdf_options.created = options.printed_on;
  pdf_options.lang = project.config.language;
  // Layout first, one document after another (a FontSet is not shared between threads).
  // The same text is printed in several documents (a standard in its booklet and in the
  // handbook): each problem is reported once, at its place in the source.
  std::set<std::tuple<std::string, int, int, std::string>> reported;
  std::set<std::string> paths;
  std::vector<std::pair<std::string, layout::LaidOutDocument>> laid;
  for (const PrintJob& job : print_jobs(project, options)) {
    if (!paths.insert(job.path).second) {
      hint(diags.warning(job.document.blocks.empty() ? SourcePos{} : job.document.blocks.front().pos,
                         "'" + job.path + "' would be printed twice; this template gets no PDF"),
           "rename the template: 'standards', 'handbook', 'rubric-...' and 'skills-...' name the booklets' PDFs");
      continue;
    }
    Diagnostics local;
    laid.emplace_back(job.path, layout::layout_document(job.document, fonts, local));
    for (const Diagnostic& d : local.all()) {
      if (!reported.insert({d.pos.file, d.pos.line, d.pos.column, d.message}).second) continue;
      Diagnostic& copy = d.severity == Severity::error ? diags.error(d.pos, d.message) : diags.warning(d.pos, d.message);
      copy.hints = d.hints;
    }
  }
  // Writing dominates (libharu maps every code point of each embedded font): the documents
  // are written in parallel, each on its own libharu document; the bytes do not depend on it.
  OutputTree out;
  if (options.layout_only) {  // layout only: the paths, for the site's links, and no bytes
    for (const auto& [path, doc] : laid) out.add(path, {});
    return out;
  }
  pdf::PdfPool pool(pdf_options, [&](const std::string& path, std::string bytes) { out.add(path, std::move(bytes)); },
                    static_cast<unsigned>(std::min<std::size_t>(pdf::PdfPool::default_threads(), laid.size())));
  for (auto& [path, doc] : laid) pool.submit(path, std::move(doc));
  pool.finish();
  return out;
}

}  // namespace qaf::print
