// Paper forms as a trainer prints them: text and tick-box sizes, moderation and signatures kept whole, pages filled.
#pragma once
#include <filesystem>

#include "model/project.hpp"

namespace qaf::test {

/// Measures every blank form PDF of `project` in the built site `site` from the PDF itself (the
/// content streams through qpdf, the words' places through pdftotext -bbox-layout): body text
/// under 11 pt, a tick box under 5 mm, a moderation or signatures section split across pages, or
/// a page (but the last) more than a third empty is a problem. Prints each; returns the count.
int check_form_print(const Project& project, const std::filesystem::path& site);

}  // namespace qaf::test
