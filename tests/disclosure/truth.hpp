// Test helpers around the auditor: the true value of every published figure (the same
// publication with protection off), and the figures the dashboard published before disclosure
// control (primary suppression only), rebuilt from the raw aggregates as a negative control.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "model/project.hpp"
#include "support/date.hpp"

namespace qaf::audit_check {

/// The figures file the site writes for `fw` at `threshold` (as qaf build does).
nlohmann::json published(const Project& project, const Framework& fw, int threshold, const Date& as_of);

/// The true value of every figure of `doc` (the same levels, nothing hidden).
std::map<std::string, long> truth_of(const Project& project, const Framework& fw, const nlohmann::json& doc,
                                     const Date& as_of);

/// What the dashboard published before this change, as a figures file with its truth: counts
/// under the threshold hidden one by one, shares shown whenever their base was not small.
std::pair<nlohmann::json, std::map<std::string, long>> previous_dashboard(const Project& project, const Framework& fw,
                                                                        int threshold, const Date& as_of);

}  // namespace qaf::audit_check
