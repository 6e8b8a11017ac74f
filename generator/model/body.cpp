// How a value under a body's chair or members is told apart: a role id or words.
#include "model/body.hpp"

namespace qaf {

bool looks_like_id(const std::string& value) {
  if (value.empty()) return false;
  for (char c : value)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

}  // namespace qaf
