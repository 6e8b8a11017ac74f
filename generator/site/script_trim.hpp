// Theme scripts as the site ships them: comment lines and indentation left out, nothing else touched.
#pragma once
#include <string>
#include <string_view>

namespace qaf::site {

/// `script` without its whole-line `//` comments, its blank lines and the spaces that indent its
/// lines: what a first search downloads shrinks by a quarter, and the code is unchanged (line
/// breaks are kept, so automatic semicolons fall where they did). A script in which a line could
/// continue a string (a backtick in its code, or a line ending in a backslash) is returned as it is.
std::string trim_script(std::string_view script);

}  // namespace qaf::site
