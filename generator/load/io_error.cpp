// Whole-file reading for the loader.
#include "load/io_error.hpp"

#include <fstream>
#include <sstream>

namespace qaf {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw IoError("error while reading " + path.string());
  return ss.str();
}

}  // namespace qaf
