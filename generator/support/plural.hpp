// Words for pages and documents: counts ("1 audit", "2 audits") and a capital first letter.
#pragma once
#include <string>
#include <string_view>

namespace qaf {

/// `n` and the noun, singular when `n` is 1: plural(1, "audit") is "1 audit", plural(0, "audit")
/// "0 audits". `many` is the plural when adding "s" is wrong (plural(2, "child", "children")).
std::string plural(long long n, std::string_view one, std::string_view many = {});

/// `s` with its first letter a capital (ASCII): "approved" is "Approved".
std::string capitalised(std::string s);

}  // namespace qaf
