// The qaf command line: verbs build, check, dump, new; exit codes 0 ok, 1 content errors, 2 usage or I/O.
#pragma once
#include <iosfwd>

namespace qaf {

enum ExitCode : int { exit_ok = 0, exit_content = 1, exit_usage = 2 };

/// Runs one qaf command. Never throws; returns an ExitCode.
int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace qaf
