// The glossary page: a <dl> of the terms in the order written, each at its anchor, every value escaped; a search document per term.
#include <doctest/doctest.h>

#include "site_fixture.hpp"

using namespace qaf;

namespace {

// The search document (search/docs/N.js) whose text holds `needle`, or "".
std::string search_doc_with(const OutputTree& site, const std::string& needle) {
  for (const auto& [path, bytes] : site.files())
    if (path.rfind("search/docs/", 0) == 0 && bytes.find(needle) != std::string::npos) return bytes;
  return "";
}

bool holds(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("the glossary page lists each term in a <dl> at its anchor, with what it stands for, its meaning and other names, all escaped") {
  test::TempProject t;
  t.file("frameworks/f/framework.yaml", test::meta());
  t.file("frameworks/f/roles.yaml", "roles:\n  - { id: psw, title: Principal social worker }\n");
  t.file("frameworks/f/glossary.yaml", R"(glossary:
  - term: "<b>PEP</b>"
    stands_for: "personal <education> & plan"
    synonyms: ["<i>LAC</i>", child in care]
    meaning: The plan for *learning*, kept by [the PSW](role:psw). <script>alert(1)</script>
  - term: Moderation
    meaning: A second reading of an audit.
  - term: CIN
    stands_for: child in need
    synonyms: [children in need]
)");
  t.file("frameworks/g/framework.yaml", test::meta());
  const test::BuiltSite built = test::build_test_site(t);
  REQUIRE(built.site.has("f/glossary.html"));
  const std::string& html = *built.site.find("f/glossary.html");
  CHECK(holds(html, "<title>Glossary"));
  CHECK(holds(html, "<h1 class=\"qaf-heading-xl\">Glossary</h1>"));
  CHECK(holds(html, "<dl class=\"qaf-glossary\">"));
  // Each term is a <dt> at its anchor; what it stands for follows it.
  CHECK(holds(html, "<dt class=\"qaf-glossary__term\" id=\"term-b-pep-b\"><dfn>&lt;b&gt;PEP&lt;/b&gt;</dfn>"
                    "<span class=\"qaf-glossary__stands-for\"> — personal &lt;education&gt; &amp; plan</span></dt>"));
  CHECK(holds(html, "<dt class=\"qaf-glossary__term\" id=\"term-moderation\"><dfn>Moderation</dfn></dt>"));
  CHECK(holds(html, "id=\"term-cin\"><dfn>CIN</dfn><span class=\"qaf-glossary__stands-for\"> — child in need</span></dt>"));
  // The meaning is Markdown as elsewhere: emphasis kept, framework links made, raw HTML left out.
  CHECK(holds(html, "<em>learning</em>"));
  CHECK(holds(html, "<a href=\"../f/roles.html#role-psw\">the PSW</a>"));
  CHECK_FALSE(holds(html, "<script>alert"));
  CHECK_FALSE(holds(html, "<b>PEP"));
  CHECK_FALSE(holds(html, "<i>LAC"));
  CHECK(holds(html, "<p class=\"qaf-glossary__also\">Also called: &lt;i&gt;LAC&lt;/i&gt;, child in care</p>"));
  // In the order written, and other names only where there are some.
  const std::size_t pep = html.find("id=\"term-b-pep-b\""), mod = html.find("id=\"term-moderation\""),
                    cin = html.find("id=\"term-cin\"");
  CHECK(pep < mod);
  CHECK(mod < cin);
  CHECK_FALSE(holds(html.substr(mod, cin - mod), "Also called"));
  CHECK(holds(html.substr(cin), "Also called: children in need"));
  // Linked from the framework's overview and navigation; a framework with no glossary has no page.
  CHECK(holds(*built.site.find("f/index.html"), "href=\"../f/glossary.html\""));
  CHECK(holds(*built.site.find("f/roles.html"), "href=\"../f/glossary.html\""));
  CHECK_FALSE(built.site.has("g/glossary.html"));
  CHECK_FALSE(holds(*built.site.find("g/index.html"), "glossary.html"));
  // One search document per term: the term and what it stands for as its title, its other names
  // and meaning as its body.
  const std::string cin_doc = search_doc_with(built.site, "\"anchor\":\"term-cin\"");
  CHECK(holds(cin_doc, "\"title\":\"CIN — child in need\""));
  CHECK(holds(cin_doc, "\"url\":\"f/glossary.html\""));
  CHECK(holds(cin_doc, "\"body\":\"child in need. Also called: children in need.\""));
  const std::string mod_doc = search_doc_with(built.site, "\"anchor\":\"term-moderation\"");
  CHECK(holds(mod_doc, "\"title\":\"Moderation\""));
  CHECK(holds(mod_doc, "A second reading of an audit."));
  CHECK(holds(search_doc_with(built.site, "\"anchor\":\"term-b-pep-b\""), "kept by the PSW"));
}
