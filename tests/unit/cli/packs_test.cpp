// The packs of a whole build: each audit as its own filled PDF, and each pack ending with the audits it covers.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <unistd.h>

#include "cli/pipeline.hpp"
#include "load/project_loader.hpp"

using namespace qaf;

namespace {

std::string pdf_text(const std::string& bytes) {
  const std::filesystem::path tmp =
      std::filesystem::temp_directory_path() / ("qaf-packs-" + std::to_string(::getpid()) + ".pdf");
  std::ofstream(tmp, std::ios::binary) << bytes;
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("pdftotext -q " + tmp.string() + " -").c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::array<char, 4096> buf{};
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe.get())) out.append(buf.data(), n);
  std::filesystem::remove(tmp);
  return out;
}

}  // namespace

TEST_CASE("every audit gets a filled PDF, and a pack ends with the audits it covers") {
  if (std::system("pdftotext -v >/dev/null 2>&1") != 0) return;  // poppler-utils comes with the test set-up
  const std::string root = std::string(QAF_SOURCE_DIR) + "/tests/unit/audit/fixture";
  Diagnostics diags;
  const Project project = load_project(root, {}, diags);
  REQUIRE(!diags.has_errors());
  const Outputs out = render_outputs(root, project, *parse_date("2026-06-30"), diags);
  INFO([&] { std::ostringstream s; diags.print(s); return s.str(); }());
  REQUIRE(!diags.has_errors());
  CHECK(diags.warning_count() == 0);
  for (const char* id : {"a1", "a2", "a3", "a4", "a5", "a6"})
    CHECK(out.packs.has(std::string("fx/audits/") + id + ".pdf"));

  const std::string a2 = pdf_text(*out.packs.find("fx/audits/a2.pdf"));
  CHECK(a2.find("Ben Fixture") != std::string::npos);  // the child's name, on the filled form
  CHECK(a2.find("FX-0002") != std::string::npos);
  CHECK(a2.find("Visit the child") != std::string::npos);  // the actions table, filled

  const std::string north = pdf_text(*out.packs.find("fx/2026-Q1/team-north.pdf"));
  CHECK(north.find("Ada Fixture") != std::string::npos);  // a1 and a2 are North's in 2026-Q1
  CHECK(north.find("Ben Fixture") != std::string::npos);
  CHECK(north.find("Cal Fixture") == std::string::npos);  // a3 is in 2026-Q2
  CHECK(north.find("Dee Fixture") == std::string::npos);  // a4 is South's
  CHECK(north.find("Ada Fixture") > north.find("Actions register"));  // after the summary
}
