// A feedback source's own questions on the template page: numbered within the source, escaped, follow-ups named.
#include <doctest/doctest.h>

#include <regex>

#include "site_fixture.hpp"

using namespace qaf;

TEST_CASE("feedback sources list their own questions, numbered 1, 2... with their answers and follow-ups") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/all.yaml", R"(scales:
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: t
  title: T
  kind: case-audit
  sections:
    - id: s
      title: S
      questions:
        - { id: q, text: "A form question", type: text }
    - id: feedback
      title: Feedback
      kind: feedback
      sources:
        - id: parent
          title: Parent <or> carer
          not_given_reasons: Could not be contacted
          questions:
            - { id: listened, text: "Did you feel listened to & heard?", type: choice, scale: yn }
            - id: how
              text: "If yes, how?"
              type: text
              when: { question: listened, is: ["yes"] }
        - id: child
          title: Child
          not_given_reasons: [Declined, Under 12]
)");
  const test::BuiltSite built = test::build_test_site(t);
  const std::string& html = *built.site.find("f/templates/t.html");
  const auto at = html.find("Parent &lt;or&gt; carer</h3>");
  REQUIRE(at != std::string::npos);
  const std::string part = html.substr(at);
  CHECK(part.find("Did you feel listened to &amp; heard?") != std::string::npos);
  CHECK(part.find("id=\"feedback-parent-listened\"") != std::string::npos);
  const std::string text = std::regex_replace(part, std::regex("<[^>]*>"), "");
  const auto first = text.find("1 Did you feel"), second = text.find("2 If yes, how?");
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  CHECK(first < second);
  CHECK(text.find("Only when the answer to question 1 is Yes") != std::string::npos);
  // One reason reads as the reason; several as a choice.
  CHECK(text.find("If no feedback was given, the reason is:Could not be contacted") != std::string::npos);
  CHECK(text.find("If no feedback was given, say why:DeclinedUnder 12") != std::string::npos);
}
