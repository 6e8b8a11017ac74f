// Finds the YAML flow bracket ('{' or '[') left open before a syntax error, so the error points at it.
#pragma once
#include <optional>
#include <string_view>

namespace qaf::detail {

/// Where an unclosed flow bracket opens (1-based line and column) and which it is.
struct FlowOpen {
  int line = 0, column = 0;
  char bracket = '{';
};

/// The innermost '{' or '[' that starts a YAML flow collection in `text` and is still open at
/// the end of line `up_to_line` (1-based), skipping quoted text and comments; nullopt when none
/// is. A '{' inside a plain value ("text: a {b") is text, not a bracket, as YAML reads it. Pure.
std::optional<FlowOpen> unclosed_flow(std::string_view text, int up_to_line);

}  // namespace qaf::detail
