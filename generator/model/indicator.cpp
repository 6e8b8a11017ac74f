// Units of performance indicators and which way is better, as readers see them.
#include "model/indicator.hpp"

#include "support/plural.hpp"

namespace qaf {

const std::vector<std::string>& indicator_units() {
  static const std::vector<std::string> units{"number", "percentage", "days", "weeks", "months", "rate"};
  return units;
}

std::string unit_label(const std::string& unit) {
  if (unit == "rate") return "Rate per 10,000 children";
  return capitalised(unit);
}

std::string better_label(const std::string& better) {
  if (better.empty()) return "";
  return capitalised(better) + " is better";
}

}  // namespace qaf
