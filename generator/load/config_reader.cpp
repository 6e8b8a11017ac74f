// Reads the site configuration (qaf.yaml).
#include <cctype>

#include "load/readers.hpp"

namespace qaf::detail {

void read_config(const YamlFile& file, const YAML::Node& n, Config& c) {
  if (n.IsNull()) return;  // an empty qaf.yaml is fine
  Fields f(file, n, "config");
  c.pos = f.pos();
  if (!f.ok()) return;
  if (f.has("title")) c.title = f.str("title");
  c.council = f.str("council");
  if (f.has("theme")) c.theme = f.id("theme");
  c.logo = f.str("logo");
  c.primary_colour = f.str("primary_colour");
  if (!c.primary_colour.empty()) {
    const std::string& pc = c.primary_colour;
    bool ok = pc.size() == 7 && pc[0] == '#';
    for (std::size_t i = 1; ok && i < pc.size(); ++i) ok = std::isxdigit(static_cast<unsigned char>(pc[i])) != 0;
    if (!ok) hint(file.diags().error(f.pos_of("primary_colour"), "'" + pc + "' is not a colour"), "write it as #rrggbb, e.g. #1d70b8");
  }
  c.frameworks = f.refs("frameworks");
  if (f.has("audits")) c.audits = f.str("audits");
  if (f.has("packs")) c.packs = f.str("packs");
  c.period = f.one_of("period", {"quarter", "month"}, "quarter");
  c.suppress_below = static_cast<int>(f.integer("suppress_below", 1, 1000).value_or(5));
  c.allow_raw_html = f.boolean("allow_raw_html").value_or(false);
}

}  // namespace qaf::detail
