// Assembling the packs output tree per framework.
#include "audit/packs.hpp"

#include "audit/csv_export.hpp"

namespace qaf {

OutputTree build_packs(const Project& project, const PackOptions& options, Diagnostics& /*diags*/) {
  OutputTree out;
  for (const Framework& fw : project.frameworks) {
    const std::vector<const AuditRecord*> records = records_of(project, fw);
    if (records.empty()) continue;
    AggregateOptions ao;
    ao.period = options.period;
    ao.as_of = options.as_of;
    const Aggregates all = aggregate(project, fw, ao, records);
    out.merge(csv_files(fw, all), fw.id + "/csv");
  }
  return out;
}

}  // namespace qaf
