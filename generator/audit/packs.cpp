// Assembling the packs output tree per framework: CSV exports and a pack PDF per team and service per period.
#include "audit/packs.hpp"

#include "audit/csv_export.hpp"
#include "audit/export_tables.hpp"
#include "audit/pack_document.hpp"
#include "audit/xlsx_writer.hpp"
#include "layout/fonts.hpp"
#include "layout/layout.hpp"
#include "markdown/markdown.hpp"
#include "pdf/pdf_writer.hpp"

namespace qaf {
namespace {

// A file name part from a team, service or record name: a slug, at most 80 bytes
// (file systems allow 255), so a long name cannot make the file unwritable.
std::string file_part(const std::string& name) {
  std::string s = slugify(name);
  if (s.size() > 80) s.resize(80);
  while (!s.empty() && (s.back() == '-' || s.back() == '.')) s.pop_back();
  return s.empty() ? "unnamed" : s;
}

// `path`, or `path` with "-2", "-3"... before ".pdf" when two names make the same file name.
std::string unused(const OutputTree& out, const std::string& path) {
  std::string p = path;
  for (int n = 2; out.has(p); ++n) p = path.substr(0, path.size() - 4) + "-" + std::to_string(n) + ".pdf";
  return p;
}

std::string pdf_bytes(const layout::Document& doc, const PackOptions& o, Diagnostics& diags) {
  const layout::LaidOutDocument laid = layout::layout_document(doc, *o.fonts, diags);
  if (o.layout_only) return {};
  pdf::PdfOptions po;
  po.created = o.as_of;
  const std::vector<unsigned char> bytes = pdf::write_pdf(laid, po);
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

OutputTree build_packs(const Project& project, const PackOptions& options, Diagnostics& diags) {
  OutputTree out;
  AggregateOptions ao;
  ao.period = options.period;
  ao.as_of = options.as_of;
  for (const Framework& fw : project.frameworks) {
    const std::vector<const AuditRecord*> records = records_of(project, fw);
    if (records.empty()) continue;
    // The figures for Excel: CSV files and one workbook of the same tables.
    const Aggregates all = aggregate(project, fw, ao, records);
    const std::vector<AggregateSlice> slices = slices_by_team_and_period(project, fw, ao, records);
    out.merge(csv_files(fw, all, slices), fw.id + "/csv");
    out.add(fw.id + "/" + fw.id + "-figures.xlsx",
            options.layout_only ? std::string() : xlsx_workbook(export_tables(fw, all, slices), options.as_of));
    if (!options.fonts) continue;
    // One pack per (period, team) and per (period, service) that has records.
    auto key = [](const PackScope& s) { return s.period + "\n" + s.kind + "\n" + s.name; };
    std::map<std::string, std::pair<PackScope, std::vector<const AuditRecord*>>> groups;
    for (const AuditRecord* a : records) {
      const std::string period = a->date ? period_of(*a->date, options.period) : "undated";
      // A form with no team field (a tool some councils use across teams): its records go in one
      // pack of the period's audits rather than a "team" pack of no team.
      const Template* t = fw.find_template(a->template_id.id);
      const PackScope team = t && !t->field_with_role(FieldRole::team)
                                 ? PackScope{"all", "All audits", period}
                                 : PackScope{"team", a->team.empty() ? "No team recorded" : a->team, period};
      groups[key(team)].first = team;
      groups[key(team)].second.push_back(a);
      if (!a->service.empty()) {
        const PackScope service{"service", a->service, period};
        groups[key(service)].first = service;
        groups[key(service)].second.push_back(a);
      }
    }
    // Each filled audit once: its own PDF, and its blocks for the packs it belongs to.
    std::map<const AuditRecord*, layout::Document> filled;
    if (options.filled)
      for (const AuditRecord* a : records) {
        if (options.progress) options.progress->step();
        layout::Document doc = options.filled(fw, *fw.find_template(a->template_id.id), *a);
        out.add(unused(out, fw.id + "/audits/" + file_part(a->id) + ".pdf"), pdf_bytes(doc, options, diags));
        if (!options.layout_only) filled.emplace(a, std::move(doc));  // a check needs it no more
      }
    for (const auto& [k, group] : groups) {
      const auto& [scope, members] = group;
      const Aggregates agg = aggregate(project, fw, ao, members);
      // The same team or service in the period before (no records there is a pack that says so).
      PackComparison previous;
      Aggregates before;
      if (const auto p = previous_period(scope.period)) {
        auto it = groups.find(key(PackScope{scope.kind, scope.name, *p}));
        before = aggregate(project, fw, ao, it == groups.end() ? std::vector<const AuditRecord*>{} : it->second.second);
        previous = {*p, &before};
      }
      // A check lays each filled audit out once, above, and keeps none: in a pack its headings and
      // links are renamed apart and its text is the same, so it could report nothing more there.
      std::vector<std::vector<layout::Block>> forms;
      for (const AuditRecord* a : members)
        if (auto it = filled.find(a); it != filled.end()) forms.push_back(it->second.blocks);
      const layout::Document doc = pack_document(fw, scope, agg, previous, forms, options.as_of);
      const std::string stem = scope.kind == "all" ? "all-audits" : scope.kind + "-" + file_part(scope.name);
      out.add(unused(out, fw.id + "/" + scope.period + "/" + stem + ".pdf"),
              pdf_bytes(doc, options, diags));
    }
  }
  return out;
}

}  // namespace qaf
