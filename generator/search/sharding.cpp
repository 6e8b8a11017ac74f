// Term shard cutting, boundary prefixes and the term-to-shard lookup.
#include "search/sharding.hpp"

#include <algorithm>
#include <stdexcept>

namespace qaf::search::detail {

std::vector<std::size_t> cut_shards(const std::vector<std::size_t>& entry_sizes, std::size_t target) {
  std::vector<std::size_t> starts;
  std::size_t filled = 0;
  for (std::size_t i = 0; i < entry_sizes.size(); ++i) {
    if (starts.empty() || (filled > 0 && filled + entry_sizes[i] > target)) {
      starts.push_back(i);
      filled = 0;
    }
    filled += entry_sizes[i];
  }
  return starts;
}

std::string separating_prefix(std::string_view previous, std::string_view first) {
  if (!(previous < first)) throw std::invalid_argument("separating_prefix: terms out of order");
  for (std::size_t len = 1; len <= first.size(); ++len) {
    // Never end inside a UTF-8 sequence: the client compares whole characters.
    if (len < first.size() && (static_cast<unsigned char>(first[len]) & 0xC0) == 0x80) continue;
    if (first.substr(0, len) > previous) return std::string(first.substr(0, len));
  }
  return std::string(first);
}

std::size_t shard_for_term(const std::vector<std::string>& boundaries, std::string_view term) {
  const auto after = std::upper_bound(boundaries.begin(), boundaries.end(), term,
                                      [](std::string_view t, const std::string& b) { return t < b; });
  if (after == boundaries.begin()) return 0;
  return static_cast<std::size_t>(after - boundaries.begin()) - 1;
}

}  // namespace qaf::search::detail
