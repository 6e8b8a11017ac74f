// Unit tests for CSV formula neutralisation: every OWASP lead character, tab and carriage return included.
#include <doctest/doctest.h>

#include "audit/csv_export.hpp"

using namespace qaf;

namespace {
// The one data line of a CSV made from a single field (byte order mark and CRLF removed).
std::string cell(const std::string& v) {
  const std::string csv = to_csv({{v}});
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  REQUIRE(csv.size() >= 5);
  return csv.substr(3, csv.size() - 5);
}
}  // namespace

TEST_CASE("a cell starting with a formula character, a tab or a carriage return is prefixed with '") {
  CHECK(cell("=1+1") == "'=1+1");
  CHECK(cell("+1") == "'+1");
  CHECK(cell("-1") == "'-1");
  CHECK(cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(cell("\t=HYPERLINK(\"http://x\")") == "\"'\t=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(cell("\t=1+1") == "'\t=1+1");
  CHECK(cell("\r=1+1") == "\"'\r=1+1\"");  // quoted too: it holds a line break
  CHECK(cell("\r\n@x") == "\"'\r\n@x\"");
  CHECK(cell("plain") == "plain");
  CHECK(cell("a=b") == "a=b");
  CHECK(cell("") == "");
}
