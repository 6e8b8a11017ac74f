// Reads practice standard sections and their numbered standards.
#include "load/readers.hpp"

namespace qaf::detail {

StandardSection read_standard_section(const YamlFile& file, const YAML::Node& n) {
  StandardSection sec;
  Fields f(file, n, "standard-section");
  sec.pos = f.pos();
  if (!f.ok()) return sec;
  sec.id = f.id();
  sec.title = f.str("title");
  sec.intro = f.text("intro");
  sec.numbered = f.boolean("numbered").value_or(true);
  each_object(f, "standards", "standard", [&](const Fields& s) {
    Standard st;
    st.id = s.id();
    st.title = s.str("title");
    st.text = s.text("text");
    st.timescale = s.str("timescale");
    st.applies_to = s.refs("applies_to");
    st.guidance = s.text("guidance");
    st.pos = s.pos();
    st.numbered = sec.numbered;
    // Without a number, readers know a standard by its title: in links, lists and search results.
    if (!st.numbered && st.title.empty())
      hint(file.diags().error(s.pos(), "standard '" + st.id + "' has no number to show (its section says 'numbered: false'), "
                                       "so it needs a 'title'"),
           "give it a short title: links and lists name it by its title");
    sec.standards.push_back(std::move(st));
  });
  return sec;
}

}  // namespace qaf::detail
