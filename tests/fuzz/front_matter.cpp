// Fuzz target: a Markdown page file (front matter and body) through read_page, as the loader reads content/*.md.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "load/readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  qaf::Diagnostics diags;
  const qaf::Page page = qaf::detail::read_page("content/fuzz.md", text, "fuzz", diags);
  std::ostringstream printed;
  diags.print(printed);
  return 0;
}
