// Names of programme kinds, and programme timings and frequencies as readers see them.
#include "model/programme.hpp"

#include <algorithm>

#include "support/date.hpp"
#include "support/plural.hpp"

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

std::string how_often(const Frequency& row) {
  if (!row.after_each.empty()) return "After each " + row.after_each;
  if (row.per == "as-needed") return "As needed";
  if (row.share > 0) return std::to_string(row.share) + "% a " + row.per;
  if (row.sample) return "A sample each " + row.per;
  if (row.per == "continuous") return "Throughout the year";
  const std::string count =
      std::to_string(row.count) + (row.count_max > row.count ? "\u2013" + std::to_string(row.count_max) : "");
  if (row.in_every > 0) return count + " in every " + std::to_string(row.in_every) + " " + row.of;
  if (row.every > 1)
    return (count == "1" ? std::string("Every ") : count + " every ") + std::to_string(row.every) + " " + row.per + "s";
  return count + " a " + row.per;
}

std::string sample_text(const CaseSample& s) {
  std::string out;
  if (s.cases > 0) out = plural(s.cases, "case") + (s.per.empty() ? "" : " per " + s.per);
  if (!s.from.empty()) out += (out.empty() ? "from " : ", from ") + s.from;
  return out;
}

std::vector<std::pair<std::string, std::vector<const FrequencyRow*>>> grouped_rows(const std::vector<FrequencyRow>& rows) {
  std::vector<std::pair<std::string, std::vector<const FrequencyRow*>>> groups;
  for (const FrequencyRow& r : rows) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == r.group; });
    if (it == groups.end()) it = groups.insert(groups.end(), {r.group, {}});
    it->second.push_back(&r);
  }
  return groups;
}

const std::vector<std::string>& offset_units() {
  static const std::vector<std::string> units{"day", "working day", "week", "month"};
  return units;
}

namespace {
// "2026-04" as readers say it, "April 2026"; month names and quarters as written.
std::string spoken_period(const std::string& p) {
  const auto d = parse_date(p, true);
  return d && d->month_only() ? d->long_form() : p;
}
}  // namespace

std::string entry_when(const ProgrammeEntry& e) {
  if (!e.period.empty()) {
    const std::size_t to = e.period.find(" to ");
    if (to == std::string::npos) return spoken_period(e.period);
    return spoken_period(e.period.substr(0, to)) + " to " + spoken_period(e.period.substr(to + 4));
  }
  if (e.day > 0) return "Day " + std::to_string(e.day) + (e.part.empty() ? "" : ", " + e.part);
  if (e.relation.empty()) return "";
  std::string when = e.offset.empty() ? e.relation : e.offset + " " + e.relation;
  if (e.within) when = "within " + when;
  return capitalised(when + " " + e.event);
}

}  // namespace qaf
