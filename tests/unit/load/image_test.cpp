// Images in pages: found in the Markdown, their size read from the file header, every mistake reported where it is written.
#include <doctest/doctest.h>

#include "load/image_reader.hpp"
#include "test_project.hpp"

using namespace qaf;
using namespace qaf::test;

namespace {

std::string page(const std::string& body) { return "---\ntitle: Governance\n---\n" + body; }

std::string be32(unsigned long v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

/// A PNG chunk with its CRC-32 (worked out here bit by bit, apart from the loader's).
std::string chunk(const std::string& type, const std::string& data) {
  unsigned long c = 0xFFFFFFFFul;
  for (unsigned char byte : type + data)
    for (int k = 0; k < 8; ++k, byte >>= 1) c = ((c ^ byte) & 1) ? 0xEDB88320ul ^ (c >> 1) : c >> 1;
  return be32(data.size()) + type + data + be32(c ^ 0xFFFFFFFFul);
}

/// A PNG of `w` x `h` pixels as far as its chunks go (no pixel data: enough for the checks before decoding).
std::string png_of(unsigned long w, unsigned long h) {
  return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", be32(w) + be32(h) + std::string("\x08\x02\0\0\0", 5)) +
         chunk("IEND", "");
}

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

TEST_CASE("a JPEG frame some readers refuse is refused where it first comes, whatever follows it") {
  // A frame header segment: marker, length 11, precision 8, height 24, width 48, one component.
  auto frame = [](unsigned char marker) {
    return std::string{'\xFF', static_cast<char>(marker), 0, 11, 8, 0, 24, 0, 48, 1, 1, 0x11, 0};
  };
  const std::string soi("\xFF\xD8", 2);
  for (unsigned char first : {0xC0, 0xC1, 0xC2}) {
    const auto h = read_image_header(soi + frame(first));
    REQUIRE(h);
    CHECK(h->width == 48);
  }
  // Lossless (C3), differential (C5-C7), arithmetic-coded (C9-CB, CD-CF): refused, and a
  // baseline frame after one does not make the file acceptable.
  for (unsigned char first : {0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}) {
    INFO("marker " << static_cast<int>(first));
    CHECK_FALSE(read_image_header(soi + frame(first)));
    CHECK_FALSE(read_image_header(soi + frame(first) + frame(0xC0)));
  }
  // DHT (C4), JPG (C8) and DAC (CC) are not frames: skipped, then the baseline frame read.
  for (unsigned char other : {0xC4, 0xC8, 0xCC}) {
    INFO("marker " << static_cast<int>(other));
    CHECK(read_image_header(soi + frame(other) + frame(0xC0)));
  }
}

TEST_CASE("image paths: relative to the text's file, never outside the project, never a web address") {
  CHECK(image_path("content/governance.md", "images/board.png") == "content/images/board.png");
  CHECK(image_path("frameworks/f/pages/a.md", "../../../content/x.png") == "content/x.png");
  CHECK(image_path("content/a.md", "./x.png#top") == "content/x.png");
  CHECK_FALSE(image_path("content/a.md", "../../x.png"));
  CHECK_FALSE(image_path("content/a.md", "/etc/x.png"));
  CHECK_FALSE(image_path("content/a.md", "\\images\\x.png"));  // a Windows path from the root, not a file name
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
  CHECK(t.has("content/governance.md:6:10: error: image 'content/images/notes.png' is not a whole PNG image"));
  CHECK(t.has("content/governance.md:7:13: error: SVG image 'content/images/script.svg' holds '<script', which would run as a script"));
  CHECK(t.has("content/governance.md:8:12: error: SVG image 'content/images/handler.svg' holds 'onclick=', which would run as a script"));
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

TEST_CASE("images that would break the site or the PDFs are refused by qaf check") {
  TempProject t;
  t.file("content/audits/scan.png", image_fixture("tiny.png"));
  t.file("content/images/Board chart.png", image_fixture("tiny.png"));
  t.file("content/images/org..chart.png", image_fixture("tiny.png"));
  t.file("content/images/drawing.html", "<svg xmlns='http://www.w3.org/2000/svg'><rect/></svg>");
  t.file("content/images/drawing.png", image_fixture("tiny.svg"));
  t.file("content/images/cut.png", image_fixture("tiny.png").substr(0, 60));
  t.file("content/images/huge.png", png_of(10000, 5000));
  t.file("content/images/fine.png", png_of(40, 20));
  t.file("content/governance.md", page("![Scan](audits/scan.png)\n"
                                       "![Chart](<images/Board chart.png>)\n"
                                       "![Chart](images/org..chart.png)\n"
                                       "![Drawing](images/drawing.html)\n"
                                       "![Drawing](images/drawing.png)\n"
                                       "![Cut](images/cut.png)\n"
                                       "![Huge](images/huge.png)\n"
                                       "![Fine](images/fine.png)\n"));
  Project p = t.load();
  INFO(t.output());
  CHECK(t.has("content/governance.md:4:9: error: image 'content/audits/scan.png' is in the audit records folder, which is never published"));
  CHECK(t.has("content/governance.md:5:11: error: image name 'content/images/Board chart.png' has characters a web address would change"));
  CHECK(t.has("content/governance.md:6:10: error: image name 'content/images/org..chart.png' has characters a web address would change"));
  CHECK(t.has("content/governance.md:7:12: error: image 'content/images/drawing.html' is not named as a PNG, JPEG or SVG file"));
  CHECK(t.has("content/governance.md:8:12: error: image 'content/images/drawing.png' is not a whole PNG image"));
  CHECK(t.has("content/governance.md:9:8: error: image 'content/images/cut.png' is not a whole PNG image"));
  CHECK(t.has("content/governance.md:10:9: error: image 'content/images/huge.png' is 10000 x 5000 pixels; qaf places images of at most 40 million pixels"));
  CHECK(t.diags.error_count() == 7);
  CHECK(p.images.count("content/images/fine.png") == 1);
}

TEST_CASE("scripts in SVG are found however they are spelt") {
  const std::string svg = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {svg + "<x:script xmlns:x='http://www.w3.org/2000/svg'>a()</x:script></svg>", "'<script'"},
      {svg + "<a href='&#106;avascript:a()'><rect/></a></svg>", "'javascript:'"},
      {svg + "<a href='&#x6A;ava&#9;script:a()'><rect/></a></svg>", "'javascript:'"},
      {"<!DOCTYPE svg [<!ENTITY s '&#60;script>a()&#60;/script>'>]>" + svg + "&s;</svg>", "'<!entity'"},
      {svg + "<foreignObject><div/></foreignObject></svg>", "'<foreignobject'"},
      {svg + "<rect\nonload\n=\n'a()'/></svg>", "'onload='"},
  };
  for (const auto& [text, found] : cases) {
    TempProject t;
    t.file("content/images/a.svg", text);
    t.file("content/governance.md", page("![Drawing](images/a.svg)\n"));
    t.load();
    CHECK_MESSAGE(t.has("SVG image 'content/images/a.svg' holds " + found + ", which would run as a script"), t.output());
  }
  // A drawing in large units is not a large picture: SVG sizes are not capped.
  TempProject wide;
  wide.file("content/images/a.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20000 10000'><rect/></svg>");
  wide.file("content/governance.md", page("![Drawing](images/a.svg)\n"));
  wide.load();
  CHECK_MESSAGE(!wide.diags.has_errors(), wide.output());
  // Words that only look like them are fine: "description", "onset", text about javascript.
  TempProject fine;
  fine.file("content/images/a.svg", svg + "<desc>Onset of the scripted description</desc><text>on = off</text></svg>");
  fine.file("content/governance.md", page("![Drawing](images/a.svg)\n"));
  fine.load();
  CHECK_MESSAGE(!fine.diags.has_errors(), fine.output());
}

TEST_CASE("a missing image's 'did you mean' names files of its folder, never hidden ones") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("content/images/.board.png", image_fixture("tiny.png"));  // hidden: an editor's or a sync tool's file
  t.file("content/images/chart.png", image_fixture("tiny.png"));
  t.file("content/governance.md", page("![Board](images/board.png)\n![Chart](images/chrt.png)\n"));
  t.load();
  INFO(t.output());
  CHECK(t.has("error: image file 'content/images/board.png' not found"));
  CHECK_FALSE(t.has(".board.png"));
  CHECK(t.has("hint: did you mean 'images/chart.png'?"));
}
