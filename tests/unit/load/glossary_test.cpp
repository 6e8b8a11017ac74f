// The glossary: terms with what they stand for, other names and meaning; synonym groups; every mistake reported where it was made.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

TEST_CASE("glossary terms load in the order written, across files, each with an anchor made from it; synonym groups keep their place") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/glossary.yaml", R"(glossary:
  - term: CLA
    stands_for: child looked after
    synonyms: [LAC, child in care]
    meaning: A child in the *council's* care.
  - term: Moderation
    meaning: A second reading of an audit.
  - term: S 47
    stands_for: section 47 enquiry
  - term: S-47
    stands_for: the same enquiry, written another way
  - term: "\u03a8"
    meaning: A letter with no ASCII in it.
synonyms:
  - [strategy discussion, strategy meeting]
  - [S47, section 47 enquiry, child protection enquiry]
)");
  t.file("frameworks/f/more.yaml", R"(glossary:
  - { term: PEP, stands_for: personal education plan, synonyms: "education plan" }
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  CHECK(t.diags.warning_count() == 0);
  const Framework& fw = p.frameworks.at(0);
  REQUIRE(fw.glossary.size() == 6);
  const GlossaryEntry& cla = fw.glossary[0];
  CHECK(cla.term == "CLA");
  CHECK(cla.stands_for == "child looked after");
  CHECK(cla.synonyms == std::vector<std::string>{"LAC", "child in care"});
  CHECK(cla.meaning.markdown == "A child in the *council's* care.");
  CHECK(cla.meaning.pos.str() == "frameworks/f/glossary.yaml:5:14");
  CHECK(cla.anchor == "term-cla");
  CHECK(cla.pos.str() == "frameworks/f/glossary.yaml:2:5");
  CHECK(fw.glossary[1].term == "Moderation");
  CHECK(fw.glossary[1].stands_for.empty());
  CHECK(fw.glossary[1].anchor == "term-moderation");
  // Two terms that make the same anchor are numbered on; a term with no ASCII letter or digit
  // is known by its place.
  CHECK(fw.glossary[2].anchor == "term-s-47");
  CHECK(fw.glossary[3].anchor == "term-s-47-2");
  CHECK(fw.glossary[4].anchor == "term-5");
  // Files are read in name order: more.yaml after glossary.yaml; one synonym may be written alone.
  CHECK(fw.glossary[5].term == "PEP");
  CHECK(fw.glossary[5].synonyms == std::vector<std::string>{"education plan"});
  CHECK(fw.glossary[5].anchor == "term-pep");
  REQUIRE(fw.synonym_groups.size() == 2);
  CHECK(fw.synonym_groups[0] == std::vector<std::string>{"strategy discussion", "strategy meeting"});
  CHECK(fw.synonym_groups[1] == std::vector<std::string>{"S47", "section 47 enquiry", "child protection enquiry"});
  REQUIRE(fw.synonym_group_pos.size() == 2);
  CHECK(fw.synonym_group_pos[0].str() == "frameworks/f/glossary.yaml:15:5");
  CHECK(fw.synonym_group_pos[1].str() == "frameworks/f/glossary.yaml:16:5");
}

TEST_CASE("a framework without a glossary has none") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  CHECK(p.frameworks.at(0).glossary.empty());
  CHECK(p.frameworks.at(0).synonym_groups.empty());
}

TEST_CASE("glossary mistakes are reported at their line and column, with hints") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/glossary.yaml", R"(glossary:
  - term: PEP
    stands_for: personal education plan
    meanng: Learning.
  - stands_for: child in need
  - term: " "
    meaning: Nothing to name.
  - term: Pep
    stands_for: the same term again
  - term: CLA
    synonyms: [LAC, cla, ""]
  - term: Lonely
  - term: CIN
    synonyms: { one: two }
synonyms:
  - [S47]
  - section 47 enquiry
  - []
  - [strategy discussion, [strategy meeting]]
)");
  t.file("frameworks/f/other.yaml", R"(glossary:
  - term: CLA
    meaning: Defined twice, in two files.
)");
  t.load();
  const std::string out = t.output();
  INFO(out);
  const std::string g = "frameworks/f/glossary.yaml:";
  CHECK(t.has(g + "4:5: error: unknown key 'meanng' in glossary-entry\n  hint: did you mean 'meaning'?"));
  CHECK(t.has(g + "5:5: error: missing required key 'term' in glossary-entry\n"
                  "  hint: see 'glossary-entry' in the authoring reference"));
  CHECK(t.has(g + "6:11: error: a glossary term is empty\n"
                  "  hint: write the abbreviation or word as readers see it, e.g. 'term: PEP'"));
  CHECK(t.has(g + "8:5: error: duplicate glossary term 'Pep'\n"
                  "  hint: 'PEP' is defined at frameworks/f/glossary.yaml:2:5: terms are the same whatever their capitals"));
  CHECK(t.has("frameworks/f/other.yaml:2:5: error: duplicate glossary term 'CLA'\n"
              "  hint: first defined at frameworks/f/glossary.yaml:10:5"));
  CHECK(t.has(g + "11:21: warning: term 'CLA' is listed as its own synonym\n"
                  "  hint: remove it from 'synonyms': a term is always found by its own name"));
  CHECK(t.has(g + "11:27: error: a synonym is empty\n  hint: remove it, or write the other name people use"));
  CHECK(t.has(g + "12:11: warning: glossary term 'Lonely' says nothing about it\n"
                  "  hint: add what it stands for ('stands_for'), what it means ('meaning') or other names for it ('synonyms')"));
  CHECK(t.has(g + "14:15: error: 'synonyms' in glossary-entry must be a list of texts, not a map"));
  CHECK(t.has(g + "16:5: error: a synonym group needs at least two words or phrases, but has only 'S47'\n"
                  "  hint: list every word that means the same, e.g. '[S47, section 47 enquiry]'; a single term with its "
                  "meaning goes under 'glossary'"));
  CHECK(t.has(g + "17:5: error: each item of 'synonyms' must be a group: a list of words that mean the same, not text\n"
                  "  hint: 'synonyms' is a list of groups: write each group in brackets on a line of its own, e.g. "
                  "'- [S47, section 47 enquiry, child protection enquiry]'"));
  CHECK(t.has(g + "18:5: error: a synonym group is empty\n"));
  CHECK(t.has(g + "19:27: error: each word of a synonym group must be text, not a list"));
  // That one mistake is the group's only error: it is not also too short.
  CHECK_FALSE(t.has(g + "19:5:"));
  // The self-synonym is dropped, the empty one too; the entry keeps the rest.
  Project p = t.load();
  const Framework& fw = p.frameworks.at(0);
  const GlossaryEntry* cla = nullptr;
  for (const GlossaryEntry& e : fw.glossary)
    if (e.term == "CLA" && e.pos.file == "frameworks/f/glossary.yaml") cla = &e;
  REQUIRE(cla != nullptr);
  CHECK(cla->synonyms == std::vector<std::string>{"LAC"});
  // Entries without a term are not kept; groups with a mistake are not kept.
  for (const GlossaryEntry& e : fw.glossary) CHECK_FALSE(e.term.empty());
  CHECK(fw.synonym_groups.empty());
}
