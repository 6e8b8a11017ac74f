// Reads the mapping file of `qaf import` (schema "import-map") into an ImportMapping.
#include "load/import_map.hpp"

#include "load/readers.hpp"

namespace qaf {

ImportMapping read_import_mapping(const std::string& display_path, const std::string& text, Diagnostics& diags) {
  using namespace detail;
  ImportMapping m;
  m.file = display_path;
  YamlFile file(display_path, text, diags);
  if (!file.ok()) return m;
  if (file.root().IsNull()) return m;  // an empty mapping file maps nothing, as none would
  Fields f(file, file.root(), "import-map");
  if (!f.ok()) return m;
  // A path is read as text whatever it looks like (a number, "yes").
  auto value_text = [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v, const char* what) {
    if (!v.IsScalar()) {
      hint(diags.error(file.pos(v, kpos), "'" + key + "' under '" + what + "' must be one value, not " + describe(v)),
           std::string(what) == "values" ? "give several choices in one value, separated by ';'"
                                         : "write the path of the record part the column fills, e.g. 'answers.plan-quality'");
      return std::optional<std::string>();
    }
    return std::optional<std::string>(v.Scalar());
  };
  f.map("columns", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    if (auto path = value_text(key, kpos, v, "columns")) m.columns.push_back({key, *path, "", kpos});
  });
  m.ignore = f.refs("ignore");
  f.map("values", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    if (auto value = value_text(key, kpos, v, "values")) m.values.push_back({"", key, *value, kpos});
  });
  if (f.has("id")) {
    m.id_pattern = f.str("id");
    m.id_pos = f.pos_of("id");
  }
  const std::string dates = f.one_of("dates", {"iso", "day-first", "month-first"}, "iso");
  m.dates = dates == "day-first" ? DateOrder::day_first : dates == "month-first" ? DateOrder::month_first : DateOrder::iso;
  return m;
}

}  // namespace qaf
