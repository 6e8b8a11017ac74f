// The script qaf serve adds to each page: reload on a change, the build's problems shown on the page.
#pragma once
#include <cstdint>
#include <string>

namespace qaf::serve {

/// Where the page finds the script, and asks for news of the build.
inline constexpr const char* kScriptPath = "/__qaf/live.js";
inline constexpr const char* kEventsPath = "/__qaf/events";

/// The script: it asks kEventsPath whether the build served at `data-generation` has been
/// followed by one that changed this page (then replaces the page's <main> when nothing else
/// changed, else reloads it), and lists the build's errors and
/// warnings in a panel at the top of the page, each as path:line:col with its hints.
const std::string& live_script();

/// `html` with the script added before its last "</body>" (at the end when it has none), for a
/// page served from the build numbered `generation` of the run named `run` (Published::run).
std::string with_live_script(const std::string& html, const std::string& run, std::uint64_t generation);

}  // namespace qaf::serve
