// Readers from YAML nodes to model objects, one per structure family (internal to the load module).
// Readers check shapes and local rules; references between objects are checked by the resolver.
#pragma once
#include "load/yaml_reader.hpp"
#include "model/audit.hpp"
#include "model/project.hpp"

namespace qaf::detail {

void read_meta(const YamlFile& f, const YAML::Node& n, FrameworkMeta& meta);
Scale read_scale(const YamlFile& f, const YAML::Node& n);
StandardSection read_standard_section(const YamlFile& f, const YAML::Node& n);
Rubric read_rubric(const YamlFile& f, const YAML::Node& n);
SkillSet read_skill_set(const YamlFile& f, const YAML::Node& n);
Template read_template(const YamlFile& f, const YAML::Node& n);
void read_rules(const YamlFile& f, const YAML::Node& n, Rules& rules);
Programme read_programme(const YamlFile& f, const YAML::Node& n);
Role read_role(const YamlFile& f, const YAML::Node& n);
Body read_body(const YamlFile& f, const YAML::Node& n);
Indicator read_indicator(const YamlFile& f, const YAML::Node& n);
/// Reads one glossary entry; nullopt when it has no term (the problem is reported). Its anchor
/// is set later, by the resolver, once every entry of the framework is known.
std::optional<GlossaryEntry> read_glossary_entry(const YamlFile& f, const YAML::Node& n);
/// Reads one group of words that mean the same (an item of the top-level `synonyms` list, which
/// is at `where`) into fw.synonym_groups, with its position; a group of fewer than two is reported.
void read_synonym_group(const YamlFile& f, const YAML::Node& n, const SourcePos& where, Framework& fw);
/// A term or synonym as it is compared: without the spaces around it, in lower case.
std::string glossary_key(const std::string& words);
/// Reads how often from `count`, `per`, `every`, `in`/`of`, `share` and `after_each` (those of
/// them `r`'s schema accepts), for frequency rows and bodies' meetings alike; `what` names the
/// object in errors ("a frequency row").
void read_frequency(const Fields& r, Diagnostics& d, Frequency& f, std::string_view what);
/// Reads qaf.yaml; paths it names (fonts) are checked relative to `project_root`.
void read_config(const YamlFile& f, const YAML::Node& n, Config& config, const std::string& project_root);
/// Reads one audit record and validates it against its template in `project`.
AuditRecord read_audit(const YamlFile& f, const YAML::Node& n, const Project& project);
/// Checks a validated record against the framework's rules (actions below a grade, deadlines).
void check_audit_rules(const AuditRecord& a, const Framework& fw, const Template& t, Diagnostics& d);
/// Reads a condition written under `when:` (`key_pos` is where `when` stands).
Condition read_condition(const YamlFile& f, const YAML::Node& n, const SourcePos& key_pos);

/// Splits a Markdown file into front matter and body and reads the front matter.
/// `default_id` is the file name without extension.
Page read_page(const std::string& rel_path, const std::string& text, const std::string& default_id,
               Diagnostics& diags);

/// Calls `each` for each item of a list under `key`, as a Fields of `schema`.
template <class F>
void each_object(const Fields& parent, std::string_view key, std::string_view schema, F&& each,
                 const std::vector<std::string>& extra_keys = {}) {
  parent.list(key, [&](const YAML::Node& item) {
    Fields f(parent.file(), item, schema, extra_keys, parent.pos_of(key));
    if (f.ok()) each(f);
  });
}

}  // namespace qaf::detail
