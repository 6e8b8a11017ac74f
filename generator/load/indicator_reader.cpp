// Reads performance indicators: unit, source, how often reported, owner, where reviewed, which way is better.
#include "load/readers.hpp"

namespace qaf::detail {

Indicator read_indicator(const YamlFile& file, const YAML::Node& n) {
  Indicator i;
  Fields f(file, n, "indicator");
  i.pos = f.pos();
  if (!f.ok()) return i;
  i.id = f.id();
  i.title = f.str("title");
  i.description = f.text("description");
  if (f.has("unit")) i.unit = f.one_of("unit", indicator_units(), "");
  i.source = f.str("source");
  i.owner = f.ref("owner");
  i.reviewed_at = f.refs("reviewed_at");
  if (f.has("better")) i.better = f.one_of("better", {"higher", "lower"}, "");
  if (f.has("reported")) {
    Fields r(file, f.node("reported"), "reported", {}, f.pos_of("reported"));
    if (r.ok()) {
      i.reported = true;
      read_frequency(r, file.diags(), i.how_often, "'reported'");
    }
  }
  return i;
}

}  // namespace qaf::detail
