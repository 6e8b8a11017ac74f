// qaf build through run_cli: what it writes, and what it leaves alone, for a project without audits.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "cli/cli.hpp"

namespace fs = std::filesystem;

namespace {

int run_qaf(std::vector<std::string> args, std::string& err) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::ostringstream out, errs;
  const int code = qaf::run_cli(static_cast<int>(args.size()), argv.data(), out, errs);
  err = errs.str();
  return code;
}

}  // namespace

// The packs hold personal data: with no audit record there are none, and no packs folder appears.
TEST_CASE("a build without audit records writes the site and no packs folder") {
  const fs::path dir = fs::temp_directory_path() / ("qaf-no-packs-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "no-audits");
  std::string err;
  const int code = run_qaf({"qaf", "build", std::string(QAF_SOURCE_DIR) + "/tests/diagnostics/base", "--audits",
                            (dir / "no-audits").string(), "--out", (dir / "site").string(), "--packs",
                            (dir / "packs").string()},
                           err);
  INFO(err);
  CHECK(code == 0);
  CHECK(fs::exists(dir / "site" / "index.html"));
  CHECK(err.find(" to " + (dir / "packs").string()) == std::string::npos);  // nothing reported written there
  CHECK_FALSE(fs::exists(dir / "packs"));
  fs::remove_all(dir);
}
