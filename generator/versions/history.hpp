// A framework's versions in order, each compared with the one before: what "what changed" shows.
#pragma once
#include <string>
#include <vector>

#include "model/project.hpp"
#include "versions/diff.hpp"

namespace qaf::versions {

/// One version and what changed since the version before it.
struct Step {
  std::string from;  ///< the earlier version
  std::string to;    ///< this version
  const Framework* before = nullptr;
  const Framework* after = nullptr;  ///< the current framework for the newest step
  bool current = false;  ///< `to` is the framework as it is now
  std::vector<Change> changes;
};

/// The framework's versions, oldest first: its kept versions, then the framework as it is now
/// (in place of a kept version of the same number, which the sources are), each compared with
/// the one before. Empty when nothing is kept; without the current framework's own step when it
/// names no version. Pointers into `current` and `kept`.
std::vector<Step> history(const Framework& current, const std::vector<KeptVersion>& kept);

/// The newest step (the current version's changes), or nullptr when there is none.
const Step* current_step(const std::vector<Step>& steps);

}  // namespace qaf::versions
