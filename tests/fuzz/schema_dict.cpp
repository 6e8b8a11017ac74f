// Writes a libFuzzer dictionary: the given dictionary files, then every YAML key the loader accepts (load/schema.cpp).
//   schema_dict OUT [IN.dict...]
#include <fstream>
#include <iostream>
#include <set>
#include <string>

#include "load/schema.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: schema_dict OUT [IN.dict...]\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary);
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::cerr << "schema_dict: cannot read " << argv[i] << "\n";
      return 1;
    }
    out << in.rdbuf();
  }
  std::set<std::string> keys;
  for (const qaf::ObjectSchema& s : qaf::all_schemas())
    for (const std::string& k : s.keys) keys.insert(k);
  out << "# YAML keys from load/schema.cpp (written by schema_dict)\n";
  for (const std::string& k : keys) out << "key_" << k << "=\"" << k << ": \"\n";
  return out ? 0 : 1;
}
