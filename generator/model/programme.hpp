// Programmes and schedules: programme of focus, QA activity timeline, frequency table.
#pragma once
#include <string>
#include <vector>

#include "model/common.hpp"

namespace qaf {

/// focus: month -> area of focus; timeline: month -> activities; frequency: role x activity x how often.
enum class ProgrammeKind { focus, timeline, frequency };
std::string_view to_string(ProgrammeKind k);

/// One entry of a focus programme or timeline. It is timed in at most one way:
/// - `period`: a month name ("April"), a month ("2026-04"), a quarter ("Q1", "Q1 2014") or a
///   range of them ("November to December", "2013-11 to 2014-01");
/// - `day`: a day of a plan counted from its first ("Day 1"), with an optional part of it
///   ("Day 2, afternoon");
/// - `before` / `after` an event, optionally by an `offset` or `within` a time ("2 weeks before
///   the review visit", "Within 5 days after the audit");
/// - not at all: an activity listed under its `theme` only.
/// `theme` groups entries by what they are about ("How well are we doing it?", a service area).
struct ProgrammeEntry {
  std::string period{};
  std::vector<Text> items{};
  SourcePos pos;
  int day = 0;              ///< 1 for "Day 1", else 0
  std::string part{};         ///< "morning" or "afternoon" of the day, or ""
  std::string relation{};     ///< "before" or "after" an event, or ""
  std::string event{};        ///< what it is timed from: "the review visit"
  std::string offset{};       ///< "2 weeks": exactly this long before or after the event
  bool within = false;      ///< the offset is a limit: "within 2 weeks after"
  std::string theme{};
  /// In a programme with `columns`: the items under each column, in the programme's column
  /// order (an empty list for a column the entry leaves blank); `items` is then empty.
  std::vector<std::vector<Text>> cells{};
};

/// A column of a focus programme or timeline that has one column per service area
/// ("Children in care", "Child protection"): each entry gives its items per column.
struct ProgrammeColumn {
  std::string id{};
  std::string title{};
  SourcePos pos{};
};

/// When an entry happens, as readers see it: "April", "Day 2, afternoon", "2 weeks before the
/// review visit", "Within 5 days after the audit", "After the forum"; "" for an untimed entry.
std::string entry_when(const ProgrammeEntry& e);
/// The units an offset accepts ("5 days", "2 weeks", "6 months"), singular.
const std::vector<std::string>& offset_units();

/// How often something happens: `count` times per `per` (day, week, month, term, quarter, year),
/// or with no count, `as-needed` or `continuous` (throughout the year). Shared by frequency rows
/// and by bodies (how often a board meets).
struct Frequency {
  int count = 1;    ///< 0 for as-needed and continuous, which have no count
  std::string per{};  ///< day, week, month, term, quarter, year, as-needed, continuous; "" with `in_every`
  int count_max = 0;  ///< a range of counts ("20-25 a year"): its top, else 0
  int every = 0;      ///< "every 6 weeks": the number of `per` units between, else 0
  int in_every = 0;   ///< "1 in every 4 supervision sessions": the 4, else 0 ...
  std::string of{};   ///< ... and what is counted ("supervision sessions")
  int share = 0;             ///< "5% a month": a percentage of what comes in each `per`, else 0
  bool sample = false;       ///< "a sample each quarter": a size the framework leaves open
  std::string after_each{};  ///< "after each closure or transfer": done on an event, not a period
};

/// Which cases a row's work looks at: "1 case per practitioner", "from cases stepped down in the
/// last 3 months". Not how often (`count: sample` leaves a sample's size open): what is sampled.
struct CaseSample {
  int cases = 0;          ///< how many cases (per `per`), 0 when not stated
  std::string per{};      ///< "practitioner", "team": each of what the count is for, or ""
  std::string from{};     ///< where the cases come from, in words, or ""
};
/// A case sample as readers see it, to follow "Sample: ": "1 case per practitioner, from cases
/// stepped down in the last 3 months", "3 cases", "from open cases".
std::string sample_text(const CaseSample& s);

/// One row of a frequency programme: who does what, how often; for a report, who receives it
/// and what it contains.
struct FrequencyRow : Frequency {
  Ref role{};
  std::string activity{};
  std::string note{};
  SourcePos pos{};
  std::vector<Ref> to{};         ///< who it goes to: body or role ids ("Reported to")
  std::vector<Text> contents{};  ///< what it contains: "Numbers of children on a plan", ...
  std::string group{};           ///< a subheading the row is listed under (a service area), or ""
  bool has_case_sample = false;  ///< true when `case_sample` says which cases are looked at
  CaseSample case_sample{};
};

/// The units `per` accepts, in order of length; the last two take no count.
const std::vector<std::string>& frequency_units();
/// True for units that take a count (`as-needed` and `continuous` do not).
bool counted_unit(const std::string& per);
/// How often, as readers see it: "4 a month", "1 a term", "20–25 a year", "Every 6 weeks",
/// "1 in every 4 supervision sessions", "5% a month", "A sample each quarter", "After each
/// closure or transfer", "As needed", "Throughout the year".
std::string how_often(const Frequency& row);

/// A frequency table's rows under their `group`, groups in the order they first appear; rows
/// with no group form a group of their own (titled "") where the first of them stands.
std::vector<std::pair<std::string, std::vector<const FrequencyRow*>>> grouped_rows(const std::vector<FrequencyRow>& rows);

struct Programme {
  std::string id;
  std::string title;
  ProgrammeKind kind = ProgrammeKind::focus;
  Text intro;
  std::vector<ProgrammeEntry> entries;
  std::vector<FrequencyRow> rows;
  SourcePos pos;
  std::vector<ProgrammeColumn> columns{};  ///< one per service area, or none: entries give `items`
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
