// Performance indicators: a catalogue of the figures a framework watches, where each comes from and who looks at it.
#pragma once
#include <string>
#include <vector>

#include "model/common.hpp"
#include "model/programme.hpp"

namespace qaf {

/// One performance indicator ("Re-referrals within 12 months"): what it counts, in what unit,
/// from where, how often it is reported, who owns it, where it is looked at and which way is better.
struct Indicator {
  std::string id{};
  std::string title{};
  Text description{};
  std::string unit{};    ///< one of indicator_units(), or ""
  std::string source{};  ///< where the figure comes from, in words
  bool reported = false;  ///< true when the framework says how often (`how_often` below)
  Frequency how_often{};
  Ref owner{};                   ///< a role id, or empty
  std::vector<Ref> reviewed_at{};  ///< body or role ids
  std::string better{};          ///< "higher", "lower" or "" when neither is better in itself
  SourcePos pos{};
};

/// The units an indicator is counted in: number, percentage, days, weeks, months, rate.
const std::vector<std::string>& indicator_units();
/// A unit as readers see it: "Percentage", "Rate per 10,000 children".
std::string unit_label(const std::string& unit);
/// Which way is better, as readers see it: "Higher is better", "Lower is better", or "".
std::string better_label(const std::string& better);

}  // namespace qaf
