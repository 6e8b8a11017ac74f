// Test helper: writes a throwaway project to a temporary folder and loads it.
#pragma once
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>

#include "load/project_loader.hpp"

namespace qaf::test {

/// Files of a test project, by relative path. load() writes them and loads the project.
class TempProject {
 public:
  TempProject() {
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("qaf-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::remove_all(dir_);
  }
  ~TempProject() { std::filesystem::remove_all(dir_); }
  TempProject(const TempProject&) = delete;
  TempProject& operator=(const TempProject&) = delete;

  TempProject& file(const std::string& rel, const std::string& text) {
    files_[rel] = text;
    return *this;
  }
  Project load() {
    for (const auto& [rel, text] : files_) {
      std::filesystem::create_directories((dir_ / rel).parent_path());
      std::ofstream(dir_ / rel, std::ios::binary) << text;
    }
    diags = Diagnostics();
    return load_project(dir_, LoadOptions{}, diags);
  }
  /// All diagnostics as printed.
  std::string output() const {
    std::ostringstream out;
    diags.print(out);
    return out.str();
  }
  bool has(const std::string& needle) const { return output().find(needle) != std::string::npos; }
  const std::filesystem::path& dir() const { return dir_; }

  Diagnostics diags;

 private:
  std::filesystem::path dir_;
  std::map<std::string, std::string> files_;
};

/// The bytes of a test image in tests/unit/load/images/ (tiny.png, tiny.jpg, tiny.svg: 48 x 24 pixels).
inline std::string image_fixture(const std::string& name) {
  std::ifstream in(std::string(QAF_SOURCE_DIR) + "/tests/unit/load/images/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Valid framework metadata for frameworks/<id>/framework.yaml.
inline std::string meta(const std::string& extra = "") {
  return "framework:\n  title: T\n  council: C\n  version: \"1\"\n  status: draft\n  next_review: 2099-01\n" + extra;
}

}  // namespace qaf::test
