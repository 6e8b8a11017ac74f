// The appendix of a laid-out document (see appendix.hpp).
#include "pdf/appendix.hpp"

#include <set>

namespace qaf::pdf {

Appendix appendix_of(const layout::LaidOutDocument& doc, std::vector<std::size_t> part_pages) {
  Appendix a;
  a.own_pages = doc.pages.size();
  a.part_pages = std::move(part_pages);
  for (const layout::Page& p : doc.appended) {
    Appendix::Page page{p.height, {}};
    for (const layout::TextItem& t : p.texts)
      page.texts.push_back(Appendix::Text{t.x, t.y, t.size, static_cast<std::size_t>(std::max(0, t.font)), t.text, t.color.r,
                                          t.color.g, t.color.b});
    a.pages.push_back(std::move(page));
  }
  std::set<std::string> there;
  for (const layout::Destination& d : doc.destinations)
    if (d.page >= 0 && static_cast<std::size_t>(d.page) >= a.own_pages) {
      a.destinations.push_back(Appendix::Place{d.name, static_cast<std::size_t>(d.page), d.y});
      there.insert(d.name);
    }
  for (std::size_t i = 0; i < doc.pages.size(); ++i)
    for (const layout::LinkItem& l : doc.pages[i].links)
      if (there.count(l.dest)) a.links.push_back(Appendix::Link{i, doc.pages[i].height, l.x, l.y, l.w, l.h, l.dest});
  for (const layout::OutlineEntry& o : doc.outline)
    if (there.count(o.dest)) a.outline.push_back(Appendix::Bookmark{o.title, o.level, o.dest});
  return a;
}

}  // namespace qaf::pdf
