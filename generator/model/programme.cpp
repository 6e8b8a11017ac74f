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

const std::vector<std::string>& frequency_units() {
  static const std::vector<std::string> units = {"day", "week", "month", "term", "quarter", "year", "as-needed",
                                                 "continuous"};
  return units;
}

bool counted_unit(const std::string& per) { return per != "as-needed" && per != "continuous"; }

std::string how_often(const FrequencyRow& row) {
  if (row.per == "as-needed") return "As needed";
  if (row.per == "continuous") return "Throughout the year";
  return std::to_string(row.count) + " a " + row.per;
}

}  // namespace qaf
