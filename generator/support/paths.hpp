// Paths compared as the file system sees them: absolute, normal, symlinks resolved.
#pragma once
#include <filesystem>

namespace qaf {

/// `p` absolute and lexically normal, symlinks resolved as far as the path exists, without a
/// trailing '/'. Never throws except std::bad_alloc.
std::filesystem::path normal_path(const std::filesystem::path& p);

/// True when normal path `inner` is normal path `outer` or lies inside it (component by component).
bool normal_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

/// True when `inner` is `outer` or lies inside it (both made normal first, see normal_path()).
inline bool path_within(const std::filesystem::path& inner, const std::filesystem::path& outer) {
  return normal_within(normal_path(inner), normal_path(outer));
}

}  // namespace qaf
