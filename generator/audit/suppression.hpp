// Small-number suppression for published aggregates: no count under the threshold is shown.
#pragma once
#include <optional>
#include <string>

namespace qaf {

/// True when a count must not be published: more than none but fewer than `threshold`.
inline bool suppressed(int count, int threshold) { return count > 0 && count < threshold; }

/// A count as published: "0", "12", or "fewer than 5".
inline std::string published_count(int count, int threshold) {
  return suppressed(count, threshold) ? "fewer than " + std::to_string(threshold) : std::to_string(count);
}

/// A share as published ("67%"), or nullopt when its base is too small to publish.
inline std::optional<std::string> published_share(int part, int base, int threshold) {
  if (base < threshold || base == 0) return std::nullopt;
  return std::to_string((part * 100 + base / 2) / base) + "%";
}

}  // namespace qaf
