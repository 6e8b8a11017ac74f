// Reads programmes (focus, timeline, frequency) and roles with their responsibilities.
#include "load/readers.hpp"

#include "support/date.hpp"

namespace qaf::detail {
namespace {

bool valid_period(const std::string& p) {
  for (int m = 1; m <= 12; ++m)
    if (p == month_name(m)) return true;
  if (p == "Q1" || p == "Q2" || p == "Q3" || p == "Q4") return true;
  auto d = parse_date(p, true);
  return d && d->month_only();
}

// `count`: a whole number ("4") or a range ("20-25", "20–25"), from 1 to 1000.
void read_count(const Fields& r, Diagnostics& d, FrequencyRow& row) {
  if (!r.has("count")) return;
  const std::string text = r.str("count");
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

}  // namespace

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
  each_object(f, "entries", "entry", [&](const Fields& e) {
    ProgrammeEntry entry{e.str("period"), e.texts("items"), e.pos()};
    if (!entry.period.empty() && !valid_period(entry.period))
      hint(d.error(e.pos_of("period"), "'" + entry.period + "' is not a period"),
           "write a month name (April), a month (2026-04) or a quarter (Q1)");
    p.entries.push_back(std::move(entry));
  });
  each_object(f, "rows", "row", [&](const Fields& r) {
    FrequencyRow row;
    row.role = r.ref("role");
    row.activity = r.str("activity");
    row.note = r.str("note");
    row.pos = r.pos();
    read_count(r, d, row);
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
        hint(d.error(r.pos(), "a frequency row needs 'per' (how often) or 'in' and 'of' (a share)"),
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
