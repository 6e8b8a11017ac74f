// Signal handling for builds: async-signal-safe flag setting only (see interrupt.hpp).
#include "output/interrupt.hpp"

#include <csignal>

namespace qaf {
namespace {

volatile std::sig_atomic_t g_signal = 0;   // the signal recorded, 0 for none
volatile std::sig_atomic_t g_staging = 0;  // open StagingSpans: staging folders of this run may exist

extern "C" void on_stop_signal(int sig) {
  if (!g_staging) {
    // Nothing to clean up: end now, by the signal's default action (both calls are async-signal-safe).
    std::signal(sig, SIG_DFL);
    std::raise(sig);
    return;
  }
  g_signal = sig;
}

}  // namespace

void install_interrupt_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

bool interrupt_requested() { return g_signal != 0; }

StagingSpan::StagingSpan() { g_staging = g_staging + 1; }
StagingSpan::~StagingSpan() { g_staging = g_staging - 1; }

void end_if_interrupted() {
  const int sig = g_signal;
  if (sig == 0) return;
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace qaf
