// Paper forms as a trainer prints them: measured from each blank form PDF, not from the layout that wrote it.
#include "check_form_print.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iostream>
#include <regex>
#include <sstream>

#include "page_marks.hpp"
#include "pdf_text.hpp"
#include "site/site_paths.hpp"

namespace qaf::test {
namespace fs = std::filesystem;
namespace {

constexpr double kMinText = 11;                  // points: body text of a form
constexpr double kMinTick = 5 * 72 / 25.4;       // points: a 5 mm tick box
constexpr double kMaxEmpty = 1.0 / 3;            // of the body's height, at the foot of a page
constexpr double kStripBand = 30;                // points under the header's rule: the reference strip

std::string fixed(double v) {
  std::ostringstream s;
  s.precision(1);
  s << std::fixed << v;
  return s.str();
}

/// The body of a page: between the header's rule and the footer's (full-width horizontal lines,
/// the highest and the lowest); y grows up the page.
struct Body {
  double top = 0, bottom = 0;
  bool found = false;
  bool holds(double y) const { return y < top && y > bottom; }
};

Body body_of(const PageMarks& page) {
  Body b;
  b.top = -1e9, b.bottom = 1e9;
  for (const LineMark& l : page.lines) {
    if (std::abs(l.y1 - l.y2) > 0.01 || std::abs(l.x2 - l.x1) < 0.6 * page.width) continue;
    b.top = std::max(b.top, l.y1);
    b.bottom = std::min(b.bottom, l.y1);
  }
  b.found = b.top > b.bottom + 100;
  return b;
}

/// A word placed by pdftotext -bbox-layout; y grows down the page.
struct Word {
  std::string text;
  double top = 0, bottom = 0;
};
using PageWords = std::vector<Word>;

std::string unescape(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : kEntities)
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, std::strlen(from), to);
  return s;
}

std::vector<PageWords> words_of(const fs::path& pdf, std::string& error) {
  const auto [xml, status] = run("pdftotext -bbox-layout -enc UTF-8 " + quoted(pdf) + " - 2>/dev/null");
  if (status != 0) {
    error = "pdftotext -bbox-layout failed";
    return {};
  }
  static const std::regex word(R"re(<word xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)">([^<]*)</word>)re");
  std::vector<PageWords> pages;
  std::size_t at = 0;
  while ((at = xml.find("<page ", at)) != std::string::npos) {
    const std::size_t end = std::min(xml.find("</page>", at), xml.size());
    PageWords words;
    for (std::sregex_iterator m(xml.begin() + static_cast<long>(at), xml.begin() + static_cast<long>(end), word), last;
         m != last; ++m)
      words.push_back({unescape((*m)[3]), std::stod((*m)[1]), std::stod((*m)[2])});
    pages.push_back(std::move(words));
    at = end;
  }
  return pages;
}

/// Where `text` (compared without white space) begins: page index and the word's top, or
/// page -1. Searches from page `from`.
struct Place {
  int page = -1;
  double top = 0;
};
Place find_text(const std::vector<PageWords>& pages, const std::string& text, int from = 0) {
  const std::string want = squeeze(text);
  for (int p = std::max(0, from); p < static_cast<int>(pages.size()); ++p) {
    const PageWords& words = pages[static_cast<std::size_t>(p)];
    std::string flat;
    std::vector<std::size_t> word_at;  // flat index -> word
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string w = squeeze(words[i].text);
      flat += w;
      word_at.insert(word_at.end(), w.size(), i);
    }
    const std::size_t hit = flat.find(want);
    if (hit != std::string::npos && !want.empty()) return {p, words[word_at[hit]].top};
  }
  return {};
}

/// A section heading as the form prints it: "8. Moderation", or the title alone.
std::string heading_text(const Template& t, const Section& sec) {
  const std::string n = t.section_number(sec);
  return n.empty() ? sec.title : n + ". " + sec.title;
}

}  // namespace

int check_form_print(const Project& project, const fs::path& site) {
  int problems = 0, forms = 0, pages_seen = 0, ticks = 0;
  for (const Framework& fw : project.frameworks)
    for (const Template& t : fw.templates) {
      if (t.stub()) continue;
      const std::string name = site_paths::template_pdf(fw.id, t.id);
      auto fail = [&](const std::string& what) {
        std::cerr << name << ": " << what << "\n";
        ++problems;
      };
      std::string error;
      const std::vector<PageMarks> pages = read_page_marks(site / name, error);
      const std::vector<PageWords> words = error.empty() ? words_of(site / name, error) : std::vector<PageWords>{};
      if (!error.empty() || words.size() != pages.size()) {
        fail(error.empty() ? "pdftotext and qpdf count different pages" : error);
        continue;
      }
      ++forms;
      std::vector<Body> bodies;
      std::vector<double> lowest_marks;  // each page's lowest mark in the body (y up)
      for (std::size_t p = 0; p < pages.size(); ++p) {
        const PageMarks& page = pages[p];
        const std::string where = "page " + std::to_string(p + 1) + ": ";
        ++pages_seen;
        const Body body = body_of(page);
        bodies.push_back(body);
        double lowest = body.top;  // the lowest mark in the body
        if (!body.found) {
          fail(where + "no header and footer rules to find the body between");
          lowest_marks.push_back(lowest);
          continue;
        }
        double smallest = 1e9;
        int small = 0;
        for (const TextMark& m : page.texts) {
          if (!body.holds(m.y) || m.size > 48) continue;  // furniture, or the watermark across the page
          if (m.size < kMinText - 0.01) ++small, smallest = std::min(smallest, m.size);
          lowest = std::min(lowest, m.y - 0.25 * m.size);
        }
        if (small > 0)
          fail(where + std::to_string(small) + " pieces of body text under " + fixed(kMinText) + " pt (the smallest " +
               fixed(smallest) + " pt)");
        double narrowest = 1e9;
        int narrow = 0;
        for (const BoxMark& b : page.boxes) {
          if (!body.holds(b.y)) continue;
          lowest = std::min(lowest, b.y);
          if (std::abs(b.w - b.h) > 0.5 || b.w > 40) continue;  // a table cell, not a tick box
          ++ticks;
          if (b.w < kMinTick - 0.01) ++narrow, narrowest = std::min(narrowest, b.w);
        }
        if (narrow > 0)
          fail(where + std::to_string(narrow) + " tick boxes under 5 mm, too small for a pen (the smallest " +
               fixed(narrowest / 72 * 25.4) + " mm)");
        for (const LineMark& l : page.lines)
          if (body.holds(std::min(l.y1, l.y2))) lowest = std::min(lowest, std::min(l.y1, l.y2));
        lowest_marks.push_back(lowest);
      }
      // Nothing of the body on page `p` comes before the word at `top` (y down), under the strip.
      auto opens_page = [&](std::size_t p, double top) {
        const double body_top = pages[p].height - bodies[p].top;
        return std::none_of(words[p].begin(), words[p].end(),
                            [&](const Word& w) { return w.top > body_top + kStripBand && w.bottom < top; });
      };
      // The moderator's and the signatories' parts: whole on one page. Each runs from its heading to
      // the next section's heading (or the end of the form); on the page after its heading, nothing
      // of it may come before that next heading. Its height, where it opens a page, excuses the
      // gap at the foot of the page before when it would not have fitted there.
      std::vector<double> opening_part(pages.size(), 0);  // page -> height of the kept part it opens
      for (std::size_t s = 0; s < t.sections.size(); ++s) {
        const Section& sec = t.sections[s];
        if (sec.kind != SectionKind::moderation && sec.kind != SectionKind::signatures) continue;
        const Place start = find_text(words, heading_text(t, sec));
        if (start.page < 0) {
          fail("the heading \"" + heading_text(t, sec) + "\" is not found");
          continue;
        }
        const auto at = static_cast<std::size_t>(start.page);
        const Place next = s + 1 < t.sections.size() ? find_text(words, heading_text(t, t.sections[s + 1]), start.page)
                                                     : Place{static_cast<int>(words.size()), 0};
        if (next.page == start.page) {
          if (opens_page(at, start.top)) opening_part[at] = next.top - start.top;
          continue;
        }
        const bool split = next.page > start.page + 1 ||
                           (next.page < static_cast<int>(words.size()) &&
                            !opens_page(static_cast<std::size_t>(next.page), next.top));
        if (split)
          fail("\"" + heading_text(t, sec) + "\" is split across pages " + std::to_string(start.page + 1) + " and " +
               std::to_string(start.page + 2));
        else if (opens_page(at, start.top))
          opening_part[at] = (pages[at].height - start.top) - lowest_marks[at];
      }
      // No page but the last more than a third empty at its foot, unless what opens the next page
      // is a part kept whole that would not have fitted in the gap.
      for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
        if (!bodies[p].found) continue;
        const double gap = lowest_marks[p] - bodies[p].bottom, body = bodies[p].top - bodies[p].bottom;
        if (gap / body > kMaxEmpty + 0.01 && opening_part[p + 1] <= gap)
          fail("page " + std::to_string(p + 1) + ": " + fixed(100 * gap / body) +
               "% of the page is left empty at its foot (at most a third, unless the part that opens the next page "
               "is kept whole and would not fit)");
      }
    }
  std::cout << forms << " blank forms measured (" << pages_seen << " pages, " << ticks << " tick boxes): " << problems
            << " problems\n";
  return problems;
}

}  // namespace qaf::test
