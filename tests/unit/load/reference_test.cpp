// The authoring reference documents every key the loader accepts (content/authoring-reference.md).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "load/schema.hpp"

namespace {

// Keys written as `key` in the first column of the table under each "### name" heading.
std::map<std::string, std::set<std::string>> documented_keys(const std::string& md) {
  std::map<std::string, std::set<std::string>> out;
  std::istringstream in(md);
  std::string line, current;
  while (std::getline(in, line)) {
    if (line.rfind("### ", 0) == 0) {
      current = line.substr(4);
      out[current];
      continue;
    }
    if (line.rfind("## ", 0) == 0) current.clear();  // a new chapter ends the object sections
    if (current.empty() || line.rfind("| `", 0) != 0) continue;
    const std::size_t end = line.find('`', 3);
    if (end != std::string::npos) out[current].insert(line.substr(3, end - 3));
  }
  return out;
}

}  // namespace

TEST_CASE("every key the loader accepts is documented, and nothing documented is unknown") {
  std::ifstream f(std::string(QAF_SOURCE_DIR) + "/content/authoring-reference.md");
  REQUIRE(f);
  std::stringstream ss;
  ss << f.rdbuf();
  const auto docs = documented_keys(ss.str());
  for (const qaf::ObjectSchema& s : qaf::all_schemas()) {
    const std::string name(s.name);
    INFO("object: " << name);
    REQUIRE_MESSAGE(docs.count(name), "no '### " << name << "' section in the authoring reference");
    for (const std::string& key : s.keys) CHECK_MESSAGE(docs.at(name).count(key), "key '" << key << "' undocumented");
    for (const std::string& key : docs.at(name))
      CHECK_MESSAGE(std::find(s.keys.begin(), s.keys.end(), key) != s.keys.end(),
                    "documented key '" << key << "' is not accepted by the loader");
  }
}
