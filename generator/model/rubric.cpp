// Rubric lookups and names.
#include "model/rubric.hpp"

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

}  // namespace qaf
