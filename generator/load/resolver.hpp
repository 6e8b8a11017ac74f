// Resolves references inside a framework: checks every id it names and fills in the back-links.
#pragma once
#include "model/framework.hpp"
#include "support/diagnostics.hpp"

namespace qaf {

/// Checks duplicate ids and every reference in `fw`, reporting problems to `diags`;
/// fills Standard::checked_by / described_by, RubricArea::checked_by and
/// Skill::observed_by and GlossaryEntry::anchor, and puts matrix cells in their scale's order.
void resolve_framework(Framework& fw, Diagnostics& diags);

}  // namespace qaf
