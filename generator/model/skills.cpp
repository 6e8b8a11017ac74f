// Names of skill descriptor shapes.
#include "model/skills.hpp"

namespace qaf {

std::string_view to_string(SkillShape s) { return s == SkillShape::levels ? "levels" : "capabilities"; }

}  // namespace qaf
