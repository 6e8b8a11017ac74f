// Unit tests for the PDF pool: the bytes of each document as write_pdf gives them, every document once, failures rethrown.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <thread>
#include <vector>

#include "layout/layout.hpp"
#include "pdf/pdf_pool.hpp"
#include "sample_document.hpp"

using namespace qaf;

namespace {

layout::LaidOutDocument one_page(const std::string& text, const layout::FontSet& fonts) {
  Diagnostics diags;
  layout::Document doc;
  doc.blocks.push_back(layout::Block{layout::Paragraph{layout::runs_from_emphasis(text)}, {}});
  return layout::layout_document(doc, fonts, diags);
}

}  // namespace

TEST_CASE("the pool writes every document once, with the bytes write_pdf gives it, on several threads") {
  const layout::FontSet fonts(layout::default_font_files());
  Diagnostics diags;
  const layout::LaidOutDocument sample = layout::layout_document(test::sample_document(), fonts, diags);
  pdf::PdfOptions options;
  options.created = Date{2024, 5, 1};
  std::map<std::string, std::string> got;
  std::map<std::string, int> calls;
  std::vector<std::thread::id> threads;
  {
    pdf::PdfPool pool(options, [&](const std::string& path, std::string bytes) {
      got[path] = std::move(bytes);  // the pool calls the sink one at a time
      ++calls[path];
      threads.push_back(std::this_thread::get_id());
    }, 3);
    for (int i = 0; i < 12; ++i)  // more than the queue holds: submit waits for room
      pool.submit("doc-" + std::to_string(i) + ".pdf", i == 5 ? sample : one_page("Document " + std::to_string(i), fonts));
    pool.finish();
  }
  REQUIRE(got.size() == 12);
  for (const auto& call : calls) CHECK_MESSAGE(call.second == 1, call.first);
  const auto direct = pdf::write_pdf(sample, options);
  CHECK(got["doc-5.pdf"] == std::string(direct.begin(), direct.end()));
  const auto seventh = pdf::write_pdf(one_page("Document 7", fonts), options);
  CHECK(got["doc-7.pdf"] == std::string(seventh.begin(), seventh.end()));
  for (const std::thread::id& t : threads) CHECK(t != std::this_thread::get_id());  // written by the workers
}

TEST_CASE("a document that cannot be written is rethrown by finish, the first submitted of those that fail") {
  const layout::FontSet fonts(layout::default_font_files());
  layout::LaidOutDocument broken;
  broken.pages.push_back(layout::Page{595, 842, {}, {}, {}, {layout::LinkItem{10, 10, 50, 12, "nowhere"}}, {}});
  layout::LaidOutDocument other = broken;
  other.pages[0].links[0].dest = "elsewhere";
  std::vector<std::string> written;
  {
    pdf::PdfPool pool({}, [&](const std::string& path, std::string) { written.push_back(path); }, 2);
    auto run = [&] {
      pool.submit("good.pdf", one_page("Fine", fonts));
      pool.submit("broken.pdf", broken);
      pool.submit("other.pdf", other);
      pool.finish();
    };
    // A writer may fail the broken document before the last submit, which then rethrows it
    // (and "other" is never queued); otherwise finish does. Either way it is the first failure.
    CHECK_THROWS_WITH_AS(run(), "PDF writer: link to unknown destination 'nowhere'", pdf::PdfError);
  }  // the writers are done: a document being written when the failure was seen is finished
  CHECK(written == std::vector<std::string>{"good.pdf"});
}

TEST_CASE("after a document fails, the documents still waiting are let go, not written") {
  // One writer: the long broken document is taken first and fails only once all its pages are
  // drawn (its link is checked after them), by which time the two after it are waiting.
  const layout::FontSet fonts(layout::default_font_files());
  layout::LaidOutDocument broken = one_page("Long", fonts);
  while (broken.pages.size() < 400) broken.pages.push_back(broken.pages.front());
  broken.pages.back().links.push_back(layout::LinkItem{10, 10, 50, 12, "nowhere"});
  std::vector<std::string> written;
  pdf::PdfPool pool({}, [&](const std::string& path, std::string) { written.push_back(path); }, 1);
  pool.submit("broken.pdf", broken);
  bool refused = false;  // a submit may already see the failure; then its document is not queued
  for (const char* name : {"later-1.pdf", "later-2.pdf"}) {
    try {
      pool.submit(name, one_page(name, fonts));
    } catch (const pdf::PdfError&) {
      refused = true;
    }
  }
  if (refused) MESSAGE("a submit saw the failure first: the queue was not tested this run");
  CHECK_THROWS_WITH_AS(pool.finish(), "PDF writer: link to unknown destination 'nowhere'", pdf::PdfError);
  CHECK(written.empty());
}

TEST_CASE("a document's finishing step gets its bytes and font names, and what it returns is written; its failure is the document's") {
  const layout::FontSet fonts(layout::default_font_files());
  std::map<std::string, std::string> got;
  std::vector<std::string> names_seen;
  {
    pdf::PdfPool pool({}, [&](const std::string& path, std::string bytes) { got[path] = std::move(bytes); }, 2);
    pool.submit("plain.pdf", one_page("Plain", fonts));
    pool.submit("finished.pdf", one_page("Finished", fonts), [&](std::string bytes, const std::vector<std::string>& names) {
      names_seen = names;
      return "[" + bytes + "]";
    });
    pool.finish();
  }
  const auto direct = pdf::write_pdf(one_page("Finished", fonts));
  CHECK(got.at("finished.pdf") == "[" + std::string(direct.begin(), direct.end()) + "]");
  CHECK(got.at("plain.pdf").front() == '%');
  REQUIRE(!names_seen.empty());
  CHECK(names_seen[0] == "LiberationSans");  // face 0, the regular one, which the page uses
  pdf::PdfPool pool({}, [&](const std::string&, std::string) {}, 2);
  pool.submit("fails.pdf", one_page("Fails", fonts), [](std::string, const std::vector<std::string>&) -> std::string {
    throw pdf::PdfError("PDF pages: part 1 cannot be read");
  });
  CHECK_THROWS_WITH_AS(pool.finish(), "PDF pages: part 1 cannot be read", pdf::PdfError);
}
