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
  auto cell = [&]() -> StructNode& { return (*structure)[static_cast<std::size_t>(node)]; };  // (re)found after each add
  std::vector<std::size_t> boxes;  // rects since `from` that are inline tick boxes, in the order painted
  for (std::size_t i = from.rects; i < page.rects.size(); ++i)
    if (page.rects[i].tick >= 0) boxes.push_back(i);
  const bool words = page.texts.size() > from.texts;
  if (boxes.empty()) {
    // Words alone, in a cell whose earlier part (above, or on the page before) held lists: a
    // paragraph after them, not the cell's own words, which are read before its elements.
    if (words && cell().in_blocks) {
      const int p = add_node(structure, "P", node);
      for (std::size_t i = from.texts; i < page.texts.size(); ++i) page.texts[i].node = p;
    }
    return;
  }
  auto give_box = [&](RectItem& r, int element) {
    r.node = element;
    for (std::size_t i = from.lines; i < page.lines.size(); ++i) {
      LineItem& l = page.lines[i];
      if (l.tick && l.x1 >= r.x && l.x1 <= r.x + r.w && l.y1 >= r.y && l.y1 <= r.y + r.h) l.node = element;
    }
  };
  auto state = [](const RectItem& r) { return r.tick > 0 ? "\u2612" : "\u2610"; };  // ☒ or ☐
  if (!words && !cell().in_blocks) {  // a grid's cell: each box says itself
    for (std::size_t b : boxes) give_box(page.rects[b], add_node(structure, "Span", node, "", state(page.rects[b])));
    return;
  }
  // Everything else in the cell, in reading order, becomes paragraphs and lists of options: a
  // question's words, then its boxes, each an item whose body is the words after it on its line
  // and on the lines that wrap on from there; then the next question's words, and so on.
  cell().in_blocks = true;
  struct Step {
    double y, x;
    bool box;
    std::size_t index;  // into page.rects or page.texts
  };
  std::vector<Step> steps;
  for (std::size_t b : boxes) steps.push_back({page.rects[b].baseline, page.rects[b].x, true, b});
  for (std::size_t i = from.texts; i < page.texts.size(); ++i) steps.push_back({page.texts[i].y, page.texts[i].x, false, i});
  constexpr double kSameLine = 0.01;
  std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
    return std::abs(a.y - b.y) > kSameLine ? a.y < b.y : a.x < b.x;
  });
  int paragraph = kArtifact, list = kArtifact, item = kArtifact, body = kArtifact;
  double box_line = -1e9;  // the baseline of the last box
  for (const Step& s : steps) {
    if (s.box) {
      if (list == kArtifact) list = add_node(structure, "L", node);
      paragraph = kArtifact;
      item = add_node(structure, "LI", list);
      RectItem& r = page.rects[s.index];
      give_box(r, add_node(structure, "Lbl", item, "", state(r)));
      body = kArtifact;
      box_line = s.y;
      continue;
    }
    TextItem& t = page.texts[s.index];
    const bool after_box = std::abs(s.y - box_line) <= kSameLine;  // on the line of the last box, after it
    const bool wraps_on = item != kArtifact && !t.after_break && s.y > box_line + kSameLine && paragraph == kArtifact;
    if (item != kArtifact && (after_box || wraps_on)) {
      if (body == kArtifact) body = add_node(structure, "LBody", item);
      t.node = body;
      continue;
    }
    if (paragraph == kArtifact || t.after_break) paragraph = add_node(structure, "P", node);
    list = item = body = kArtifact;
    box_line = -1e9;
    t.node = paragraph;
  }
}

int add_node(std::vector<StructNode>* structure, const std::string& role, int parent, const std::string& alt,
             const std::string& actual) {
  if (!structure) return kArtifact;
  structure->push_back(StructNode{role, parent, alt, {}, actual});
  return static_cast<int>(structure->size()) - 1;
}

}  // namespace qaf::layout::detail
