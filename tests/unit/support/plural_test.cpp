// Unit tests for counts in words.
#include <doctest/doctest.h>

#include "support/plural.hpp"

using namespace qaf;

TEST_CASE("plural: singular only for one") {
  CHECK(plural(1, "audit") == "1 audit");
  CHECK(plural(0, "audit") == "0 audits");
  CHECK(plural(2, "audit") == "2 audits");
  CHECK(plural(1, "child", "children") == "1 child");
  CHECK(plural(3, "child", "children") == "3 children");
  CHECK(plural(-1, "point") == "-1 points");
}
