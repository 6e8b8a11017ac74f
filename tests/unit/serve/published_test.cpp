// What a page asking qaf serve for news is told: reload or not, in place or not, the problems.
#include <doctest/doctest.h>

#include <map>
#include <thread>

#include "serve/published.hpp"
#include "serve/serve.hpp"

using namespace qaf;
using namespace qaf::serve;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const Files> files(std::initializer_list<std::pair<const std::string, std::string>> list) {
  auto f = std::make_shared<Files>();
  for (const auto& [path, bytes] : list) f->emplace(path, std::make_shared<const std::string>(bytes));
  return f;
}

const std::string kPage = "<html><head><title>A</title></head><body><nav>n</nav><main id=\"main\">one</main></body></html>";
const std::string kPageWords = "<html><head><title>A</title></head><body><nav>n</nav><main id=\"main\">two</main></body></html>";
const std::string kPageTitle = "<html><head><title>B</title></head><body><nav>n</nav><main id=\"main\">two</main></body></html>";

}  // namespace

TEST_CASE("a page reloads when a later build changed it; in place when only its <main> changed") {
  Published p;
  p.publish(files({{"a.html", kPage}, {"b.html", kPage}}), {}, {"a.html", "b.html"});
  News n = p.news(1, "a.html", 0ms);
  CHECK(n.generation == 1);
  CHECK(!n.reload);
  p.publish(files({{"a.html", kPageWords}, {"b.html", kPage}}), {}, {"a.html"});
  n = p.news(1, "a.html", 0ms);
  CHECK(n.generation == 2);
  CHECK(n.reload);
  CHECK(n.in_place);
  CHECK(!p.news(1, "b.html", 0ms).reload);  // another page: nothing to do
  p.publish(files({{"a.html", kPageTitle}, {"b.html", kPage}}), {}, {"a.html"});
  CHECK(p.news(2, "a.html", 0ms).reload);
  CHECK(!p.news(2, "a.html", 0ms).in_place);  // its title changed
  CHECK(!p.news(1, "a.html", 0ms).in_place);  // one of the builds since changed more than <main>
  CHECK(p.news(3, "a.html", 0ms).reload == false);
}

TEST_CASE("a page from an earlier run, or too far behind, reloads; problems come with the news") {
  Published p;
  Diagnostic d;
  d.pos = {"frameworks/fw/standards.yaml", 3, 5};
  d.message = "bad";
  p.publish(files({{"a.html", kPage}}), {}, {"a.html"});
  p.publish_problems({d});
  News n = p.news(1, "a.html", 0ms);
  CHECK(!n.reload);  // the pages stay as they were
  REQUIRE(n.problems.size() == 1);
  CHECK(n.problems[0].pos.line == 3);
  CHECK(p.news(7, "a.html", 0ms).reload);  // served by a run of qaf serve before this one
  for (int i = 0; i < 300; ++i) p.publish_problems({});
  CHECK(p.news(1, "a.html", 0ms).reload);  // generation 2 is forgotten: cannot tell
  CHECK(!p.news(250, "a.html", 0ms).reload);
}

TEST_CASE("news waits for the next build, or for stop()") {
  Published p;
  p.publish(files({{"a.html", kPage}}), {}, {"a.html"});
  std::thread later([&] {
    std::this_thread::sleep_for(50ms);
    p.publish(files({{"a.html", kPageWords}}), {}, {"a.html"});
  });
  const News n = p.news(1, "a.html", 10s);
  later.join();
  CHECK(n.generation == 2);
  CHECK(n.reload);
  std::thread stopper([&] {
    std::this_thread::sleep_for(50ms);
    p.stop();
  });
  const auto start = std::chrono::steady_clock::now();
  CHECK(!p.news(2, "a.html", 10s).reload);
  CHECK(std::chrono::steady_clock::now() - start < 5s);
  stopper.join();
}

TEST_CASE("differ_only_in_main and site_path") {
  CHECK(differ_only_in_main(kPage, kPageWords));
  CHECK(!differ_only_in_main(kPage, kPageTitle));
  CHECK(!differ_only_in_main(kPage, "<html><body>no main</body></html>"));
  CHECK(!differ_only_in_main(kPage, kPage + "<p>after</p>"));
  CHECK(site_path("/") == "index.html");
  CHECK(site_path("") == "index.html");
  CHECK(site_path("/fw/") == "fw/index.html");
  CHECK(site_path("/fw/standards.html") == "fw/standards.html");
  CHECK(site_path("/a//./b.html") == "a/b.html");
  CHECK(site_path("/../etc/passwd") == "");
  CHECK(site_path("/a/../../b") == "");
}

TEST_CASE("files_from shares unchanged bytes and names what changed, came or went") {
  auto before = files({{"a.html", "1"}, {"b.html", "2"}, {"gone.html", "3"}});
  const std::map<std::string, std::string> now = {{"a.html", "1"}, {"b.html", "22"}, {"new.html", "4"}};
  std::set<std::string> changed;
  const auto after = files_from(now, before.get(), changed);
  CHECK(changed == std::set<std::string>{"b.html", "gone.html", "new.html"});
  CHECK(after->at("a.html") == before->at("a.html"));  // the same bytes, shared
  CHECK(*after->at("b.html") == "22");
  CHECK(after->count("gone.html") == 0);
}

TEST_CASE("loopback addresses, and the others qaf serve refuses unless asked") {
  for (const char* a : {"127.0.0.1", "127.1.2.3", "::1", "localhost"}) CHECK_MESSAGE(is_loopback(a), a);
  for (const char* a : {"0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "128.0.0.1", "example.org", ""})
    CHECK_MESSAGE(!is_loopback(a), a);
}

TEST_CASE("a changed stylesheet or script reloads every page, never in place; each run has its own name") {
  Published p;
  p.publish(files({{"a.html", kPage}, {"assets/css/qaf.css", "a{}"}}), {}, {"a.html", "assets/css/qaf.css"});
  p.publish(files({{"a.html", kPage}, {"assets/css/qaf.css", "b{}"}}), {}, {"assets/css/qaf.css"});
  const News n = p.news(1, "a.html", 0ms);
  CHECK(n.reload);
  CHECK(!n.in_place);
  Published other;
  CHECK(!p.run().empty());
  CHECK(p.run() != other.run());
}
