// Line painting: a wrapped line becomes text items (one per face change), drawn boxes and link areas.
#include <algorithm>

#include "layout/text_flow.hpp"

namespace qaf::layout::detail {

void paint_line(const Line& line, double x, double baseline, Page& out) {
  TextItem* open = nullptr;  // the text item the next glyph may extend
  double open_end = 0;
  LinkItem* link = nullptr;
  bool painted = false;  // a text item of this line made already
  for (const auto& g : line.glyphs) {
    const double size = g.size;
    if (g.kind == Glyph::Kind::tick_box || g.kind == Glyph::Kind::missing) {
      open = nullptr;
      const bool tick = g.kind == Glyph::Kind::tick_box;
      const double h = tick ? g.box : 0.7 * size;
      const double w = tick ? h : 0.5 * size;
      RectItem r;
      r.x = x + (tick ? 0 : 0.05 * size);
      // A tick box is centred on the middle of the label's small letters.
      r.y = tick ? baseline - 0.325 * size - h / 2 : baseline - h;
      r.w = w;
      r.h = h;
      r.line_width = tick ? 0.7 : 0.4;
      r.stroke = g.color;
      if (tick) r.baseline = baseline, r.tick = g.ticked ? 1 : 0;
      out.rects.push_back(r);
      if (tick && g.ticked) {  // two strokes of a tick inside the box
        const double lw = std::max(0.9, 0.14 * w);
        out.lines.push_back(LineItem{r.x + 0.18 * w, r.y + 0.52 * h, r.x + 0.42 * w, r.y + 0.8 * h, lw, g.color, kArtifact, true});
        out.lines.push_back(LineItem{r.x + 0.42 * w, r.y + 0.8 * h, r.x + 0.86 * w, r.y + 0.18 * h, lw, g.color, kArtifact, true});
      }
    } else if (open && open->font == g.font && open->size == size && open->color == g.color &&
               open_end == x) {
      open->text += g.bytes;
    } else {
      out.texts.push_back(TextItem{x, baseline, g.font, size, g.bytes, g.color});
      open = &out.texts.back();
      open->after_break = line.after_break && !painted;
      painted = true;
    }
    if (g.link.empty()) {
      link = nullptr;
    } else if (link && link->dest == g.link && link->x + link->w == x) {
      link->w += g.width;
    } else {
      out.links.push_back(LinkItem{x, baseline - 0.95 * size, g.width, 1.2 * size, g.link});
      link = &out.links.back();
    }
    x += g.width;
    open_end = x;
  }
}

}  // namespace qaf::layout::detail
