// Images in the handbook: a PNG or JPEG on a line of its own is placed, shrunk to fit; an SVG prints as its description.
#include "../load/test_project.hpp"
#include "pdf/pdf_writer.hpp"
#include "print_fixture.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the handbook places a page's PNG and JPEG images and describes its SVG images") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/pages/images/board.png", image_fixture("tiny.png"));
  t.file("frameworks/f/pages/images/room.jpg", image_fixture("tiny.jpg"));
  t.file("frameworks/f/pages/images/plan.svg", image_fixture("tiny.svg"));
  t.file("frameworks/f/pages/governance.md", "---\ntitle: Governance\n---\nThe board:\n\n![The board](images/board.png)\n\n"
                                             "![The team room](images/room.jpg)\n\n![The plan](images/plan.svg)\n\n"
                                             "Twice: ![The board](images/board.png) inside a sentence is its words.\n\n"
                                             "![The board again](images/board.png)\n");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  print::PrintOptions o = options();
  o.images = &p.images;
  const layout::Document doc = print::handbook_document(p.frameworks.front(), o);
  const auto figures = all_of<layout::Figure>(doc);
  REQUIRE(figures.size() == 3);
  CHECK(*figures[0]->bytes == image_fixture("tiny.png"));
  CHECK_FALSE(figures[0]->jpeg);
  CHECK(figures[0]->width == 48);
  CHECK(figures[0]->height == 24);
  CHECK(figures[0]->alt == "The board");
  CHECK(figures[1]->jpeg);
  CHECK(figures[2]->bytes == figures[0]->bytes);  // one copy of the file, shared
  CHECK(has_text(doc, "Image: The plan (shown in the online version)"));
  CHECK(has_text(doc, "Twice: The board inside a sentence is its words."));

  // Laid out at 96 pixels to the inch (48 x 24 pixels: 36 x 18 points), centred; written once per file.
  Diagnostics diags;
  const auto laid = layout::layout_document(doc, fonts(), diags);
  std::vector<layout::ImageItem> placed;
  for (const auto& page : laid.pages)
    for (const auto& im : page.images) placed.push_back(im);
  REQUIRE(placed.size() == 3);
  CHECK(placed[0].w == doctest::Approx(36));
  CHECK(placed[0].h == doctest::Approx(18));
  CHECK(placed[0].x + placed[0].w / 2 == doctest::Approx(laid.pages.front().width / 2));
  pdf::PdfOptions po;
  po.compress = false;
  const std::vector<unsigned char> bytes = pdf::write_pdf(laid, po);
  const std::string pdf(bytes.begin(), bytes.end());
  CHECK(count(pdf, "/Subtype /Image") == 2);  // the PNG (placed twice) and the JPEG
  CHECK(count(pdf, "/DCTDecode") == 1);
  CHECK(count(pdf, " Do\n") + count(pdf, " Do\r") + count(pdf, " Do ") >= 3);
}

TEST_CASE("a large image is shrunk to the body's width, keeping its shape") {
  layout::Document doc;
  auto bytes = std::make_shared<const std::string>(image_fixture("tiny.png"));
  doc.blocks.push_back(layout::Block{layout::Figure{bytes, false, 4800, 2400, "Wide"}, {}});
  doc.blocks.push_back(layout::Block{layout::Figure{bytes, false, 100, 4000, "Tall"}, {}});
  Diagnostics diags;
  const auto laid = layout::layout_document(doc, fonts(), diags);
  std::vector<layout::ImageItem> placed;
  for (const auto& page : laid.pages)
    for (const auto& im : page.images) placed.push_back(im);
  REQUIRE(placed.size() == 2);
  const double body = laid.pages.front().width - 2 * doc.margin;
  CHECK(placed[0].w == doctest::Approx(body));
  CHECK(placed[0].h == doctest::Approx(body / 2));
  CHECK(placed[0].x == doctest::Approx(doc.margin));
  CHECK(placed[1].h / placed[1].w == doctest::Approx(40));  // shape kept
  CHECK(placed[1].h < laid.pages.front().height - 2 * doc.margin);
}
