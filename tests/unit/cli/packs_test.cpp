// The packs of a whole build: each audit as its own filled PDF, and each pack ending with the audits it covers.
#include <doctest/doctest.h>

#include <sstream>

#include "pipeline/pipeline.hpp"
#include "load/project_loader.hpp"
#include "../pdf_text.hpp"

using namespace qaf;


TEST_CASE("every audit gets a filled PDF, and a pack ends with the audits it covers") {
  REQUIRE_MESSAGE(test::have_pdftotext(), "pdftotext (poppler-utils) is needed: bash .ci/setup test installs it");
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

  const std::string a2 = test::pdf_text(*out.packs.find("fx/audits/a2.pdf"), false);
  CHECK(a2.find("Ben Fixture") != std::string::npos);  // the child's name, on the filled form
  CHECK(a2.find("FX-0002") != std::string::npos);
  CHECK(a2.find("Visit the child") != std::string::npos);  // the actions table, filled

  const std::string north = test::pdf_text(*out.packs.find("fx/2026-Q1/team-north.pdf"), false);
  CHECK(north.find("Ada Fixture") != std::string::npos);  // a1 and a2 are North's in 2026-Q1
  CHECK(north.find("Ben Fixture") != std::string::npos);
  CHECK(north.find("Cal Fixture") == std::string::npos);  // a3 is in 2026-Q2
  CHECK(north.find("Dee Fixture") == std::string::npos);  // a4 is South's
  CHECK(north.find("Ada Fixture") > north.find("Actions register"));  // after the summary
}
