// The PDFs of a build embed the fonts qaf.yaml names (pdf_fonts), not the defaults.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "pipeline/pipeline.hpp"
#include "load/project_loader.hpp"

using namespace qaf;
namespace fs = std::filesystem;

TEST_CASE("pdf_fonts in qaf.yaml chooses the fonts embedded in every PDF") {
  const fs::path dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  const fs::path dejavu_bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  REQUIRE(fs::exists(dejavu));  // fonts-dejavu-core is a build dependency
  const fs::path root = fs::temp_directory_path() / ("qaf-fonts-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::copy(std::string(QAF_SOURCE_DIR) + "/tests/golden/tiny-project", root, fs::copy_options::recursive);
  std::ofstream(root / "qaf.yaml") << "pdf_fonts:\n  regular: " << dejavu.string() << "\n  bold: " << dejavu_bold.string()
                                   << "\n  italic: " << dejavu.string() << "\n  bold_italic: " << dejavu_bold.string() << "\n";
  Diagnostics diags;
  const Project project = load_project(root, {}, diags);
  REQUIRE(!diags.has_errors());
  const Outputs out = render_outputs(root, project, *parse_date("2026-06-30"), diags);
  REQUIRE(!diags.has_errors());
  int pdfs = 0;
  for (const auto& [path, bytes] : out.site.files()) {
    if (path.size() < 4 || path.substr(path.size() - 4) != ".pdf") continue;
    ++pdfs;
    INFO(path);
    CHECK(bytes.find("DejaVuSans") != std::string::npos);
    CHECK(bytes.find("LiberationSans") == std::string::npos);
  }
  CHECK(pdfs >= 3);
  fs::remove_all(root);
}
