// Rubric lookups and names.
#include "model/rubric.hpp"

#include <algorithm>

#include "model/scale.hpp"

namespace qaf {

std::string_view to_string(RubricShape s) {
  switch (s) {
    case RubricShape::indicators: return "indicators";
    case RubricShape::matrix: return "matrix";
    case RubricShape::measures: return "measures";
  }
  return "?";
}

const RubricArea* Rubric::find_area(const std::string& area_id) const {
  for (const RubricArea& a : areas)
    if (a.id == area_id) return &a;
  return nullptr;
}

std::vector<const Grade*> described_grades(const Rubric& r, const Scale& scale) {
  std::vector<const Grade*> out;
  for (const Grade& g : scale.grades)
    if (r.grades.empty() ||
        std::any_of(r.grades.begin(), r.grades.end(), [&](const Ref& d) { return d.id == g.id; }))
      out.push_back(&g);
  return out;
}

}  // namespace qaf
