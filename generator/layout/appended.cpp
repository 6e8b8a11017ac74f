// Appended parts: what a laid-out document is to another that copies its pages in whole.
#include <map>

#include "layout/layout.hpp"
#include "layout/utf8.hpp"

namespace qaf::layout {

AppendedPart as_appended_part(const LaidOutDocument& doc) {
  AppendedPart part;
  for (const Page& p : doc.pages) part.pages.push_back(p.width > p.height ? Orientation::landscape : Orientation::portrait);
  std::map<std::string, const Destination*> dests;
  for (const Destination& d : doc.destinations) dests.emplace(d.name, &d);
  for (const OutlineEntry& o : doc.outline)
    if (auto it = dests.find(o.dest); it != dests.end())
      part.headings.push_back(AppendedHeading{o.level, o.title, o.dest, it->second->page, it->second->y});
  return part;
}

void add_characters(const LaidOutDocument& doc, std::vector<std::set<char32_t>>& into) {
  if (into.size() < doc.font_files.size()) into.resize(doc.font_files.size());
  for (const Page& p : doc.pages)
    for (const TextItem& t : p.texts) {
      if (t.font < 0 || static_cast<std::size_t>(t.font) >= into.size()) continue;  // the writer reports it
      auto& set = into[static_cast<std::size_t>(t.font)];
      for (std::size_t pos = 0; pos < t.text.size();) set.insert(detail::next_code_point(t.text, pos).value);
    }
}

std::vector<std::string> cover_text(const std::vector<std::set<char32_t>>& characters) {
  std::vector<std::string> out;
  for (const auto& set : characters) {
    std::string text;
    for (char32_t c : set) text += detail::to_utf8(c);
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace qaf::layout
