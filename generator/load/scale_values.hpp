// Normalising answers written by auditors onto a scale: grade ids, labels or codes; levels; band numbers; options.
#pragma once
#include <optional>
#include <string>

#include "model/scale.hpp"

namespace qaf::detail {

struct ScaleValue {
  std::string id;                 ///< grade id, option id, level value as text, or the band's grade id
  std::optional<double> number;   ///< levels and bands
};

/// Reads `raw` as a value on `scale`. For a bands scale, `grades` is its maps_to
/// scale (may be null). Returns nullopt when the value is not on the scale.
std::optional<ScaleValue> scale_value(const Scale& scale, const Scale* grades, const std::string& raw);

/// The grade id an answer counts as on a grades scale: itself for a grades
/// scale, its band's grade for a bands scale; empty otherwise.
std::string grade_of(const Scale& scale, const ScaleValue& v);

/// The same words but for the case of ASCII letters: "N/A" and "n/a", "Good" and "good".
bool same_words(const std::string& a, const std::string& b);

}  // namespace qaf::detail
