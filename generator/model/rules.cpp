// Applicability of rules to templates.
#include "model/rules.hpp"

namespace qaf {

bool applies_to(const std::vector<Ref>& templates, const std::string& template_id) {
  if (templates.empty()) return true;
  for (const Ref& r : templates)
    if (r.id == template_id) return true;
  return false;
}

}  // namespace qaf
