// Progress of a long run: named phases with their times, a live status line on a terminal, a one-line summary.
#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace qaf {

/// What `qaf build` and `qaf check` report as they go. Phases follow one another ("load",
/// "pdfs", "site", "packs", "write"); a phase may count its items ("packs 1,200 of 10,000 audits,
/// 310 a second"). On a terminal (`live`) the count is redrawn in place, at most ten times a
/// second, and wiped when the phase ends; otherwise nothing is drawn, and only the summary is
/// there to print. Reports go to a stream and never touch the outputs.
class Progress {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  /// `out` null or `live` false: nothing is drawn. `clock` is the steady clock unless a test gives one.
  explicit Progress(std::ostream* out = nullptr, bool live = false, Clock clock = {});
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// Ends the phase under way, if any, and starts `name`; `total` items of `unit` ("audits")
  /// are to come (0: not counted).
  void phase(const std::string& name, std::size_t total = 0, const std::string& unit = {});
  /// From now the phase under way counts `total` items of `unit` (those done so far stay done).
  void count(std::size_t total, const std::string& unit);
  /// `n` more items of the phase done.
  void step(std::size_t n = 1);
  /// Ends the phase under way and wipes the status line.
  void finish();

  /// "load 1.2 s, pdfs 0.4 s, site 0.9 s": each finished phase and its wall time, in order.
  std::string phases() const;
  /// The finished phases' times together, in seconds.
  double seconds() const;

 private:
  struct Done {
    std::string name;
    double seconds = 0;
  };
  void draw(bool force);
  double since(std::chrono::steady_clock::time_point t) const;

  std::ostream* out_;
  bool live_;
  Clock clock_;
  std::chrono::steady_clock::time_point start_, phase_start_, last_draw_;
  std::string phase_, unit_;
  std::size_t total_ = 0, done_ = 0;
  bool drawn_ = false;  // a status line is on the screen
  std::vector<Done> finished_;
};

/// "1.2 s", "34 s", "2 min 05 s": a time for a person to read.
std::string seconds_text(double seconds);

}  // namespace qaf
