// Lookups across the project.
#include "model/project.hpp"

namespace qaf {

const Framework* Project::find_framework(const std::string& id) const {
  for (const Framework& f : frameworks)
    if (f.id == id) return &f;
  return nullptr;
}

}  // namespace qaf
