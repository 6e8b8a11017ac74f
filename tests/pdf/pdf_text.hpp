// Test helpers shared by the PDF checks: run a command (pdftotext, pdfinfo...), quote a path, squeeze out white space.
#pragma once
#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>

namespace qaf::test {

/// Runs a command; returns its standard output and exit status.
inline std::pair<std::string, int> run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {"", -1};
  std::array<char, 8192> buf{};
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0;) out.append(buf.data(), n);
  return {out, pclose(pipe)};
}

inline std::string quoted(const std::filesystem::path& p) {
  std::string s = "'";
  for (char c : p.string()) s += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return s + "'";
}

/// Text without any white space: line breaks fall anywhere on paper.
inline std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
  return out;
}

}  // namespace qaf::test
