// Parallel columns answered their own way on the template's page: each column says how it is answered; totals noted.
#include <doctest/doctest.h>

#include <regex>

#include "../load/typed_columns_fixture.hpp"
#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("the page lists each column with how it is answered, and says the form counts the grades") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", test::typed_columns_framework());
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/templates/review.html");
  const std::string text = std::regex_replace(std::regex_replace(html, std::regex("<[^>]*>"), " "), std::regex("\\s+"), " ");
  CHECK(text.find("A last row on the printed form counts each answer in the Action rating and Seen columns.") != std::string::npos);
  CHECK(text.find("Evidence : not answered: the form prints each question&apos;s notes here") != std::string::npos);
  CHECK(text.find("Actions : optional") != std::string::npos);
  CHECK(text.find("Action rating : Rating Good Poor") != std::string::npos);
  CHECK(text.find("Seen : Choice Yes No") != std::string::npos);
  // Each question keeps its notes under it, and says what its written columns take.
  CHECK(text.find("1.1 Waiting work is risk assessed. Answer: Text Workload figures Reallocations") != std::string::npos);
}
