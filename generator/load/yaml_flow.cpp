// Scanner for unclosed YAML flow brackets (see yaml_flow.hpp).
#include "load/yaml_flow.hpp"

#include <vector>

namespace qaf::detail {

std::optional<FlowOpen> unclosed_flow(std::string_view text, int up_to_line) {
  std::vector<FlowOpen> open;
  char quote = 0;  // the quote character of a quoted text running on, or 0
  int line = 1;
  for (std::size_t start = 0; start <= text.size() && line <= up_to_line; ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view l = text.substr(start, end - start);
    // In block context a bracket or quote counts only where a value starts: at the line's
    // start, after "- ", "? " or after the ": " that ends a key.
    bool value_start = true;
    for (std::size_t i = 0; i < l.size(); ++i) {
      const char c = l[i];
      if (quote) {
        if (quote == '"' && c == '\\') ++i;
        else if (c == quote && quote == '\'' && i + 1 < l.size() && l[i + 1] == '\'') ++i;
        else if (c == quote) quote = 0;
        continue;
      }
      const bool after_space = i == 0 || l[i - 1] == ' ' || l[i - 1] == '\t';
      if (c == '#' && after_space) break;
      if (c == ' ' || c == '\t') continue;
      const bool flow = !open.empty();
      const bool ends_token = i + 1 == l.size() || l[i + 1] == ' ' || l[i + 1] == '\t';
      if (flow) {
        if (c == '{' || c == '[') open.push_back({line, static_cast<int>(i) + 1, c});
        else if ((c == '}' && open.back().bracket == '{') || (c == ']' && open.back().bracket == '[')) open.pop_back();
        else if ((c == '"' || c == '\'') && (after_space || std::string_view("{[,:").find(l[i - 1]) != std::string_view::npos))
          quote = c;
        value_start = open.empty() ? false : value_start;
        continue;
      }
      if (value_start) {
        if (c == '{' || c == '[') {
          open.push_back({line, static_cast<int>(i) + 1, c});
          continue;
        }
        if (c == '"' || c == '\'') {
          quote = c;
          value_start = false;
          continue;
        }
        if ((c == '-' || c == '?') && ends_token) continue;  // a list item or complex key: a value starts next
        value_start = false;
      }
      if (c == ':' && ends_token) value_start = true;  // the end of a key: its value starts next
    }
    start = end + 1;
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

}  // namespace qaf::detail
