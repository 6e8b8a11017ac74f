// Internal: the parts booklets and the handbook are made of, each appending blocks under a level-1 heading.
#pragma once
#include "print/print_blocks.hpp"
#include "versions/history.hpp"

namespace qaf::print::detail {

/// Practice standards: sections (level 2) and standards (level 3) under `title` (level 1).
void add_standards_part(const Framework& fw, const std::string& title, Blocks& out);
/// One rubric: its areas as indicators (level 2), a grid (matrix) or a measures table.
void add_rubric_part(const Framework& fw, const Rubric& r, Blocks& out);
/// One skill set: groups (level 2), a levels grid per group or capability statements.
void add_skill_set_part(const Framework& fw, const SkillSet& s, Blocks& out);

/// "Changes in this version" (level 2): each change of `step` in words, grouped (level 3), the
/// rewording word by word (new words in bold, the old ones after them in brackets).
void add_changes_section(const versions::Step& step, const SourcePos& pos, Blocks& out);

/// Wide grids go on landscape pages: a matrix rubric, a skills grid of four levels or more.
bool is_wide(const Rubric& r);
bool is_wide(const SkillSet& s);

}  // namespace qaf::print::detail
