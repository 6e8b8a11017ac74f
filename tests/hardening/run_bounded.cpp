// Test helper: runs a command with a time limit and reports its peak memory (getrusage), failing
// when it exceeds the bound, runs too long, dies by a signal or exits with another code.
// Usage: run_bounded MAX_MB SECONDS EXIT_CODE COMMAND [ARGS...]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: run_bounded MAX_MB SECONDS EXIT_CODE COMMAND [ARGS...]\n");
    return 2;
  }
  const long max_mb = std::atol(argv[1]);
  const int seconds = std::atoi(argv[2]);
  const int want = std::atoi(argv[3]);
  const pid_t child = ::fork();
  if (child < 0) return 2;
  if (child == 0) {
    ::execv(argv[4], argv + 4);
    std::perror("run_bounded: exec");
    ::_exit(127);
  }
  // Poll for the end so that a hang is killed after `seconds`.
  int status = 0;
  struct rusage usage {};
  bool timed_out = false;
  for (long waited_ms = 0;; waited_ms += 20) {
    const pid_t r = ::wait4(child, &status, WNOHANG, &usage);
    if (r == child) break;
    if (waited_ms >= seconds * 1000L && !timed_out) {
      ::kill(child, SIGKILL);
      timed_out = true;
    }
    ::usleep(20000);
  }
  const long peak_mb = usage.ru_maxrss / 1024;  // ru_maxrss is in kilobytes on Linux
  std::printf("run_bounded: %s: peak %ld MB (bound %ld MB)", argv[4], peak_mb, max_mb);
  if (timed_out) {
    std::printf(", killed after %d s\n", seconds);
    return 1;
  }
  if (WIFSIGNALED(status)) {
    std::printf(", died by signal %d\n", WTERMSIG(status));
    return 1;
  }
  const int code = WEXITSTATUS(status);
  std::printf(", exit %d (want %d)\n", code, want);
  return code == want && peak_mb <= max_mb ? 0 : 1;
}
