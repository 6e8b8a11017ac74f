// The resolved model as JSON (qaf dump --json): stable key order, for tests and other tools.
#pragma once
#include <string>

#include "model/project.hpp"

namespace qaf {

/// Renders the whole project, audit records included, as pretty-printed JSON.
/// Pure: no I/O. Keys appear in a fixed order, so equal models give equal bytes.
std::string model_to_json(const Project& project);

}  // namespace qaf
