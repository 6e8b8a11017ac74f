// Progress of a long run: phases timed by a steady clock, a status line redrawn in place on a terminal.
#include "support/progress.hpp"

#include <cmath>
#include <cstdio>

namespace qaf {

namespace {

// 12345 -> "12,345"
std::string count_text(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string seconds_text(double seconds) {
  char buf[48];
  if (seconds < 10) std::snprintf(buf, sizeof buf, "%.1f s", seconds);
  else if (seconds < 59.5) std::snprintf(buf, sizeof buf, "%.0f s", seconds);
  else {
    const long whole = std::lround(seconds);
    std::snprintf(buf, sizeof buf, "%ld min %02ld s", whole / 60, whole % 60);
  }
  return buf;
}

Progress::Progress(std::ostream* out, bool live, Clock clock)
    : out_(out), live_(live && out), clock_(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); })) {
  start_ = phase_start_ = last_draw_ = clock_();
}

Progress::~Progress() {
  if (drawn_ && out_) *out_ << "\r\x1b[K" << std::flush;  // never leave a half line behind
}

double Progress::since(std::chrono::steady_clock::time_point t) const {
  return std::chrono::duration<double>(clock_() - t).count();
}

void Progress::phase(const std::string& name, std::size_t total, const std::string& unit) {
  finish();
  phase_ = name;
  unit_ = unit;
  total_ = total;
  done_ = 0;
  phase_start_ = clock_();
  draw(true);
}

void Progress::count(std::size_t total, const std::string& unit) {
  total_ = total;
  unit_ = unit;
  draw(true);
}

void Progress::step(std::size_t n) {
  done_ += n;
  draw(false);
}

void Progress::finish() {
  if (phase_.empty()) return;
  finished_.push_back({phase_, since(phase_start_)});
  phase_.clear();
  if (drawn_ && out_) *out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

void Progress::draw(bool force) {
  if (!live_ || phase_.empty()) return;
  const auto now = clock_();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  std::string line = "qaf: " + phase_;
  if (total_ > 0) {
    line += " " + count_text(done_) + " of " + count_text(total_) + (unit_.empty() ? "" : " " + unit_);
    const double secs = since(phase_start_);
    if (secs >= 0.5 && done_ > 0) line += ", " + count_text(static_cast<std::size_t>(static_cast<double>(done_) / secs)) + " a second";
  } else {
    line += "\u2026";
  }
  *out_ << "\r\x1b[K" << line << std::flush;
  drawn_ = true;
}

std::string Progress::phases() const {
  std::string s;
  for (const Done& d : finished_) s += (s.empty() ? "" : ", ") + d.name + " " + seconds_text(d.seconds);
  return s;
}

double Progress::seconds() const {
  double total = 0;
  for (const Done& d : finished_) total += d.seconds;
  return total;
}

}  // namespace qaf
