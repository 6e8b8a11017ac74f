// Bodies of the framework: boards, panels, forums and teams, with their chair, members and meetings.
#pragma once
#include <string>
#include <vector>

#include "model/common.hpp"
#include "model/programme.hpp"

namespace qaf {

/// Someone on a body, or chairing it: a role of the framework ("team-manager"), or someone who
/// is not a role, in words ("A parent representative", "Named nurse from the health trust").
struct BodyPerson {
  Ref role{};          ///< a role id, or an empty id for someone given in words
  std::string words{};  ///< the words, or "" for a role
  SourcePos pos{};
};

/// A board, panel, forum or team: what it is for, who chairs it, who sits on it, how often it
/// meets and to whom it reports.
struct Body {
  std::string id{};
  std::string title{};
  Text purpose{};
  BodyPerson chair{};  ///< empty when the framework names no chair
  std::vector<BodyPerson> members{};
  bool meets = false;   ///< true when the framework says how often it meets (`meets` below)
  Frequency meets_how_often{};
  std::string meetings_note{};  ///< "Dates set each January", or ""
  std::vector<Ref> reports_to{};  ///< body or role ids
  SourcePos pos{};
};

/// True for a value written as an id (lower-case letters, digits and hyphens): it names a role.
/// Anything else ("A parent representative", "Police") is words for someone who is not a role.
bool looks_like_id(const std::string& value);

}  // namespace qaf
