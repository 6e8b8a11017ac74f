// SIGINT/SIGTERM during a build: the handler only records the signal; the writer stops at a safe point.
#pragma once

namespace qaf {

/// Installs handlers for SIGINT and SIGTERM. While no staging folder exists the signal ends
/// the process at once (its default action); while one does, it is only recorded, and the
/// writer removes what it staged before the process ends (see end_if_interrupted()).
void install_interrupt_handlers();

/// True once SIGINT or SIGTERM arrived while staging folders existed.
bool interrupt_requested();

/// Marks a span in which staging folders of this run exist (RAII; spans may overlap: the
/// signal is recorded until the last one ends; made and ended on the main thread only).
class StagingSpan {
 public:
  StagingSpan();
  ~StagingSpan();
  StagingSpan(const StagingSpan&) = delete;
  StagingSpan& operator=(const StagingSpan&) = delete;
};

/// If a signal was recorded, ends the process by it (default action), so the parent sees
/// how it ended. Call once nothing of this run is left half-written.
void end_if_interrupted();

}  // namespace qaf
