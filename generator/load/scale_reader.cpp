// Reads judgement scales and checks them: grade codes, level values, band coverage, options.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "load/readers.hpp"
#include "support/colour.hpp"
#include "support/number_format.hpp"
#include "support/suggest.hpp"

namespace qaf::detail {
namespace {

// A grade's or option's colour: a tag colour name, or #rrggbb readable behind the tag's text.
std::string colour_of(const YamlFile& file, const Fields& f) {
  const std::string c = f.str("colour");
  if (c.empty() || !colour_class(c).empty()) return c;
  Diagnostics& d = file.diags();
  if (auto rgb = parse_hex_colour(c)) {
    const double ratio = contrast_ratio(*rgb, kTagText);
    if (ratio < kMinContrast) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.1f", std::floor(ratio * 10) / 10);
      hint(d.error(f.pos_of("colour"), "colour '" + c + "' is too dark behind the tag's text (" + hex_of(kTagText) +
                                           "): contrast " + buf + ":1, and WCAG AA needs 4.5:1"),
           "choose a lighter colour, e.g. a pale tint such as #cce2d8, or a name: " + join_or(colour_names()));
    }
    return c;
  }
  Diagnostic& e = d.error(f.pos_of("colour"), "'" + c + "' is not a colour");
  if (auto best = closest(c, colour_names())) hint(e, "did you mean '" + *best + "'?");
  hint(e, "write a name (" + join_or(colour_names()) + ") or #rrggbb, e.g. #cce2d8");
  return c;
}


void check_bands(const YamlFile& file, const Fields& f, Scale& s) {
  Diagnostics& d = file.diags();
  if (!f.has("min") || !f.has("max")) {
    d.error(f.pos(), "a bands scale needs 'min' and 'max'");
    return;
  }
  if (!parse_number(scalar(f.node("min"))) || !parse_number(scalar(f.node("max")))) return;  // reported already
  if (s.max <= s.min) {
    d.error(f.pos_of("max"), "'max' (" + format_number(s.max) + ") must be above 'min' (" + format_number(s.min) + ")");
    return;
  }
  if (s.step <= 0) {
    d.error(f.pos_of("step"), "'step' must be above 0");
    return;
  }
  if (s.bands.empty()) {
    d.error(f.pos(), "a bands scale needs 'bands'");
    return;
  }
  std::vector<Band> sorted = s.bands;
  std::sort(sorted.begin(), sorted.end(), [](const Band& a, const Band& b) { return a.from < b.from; });
  const double eps = s.step * 1e-6;
  for (const Band& b : sorted) {
    if (b.to < b.from) d.error(b.pos, "band " + format_number(b.from) + "-" + format_number(b.to) + " ends before it starts");
    if (b.from < s.min - eps || b.to > s.max + eps)
      d.error(b.pos, "band " + format_number(b.from) + "-" + format_number(b.to) + " lies outside the scale's range " + format_number(s.min) + "-" +
                         format_number(s.max));
  }
  if (sorted.front().from > s.min + eps) {
    Diagnostic& e = d.error(sorted.front().pos, "bands leave a gap: " + format_number(s.min) + " to " +
                                                    format_number(sorted.front().from - s.step) + " is in no band");
    hint(e, "start the first band at 'min' (" + format_number(s.min) + ")");
  }
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    const Band& a = sorted[i - 1];
    const Band& b = sorted[i];
    const double next = a.to + s.step;
    if (b.from < next - eps) {
      Diagnostic& e = d.error(b.pos, "band " + format_number(b.from) + "-" + format_number(b.to) + " overlaps band " + format_number(a.from) + "-" +
                                         format_number(a.to));
      hint(e, "each value must fall in exactly one band; start this band at " + format_number(next));
    } else if (b.from > next + eps) {
      Diagnostic& e = d.error(b.pos, "bands leave a gap: " + format_number(next) + " to " + format_number(b.from - s.step) +
                                         " is in no band");
      hint(e, "start this band at " + format_number(next) + ", or end the previous one at " + format_number(b.from - s.step));
    }
  }
  if (sorted.back().to < s.max - eps) {
    Diagnostic& e = d.error(sorted.back().pos, "bands leave a gap: " + format_number(sorted.back().to + s.step) + " to " +
                                                   format_number(s.max) + " is in no band");
    hint(e, "end the last band at 'max' (" + format_number(s.max) + ")");
  }
}

}  // namespace

Scale read_scale(const YamlFile& file, const YAML::Node& n) {
  Scale s;
  Fields f(file, n, "scale");
  s.pos = f.pos();
  if (!f.ok()) return s;
  Diagnostics& d = file.diags();
  s.id = f.id();
  s.title = f.str("title");
  s.description = f.text("description");
  const std::string kind = f.one_of("kind", {"grades", "levels", "bands", "choices", "rag"}, "");
  if (kind.empty()) {
    s.broken = true;  // reported by one_of (or as a missing key); its other keys mean nothing yet
    return s;
  }
  s.kind = kind == "grades" ? ScaleKind::grades
           : kind == "levels" ? ScaleKind::levels
           : kind == "bands"  ? ScaleKind::bands
           : kind == "rag"    ? ScaleKind::rag
                              : ScaleKind::choices;
  // Keys that belong to other kinds are mistakes worth naming.
  const std::vector<std::pair<std::string, std::vector<ScaleKind>>> kind_keys = {
      {"best", {ScaleKind::grades}},
      {"show_codes", {ScaleKind::grades}},
      {"grades", {ScaleKind::grades}},
      {"levels", {ScaleKind::levels}},
      {"min", {ScaleKind::bands}},
      {"max", {ScaleKind::bands}},
      {"step", {ScaleKind::bands}},
      {"maps_to", {ScaleKind::bands}},
      {"bands", {ScaleKind::bands}},
      {"options", {ScaleKind::choices, ScaleKind::rag}},
      {"multiple", {ScaleKind::choices}}};
  for (const auto& [key, kinds] : kind_keys)
    if (f.has(key) && std::find(kinds.begin(), kinds.end(), s.kind) == kinds.end())
      hint(d.error(f.pos_of(key), "'" + key + "' does not apply to a scale of kind '" + kind + "'"),
           "remove it, or change 'kind'");

  switch (s.kind) {
    case ScaleKind::grades: {
      s.best = f.one_of("best", {"lowest", "highest"}, "lowest") == "highest" ? BestCode::highest : BestCode::lowest;
      s.show_codes = f.boolean("show_codes").value_or(false);
      std::set<int> codes;
      std::set<std::string> ids;
      each_object(f, "grades", "grade", [&](const Fields& g) {
        Grade gr{g.id(), g.str("label"), static_cast<int>(g.integer("code", -1000, 1000).value_or(0)),
                 g.text("description"), colour_of(file, g), g.pos()};
        if (!ids.insert(gr.id).second) d.error(g.pos_of("id"), "duplicate grade id '" + gr.id + "' in scale '" + s.id + "'");
        if (g.has("code") && !codes.insert(gr.code).second)
          d.error(g.pos_of("code"), "duplicate grade code " + std::to_string(gr.code) + " in scale '" + s.id + "'");
        s.grades.push_back(std::move(gr));
      });
      if (s.grades.size() < 2) d.error(f.pos(), "a grades scale needs at least two grades");
      std::stable_sort(s.grades.begin(), s.grades.end(), [&](const Grade& a, const Grade& b) {
        return s.best == BestCode::lowest ? a.code < b.code : a.code > b.code;
      });
      break;
    }
    case ScaleKind::levels: {
      std::set<int> values;
      each_object(f, "levels", "level", [&](const Fields& l) {
        Level lv{static_cast<int>(l.integer("value", -1000, 1000).value_or(0)), l.str("label"), l.text("description"),
                 l.pos()};
        if (l.has("value") && !values.insert(lv.value).second)
          d.error(l.pos_of("value"), "duplicate level " + std::to_string(lv.value) + " in scale '" + s.id + "'");
        s.levels.push_back(std::move(lv));
      });
      if (s.levels.size() < 2) d.error(f.pos(), "a levels scale needs at least two levels");
      std::stable_sort(s.levels.begin(), s.levels.end(), [](const Level& a, const Level& b) { return a.value < b.value; });
      break;
    }
    case ScaleKind::bands: {
      s.min = f.number("min").value_or(0);
      s.max = f.number("max").value_or(0);
      s.step = f.number("step").value_or(1);
      s.maps_to = f.ref("maps_to");
      if (!f.has("maps_to")) d.error(f.pos(), "a bands scale needs 'maps_to': the grades scale its bands count as");
      bool all_numbers = true;
      each_object(f, "bands", "band", [&](const Fields& b) {
        const auto from = b.number("from"), to = b.number("to");
        all_numbers = all_numbers && from && to;
        s.bands.push_back({from.value_or(0), to.value_or(0), b.ref("grade"), b.pos()});
      });
      if (all_numbers) check_bands(file, f, s);
      break;
    }
    case ScaleKind::choices:
    case ScaleKind::rag: {
      s.multiple = f.boolean("multiple").value_or(false);
      std::set<std::string> ids;
      each_object(f, "options", "option", [&](const Fields& o) {
        Choice c{o.id(), o.str("label"), o.boolean("not_applicable").value_or(false), o.number("score"),
                 colour_of(file, o), o.pos()};
        if (!ids.insert(c.id).second) d.error(o.pos_of("id"), "duplicate option id '" + c.id + "' in scale '" + s.id + "'");
        s.options.push_back(std::move(c));
      });
      if (s.kind == ScaleKind::rag && s.options.empty()) {
        s.options = {{"red", "Red", false, 0.0, "red", f.pos()},
                     {"amber", "Amber", false, 0.5, "amber", f.pos()},
                     {"green", "Green", false, 1.0, "green", f.pos()}};
      }
      if (s.kind == ScaleKind::rag)
        for (const Choice& c : s.options)
          if (c.colour.empty()) d.error(c.pos, "option '" + c.id + "' of a RAG scale needs a 'colour'");
      if (s.options.size() < 2 && !(s.multiple && s.options.size() == 1))
        d.error(f.pos(), "a choices scale needs at least two options");
      break;
    }
  }
  return s;
}

}  // namespace qaf::detail
