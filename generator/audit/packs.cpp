// Assembling the packs output tree per framework: CSV exports and a pack PDF per team and service per period.
#include "audit/packs.hpp"

#include "audit/csv_export.hpp"
#include "audit/export_tables.hpp"
#include "audit/pack_document.hpp"
#include "audit/xlsx_writer.hpp"
#include "layout/fonts.hpp"
#include "layout/layout.hpp"
#include "markdown/markdown.hpp"
#include "pdf/appendix.hpp"
#include "pdf/pdf_pool.hpp"
#include "support/memory.hpp"

#include <mutex>
#include <optional>
#include <set>

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

// `path`, or `path` with "-2", "-3"... before ".pdf" when two names make the same file name;
// the name is then taken.
std::string unused(std::set<std::string>& taken, const std::string& path) {
  std::string p = path;
  for (int n = 2; taken.count(p); ++n) p = path.substr(0, path.size() - 4) + "-" + std::to_string(n) + ".pdf";
  taken.insert(p);
  return p;
}

// The packs of a framework: (period, kind, name) -> the scope and its records, in record order.
using PackGroup = std::pair<PackScope, std::vector<const AuditRecord*>>;
using PackGroups = std::map<std::string, PackGroup>;

std::string group_key(const PackScope& s) { return s.period + "\n" + s.kind + "\n" + s.name; }

// One pack per (period, team) and per (period, service) that has records.
PackGroups pack_groups(const Project& project, const Framework& fw, const std::vector<const AuditRecord*>& records,
                       Period period) {
  PackGroups groups;
  for (const AuditRecord* a : records) {
    const std::string when = a->date ? period_of(*a->date, period) : "undated";
    // A form with no team field (a tool some councils use across teams): its records go in one
    // pack of the period's audits rather than a "team" pack of no team.
    const Template* t = template_of(project, fw, *a);
    const PackScope team = t && !t->field_with_role(FieldRole::team)
                               ? PackScope{"all", "All audits", when}
                               : PackScope{"team", a->team.empty() ? "No team recorded" : a->team, when};
    groups[group_key(team)].first = team;
    groups[group_key(team)].second.push_back(a);
    if (!a->service.empty()) {
      const PackScope service{"service", a->service, when};
      groups[group_key(service)].first = service;
      groups[group_key(service)].second.push_back(a);
    }
  }
  return groups;
}

struct FrameworkPacks {
  const Framework* fw;
  std::vector<const AuditRecord*> records;
  PackGroups groups;
};

}  // namespace

OutputTree build_packs(const Project& project, const PackOptions& options, Diagnostics& diags) {
  OutputTree out;
  if (options.stream_to) out.stream_to(*options.stream_to);
  std::mutex out_mutex;  // the PDF writers' threads and this one add files
  auto put = [&](const std::string& path, std::string bytes) {
    std::lock_guard lock(out_mutex);
    out.add(path, std::move(bytes));
  };
  // Layout here, one document after another (a FontSet is not shared between threads); the
  // PDFs are written on every core as they come, and go to `out` (or disk) as each is done.
  std::optional<pdf::PdfPool> writers;
  if (options.fonts && !options.layout_only) {
    pdf::PdfOptions po;
    po.created = options.as_of;
    po.lang = project.config.language;
    writers.emplace(po, put);
  }
  std::set<std::string> taken;  // the PDF names given out
  AggregateOptions ao;
  ao.period = options.period;
  ao.as_of = options.as_of;
  // Each framework's records and packs first, so that progress can count every document.
  std::vector<FrameworkPacks> all_packs;
  std::size_t documents = 0;
  for (const Framework& fw : project.frameworks) {
    FrameworkPacks f{&fw, records_of(project, fw), {}};
    if (f.records.empty()) continue;
    if (options.fonts) f.groups = pack_groups(project, fw, f.records, options.period);
    documents += f.groups.size() + (options.fonts && options.filled ? f.records.size() : 0);
    all_packs.push_back(std::move(f));
  }
  if (options.progress && documents > 0) options.progress->count(documents, "documents");
  for (const FrameworkPacks& f : all_packs) {  // plain references: lambdas below capture them
    const Framework& fw = *f.fw;
    const std::vector<const AuditRecord*>& records = f.records;
    const PackGroups& groups = f.groups;
    // The figures for Excel: CSV files and one workbook of the same tables.
    const Aggregates all = aggregate(project, fw, ao, records);
    const std::vector<AggregateSlice> slices = slices_by_team_and_period(project, fw, ao, records);
    const OutputTree csv = csv_files(fw, all, slices);
    for (const auto& [path, bytes] : csv.files()) put(fw.id + "/csv/" + path, bytes);
    put(fw.id + "/" + fw.id + "-figures.xlsx",
        options.layout_only ? std::string() : xlsx_workbook(export_tables(fw, all, slices), options.as_of));
    if (!options.fonts) continue;
    // Names are given in the groups' order, then the records', so a clash gets the same "-2"
    // whatever the sizes.
    struct Pack {
      const PackGroup* group = nullptr;
      std::string path;
      std::vector<std::set<char32_t>> characters;  // of its audits, by font index
    };
    std::vector<Pack> packs;
    std::map<const AuditRecord*, std::vector<std::size_t>> packs_of;  // a record's packs
    for (const auto& [k, group] : groups) {
      const PackScope& scope = group.first;
      const std::string stem = scope.kind == "all" ? "all-audits" : scope.kind + "-" + file_part(scope.name);
      for (const AuditRecord* a : group.second) packs_of[a].push_back(packs.size());
      packs.push_back(Pack{&group, unused(taken, fw.id + "/" + scope.period + "/" + stem + ".pdf"), {}});
    }
    // Each filled audit is laid out once and written once, as its own PDF; the packs copy its
    // pages from that PDF, so they are all written before any pack.
    std::vector<std::string> own(records.size());
    std::vector<layout::AppendedPart> parts(options.filled ? records.size() : 0);
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const AuditRecord* a = records[i];
      own[i] = unused(taken, fw.id + "/audits/" + file_part(a->id) + ".pdf");
      // Drawn on the form it was completed on: an earlier version's, when the record says so.
      const Framework* on = project.framework_of(*a);
      const Template* form = on ? on->find_template(a->template_id.id) : nullptr;
      if (!form) on = &fw, form = fw.find_template(a->template_id.id);
      layout::LaidOutDocument laid = layout::layout_document(options.filled(*on, *form, *a), *options.fonts, diags);
      for (std::size_t p : packs_of[a]) layout::add_characters(laid, packs[p].characters);
      parts[i] = layout::as_appended_part(laid);
      if (writers) writers->submit(own[i], std::move(laid));
      else put(own[i], {});  // a check: the name only
      if (options.progress) options.progress->step();
    }
    if (writers) writers->finish();
    std::map<const AuditRecord*, std::size_t> index;
    for (std::size_t i = 0; i < records.size(); ++i) index[records[i]] = i;
    // The packs, the largest first: while one writer takes a long pack the others take short
    // ones, and the writers' page limit keeps about one long pack in memory.
    std::vector<std::size_t> order(packs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return packs[a].group->second.size() > packs[b].group->second.size();
    });
    for (std::size_t i : order) {
      const auto& [scope, members] = *packs[i].group;
      const Aggregates agg = aggregate(project, fw, ao, members);
      // The same team or service in the period before (no records there is a pack that says so).
      PackComparison previous;
      Aggregates before;
      if (const auto p = previous_period(scope.period)) {
        auto it = groups.find(group_key(PackScope{scope.kind, scope.name, *p}));
        before = aggregate(project, fw, ao, it == groups.end() ? std::vector<const AuditRecord*>{} : it->second.second);
        previous = {*p, &before};
      }
      std::vector<PackAudit> filled;
      std::vector<std::string> sources;  // their own PDFs
      std::vector<std::size_t> source_pages;
      if (!parts.empty())
        for (const AuditRecord* a : members) {
          filled.push_back(PackAudit{a->id, &parts[index.at(a)]});
          sources.push_back(own[index.at(a)]);
          source_pages.push_back(parts[index.at(a)].pages.size());
        }
      layout::LaidOutDocument laid =
          layout::layout_document(pack_document(fw, scope, agg, previous, filled, options.as_of), *options.fonts, diags);
      laid.also_cover = layout::cover_text(packs[i].characters);
      const std::size_t pages = laid.pages.size();
      if (writers) {
        pdf::Appendix appendix = pdf::appendix_of(laid, std::move(source_pages));  // before the writer takes `laid`
        writers->submit(packs[i].path, std::move(laid),
                        [&out, &out_mutex, appendix = std::move(appendix), sources](std::string bytes, const std::vector<std::string>& names) {
                          return pdf::append_pages(bytes, names, appendix, sources.size(), [&](std::size_t k) {
                            std::lock_guard lock(out_mutex);
                            return out.read(sources[k]);
                          });
                        });
      } else {
        put(packs[i].path, {});
      }
      if (pages >= pdf::PdfPool::long_document) release_free_memory();
      if (options.progress) options.progress->step();
    }
  }
  if (writers) writers->finish();
  return out;
}

}  // namespace qaf
