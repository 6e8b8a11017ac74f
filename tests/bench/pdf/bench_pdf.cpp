// PDF benchmark: lays out and writes every printable document of a project (optionally a framework
// grown N times), timing the three phases and reporting pages per second and peak memory.
//
// Usage: bench_pdf PROJECT_DIR [--copies N] [--runs R] [--render-only]
// Prints one Markdown table row per run: documents, pages, the phases one document after another (model
// to layout input, layout, PDF writing), then render_pdfs as `qaf build` runs it (writing in parallel),
// pages per second, PDF bytes and peak RSS.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "layout/layout.hpp"
#include "load/project_loader.hpp"
#include "pdf/pdf_writer.hpp"
#include "print/print.hpp"

using namespace qaf;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

/// Each framework's standards, rubric areas, skills and templates repeated `copies` times
/// (new ids), so the handbook and the number of forms grow about `copies`-fold.
void grow(Project& project, int copies) {
  for (Framework& fw : project.frameworks) {
    const auto standards = fw.standards;
    const auto rubrics = fw.rubrics;
    const auto skill_sets = fw.skill_sets;
    const auto templates = fw.templates;
    for (int k = 2; k <= copies; ++k) {
      const std::string tag = "-" + std::to_string(k);
      for (auto sec : standards) {
        sec.id += tag;
        sec.title += " (" + std::to_string(k) + ")";
        for (auto& s : sec.standards) s.id += tag;
        fw.standards.push_back(std::move(sec));
      }
      for (auto r : rubrics) {
        r.id += tag;
        r.title += " (" + std::to_string(k) + ")";
        fw.rubrics.push_back(std::move(r));
      }
      for (auto s : skill_sets) {
        s.id += tag;
        s.title += " (" + std::to_string(k) + ")";
        for (auto& g : s.groups)
          for (auto& skill : g.skills) skill.id += tag;
        fw.skill_sets.push_back(std::move(s));
      }
      for (auto t : templates) {
        t.id += tag;
        t.title += " (" + std::to_string(k) + ")";
        fw.templates.push_back(std::move(t));
      }
    }
  }
}

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_pdf PROJECT_DIR [--copies N] [--runs R]\n";
    return 2;
  }
  int copies = 1, runs = 1;
  bool render_only = false;  // only render_pdfs, to watch its use of the cores
  for (int i = 2; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--copies" && i + 1 < argc) copies = std::stoi(argv[++i]);
    else if (flag == "--runs" && i + 1 < argc) runs = std::stoi(argv[++i]);
    else if (flag == "--render-only") render_only = true;
  }
  Diagnostics load_diags;
  LoadOptions lo;
  lo.load_audits = false;
  Project project = load_project(argv[1], lo, load_diags);
  if (load_diags.has_errors()) {
    load_diags.print(std::cerr);
    return 2;
  }
  grow(project, copies);
  const layout::FontSet fonts(layout::default_font_files());
  print::PrintOptions options;
  options.printed_on = Date{2026, 1, 1};
  pdf::PdfOptions pdf_options;
  pdf_options.created = options.printed_on;

  if (render_only) {
    Diagnostics diags;
    const auto t = Clock::now();
    const OutputTree tree = print::render_pdfs(project, fonts, options, diags);
    std::printf("render_pdfs: %zu PDFs in %.3f s\n", tree.size(), seconds_since(t));
    return 0;
  }
  for (int run = 1; run <= runs; ++run) {
    const auto t0 = Clock::now();
    const auto jobs = print::print_jobs(project, options);
    const double build = seconds_since(t0);
    double layout_s = 0, write_s = 0;
    std::size_t pages = 0, bytes = 0, handbook_pages = 0;
    Diagnostics diags;
    for (const auto& job : jobs) {
      const auto t1 = Clock::now();
      const auto laid = layout::layout_document(job.document, fonts, diags);
      layout_s += seconds_since(t1);
      const auto t2 = Clock::now();
      bytes += pdf::write_pdf(laid, pdf_options).size();
      write_s += seconds_since(t2);
      pages += laid.pages.size();
      if (job.path.size() >= 12 && job.path.compare(job.path.size() - 12, 12, "handbook.pdf") == 0)
        handbook_pages += laid.pages.size();
    }
    const double total = build + layout_s + write_s;
    // What `qaf build` runs: print::render_pdfs, which writes the documents in parallel.
    const auto t3 = Clock::now();
    Diagnostics render_diags;
    const OutputTree tree = print::render_pdfs(project, fonts, options, render_diags);
    const double rendered = seconds_since(t3);
    std::printf("| %d | %zu | %zu (%zu in handbooks) | %.3f s | %.3f s | %.3f s | %.3f s (%.0f pages/s) | %.3f s | %.0f | %.1f MB | %.0f MB |\n",
                copies, jobs.size(), pages, handbook_pages, build, layout_s, write_s, total,
                static_cast<double>(pages) / total, rendered, static_cast<double>(pages) / rendered,
                static_cast<double>(bytes) / 1e6, static_cast<double>(peak_rss_kb()) / 1024.0);
    if (tree.size() != jobs.size()) std::cerr << "render_pdfs wrote " << tree.size() << " of " << jobs.size() << " PDFs\n";
    std::fflush(stdout);
  }
  return 0;
}
