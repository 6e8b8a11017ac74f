// Queries on judgement scales (grade ranks, lookups, allowed values).
#include "model/scale.hpp"

#include <algorithm>

#include "support/number_format.hpp"

namespace qaf {

std::string_view to_string(ScaleKind k) {
  switch (k) {
    case ScaleKind::grades: return "grades";
    case ScaleKind::levels: return "levels";
    case ScaleKind::bands: return "bands";
    case ScaleKind::choices: return "choices";
    case ScaleKind::rag: return "rag";
  }
  return "?";
}

std::optional<int> Scale::grade_rank(const std::string& grade_id) const {
  for (std::size_t i = 0; i < grades.size(); ++i)
    if (grades[i].id == grade_id) return static_cast<int>(i);
  return std::nullopt;
}

const Grade* Scale::find_grade(const std::string& id) const {
  for (const Grade& g : grades)
    if (g.id == id) return &g;
  return nullptr;
}

const Level* Scale::find_level(int value) const {
  for (const Level& l : levels)
    if (l.value == value) return &l;
  return nullptr;
}

const Choice* Scale::find_option(const std::string& id) const {
  for (const Choice& c : options)
    if (c.id == id) return &c;
  return nullptr;
}

const Band* Scale::band_for(double value) const {
  for (const Band& b : bands)
    if (value >= b.from && value <= b.to) return &b;
  return nullptr;
}

std::vector<std::string> Scale::allowed_values() const {
  std::vector<std::string> out;
  switch (kind) {
    case ScaleKind::grades:
      for (const Grade& g : grades) out.push_back(g.id);
      break;
    case ScaleKind::levels:
      for (const Level& l : levels) out.push_back(std::to_string(l.value));
      break;
    case ScaleKind::bands:
      out.push_back("a number from " + format_number(min) + " to " + format_number(max));
      break;
    case ScaleKind::choices:
    case ScaleKind::rag:
      for (const Choice& c : options) out.push_back(c.id);
      break;
  }
  return out;
}

std::vector<const Band*> bands_in_order(const Scale& s) {
  std::vector<const Band*> out;
  for (const Band& b : s.bands) out.push_back(&b);
  std::stable_sort(out.begin(), out.end(), [](const Band* a, const Band* b) { return a->from < b->from; });
  return out;
}

std::string level_name(int value, const Level* l) {
  return std::to_string(value) + (l && !l->label.empty() ? " " + l->label : "");
}

std::string grade_name(const Scale& s, const Grade& g) {
  return s.show_codes ? std::to_string(g.code) + " " + g.label : g.label;
}

}  // namespace qaf
