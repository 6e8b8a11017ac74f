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
    FrequencyRow row{r.ref("role"), r.str("activity"), static_cast<int>(r.integer("count", 1, 1000).value_or(1)),
                     r.one_of("per", frequency_units(), "month"), r.str("note"), r.pos()};
    if (!counted_unit(row.per)) {
      if (r.has("count"))
        hint(d.error(r.pos_of("count"), "'count' does not apply to 'per: " + row.per + "'"),
             "remove 'count', or give a unit that is counted: day, week, month, term, quarter or year");
      row.count = 0;
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
