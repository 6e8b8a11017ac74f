// Structure elements for a tagged PDF: builders mark what they drew as an element's content.
#include "layout/tagging.hpp"

#include <algorithm>
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
  // The words after each box: on its line after it, and on the lines that wrap on from there,
  // up to the next box. Words before the first box stay the cell's own; words in a paragraph
  // of their own after the boxes (a comment) follow them, after the list.
  constexpr double kSameLine = 0.01;
  constexpr int kBefore = -1, kAfter = -2;
  std::vector<int> segment;  // by text item since `from`: its box, or kBefore / kAfter
  int current = kBefore;
  for (std::size_t i = from.texts; i < page.texts.size(); ++i) {
    const TextItem& t = page.texts[i];
    bool line_has_box = false;
    for (std::size_t b = 0; b < boxes.size(); ++b) {
      if (std::abs(boxes[b]->baseline - t.y) > kSameLine) continue;
      line_has_box = true;
      if (boxes[b]->x <= t.x) current = static_cast<int>(b);
    }
    if (!line_has_box && t.after_break && current != kBefore) current = kAfter;
    segment.push_back(current);
  }
  std::vector<bool> has_words(boxes.size());
  bool after = false;
  for (int s : segment) {
    if (s >= 0) has_words[static_cast<std::size_t>(s)] = true;
    after = after || s == kAfter;
  }
  const bool labelled = std::find(has_words.begin(), has_words.end(), true) != has_words.end();
  const int list = labelled ? add_node(structure, "L", node) : kArtifact;
  std::vector<int> bodies(boxes.size(), kArtifact);
  for (std::size_t b = 0; b < boxes.size(); ++b) {
    RectItem& r = *boxes[b];
    const char* state = r.tick > 0 ? "\u2612" : "\u2610";  // ☒ or ☐
    int box = kArtifact;
    if (labelled) {
      const int item = add_node(structure, "LI", list);
      box = add_node(structure, "Lbl", item, "", state);
      if (has_words[b]) bodies[b] = add_node(structure, "LBody", item);
    } else {
      box = add_node(structure, "Span", node, "", state);
    }
    r.node = box;
    for (std::size_t i = from.lines; i < page.lines.size(); ++i) {
      LineItem& l = page.lines[i];
      if (l.tick && l.x1 >= r.x && l.x1 <= r.x + r.w && l.y1 >= r.y && l.y1 <= r.y + r.h) l.node = box;
    }
  }
  const int rest = after ? add_node(structure, "P", node) : kArtifact;
  for (std::size_t k = 0; k < segment.size(); ++k) {
    TextItem& t = page.texts[from.texts + k];
    if (segment[k] >= 0) t.node = bodies[static_cast<std::size_t>(segment[k])];
    else if (segment[k] == kAfter) t.node = rest;
  }
}

int add_node(std::vector<StructNode>* structure, const std::string& role, int parent, const std::string& alt,
             const std::string& actual) {
  if (!structure) return kArtifact;
  structure->push_back(StructNode{role, parent, alt, {}, actual});
  return static_cast<int>(structure->size()) - 1;
}

}  // namespace qaf::layout::detail
