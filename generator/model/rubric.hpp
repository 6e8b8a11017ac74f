// "What good looks like" rubrics in three shapes, plus guidance on reaching each judgement.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "model/common.hpp"
#include "model/standards.hpp"

namespace qaf {

/// The heading of a rubric's guidance on each judgement, the same on its page and in its booklet.
inline constexpr const char* kGuidanceHeading = "Reaching a judgement";

/// indicators: a list of good-practice indicators per area;
/// matrix: area x grade, a descriptor in every cell;
/// measures: quality standard / what good looks like / how it is measured.
enum class RubricShape { indicators, matrix, measures };
std::string_view to_string(RubricShape s);

struct RubricCell {
  Ref grade;  ///< grade id on the rubric's scale
  Text text;
};

struct RubricArea {
  std::string id;
  std::string title;
  Text intro;
  std::vector<Ref> standards;      ///< standards this area describes
  std::vector<Text> indicators;    ///< shape indicators
  std::vector<RubricCell> cells;   ///< shape matrix, in the scale's order after resolving
  Text good;                       ///< shape measures: what good looks like
  Text measured;                   ///< shape measures: how it is measured
  SourcePos pos;

  std::vector<BackLink> checked_by;  ///< template questions that point here
};

/// How to arrive at one grade overall.
struct JudgementGuidance {
  Ref grade;
  Text text;
  SourcePos pos;
};

struct Rubric {
  std::string id;
  std::string title;
  RubricShape shape = RubricShape::indicators;
  Text intro;
  Ref scale;  ///< grades scale; required for matrix and for judgement guidance
  /// matrix: the grades the matrix describes, as declared (scale order after resolving);
  /// empty means every grade of the scale.
  std::vector<Ref> grades;
  std::vector<RubricArea> areas;
  std::vector<JudgementGuidance> guidance;  ///< headed kGuidanceHeading on the web and on paper
  SourcePos pos;

  const RubricArea* find_area(const std::string& id) const;
};

struct Scale;
struct Grade;
/// The grades a matrix rubric's columns show, best first: its declared `grades`, or every
/// grade of `scale` when none are declared. Pointers into `scale`.
std::vector<const Grade*> described_grades(const Rubric& r, const Scale& scale);

}  // namespace qaf
