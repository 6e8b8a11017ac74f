// Reads programmes (focus, timeline, frequency), how often (shared with bodies) and roles with their responsibilities.
#include "load/readers.hpp"

#include "support/date.hpp"
#include "support/plural.hpp"
#include "support/suggest.hpp"

#include <algorithm>

namespace qaf::detail {
namespace {

// One period: a month name, a month, or a quarter with or without its year ("Q1", "Q1 2014").
bool valid_single_period(const std::string& p) {
  for (int m = 1; m <= 12; ++m)
    if (p == month_name(m)) return true;
  const std::string quarter = p.size() == 7 && p[2] == ' ' ? p.substr(0, 2) : p;
  if (quarter == "Q1" || quarter == "Q2" || quarter == "Q3" || quarter == "Q4")
    return quarter == p || parse_integer(p.substr(3)).value_or(0) >= 1900;
  auto d = parse_date(p, true);
  return d && d->month_only();
}

// A period, or a range of two ("November to December", "2013-11 to 2014-01").
bool valid_period(const std::string& p) {
  const std::size_t to = p.find(" to ");
  if (to == std::string::npos) return valid_single_period(p);
  return valid_single_period(p.substr(0, to)) && valid_single_period(p.substr(to + 4));
}

// "2 weeks", "5 working days", "1 month": a count and a unit of `offset_units()`, kept as
// readers see it ("1 week", "2 weeks"); nullopt when it is not one.
std::optional<std::string> read_offset(const std::string& text) {
  const std::size_t space = text.find(' ');
  if (space == std::string::npos) return std::nullopt;
  const auto n = parse_integer(text.substr(0, space));
  if (!n || *n < 1 || *n > 365) return std::nullopt;
  std::string unit = text.substr(space + 1);
  if (*n != 1 && !unit.empty() && unit.back() == 's') unit.pop_back();
  for (const std::string& u : offset_units())
    if (unit == u) return plural(*n, u);
  return std::nullopt;
}

// How an entry is timed: a period, a day of a plan, or before or after an event; at most one.
void read_timing(const Fields& e, Diagnostics& d, ProgrammeEntry& entry) {
  entry.period = e.str("period");
  if (!entry.period.empty() && !valid_period(entry.period))
    hint(d.error(e.pos_of("period"), "'" + entry.period + "' is not a period"),
         "write a month name (April), a month (2026-04), a quarter (Q1, Q1 2014), or two of them joined by "
         "' to ' (November to December)");
  entry.day = static_cast<int>(e.integer("day", 1, 366).value_or(0));
  entry.part = e.has("part") ? e.one_of("part", {"morning", "afternoon"}, "") : "";
  if (e.has("part") && !e.has("day"))
    hint(d.error(e.pos_of("part"), "'part' is a part of a day"), "give the day too, e.g. 'day: 2, part: afternoon'");
  for (const char* rel : {"before", "after"})
    if (e.has(rel)) {
      if (!entry.relation.empty())
        hint(d.error(e.pos_of(rel), "an entry is timed either before or after an event, not both"),
             "split it into two entries");
      entry.relation = rel;
      entry.event = e.str(rel);
    }
  for (const char* key : {"offset", "within"}) {
    if (!e.has(key)) continue;
    const std::string text = e.str(key);
    const auto offset = read_offset(text);
    if (!offset)
      hint(d.error(e.pos_of(key), "'" + text + "' is not a length of time"),
           "write a count and a unit: '5 days', '5 working days', '2 weeks' or '6 months'");
    else if (entry.relation.empty())
      hint(d.error(e.pos_of(key), std::string("'") + key + "' needs the event it counts from"),
           std::string("add 'before: <event>' or 'after: <event>', e.g. '") + key + ": " + text +
               "' with 'after: the audit'");
    else if (!entry.offset.empty())
      hint(d.error(e.pos_of(key), "'offset' and 'within' do not go together"),
           "'offset: 2 weeks' is exactly two weeks; 'within: 2 weeks' is at most two weeks");
    else
      entry.offset = *offset, entry.within = std::string(key) == "within";
  }
  const int ways = !entry.period.empty() + (entry.day > 0) + !entry.relation.empty();
  if (ways > 1)
    hint(d.error(e.pos(), "an entry is timed in one way only: 'period', 'day', or 'before'/'after' an event"),
         "keep the one the council uses, and put the other in the items' text");
}

// `count`: a whole number ("4") or a range ("20-25", "20–25"), from 1 to 1000.
void read_count(const Fields& r, Diagnostics& d, Frequency& row) {
  if (!r.has("count")) return;
  const std::string text = r.str("count");
  if (text == "sample") {  // "a sample each quarter": the framework leaves its size open
    row.sample = true;
    return;
  }
  std::string low = text, high;
  for (const std::string dash : {"\u2013", "-", " to "})
    if (const std::size_t at = text.find(dash); at != std::string::npos && at > 0) {
      low = text.substr(0, at), high = text.substr(at + dash.size());
      break;
    }
  auto number = [](std::string s) -> std::optional<long> {
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    const auto n = parse_integer(s);
    return n && *n >= 1 && *n <= 1000 ? n : std::nullopt;
  };
  const auto a = number(low), b = high.empty() ? a : number(high);
  if (!a || !b || *b < *a) {
    hint(d.error(r.pos_of("count"), "'" + text + "' is not a count"),
         "write a whole number from 1 to 1000, or a range such as '20-25'");
    return;
  }
  row.count = static_cast<int>(*a);
  if (*b > *a) row.count_max = static_cast<int>(*b);
}

// `sample`: which cases are looked at ("1 per practitioner, from cases stepped down").
void read_case_sample(const Fields& r, Diagnostics& d, FrequencyRow& row) {
  Fields s(r.file(), r.node("sample"), "sample", {}, r.pos_of("sample"));
  if (!s.ok()) return;
  row.has_case_sample = true;
  row.case_sample.cases = static_cast<int>(s.integer("cases", 1, 1000).value_or(0));
  row.case_sample.per = s.str("per");
  row.case_sample.from = s.str("from");
  if (s.has("per") && !s.has("cases"))
    hint(d.error(s.pos_of("per"), "'per' in a sample needs 'cases'"), "e.g. 'sample: { cases: 1, per: practitioner }'");
  if (!s.has("cases") && !s.has("from"))
    hint(d.error(s.pos(), "a sample says how many cases or where they come from"),
         "e.g. 'sample: { cases: 1, per: practitioner, from: open cases }'");
  if (s.has("cases") && row.sample)
    hint(d.error(s.pos_of("cases"), "'count: sample' leaves the sample's size open, but 'cases' gives it"),
         "keep one: remove 'cases', or write how often with a number ('count: 1, per: quarter')");
}


// `columns`: one per service area, each with an id (used by entries' `cells`) and a title.
void read_columns(const Fields& f, Diagnostics& d, Programme& p) {
  if (f.has("columns") && p.kind == ProgrammeKind::frequency)
    hint(d.error(f.pos_of("columns"), "a frequency programme has no 'columns'"),
         "columns are for a focus programme or a timeline with a column per service area; "
         "a frequency table's rows can be grouped with 'group'");
  each_object(f, "columns", "programme-column", [&](const Fields& c) {
    ProgrammeColumn col{.id = c.id(), .title = c.str("title"), .pos = c.pos()};
    if (col.id.empty()) return;
    if (std::any_of(p.columns.begin(), p.columns.end(), [&](const ProgrammeColumn& o) { return o.id == col.id; }))
      hint(d.error(c.pos_of("id"), "duplicate column '" + col.id + "' in programme '" + p.id + "'"),
           "give each column its own id");
    else
      p.columns.push_back(std::move(col));
  });
}

// An entry's items: `items`, or with the programme's `columns`, `cells` (items per column id).
void read_cells(const Fields& e, Diagnostics& d, const Programme& p, ProgrammeEntry& entry) {
  if (p.columns.empty()) {
    if (e.has("cells"))
      hint(d.error(e.pos_of("cells"), "'cells' needs the programme's 'columns'"),
           "add 'columns: [{ id: ..., title: ... }]' to the programme, or list the entry's 'items'");
    else if (!e.has("items"))
      hint(d.error(e.pos(), "an entry needs 'items': what is done or looked at"),
           "e.g. 'items: [\"Care plans\"]'");
    return;
  }
  std::vector<std::string> ids;
  for (const ProgrammeColumn& c : p.columns) ids.push_back(c.id);
  if (e.has("items"))
    hint(d.error(e.pos_of("items"), "programme '" + p.id + "' has columns: give the entry's 'cells', not 'items'"),
         "e.g. 'cells: { " + ids.front() + ": [...] }', with a list of items under each column's id");
  else if (!e.has("cells"))
    hint(d.error(e.pos(), "an entry needs 'cells': the items under each column"),
         "e.g. 'cells: { " + ids.front() + ": [...] }'; the columns are " + join_and(ids));
  entry.cells.assign(p.columns.size(), {});
  // Every key seen is passed as accepted, so an unknown column is reported here once, as a column.
  std::vector<std::string> keys;
  e.map("cells", [&](const std::string& key, const SourcePos& at, const YAML::Node&) {
    keys.push_back(key);
    if (std::find(ids.begin(), ids.end(), key) != ids.end()) return;
    Diagnostic& err = d.error(at, "unknown column '" + key + "' in programme '" + p.id + "'");
    if (auto best = closest(key, ids))
      hint(err, "did you mean '" + *best + "'?");
    else
      hint(err, "the programme's columns are " + join_and(ids));
  });
  bool any = false;
  if (!keys.empty()) {  // an empty map ('cells: {}') lists no items either
    Fields cells(e.file(), e.node("cells"), "entry-cells", keys, e.pos_of("cells"));
    for (std::size_t i = 0; i < ids.size(); ++i) {
      entry.cells[i] = cells.texts(ids[i]);
      any |= !entry.cells[i].empty();
    }
  }
  if (!any && e.has("cells"))
    hint(d.error(e.pos_of("cells"), "the entry's 'cells' list no items"),
         "give at least one column a list of items, e.g. '" + ids.front() + ": [\"Care plans\"]'");
}

}  // namespace

void read_frequency(const Fields& r, Diagnostics& d, Frequency& row, std::string_view what) {
  read_count(r, d, row);
  // Done on an event ("after each closure"), or a share of what comes in ("5% a month"): no count.
  row.after_each = r.str("after_each");
  if (r.has("share")) {
    std::string pct = r.str("share");
    if (!pct.empty() && pct.back() == '%') pct.pop_back();
    const auto n = parse_integer(pct);
    if (!n || *n < 1 || *n > 100)
      hint(d.error(r.pos_of("share"), "'" + r.str("share") + "' is not a percentage"),
           "write a whole percentage from 1 to 100, e.g. 'share: 5%'");
    else
      row.share = static_cast<int>(*n);
  }
  for (const char* way : {"after_each", "share"})
    if (r.has(way))
      for (const char* key : {"count", "every", "in"})
        if (r.has(key))
          hint(d.error(r.pos_of(key), std::string("'") + key + "' does not go with '" + way + "'"),
               std::string(way) == "share" ? "'share: 5%, per: month' is a share of each month's work; remove '" + std::string(key) + "'"
                                           : "'after_each' is once per event; remove '" + std::string(key) + "'");
  if (!row.after_each.empty()) {
    if (r.has("per") || r.has("share"))
      hint(d.error(r.pos_of(r.has("per") ? "per" : "share"), "'after_each' has no period"),
           "'after_each: closure or transfer' is done once after each one");
    row.count = 0;
    return;
  }
  if (r.has("in")) {
    // "1 in every 4 supervision sessions": a share of something counted, not a period.
    row.in_every = static_cast<int>(r.integer("in", 2, 1000).value_or(0));
    row.of = r.str("of");
    if (row.of.empty())
      hint(d.error(r.pos_of("in"), "'in' needs 'of': what is counted"), "e.g. 'count: 1, in: 4, of: supervision sessions'");
    for (const char* key : {"per", "every"})
      if (r.has(key))
        hint(d.error(r.pos_of(key), std::string("'") + key + "' does not go with 'in'"),
             "'1 in every 4 sessions' has no period; remove '" + std::string(key) + "'");
  } else {
    if (r.has("of")) hint(d.error(r.pos_of("of"), "'of' goes with 'in'"), "e.g. 'count: 1, in: 4, of: supervision sessions'");
    if (!r.has("per"))
      hint(d.error(r.pos(), std::string(what) + " needs 'per' (how often) or 'in' and 'of' (a share)"),
           "e.g. 'count: 2, per: month', 'every: 6, per: week' or 'count: 1, in: 4, of: supervision sessions'");
    row.per = r.one_of("per", frequency_units(), "month");
    row.every = static_cast<int>(r.integer("every", 2, 1000).value_or(0));
    if (!counted_unit(row.per)) {
      for (const char* key : {"count", "every"})
        if (r.has(key))
          hint(d.error(r.pos_of(key), std::string("'") + key + "' does not apply to 'per: " + row.per + "'"),
               "remove '" + std::string(key) + "', or give a unit that is counted: day, week, month, term, quarter or year");
      row.count = 0;
      row.every = 0;
    }
  }
}

Programme read_programme(const YamlFile& file, const YAML::Node& n) {
  Programme p;
  Fields f(file, n, "programme");
  p.pos = f.pos();
  if (!f.ok()) return p;
  Diagnostics& d = file.diags();
  p.id = f.id();
  p.title = f.str("title");
  p.intro = f.text("intro");
  const std::string kind = f.one_of("kind", {"focus", "timeline", "frequency"}, "focus");
  p.kind = kind == "timeline" ? ProgrammeKind::timeline : kind == "frequency" ? ProgrammeKind::frequency : ProgrammeKind::focus;
  if (p.kind == ProgrammeKind::frequency && f.has("entries"))
    hint(d.error(f.pos_of("entries"), "a frequency programme has 'rows', not 'entries'"), "or change 'kind'");
  if (p.kind != ProgrammeKind::frequency && f.has("rows"))
    hint(d.error(f.pos_of("rows"), "a " + kind + " programme has 'entries', not 'rows'"), "or use kind: frequency");
  read_columns(f, d, p);
  each_object(f, "entries", "entry", [&](const Fields& e) {
    ProgrammeEntry entry;
    entry.items = e.texts("items");
    entry.pos = e.pos();
    entry.theme = e.str("theme");
    read_timing(e, d, entry);
    read_cells(e, d, p, entry);
    p.entries.push_back(std::move(entry));
  });
  each_object(f, "rows", "row", [&](const Fields& r) {
    FrequencyRow row;
    row.role = r.ref("role");
    row.activity = r.str("activity");
    row.note = r.str("note");
    row.pos = r.pos();
    row.to = r.refs("to");
    row.contents = r.texts("contents");
    row.group = r.str("group");
    read_frequency(r, d, row, "a frequency row");
    if (r.has("sample")) read_case_sample(r, d, row);
    p.rows.push_back(std::move(row));
  });
  if (p.kind == ProgrammeKind::frequency ? p.rows.empty() : p.entries.empty())
    d.error(f.pos(), "programme '" + p.id + "' is empty");
  return p;
}

Role read_role(const YamlFile& file, const YAML::Node& n) {
  Role r;
  Fields f(file, n, "role");
  r.pos = f.pos();
  if (!f.ok()) return r;
  r.id = f.id();
  r.title = f.str("title");
  r.summary = f.text("summary");
  r.inherits = f.ref("inherits");
  r.responsibilities = f.texts("responsibilities");
  return r;
}

}  // namespace qaf::detail
