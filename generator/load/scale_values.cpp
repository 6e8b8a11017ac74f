// Matching raw answer text against scale grades, levels, bands and options.
#include "load/scale_values.hpp"

#include <cctype>
#include <cmath>

#include "load/yaml_reader.hpp"

namespace qaf::detail {
bool same_words(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

std::optional<ScaleValue> scale_value(const Scale& s, const Scale* /*grades*/, const std::string& raw) {
  switch (s.kind) {
    case ScaleKind::grades: {
      for (const Grade& g : s.grades)
        if (g.id == raw || same_words(g.label, raw)) return ScaleValue{g.id, std::nullopt};
      if (auto code = parse_integer(raw))
        for (const Grade& g : s.grades)
          if (g.code == *code) return ScaleValue{g.id, std::nullopt};
      return std::nullopt;
    }
    case ScaleKind::levels: {
      if (auto v = parse_integer(raw))
        if (s.find_level(static_cast<int>(*v))) return ScaleValue{raw, static_cast<double>(*v)};
      for (const Level& l : s.levels)
        if (same_words(l.label, raw)) return ScaleValue{std::to_string(l.value), static_cast<double>(l.value)};
      return std::nullopt;
    }
    case ScaleKind::bands: {
      auto v = parse_number(raw);
      if (!v || *v < s.min || *v > s.max) return std::nullopt;
      // Values sit on the scale's steps (0, 1, 2... for a 0-10 scale with step 1).
      const double steps = (*v - s.min) / s.step;
      if (std::fabs(steps - std::round(steps)) > 1e-9) return std::nullopt;
      const Band* b = s.band_for(*v);
      return ScaleValue{b ? b->grade.id : std::string(), *v};
    }
    case ScaleKind::choices:
    case ScaleKind::rag:
      for (const Choice& c : s.options)
        if (c.id == raw || same_words(c.label, raw)) return ScaleValue{c.id, std::nullopt};
      return std::nullopt;
  }
  return std::nullopt;
}

std::string grade_of(const Scale& scale, const ScaleValue& v) {
  if (scale.kind == ScaleKind::grades || scale.kind == ScaleKind::bands) return v.id;
  return {};
}

}  // namespace qaf::detail
