// Unit tests for dates, suggestions and diagnostics ordering.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

#include "support/colour.hpp"
#include "support/number_format.hpp"
#include "support/date.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

using namespace qaf;

TEST_CASE("dates parse strictly") {
  CHECK(parse_date("2026-03-31")->iso() == "2026-03-31");
  CHECK(parse_date("2024-02-29"));  // leap year
  CHECK_FALSE(parse_date("2026-02-29"));
  CHECK_FALSE(parse_date("2026-02-30"));
  CHECK_FALSE(parse_date("ASAP"));
  CHECK_FALSE(parse_date("31/03/2026"));
  CHECK_FALSE(parse_date("2026-3-1"));
  CHECK_FALSE(parse_date("2026-03"));
  CHECK(parse_date("2026-03", true)->month_only());
  CHECK_FALSE(parse_date("2026-13", true));
}

TEST_CASE("date arithmetic, quarters and long form") {
  const Date d = *parse_date("2026-05-14");
  CHECK(d.quarter() == "2026-Q2");
  CHECK(parse_date("2025-12-31")->quarter() == "2025-Q4");
  CHECK(d.long_form() == "14 May 2026");
  CHECK(date_from_days(d.days_since_epoch()) == d);
  CHECK(parse_date("1970-01-01")->days_since_epoch() == 0);
  CHECK(parse_date("2026-03-01")->days_since_epoch() - parse_date("2026-02-28")->days_since_epoch() == 1);
  // A month-only date counts as the month's last day.
  CHECK(parse_date("2026-02", true)->days_since_epoch() == parse_date("2026-02-28")->days_since_epoch());
}

TEST_CASE("partial dates: known to the month or only the year, shown as written") {
  const auto month = parse_partial_date("2017-09");
  REQUIRE(month);
  CHECK(month->iso() == "2017-09");
  CHECK(month->long_form() == "September 2017");
  const auto year = parse_partial_date("2017");
  REQUIRE(year);
  CHECK(year->year_only());
  CHECK(year->iso() == "2017");
  CHECK(year->long_form() == "2017");
  CHECK(year->days_since_epoch() == parse_date("2017-12-31")->days_since_epoch());  // counts as its last day
  CHECK(*year < *month);
  CHECK(parse_partial_date("2017-09-14")->long_form() == "14 September 2017");
  CHECK_FALSE(parse_partial_date("17"));
  CHECK_FALSE(parse_partial_date("2017-13"));
  CHECK_FALSE(parse_partial_date("Sept 2017"));
  CHECK_FALSE(parse_date("2017", true));  // only metadata takes a year alone
}

TEST_CASE("colours: names, #rrggbb and WCAG contrast") {
  CHECK(colour_class("amber") == "yellow");
  CHECK(colour_class("green") == "green");
  CHECK(colour_class("purple").empty());
  REQUIRE(parse_hex_colour("#CCE2D8"));
  CHECK(hex_of(*parse_hex_colour("#CCE2D8")) == "#cce2d8");
  CHECK_FALSE(parse_hex_colour("#cce2d"));
  CHECK_FALSE(parse_hex_colour("cce2d8"));
  CHECK_FALSE(parse_hex_colour("#ggffff"));
  CHECK(contrast_ratio(Rgb{0, 0, 0}, Rgb{255, 255, 255}) == doctest::Approx(21.0));
  CHECK(contrast_ratio(Rgb{255, 255, 255}, Rgb{0, 0, 0}) == doctest::Approx(21.0));
  CHECK(contrast_ratio(*parse_hex_colour("#767676"), Rgb{255, 255, 255}) == doctest::Approx(4.54).epsilon(0.01));
  CHECK(contrast_ratio(*parse_hex_colour("#cce2d8"), kTagText) > kMinContrast);
  CHECK(contrast_ratio(*parse_hex_colour("#005a30"), kTagText) < kMinContrast);
}

TEST_CASE("today honours SOURCE_DATE_EPOCH") {
  setenv("SOURCE_DATE_EPOCH", "1767225600", 1);  // 2026-01-01T00:00:00Z
  CHECK(today().iso() == "2026-01-01");
  unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("did-you-mean suggestions") {
  CHECK(edit_distance("scale", "scale") == 0);
  CHECK(edit_distance("scael", "scale") == 1);  // a swap is one edit
  CHECK(edit_distance("titel", "title") == 1);
  CHECK(closest("titel", {"id", "title", "text"}) == std::optional<std::string>("title"));
  CHECK_FALSE(closest("zzzzzz", {"id", "title", "text"}));
  CHECK(join_or({"a", "b", "c"}) == "a, b or c");
  CHECK(join_or({"a"}) == "a");
}

// The limit is a third of the longer word's length (at least one edit): a half would offer
// "date" for "dxxe", which shares only half its letters with it.
TEST_CASE("did-you-mean: a word two edits away from a short key gets no suggestion") {
  using S = std::optional<std::string>;
  CHECK(edit_distance("dxxe", "date") == 2);
  CHECK_FALSE(closest("dxxe", {"date"}));    // 4 letters: limit 1
  CHECK_FALSE(closest("scxxe", {"scale"}));  // 5 letters: limit 1
  CHECK_FALSE(closest("tm", {"team"}));      // the longer word counts: 4 letters, limit 1
  // Just inside the limit, and just outside it, for short and longer words.
  CHECK(closest("ix", {"id"}) == S("id"));              // 2 letters: one edit is still allowed
  CHECK(closest("scxle", {"scale"}) == S("scale"));     // 5 letters, 1 edit
  CHECK(closest("hexxer", {"header"}) == S("header"));  // 6 letters, 2 edits: limit 2
  CHECK_FALSE(closest("hexxxr", {"header"}));           // 6 letters, 3 edits
  CHECK(closest("answ", {"answer"}) == S("answer"));    // 2 edits, limited by the 6-letter key
  CHECK(closest("judxxxent", {"judgement"}) == S("judgement"));  // 9 letters, 3 edits: limit 3
  CHECK_FALSE(closest("judxxxxnt", {"judgement"}));              // 9 letters, 4 edits
  // The closest candidate wins, and the first of equally close ones.
  CHECK(closest("tame", {"time", "team", "tam"}) == S("time"));
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("ab", "ba") == 1);
  CHECK(edit_distance("abc", "ca") == 3);  // a swap cannot be edited again (optimal string alignment)
  CHECK(edit_distance("SCALE", "scale") == 0);  // case is ignored
}

TEST_CASE("diagnostics are sorted (files as first reported), de-duplicated and counted") {
  Diagnostics d;
  d.error({"b.yaml", 3, 1}, "third");
  d.warning({"a.yaml", 9, 2}, "second");
  hint(d.error({"a.yaml", 2, 5}, "first"), "a hint");
  d.error({"b.yaml", 3, 1}, "third");  // the same problem twice
  CHECK(d.error_count() == 3);
  CHECK(d.warning_count() == 1);
  std::ostringstream out;
  d.print(out);
  // Files in the order first reported (b.yaml came first: a cause before its knock-on
  // errors elsewhere), each by line and column.
  CHECK(out.str() ==
        "b.yaml:3:1: error: third\n"
        "a.yaml:2:5: error: first\n"
        "  hint: a hint\n"
        "a.yaml:9:2: warning: second\n"
        "2 errors, 1 warning\n");  // the summary counts what is printed
}

TEST_CASE("a problem reported twice at one place counts once, even with another between") {
  Diagnostics d;
  for (int i = 0; i < 23; ++i) {
    d.warning({"c.yaml", 4, 1}, "unused key");
    d.warning({"c.yaml", 4, 1}, "odd value");
  }
  std::ostringstream out;
  d.print(out);
  CHECK(out.str() ==
        "c.yaml:4:1: warning: unused key\n"
        "c.yaml:4:1: warning: odd value\n"
        "0 errors, 2 warnings\n");
}

TEST_CASE("numbers are written without trailing zeros") {
  CHECK(qaf::format_number(3) == "3");
  CHECK(qaf::format_number(-12) == "-12");
  CHECK(qaf::format_number(2.5) == "2.5");
  CHECK(qaf::format_number(0.125) == "0.125");
  CHECK(qaf::format_number(-1.75) == "-1.75");
  CHECK(qaf::format_number(10.05) == "10.05");
  CHECK(qaf::format_number(1.0 / 3) == "0.333333");  // six places at most
}
