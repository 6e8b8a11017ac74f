// Reading YAML against a schema: typed values with source positions, problems to the diagnostics sink.
// Internal to the load module: yaml-cpp types do not leave it.
#pragma once
#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/common.hpp"
#include "support/date.hpp"
#include "support/diagnostics.hpp"

namespace qaf::detail {

/// One parsed YAML file. A syntax error is reported with yaml-cpp's line and column.
class YamlFile {
 public:
  /// `one_document_hint` is the hint given when the file holds more than one YAML document.
  YamlFile(std::string rel_path, const std::string& text, Diagnostics& diags,
           const char* one_document_hint = "split the file in two, or remove the '---' line");
  bool ok() const { return ok_; }
  const YAML::Node& root() const { return root_; }
  const std::string& path() const { return path_; }
  Diagnostics& diags() const { return *diags_; }
  /// Position of a node; `fallback` when the node has none (e.g. an empty value).
  SourcePos pos(const YAML::Node& n, const SourcePos& fallback = {}) const;
  SourcePos file_pos() const { return {path_, 0, 0}; }
  /// A text value at `pos` (its node's position) placed where its characters are: a '|' or '>'
  /// block starts on the next line, at its indentation (a '|' block's every line there:
  /// Text::block); a quoted value starts after its quote. So a problem inside the text is
  /// reported at its own place.
  Text text_at(std::string markdown, SourcePos pos) const;

 private:
  std::string path_;
  Diagnostics* diags_;
  YAML::Node root_;
  std::string text_;  ///< the file's text, to place text values (text_at)
  bool ok_ = false;
};

/// Describes a node's YAML type for messages: "text", "a list", "a map".
std::string describe(const YAML::Node& n);

/// Reads one YAML mapping as the object kind `schema_name`. On construction it
/// reports unknown keys (with a suggestion), duplicate keys and missing required
/// keys. Each getter reports wrong types and returns an empty value.
class Fields {
 public:
  Fields(const YamlFile& file, const YAML::Node& node, std::string_view schema_name,
         const std::vector<std::string>& extra_keys = {}, SourcePos where = {});

  bool ok() const { return ok_; }
  const YamlFile& file() const { return *file_; }
  SourcePos pos() const { return pos_; }
  bool has(std::string_view key) const;
  /// The value node (undefined node when absent).
  YAML::Node node(std::string_view key) const;
  /// Position of a key's value, or of the mapping when the key is absent.
  SourcePos pos_of(std::string_view key) const;
  /// Keys present that are not in the schema (the `extra_keys`), in order.
  std::vector<std::string> keys() const;

  std::string str(std::string_view key) const;
  Text text(std::string_view key) const;
  /// An id value, checked for syntax.
  std::string id(std::string_view key = "id") const;
  std::optional<long> integer(std::string_view key, long min = 0, long max = 1000000) const;
  std::optional<double> number(std::string_view key) const;
  std::optional<bool> boolean(std::string_view key) const;
  std::optional<Date> date(std::string_view key, bool allow_month = false) const;
  /// A date that may be known only to the month or the year ("2017-09", "2017").
  std::optional<Date> partial_date(std::string_view key) const;
  Ref ref(std::string_view key) const;
  /// A scalar or a list of scalars, as references.
  std::vector<Ref> refs(std::string_view key) const;
  std::vector<std::string> strings(std::string_view key) const;
  std::vector<Text> texts(std::string_view key) const;
  /// A value from a fixed list; `fallback` when absent; error (and fallback) when not allowed.
  std::string one_of(std::string_view key, const std::vector<std::string>& allowed, std::string fallback) const;
  /// Calls `each` for every item of a list value (reports when the value is not a list).
  void list(std::string_view key, const std::function<void(const YAML::Node&)>& each) const;
  /// Calls `each(key, key_pos, value)` for every entry of a map value.
  void map(std::string_view key,
           const std::function<void(const std::string&, const SourcePos&, const YAML::Node&)>& each) const;

 private:
  const YAML::Node* find(std::string_view key) const;
  bool scalar_or_report(std::string_view key, const YAML::Node& n, const char* expected) const;

  const YamlFile* file_;
  std::string schema_;
  YAML::Node node_;
  SourcePos pos_;
  bool ok_ = false;
  std::vector<std::pair<std::string, YAML::Node>> entries_;
  std::vector<std::string> extra_;
};

/// Longest id accepted: ids become file names (with a suffix) and URLs.
inline constexpr std::size_t kMaxIdLength = 100;

/// Checks id syntax: lower-case letters, digits, '-', '_', '.' (never ".."); starts with a
/// letter or digit; at most kMaxIdLength characters.
bool valid_id(std::string_view id);

/// Adds the "quote text that contains ': '" hint when `found` is a map.
void hint_colon(Diagnostic& d, const YAML::Node& found);

/// Adds a hint to quote the text when `key` of map `map` has no value and the map is written
/// "{ ... }": there a ',' ends a value, so "{ team: North, East }" makes "East" a key.
/// Returns whether it did.
bool hint_flow_comma(Diagnostic& d, const YAML::Node& map, const std::string& key, const YAML::Node& value);

/// Reads a scalar node as a string (no checks).
std::string scalar(const YAML::Node& n);

/// Reports an error for a value that is not a date, with the "ASAP" hint.
void report_not_a_date(Diagnostics& d, const SourcePos& pos, const std::string& what, const std::string& value,
                       bool allow_month, bool allow_year = false);

/// Reports "unknown <what> '<id>'" with a did-you-mean hint from `known`; returns it for more hints.
Diagnostic& report_unknown_ref(Diagnostics& d, const Ref& ref, const std::string& what,
                        const std::vector<std::string>& known);

/// Parses a number written in YAML ("4", "0.5", "-1").
std::optional<double> parse_number(std::string_view s);
/// Parses a whole number.
std::optional<long> parse_integer(std::string_view s);

}  // namespace qaf::detail
