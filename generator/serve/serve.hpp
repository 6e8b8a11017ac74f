// qaf serve: a preview of the site on this machine that rebuilds on each save and reloads the page.
#pragma once
#include <filesystem>
#include <iosfwd>
#include <string>

#include "load/project_loader.hpp"

namespace qaf::serve {

struct ServeOptions {
  std::filesystem::path root = ".";
  LoadOptions load;
  std::string bind = "127.0.0.1";  ///< the address to listen on: loopback unless asked otherwise
  int port = 8008;                 ///< 0: any free port (the one chosen is printed)
};

/// Whether `address` reaches this machine only: 127.0.0.0/8, ::1 or "localhost".
bool is_loopback(const std::string& address);

/// Builds the project in memory (site and PDFs, no packs; nothing is written to disk), serves it
/// over HTTP at `bind`:`port`, and on each save rebuilds what it changed and reloads the pages
/// open on it; the build's problems are printed to `err` and shown on the pages, which keep the
/// last output built without errors. Runs until SIGINT or SIGTERM. Returns the exit code: 0
/// once stopped, 2 when it cannot listen or watch.
int serve(const ServeOptions& options, std::ostream& err);

}  // namespace qaf::serve
