// Test helper shared by unit tests: a PDF's text as pdftotext reads it.
#pragma once
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>

namespace qaf::test {

/// True when pdftotext (poppler-utils) can be run.
inline bool have_pdftotext() { return std::system("pdftotext -v >/dev/null 2>&1") == 0; }

/// Text of the PDF `bytes` as `pdftotext -q FILE -` prints it (reading order).
/// With `fold`, runs of white space (line and page breaks too) become one space.
inline std::string pdf_text(const std::string& bytes, bool fold) {
  static int counter = 0;
  const std::filesystem::path tmp = std::filesystem::temp_directory_path() /
                                    ("qaf-pdftext-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".pdf");
  std::ofstream(tmp, std::ios::binary) << bytes;
  std::string out;
  {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("pdftotext -q " + tmp.string() + " -").c_str(), "r"), pclose);
    if (pipe) {
      std::array<char, 4096> buf{};
      while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe.get())) out.append(buf.data(), n);
    }
  }
  std::filesystem::remove(tmp);
  if (!fold) return out;
  std::string folded;
  for (char c : out) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
    if (space && (folded.empty() || folded.back() == ' ')) continue;
    folded += space ? ' ' : c;
  }
  return folded;
}

}  // namespace qaf::test
