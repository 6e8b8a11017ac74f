// Term shards: the sorted term list cut into files by size, and how a term finds its file (internal).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace qaf::search::detail {

/// Cuts a sequence of entries (sizes in bytes, in term order) into consecutive shards:
/// a shard takes entries until adding the next would pass `target` bytes, and always takes
/// at least one. Returns the index of each shard's first entry (the first is 0).
std::vector<std::size_t> cut_shards(const std::vector<std::size_t>& entry_sizes, std::size_t target);

/// The shortest prefix of `first` (cut between UTF-8 characters) that sorts after `previous`;
/// requires previous < first. Shard boundaries are written this short to keep the manifest small.
std::string separating_prefix(std::string_view previous, std::string_view first);

/// The shard a term lives in, given each shard's boundary (ascending, the first is ""):
/// the last shard whose boundary is <= term in byte order (which is code point order).
/// Mirrors shardOf() in search.js.
std::size_t shard_for_term(const std::vector<std::string>& boundaries, std::string_view term);

}  // namespace qaf::search::detail
