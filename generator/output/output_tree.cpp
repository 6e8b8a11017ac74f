// In-memory output trees and their atomic-as-possible writing to disk (stage, then swap by rename).
#include "output/output_tree.hpp"

#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace qaf {
namespace fs = std::filesystem;

void OutputTree::add(const std::string& path, std::string bytes) {
  if (path.empty() || path.front() == '/' || path.find("..") != std::string::npos || path.find('\\') != std::string::npos)
    throw std::invalid_argument("qaf: bad output path '" + path + "'");
  files_[path] = std::move(bytes);
}

const std::string* OutputTree::find(const std::string& path) const {
  auto it = files_.find(path);
  return it == files_.end() ? nullptr : &it->second;
}

void OutputTree::merge(const OutputTree& other, const std::string& prefix) {
  for (const auto& [path, bytes] : other.files_) add(prefix.empty() ? path : prefix + "/" + path, bytes);
}

void write_tree(const OutputTree& tree, const fs::path& dir, const std::vector<std::string>& keep) {
  std::error_code ec;
  const fs::path target = fs::absolute(dir, ec);
  const fs::path parent = target.parent_path();
  const std::string stem = target.filename().string();
  const fs::path stage = parent / ("." + stem + ".qaf-new-" + std::to_string(::getpid()));
  const fs::path old = parent / ("." + stem + ".qaf-old-" + std::to_string(::getpid()));
  fs::remove_all(stage, ec);
  fs::remove_all(old, ec);
  try {
    fs::create_directories(stage);
    for (const auto& [path, bytes] : tree.files()) {
      const fs::path p = stage / path;
      fs::create_directories(p.parent_path());
      std::ofstream out(p, std::ios::binary | std::ios::trunc);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      out.close();
      if (!out) throw WriteError("cannot write " + (target / path).string());
    }
    for (const std::string& k : keep)
      if (!tree.has(k) && fs::exists(target / k)) fs::copy_file(target / k, stage / k, fs::copy_options::overwrite_existing);
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(stage, ec);
    throw WriteError(std::string("cannot write output: ") + e.what());
  } catch (...) {
    fs::remove_all(stage, ec);
    throw;
  }
  // Swap: the previous output moves aside, the new one takes its name, the old one goes.
  const bool had_old = fs::exists(target, ec);
  if (had_old) {
    fs::rename(target, old, ec);
    if (ec) {
      fs::remove_all(stage, ec);
      throw WriteError("cannot replace " + target.string() + ": " + ec.message());
    }
  }
  fs::rename(stage, target, ec);
  if (ec) {
    const std::string why = ec.message();
    if (had_old) fs::rename(old, target, ec);
    fs::remove_all(stage, ec);
    throw WriteError("cannot write " + target.string() + ": " + why);
  }
  fs::remove_all(old, ec);
}

}  // namespace qaf
