// Lookups across the project.
#include "model/project.hpp"

namespace qaf {

const Framework* Project::find_framework(const std::string& id) const {
  for (const Framework& f : frameworks)
    if (f.id == id) return &f;
  return nullptr;
}

const Framework* Project::framework_at(const std::string& id, const std::string& version) const {
  const Framework* current = find_framework(id);
  if (!current || version.empty() || version == current->meta.version) return current;
  for (const KeptVersion& k : kept_versions(id))
    if (k.version == version) return &k.framework;
  return nullptr;
}

const Framework* Project::framework_of(const AuditRecord& record) const {
  const Framework* at = framework_at(record.framework.id, record.version);
  return at ? at : find_framework(record.framework.id);
}

const std::vector<KeptVersion>& Project::kept_versions(const std::string& id) const {
  static const std::vector<KeptVersion> none;
  const auto it = kept.find(id);
  return it == kept.end() ? none : it->second;
}

}  // namespace qaf
