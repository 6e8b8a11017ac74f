// Unit tests for text measurement and line breaking with the real font metrics.
#include <doctest/doctest.h>

#include "layout/text_flow.hpp"
#include "layout_fixture.hpp"

using namespace qaf;
using namespace qaf::layout;
using namespace qaf::layout::detail;

namespace {

std::string text_of(const Line& line) {
  std::string s;
  for (const auto& g : line.glyphs) s += g.bytes;
  return s;
}

std::vector<std::string> wrap_texts(const std::string& text, double width, Diagnostics& diags) {
  Shaper shaper(test::fonts(), diags);
  std::vector<std::string> out;
  for (const auto& l : wrap(shaper, test::runs(text), TextStyle(10), width)) out.push_back(text_of(l));
  return out;
}

double width_of(const std::string& text) {
  Diagnostics diags;
  Shaper shaper(test::fonts(), diags);
  return shaper.width(text, TextStyle(10));
}

}  // namespace

TEST_CASE("widths come from the TrueType metrics") {
  // Liberation Sans has Arial's metrics: 'i' is narrow, 'W' wide, a space 569/2048 em,
  // kept to whole thousandths of an em (truncated) as the PDF's /W array holds it.
  CHECK(width_of(" ") == doctest::Approx(2.77));
  CHECK(width_of("W") == doctest::Approx(9.43));
  CHECK(width_of("i") == doctest::Approx(2.22));
  CHECK(width_of("iiii") == doctest::Approx(4 * width_of("i")));
  // Curly quotes, dashes, bullets and £ are real glyphs with their own widths.
  CHECK(width_of("£") == doctest::Approx(5.56));
  CHECK(width_of("—") == doctest::Approx(10.0));
  CHECK(width_of("–") == doctest::Approx(5.56));
  CHECK(width_of("“") == doctest::Approx(3.33));
  CHECK(width_of("•") == doctest::Approx(3.50));
}

TEST_CASE("lines break at the measured width") {
  Diagnostics diags;
  const double fits_two = width_of("alpha beta");
  auto lines = wrap_texts("alpha beta cd", fits_two, diags);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "alpha beta");
  CHECK(lines[1] == "cd");
  // A hair narrower and "beta" no longer fits after "alpha".
  lines = wrap_texts("alpha beta cd", fits_two - 0.01, diags);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "alpha");
  CHECK(lines[1] == "beta cd");
  CHECK(diags.all().empty());
}

TEST_CASE("bold text is wider and wraps sooner") {
  Diagnostics diags;
  const double w = width_of("Quality assurance");
  CHECK(wrap_texts("Quality assurance", w, diags).size() == 1);
  CHECK(wrap_texts("**Quality assurance**", w, diags).size() == 2);
}

TEST_CASE("a word longer than the line is split between characters") {
  Diagnostics diags;
  const std::string word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
  const double width = 60;
  const auto lines = wrap_texts("a " + word + " b", width, diags);
  REQUIRE(lines.size() >= 3);
  CHECK(lines.front() == "a");
  CHECK(lines.back().back() == 'b');
  std::string joined;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(width_of(lines[i]) <= width + 1e-6);
    joined += lines[i];
  }
  CHECK(joined.substr(0, word.size()) == word);
}

TEST_CASE("lines may break after a dash or slash, spaces collapse, newlines force breaks") {
  Diagnostics diags;
  const auto dashed = wrap_texts("well-being/care", width_of("well-being/") + 0.5, diags);
  REQUIRE(dashed.size() == 2);
  CHECK(dashed[0] == "well-being/");
  CHECK(dashed[1] == "care");
  const auto dash = wrap_texts("before—after", width_of("before—") + 0.5, diags);
  CHECK(dash == std::vector<std::string>{"before—", "after"});
  CHECK(wrap_texts("a    b", 500, diags) == std::vector<std::string>{"a b"});
  CHECK(wrap_texts("one\ntwo\n\nfour", 500, diags) == std::vector<std::string>{"one", "two", "", "four"});
}

TEST_CASE("a paragraph's lines stay inside the body") {
  Document doc;
  std::string text;
  for (int i = 0; i < 60; ++i) text += "word" + std::to_string(i) + " ";
  doc.blocks.push_back(test::para(text));
  const auto out = test::lay_out(doc);
  const double right = a4(Orientation::portrait).width - doc.margin;
  int body_lines = 0;
  for (const auto& t : out.pages[0].texts) {
    if (t.text.rfind("Page ", 0) == 0) continue;
    ++body_lines;
    CHECK(t.x == doctest::Approx(doc.margin));
    CHECK(t.x + width_of(t.text) <= right + 1e-6);
    // Greedy: the next line's first word would not have fitted on this one.
  }
  CHECK(body_lines >= 4);
  const auto& texts = out.pages[0].texts;
  for (std::size_t i = 0; i + 1 < texts.size(); ++i) {
    if (texts[i + 1].text.rfind("Page ", 0) == 0) break;
    const std::string next_word = texts[i + 1].text.substr(0, texts[i + 1].text.find(' '));
    CHECK(doc.margin + width_of(texts[i].text + " " + next_word) > right);
  }
}
