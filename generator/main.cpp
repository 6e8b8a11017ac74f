// qaf entry point: hands the command line to the CLI.
#include <iostream>

#include "cli/cli.hpp"

int main(int argc, char** argv) { return qaf::run_cli(argc, argv, std::cout, std::cerr); }
