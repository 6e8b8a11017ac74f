// Normal paths and containment (see paths.hpp).
#include "support/paths.hpp"

#include <system_error>

namespace qaf {
namespace fs = std::filesystem;

fs::path normal_path(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec).lexically_normal();
  if (ec) a = p.lexically_normal();
  if (!a.has_filename() && a.has_relative_path()) a = a.parent_path();
  fs::path c = fs::weakly_canonical(a, ec);
  if (ec) return a;
  if (!c.has_filename() && c.has_relative_path()) c = c.parent_path();
  return c;
}

bool normal_within(const fs::path& inner, const fs::path& outer) {
  auto ai = inner.begin();
  for (auto bi = outer.begin(); bi != outer.end(); ++bi, ++ai)
    if (ai == inner.end() || *ai != *bi) return false;
  return true;
}

}  // namespace qaf
