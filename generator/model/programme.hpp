// Programmes and schedules: programme of focus, QA activity timeline, frequency table.
#pragma once
#include <string>
#include <vector>

#include "model/common.hpp"

namespace qaf {

/// focus: month -> area of focus; timeline: month -> activities; frequency: role x activity x how often.
enum class ProgrammeKind { focus, timeline, frequency };
std::string_view to_string(ProgrammeKind k);

/// One period of a focus programme or timeline. `period` is a month name
/// ("April"), a month ("2026-04") or a quarter ("Q1").
struct ProgrammeEntry {
  std::string period;
  std::vector<Text> items;
  SourcePos pos;
};

/// How often: `count` times per `per` (day, week, month, term, quarter, year), or with no
/// count, `as-needed` or `continuous` (throughout the year).
struct FrequencyRow {
  Ref role;
  std::string activity;
  int count = 1;    ///< 0 for as-needed and continuous, which have no count
  std::string per;  ///< day, week, month, term, quarter, year, as-needed, continuous; "" with `in_every`
  std::string note;
  SourcePos pos;
  int count_max = 0;  ///< a range of counts ("20-25 a year"): its top, else 0
  int every = 0;      ///< "every 6 weeks": the number of `per` units between, else 0
  int in_every = 0;   ///< "1 in every 4 supervision sessions": the 4, else 0 ...
  std::string of;     ///< ... and what is counted ("supervision sessions")
};

/// The units `per` accepts, in order of length; the last two take no count.
const std::vector<std::string>& frequency_units();
/// True for units that take a count (`as-needed` and `continuous` do not).
bool counted_unit(const std::string& per);
/// How often, as readers see it: "4 a month", "1 a term", "20–25 a year", "Every 6 weeks",
/// "1 in every 4 supervision sessions", "As needed", "Throughout the year".
std::string how_often(const FrequencyRow& row);

struct Programme {
  std::string id;
  std::string title;
  ProgrammeKind kind = ProgrammeKind::focus;
  Text intro;
  std::vector<ProgrammeEntry> entries;
  std::vector<FrequencyRow> rows;
  SourcePos pos;
};

/// Roles and responsibilities; a role may inherit another's ("as above, plus").
struct Role {
  std::string id;
  std::string title;
  Text summary;
  Ref inherits;
  std::vector<Text> responsibilities;  ///< its own, not inherited
  SourcePos pos;
};

/// A narrative Markdown page (introduction, principles, governance...).
struct Page {
  std::string id;
  std::string title;
  std::string summary;
  int order = 0;
  std::string body;  ///< Markdown after the front matter
  int body_line = 1; ///< line of the body's first line in the file
  SourcePos pos;
};

}  // namespace qaf
