// Images in pages: found in the Markdown, their size read from the file header, every mistake reported where it is written.
#include <doctest/doctest.h>

#include "load/image_reader.hpp"
#include "test_project.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

std::string page(const std::string& body) { return "---\ntitle: Governance\n---\n" + body; }

}  // namespace

TEST_CASE("image headers: PNG, JPEG and SVG sizes, and what is none of them") {
  auto png = read_image_header(image_fixture("tiny.png"));
  REQUIRE(png);
  CHECK(png->format == ImageFormat::png);
  CHECK(png->width == 48);
  CHECK(png->height == 24);
  auto jpeg = read_image_header(image_fixture("tiny.jpg"));
  REQUIRE(jpeg);
  CHECK(jpeg->format == ImageFormat::jpeg);
  CHECK(jpeg->width == 48);
  CHECK(jpeg->height == 24);
  auto svg = read_image_header(image_fixture("tiny.svg"));
  REQUIRE(svg);
  CHECK(svg->format == ImageFormat::svg);
  CHECK(svg->width == 48);
  CHECK(svg->height == 24);
  // Sizes from the viewBox when width and height are missing or not in pixels.
  auto boxed = read_image_header(R"(<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 300.4 150">)");
  REQUIRE(boxed);
  CHECK(boxed->width == 300);
  CHECK(boxed->height == 150);
  auto unsized = read_image_header("<svg xmlns='http://www.w3.org/2000/svg'>");
  REQUIRE(unsized);
  CHECK(unsized->width == 0);
  CHECK_FALSE(read_image_header("GIF89a...."));
  CHECK_FALSE(read_image_header(image_fixture("tiny.png").substr(0, 20)));  // cut before the height
  CHECK_FALSE(read_image_header("\xFF\xD8\xFF\xD9"));                  // a JPEG with no frame
  CHECK_FALSE(read_image_header(""));
}

TEST_CASE("image paths: relative to the text's file, never outside the project, never a web address") {
  CHECK(image_path("content/governance.md", "images/board.png") == "content/images/board.png");
  CHECK(image_path("frameworks/f/pages/a.md", "../../../content/x.png") == "content/x.png");
  CHECK(image_path("content/a.md", "./x.png#top") == "content/x.png");
  CHECK_FALSE(image_path("content/a.md", "../../x.png"));
  CHECK_FALSE(image_path("content/a.md", "/etc/x.png"));
  CHECK_FALSE(image_path("content/a.md", "https://example.org/x.png"));
  CHECK_FALSE(image_path("content/a.md", "file:x.png"));
  CHECK_FALSE(image_path("content/a.md", "data:image/png;base64,AAAA"));
  CHECK_FALSE(image_path("content/a.md", ""));
}

TEST_CASE("a page's images are read once into the model with their size") {
  TempProject t;
  t.file("content/images/tiny.png", image_fixture("tiny.png"));
  t.file("content/images/tiny.jpg", image_fixture("tiny.jpg"));
  t.file("content/images/tiny.svg", image_fixture("tiny.svg"));
  t.file("content/governance.md", page("Text first.\n\n![The board and its teams](images/tiny.png)\n\n"
                                       "A photo: ![The team room](images/tiny.jpg) and ![A drawing](images/tiny.svg).\n\n"
                                       "![The same board again](images/tiny.png)\n\n![On the web](https://example.org/a.png)\n\n"
                                       "![In its address](data:image/png;base64,iVBORw0KGgo=)\n"));
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  REQUIRE(p.images.size() == 3);
  const Image& png = p.images.at("content/images/tiny.png");
  CHECK(png.format == ImageFormat::png);
  CHECK(png.width == 48);
  CHECK(*png.bytes == image_fixture("tiny.png"));
  CHECK(png.pos.str() == "content/governance.md:6:28");  // where it is first placed
  CHECK(p.images.at("content/images/tiny.jpg").format == ImageFormat::jpeg);
  CHECK(p.images.at("content/images/tiny.svg").format == ImageFormat::svg);
}

TEST_CASE("image mistakes: each reported at the image, with a hint") {
  TempProject t;
  t.file("content/images/tiny.png", image_fixture("tiny.png"));
  t.file("content/images/notes.png", "these are notes, not a picture");
  t.file("content/images/script.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
  t.file("content/images/handler.svg", "<svg xmlns='http://www.w3.org/2000/svg'><rect onclick = 'x()'/></svg>");
  t.file("content/outside.png", image_fixture("tiny.png"));
  t.file("content/governance.md", page("![](images/tiny.png)\n"
                                       "![Missing](images/missing.png)\n"
                                       "![Notes](images/notes.png)\n"
                                       "![Scripted](images/script.svg)\n"
                                       "![Handler](images/handler.svg)\n"
                                       "![Above](../../elsewhere.png)\n"
                                       "![Absolute](/etc/hostname)\n"));
  t.load();
  INFO(t.output());
  CHECK(t.has("content/governance.md:4:5: error: image 'images/tiny.png' has no alternative text"));
  CHECK(t.has("hint: write what the image shows between the brackets"));
  CHECK(t.has("content/governance.md:5:12: error: image file 'content/images/missing.png' not found"));
  CHECK(t.has("content/governance.md:6:10: error: image 'content/images/notes.png' is not a PNG, JPEG or SVG image"));
  CHECK(t.has("content/governance.md:7:13: error: SVG image 'content/images/script.svg' holds '<script', which would run as a script"));
  CHECK(t.has("content/governance.md:8:12: error: SVG image 'content/images/handler.svg' holds 'onclick =', which would run as a script"));
  CHECK(t.has("content/governance.md:9:10: error: image '../../elsewhere.png' is not a file of the project"));
  CHECK(t.has("content/governance.md:10:13: error: image '/etc/hostname' is not a file of the project"));
  CHECK(t.diags.error_count() == 7);
}

TEST_CASE("scripts in SVG are allowed only where raw HTML is") {
  TempProject t;
  t.file("qaf.yaml", "title: T\nallow_raw_html: true\n");
  t.file("content/images/script.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><script>x()</script></svg>");
  t.file("content/governance.md", page("![Scripted](images/script.svg)\n"));
  Project p = t.load();
  CHECK_MESSAGE(!t.diags.has_errors(), t.output());
  CHECK(p.images.count("content/images/script.svg") == 1);
}

TEST_CASE("a link to a folder above the project through a symbolic link is outside it") {
  TempProject t;
  t.file("content/governance.md", page("![Escape](images/up/secret.png)\n"));
  t.file("content/images/.keep", "");
  t.load();
  std::filesystem::create_symlink("/tmp", t.dir() / "content/images/up");
  t.load();
  CHECK(t.has("content/governance.md:4:11: error: image 'images/up/secret.png' is outside the project folder"));
}
