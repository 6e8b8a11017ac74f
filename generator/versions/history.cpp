// A framework's versions in order, each compared with the one before.
#include "versions/history.hpp"

namespace qaf::versions {

std::vector<Step> history(const Framework& current, const std::vector<KeptVersion>& kept) {
  std::vector<std::pair<std::string, const Framework*>> order;
  for (const KeptVersion& k : kept)
    if (k.version != current.meta.version) order.emplace_back(k.version, &k.framework);
  // A framework that names no version has no "current version" to say what changed in.
  if (!current.meta.version.empty()) order.emplace_back(current.meta.version, &current);
  std::vector<Step> steps;
  for (std::size_t i = 1; i < order.size(); ++i) {
    Step s;
    s.from = order[i - 1].first;
    s.to = order[i].first;
    s.before = order[i - 1].second;
    s.after = order[i].second;
    s.current = i + 1 == order.size();
    s.changes = compare(*s.before, *s.after);
    steps.push_back(std::move(s));
  }
  return steps;
}

const Step* current_step(const std::vector<Step>& steps) {
  return !steps.empty() && steps.back().current ? &steps.back() : nullptr;
}

}  // namespace qaf::versions
