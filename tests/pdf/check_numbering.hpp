// One numbering: each template's page, its blank form and every link to a question or standard name it alike.
#pragma once
#include <filesystem>

#include "model/project.hpp"

namespace qaf::test {

/// Checks every example framework in the built site `site`: each question's number on its
/// template's page (a part's is its stem's number and letter) opens the same question on the
/// blank form, in the same order; every link to a question or a standard whose words are a number
/// shows the number its target shows. Prints each problem; returns how many there were.
int check_numbering(const Project& project, const std::filesystem::path& site);

}  // namespace qaf::test
