// Test helpers for layout: building small documents and finding text on laid-out pages.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout/emphasis.hpp"
#include "layout/layout.hpp"

namespace qaf::test {

/// The default fonts, loaded once for all tests.
inline const layout::FontSet& fonts() {
  static const layout::FontSet set(layout::default_font_files());
  return set;
}

inline layout::Block para(const std::string& text, int line = 1) {
  return layout::Block{layout::Paragraph{layout::runs_from_emphasis(text)}, SourcePos{"doc.yaml", line, 1}};
}

inline layout::Block heading(int level, const std::string& text, const std::string& id = {}) {
  return layout::Block{layout::Heading{level, layout::runs_from_emphasis(text), id, true}, SourcePos{"doc.yaml", 1, 1}};
}

inline layout::Runs runs(const std::string& text) { return layout::runs_from_emphasis(text); }

/// Lays out and requires that no diagnostics were raised.
inline layout::LaidOutDocument lay_out(const layout::Document& doc) {
  Diagnostics diags;
  auto out = layout::layout_document(doc, fonts(), diags);
  for (const auto& d : diags.all()) MESSAGE(d.message);
  CHECK(diags.all().empty());
  return out;
}

/// Where a text item was found.
struct Found {
  int page = -1;
  const layout::TextItem* item = nullptr;
};

/// Every text item whose text is exactly `text`, in page order.
inline std::vector<Found> find_all(const layout::LaidOutDocument& d, const std::string& text) {
  std::vector<Found> out;
  for (std::size_t p = 0; p < d.pages.size(); ++p)
    for (const auto& t : d.pages[p].texts)
      if (t.text == text) out.push_back(Found{static_cast<int>(p), &t});
  return out;
}

/// The single text item `text`; fails the test if there is not exactly one.
inline Found find_one(const layout::LaidOutDocument& d, const std::string& text) {
  const auto all = find_all(d, text);
  REQUIRE_MESSAGE(all.size() == 1, "expected one '" << text << "', found " << all.size());
  return all.front();
}

}  // namespace qaf::test
