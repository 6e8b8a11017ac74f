// Structure elements for a tagged PDF: builders mark what they drew as an element's content.
#include "layout/tagging.hpp"

#include <cmath>

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

void tag_with_boxes(Page& page, const Mark& from, std::vector<StructNode>* structure, int node) {
  tag_since(page, from, node);
  if (!structure || node < 0) return;
  std::vector<RectItem*> boxes;  // in the order painted: reading order
  for (std::size_t i = from.rects; i < page.rects.size(); ++i)
    if (page.rects[i].tick >= 0) boxes.push_back(&page.rects[i]);
  if (boxes.empty()) return;
  // The words after each box: on its line after it, and on the lines below up to the next box.
  constexpr double kSameLine = 0.01;
  auto box_before = [&](const TextItem& t) {
    int found = -1;
    for (std::size_t b = 0; b < boxes.size(); ++b) {
      const RectItem& r = *boxes[b];
      if (r.baseline < t.y - kSameLine || (std::abs(r.baseline - t.y) <= kSameLine && r.x <= t.x)) found = static_cast<int>(b);
    }
    return found;
  };
  std::vector<std::vector<TextItem*>> words(boxes.size());
  for (std::size_t i = from.texts; i < page.texts.size(); ++i)
    if (const int b = box_before(page.texts[i]); b >= 0) words[static_cast<std::size_t>(b)].push_back(&page.texts[i]);
  bool labelled = false;
  for (const auto& w : words) labelled = labelled || !w.empty();
  const int list = labelled ? add_node(structure, "L", node) : kArtifact;
  for (std::size_t b = 0; b < boxes.size(); ++b) {
    RectItem& r = *boxes[b];
    const char* state = r.tick > 0 ? "\u2612" : "\u2610";  // ☒ or ☐
    int box = kArtifact;
    if (labelled) {
      const int item = add_node(structure, "LI", list);
      box = add_node(structure, "Lbl", item, "", state);
      if (!words[b].empty()) {
        const int body = add_node(structure, "LBody", item);
        for (TextItem* t : words[b]) t->node = body;
      }
    } else {
      box = add_node(structure, "Span", node, "", state);
    }
    r.node = box;
    for (std::size_t i = from.lines; i < page.lines.size(); ++i) {
      LineItem& l = page.lines[i];
      if (l.tick && l.x1 >= r.x && l.x1 <= r.x + r.w && l.y1 >= r.y && l.y1 <= r.y + r.h) l.node = box;
    }
  }
}

int add_node(std::vector<StructNode>* structure, const std::string& role, int parent, const std::string& alt,
             const std::string& actual) {
  if (!structure) return kArtifact;
  structure->push_back(StructNode{role, parent, alt, {}, actual});
  return static_cast<int>(structure->size()) - 1;
}

}  // namespace qaf::layout::detail
