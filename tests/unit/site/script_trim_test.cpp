// Unit tests of trim_script: the theme's JavaScript as shipped, without comment lines and indentation.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "site/script_trim.hpp"

using qaf::site::trim_script;

TEST_CASE("comment lines, blank lines and indentation go; code, line breaks and trailing comments stay") {
  const std::string in =
      "// A client.\n"
      "(function () {\n"
      "  'use strict';\n"
      "\n"
      "    // explains the next line\n"
      "  const url = 'http://example.org/a'; // kept: not a whole line\n"
      "\t\treturn x\r\n"
      "  /* block comments are kept */\n"
      "})();";
  CHECK(trim_script(in) ==
        "(function () {\n'use strict';\nconst url = 'http://example.org/a'; // kept: not a whole line\nreturn x\n"
        "/* block comments are kept */\n})();\n");
}

TEST_CASE("a script in which a line may continue a string is shipped as written") {
  const std::string template_literal = "const a = `one\n  // not a comment\n`;\n";
  CHECK(trim_script(template_literal) == template_literal);
  // A backtick in a comment is no template literal.
  CHECK(trim_script("  // `term` is folded\n  f(term);\n") == "f(term);\n");
  const std::string continued = "const a = 'one \\\n  // not a comment';\n";
  CHECK(trim_script(continued) == continued);
}

TEST_CASE("the default theme's search client shrinks by a fifth at least") {
  std::ifstream file(std::string(QAF_SOURCE_DIR) + "/themes/default/js/search.js", std::ios::binary);
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string source = buffer.str();
  REQUIRE(source.size() > 10000);
  const std::string shipped = trim_script(source);
  CHECK(shipped.size() * 5 < source.size() * 4);
  // Every line of code is still there, in order.
  std::istringstream lines(source);
  std::string line;
  std::size_t at = 0;
  while (std::getline(lines, line)) {
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line.compare(first, 2, "//") == 0) continue;
    at = shipped.find(line.substr(first) + "\n", at);
    REQUIRE_MESSAGE(at != std::string::npos, line);
  }
}
