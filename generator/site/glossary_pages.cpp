// The glossary page of a framework: its terms in the order written, each with what it stands for, its meaning and other names.
#include "site/pages.hpp"
#include "site/site_paths.hpp"

namespace qaf::site {
namespace sp = site_paths;
using search::DocKind;

BuiltPage glossary_page(SiteContext& c, const Framework& fw) {
  const std::string path = sp::glossary(fw.id);
  View entries = View::list();
  for (const GlossaryEntry& e : fw.glossary) {
    std::string also;
    for (const std::string& s : e.synonyms) also += (also.empty() ? "" : ", ") + s;
    entries.push(View().set("anchor", e.anchor).set("term", e.term).set("stands_for", e.stands_for)
                     .set("meaning_html", c.html(e.meaning, path, &fw))
                     .set("synonyms", also).set("has_synonyms", !e.synonyms.empty()));
    // Found by what it stands for and by its other names, as well as by the term itself; the
    // body reads as a sentence or two in a result's snippet.
    const std::string title = e.stands_for.empty() ? e.term : e.term + " \u2014 " + e.stands_for;
    const std::string body = (e.stands_for.empty() ? "" : e.stands_for + ".\n") +
                             (also.empty() ? "" : "Also called: " + also + ".\n") + c.text(e.meaning.markdown);
    // A definition is short: it ranks under the standards and pages that use the term at length.
    c.index(path, e.anchor, title, body, DocKind::page, &fw, {"Glossary"}).weight = 0.6;
  }
  View v;
  v.set("title", "Glossary").set("entries", entries);
  return {path, "Glossary", "Glossary", c.render("glossary", v), &fw, fw.glossary.front().pos, {}};
}

std::vector<std::vector<std::string>> glossary_synonyms(const Framework& fw) {
  std::vector<std::vector<std::string>> groups;
  for (const GlossaryEntry& e : fw.glossary) {
    std::vector<std::string> group{e.term};
    if (!e.stands_for.empty()) group.push_back(e.stands_for);
    group.insert(group.end(), e.synonyms.begin(), e.synonyms.end());
    if (group.size() >= 2) groups.push_back(std::move(group));
  }
  groups.insert(groups.end(), fw.synonym_groups.begin(), fw.synonym_groups.end());
  return groups;
}

}  // namespace qaf::site
