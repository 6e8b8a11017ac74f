// Structure elements for a tagged PDF: builders mark what they drew as an element's content.
#include "layout/tagging.hpp"

namespace qaf::layout::detail {

Mark mark(const Page& page) {
  return Mark{page.texts.size(), page.lines.size(), page.rects.size(), page.images.size(), page.links.size()};
}

namespace {
template <class T>
void tag_from(std::vector<T>& items, std::size_t from, int node) {
  for (std::size_t i = from; i < items.size(); ++i) items[i].node = node;
}
}  // namespace

void tag_since(Page& page, const Mark& from, int node, bool shapes) {
  tag_from(page.texts, from.texts, node);
  tag_from(page.images, from.images, node);
  tag_from(page.links, from.links, node);
  if (shapes) {
    tag_from(page.lines, from.lines, node);
    tag_from(page.rects, from.rects, node);
  }
}

int add_node(std::vector<StructNode>* structure, const std::string& role, int parent, const std::string& alt,
             const std::string& actual) {
  if (!structure) return kArtifact;
  structure->push_back(StructNode{role, parent, alt, {}, actual});
  return static_cast<int>(structure->size()) - 1;
}

}  // namespace qaf::layout::detail
