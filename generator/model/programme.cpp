// Names of programme kinds.
#include "model/programme.hpp"

namespace qaf {

std::string_view to_string(ProgrammeKind k) {
  switch (k) {
    case ProgrammeKind::focus: return "focus";
    case ProgrammeKind::timeline: return "timeline";
    case ProgrammeKind::frequency: return "frequency";
  }
  return "?";
}

}  // namespace qaf
