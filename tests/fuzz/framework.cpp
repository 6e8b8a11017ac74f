// Fuzz target: a framework's YAML files loaded by load_framework, the reader `qaf check` runs on frameworks/<id>/.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "load/project_loader.hpp"

namespace fs = std::filesystem;

namespace {

// A project folder of this process (frameworks/fz/), removed when the process ends normally.
struct ProjectDir {
  fs::path root;
  ProjectDir() {
    std::string tmpl = (fs::temp_directory_path() / "qaf-fuzz-framework-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) std::abort();
    root = tmpl;
    fs::create_directories(root / "frameworks" / "fz");
  }
  ~ProjectDir() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
};

// The input is one or more files: a line "#@file" starts the next one (a YAML comment, so a
// framework's files joined this way still read as one file where the separator is lost).
std::vector<std::string_view> split_files(std::string_view text) {
  constexpr std::string_view sep = "\n#@file\n";
  constexpr std::size_t max_files = 8;
  std::vector<std::string_view> files;
  while (files.size() + 1 < max_files) {
    const std::size_t at = text.find(sep);
    if (at == std::string_view::npos) break;
    files.push_back(text.substr(0, at + 1));
    text.remove_prefix(at + sep.size());
  }
  files.push_back(text);
  return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static ProjectDir project;
  const fs::path dir = project.root / "frameworks" / "fz";
  for (const auto& e : fs::directory_iterator(dir)) fs::remove(e.path());
  const std::vector<std::string_view> files =
      split_files(std::string_view(reinterpret_cast<const char*>(data), size));
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::ofstream out(dir / ("f" + std::to_string(i) + ".yaml"), std::ios::binary);
    out.write(files[i].data(), static_cast<std::streamsize>(files[i].size()));
    if (!out) std::abort();
  }
  // Errors in the content are diagnostics, not findings; any exception escaping is one
  // (the command line would print "internal error").
  qaf::Diagnostics diags;
  const qaf::Framework fw = qaf::load_framework(project.root, "fz", diags);
  std::ostringstream printed;
  diags.print(printed);
  return 0;
}
