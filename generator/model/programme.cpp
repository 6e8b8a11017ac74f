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
  const std::string count =
      std::to_string(row.count) + (row.count_max > row.count ? "\u2013" + std::to_string(row.count_max) : "");
  if (row.in_every > 0) return count + " in every " + std::to_string(row.in_every) + " " + row.of;
  if (row.every > 1)
    return (count == "1" ? std::string("Every ") : count + " every ") + std::to_string(row.every) + " " + row.per + "s";
  return count + " a " + row.per;
}

}  // namespace qaf
