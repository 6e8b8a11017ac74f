// Numbers as authors wrote them: "10", "0.5", never "10.000000".
#pragma once
#include <string>

namespace qaf {

/// A number without trailing zeros: 10 -> "10", 0.5 -> "0.5", 2.25 -> "2.25" (six places at most).
std::string format_number(double value);

}  // namespace qaf
