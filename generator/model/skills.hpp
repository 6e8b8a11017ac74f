// Skill descriptors: grouped skills x levels of observable behaviour, or capability statements.
#pragma once
#include <string>
#include <vector>

#include "model/common.hpp"
#include "model/standards.hpp"

namespace qaf {

/// The behaviours that show one skill at one level.
struct SkillLevel {
  int level = 0;
  std::vector<Text> behaviours;
  SourcePos pos;
};

/// A named part of a skill that shares the skill's level behaviours: "relationship building" is
/// scored as one skill, made of collaboration, autonomy and empathy, each defined in a line.
struct SkillComponent {
  std::string title;
  Text description;
  SourcePos pos;
};

struct Skill {
  std::string id;  ///< unique across the framework's skill sets
  std::string number;  ///< the council's number for it, as written ("3", "2.1"); "" when unnumbered
  std::string title;
  Text description;
  std::vector<SkillLevel> levels;  ///< ascending; empty for capability statements
  SourcePos pos;
  std::vector<SkillComponent> components;  ///< its named parts, in source order; usually none

  std::vector<BackLink> observed_by;  ///< template questions that score it

  /// The title with its number before it ("3  Stay curious"), as headings show it.
  std::string numbered_title() const { return number.empty() ? title : number + "  " + title; }
};

/// A named cluster of skills ("relationship building"); an ungrouped set has one
/// group with an empty id.
struct SkillGroup {
  std::string id;
  std::string title;
  Text description;
  std::vector<Skill> skills;
  SourcePos pos;
};

/// levels: skills scored on a levels scale; capabilities: statements with no levels.
enum class SkillShape { levels, capabilities };
std::string_view to_string(SkillShape s);

struct SkillSet {
  std::string id;
  std::string title;
  SkillShape shape = SkillShape::levels;
  Text intro;
  Ref scale;  ///< levels scale (shape levels)
  std::vector<SkillGroup> groups;
  SourcePos pos;
};

}  // namespace qaf
