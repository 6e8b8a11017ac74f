// Lookups across the project.
#include "model/project.hpp"

namespace qaf {

const Framework* Project::find_framework(const std::string& id) const {
  for (const Framework& f : frameworks)
    if (f.id == id) return &f;
  return nullptr;
}

const std::vector<KeptVersion>& Project::kept_versions(const std::string& id) const {
  static const std::vector<KeptVersion> none;
  const auto it = kept.find(id);
  return it == kept.end() ? none : it->second;
}

}  // namespace qaf
