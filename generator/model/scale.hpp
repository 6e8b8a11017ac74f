// Judgement scales: named grades, numeric levels, numeric bands onto grades, categorical choices, RAG.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/common.hpp"

namespace qaf {

enum class ScaleKind { grades, levels, bands, choices, rag };
std::string_view to_string(ScaleKind k);

/// Which code is the best grade: councils differ (1 = Outstanding, or 4 = Outstanding).
enum class BestCode { lowest, highest };

/// One named grade, e.g. Good, with the council's code for it.
struct Grade {
  std::string id;
  std::string label;
  int code = 0;
  Text description;
  std::string colour;  ///< optional display colour ("green", "#00703c")
  SourcePos pos;
};
struct Scale;
/// A grade as forms and template pages name it: its label, or "1 Outstanding" when the scale
/// has `show_codes` (councils whose staff speak of grades by their codes).
std::string grade_name(const Scale& s, const Grade& g);

/// One numeric level with its descriptor (e.g. skills scored 1-5).
struct Level {
  int value = 0;
  std::string label;
  Text description;
  SourcePos pos;
};

/// A level as tables and forms head it: "3 Secure", or "3" for a level with no name. `l` may
/// be null (a level the scale does not define).
std::string level_name(int value, const Level* l);

/// A closed numeric interval [from, to] mapped onto a grade of another scale.
struct Band {
  double from = 0;
  double to = 0;
  Ref grade;  ///< grade id on the scale named by Scale::maps_to
  SourcePos pos;
};

/// One categorical answer (Yes, Partially, N/A, Red...).
struct Choice {
  std::string id;
  std::string label;
  bool not_applicable = false;  ///< excluded from rates ("N/A")
  std::optional<double> score;  ///< optional weight for rates (Yes = 1, Partially = 0.5)
  std::string colour;
  SourcePos pos;
};

struct Scale {
  std::string id;
  std::string title;
  ScaleKind kind = ScaleKind::choices;
  Text description;
  SourcePos pos;
  /// Set by the loader when the scale itself is broken (e.g. an unknown kind): it has
  /// been reported once, and uses of it are not checked again.
  bool broken = false;

  // kind == grades
  BestCode best = BestCode::lowest;
  bool show_codes = false;    ///< grades go by their codes too: "1 Outstanding" on forms and pages
  std::vector<Grade> grades;  ///< in display order, best first after loading
  // kind == levels
  std::vector<Level> levels;  ///< ascending by value
  // kind == bands
  double min = 0, max = 0, step = 1;
  Ref maps_to;  ///< a grades scale
  std::vector<Band> bands;
  // kind == choices / rag
  std::vector<Choice> options;
  bool multiple = false;  ///< tick any number of options

  /// Rank of a grade: 0 is best. nullopt for an unknown id.
  std::optional<int> grade_rank(const std::string& grade_id) const;
  const Grade* find_grade(const std::string& id) const;
  const Level* find_level(int value) const;
  const Choice* find_option(const std::string& id) const;
  /// The band containing a value, if any.
  const Band* band_for(double value) const;
  /// Allowed answer values, for hints ("outstanding, good, ...").
  std::vector<std::string> allowed_values() const;
};

/// A bands scale's bands in scale order: from the bottom of the range up. Pointers into `s`.
std::vector<const Band*> bands_in_order(const Scale& s);

}  // namespace qaf
