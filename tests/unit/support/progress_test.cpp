// Unit tests for Progress: phases timed, a live status line redrawn at most ten times a second and wiped, nothing drawn when not live.
#include <doctest/doctest.h>

#include <sstream>

#include "support/progress.hpp"

using namespace qaf;
using namespace std::chrono;

namespace {

/// A clock the test moves by hand.
struct FakeClock {
  steady_clock::time_point now{};
  Progress::Clock fn() {
    return [this] { return now; };
  }
  void advance(int ms) { now += milliseconds(ms); }
};

int count(const std::string& s, const std::string& part) {
  int n = 0;
  for (std::size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("progress on a terminal: each phase drawn in place, counts and rate redrawn at most ten times a second, wiped at the end") {
  FakeClock clock;
  std::ostringstream out;
  {
    Progress p(&out, true, clock.fn());
    p.phase("load");
    CHECK(out.str() == "\r\x1b[Kqaf: load\u2026");
    clock.advance(1200);
    p.phase("packs", 3000, "audits");
    CHECK(out.str().find("\r\x1b[K\r\x1b[Kqaf: packs 0 of 3,000 audits") != std::string::npos);  // load wiped first
    const std::size_t before = out.str().size();
    clock.advance(50);
    p.step(10);  // within 100 ms of the last drawing: not drawn
    CHECK(out.str().size() == before);
    clock.advance(550);
    p.step(1190);  // 1,200 done in 0.6 s
    CHECK(out.str().substr(before) == "\r\x1b[Kqaf: packs 1,200 of 3,000 audits, 2,000 a second");
    clock.advance(400);
    p.finish();
    CHECK(out.str().substr(out.str().size() - 4) == "\r\x1b[K");
    CHECK(p.phases() == "load 1.2 s, packs 1.0 s");
    CHECK(p.seconds() == doctest::Approx(2.2));
    p.finish();  // nothing under way: nothing more
    CHECK(p.phases() == "load 1.2 s, packs 1.0 s");
  }
  CHECK(count(out.str(), "qaf: load") == 1);
}

TEST_CASE("progress not on a terminal: nothing drawn, phases still timed") {
  FakeClock clock;
  std::ostringstream out;
  Progress p(&out, false, clock.fn());
  p.phase("site");
  clock.advance(65000);
  p.phase("write", 10, "files");
  p.step(10);
  clock.advance(300);
  p.finish();
  CHECK(out.str().empty());
  CHECK(p.phases() == "site 1 min 05 s, write 0.3 s");
  Progress none;  // no stream at all
  none.phase("load");
  none.finish();
  CHECK(none.phases().rfind("load ", 0) == 0);
}

TEST_CASE("a time for a person to read") {
  CHECK(seconds_text(0.04) == "0.0 s");
  CHECK(seconds_text(9.94) == "9.9 s");
  CHECK(seconds_text(12.4) == "12 s");
  CHECK(seconds_text(59.4) == "59 s");
  CHECK(seconds_text(125) == "2 min 05 s");
}

TEST_CASE("a phase can learn its count once under way, keeping what is done") {
  std::ostringstream out;
  auto now = std::chrono::steady_clock::time_point{};
  Progress p(&out, true, [&] { return now; });
  p.phase("packs");
  CHECK(out.str().find("qaf: packs") != std::string::npos);
  p.count(40, "documents");
  now += std::chrono::seconds(1);
  p.step(10);
  CHECK(out.str().rfind("qaf: packs 10 of 40 documents, 10 a second") != std::string::npos);
  p.finish();
  CHECK(p.phases().rfind("packs ", 0) == 0);
}
