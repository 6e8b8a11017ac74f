// I/O failure while reading input: the one exception the loader throws (exit code 2).
#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>

namespace qaf {

struct IoError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Reads a whole file as bytes. Throws IoError when it cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace qaf
