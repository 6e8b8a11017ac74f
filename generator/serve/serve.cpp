// qaf serve: HTTP on loopback, the watcher, a saved page rendered at once and a full build after it.
#include "serve/serve.hpp"

#include <arpa/inet.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "output/output_guard.hpp"
#include "pipeline/live_build.hpp"
#include "serve/live_client.hpp"
#include "serve/published.hpp"
#include "serve/watcher.hpp"
#include "support/plural.hpp"
#include "support/progress.hpp"

namespace qaf::serve {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::chrono::milliseconds kQuiet{15};      ///< a save is over when no file changed for this long
constexpr std::chrono::milliseconds kLongPoll{25000};  ///< a page's question waits at most this long

const char* content_type(const std::string& path) {
  static const std::pair<const char*, const char*> types[] = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"}, {".svg", "image/svg+xml"},
      {".png", "image/png"}, {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"}, {".gif", "image/gif"},
      {".webp", "image/webp"}, {".pdf", "application/pdf"}, {".csv", "text/csv; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"}, {".md", "text/plain; charset=utf-8"}, {".xml", "application/xml"},
      {".ico", "image/x-icon"}, {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".ttf", "font/ttf"}};
  for (const auto& [ext, type] : types) {
    const std::size_t n = std::char_traits<char>::length(ext);
    if (path.size() >= n && path.compare(path.size() - n, n, ext) == 0) return type;
  }
  return "application/octet-stream";
}

nlohmann::json problems_json(const std::vector<Diagnostic>& problems) {
  nlohmann::json out = nlohmann::json::array();
  for (const Diagnostic& d : problems)
    out.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                   {"file", d.pos.file},
                   {"line", d.pos.line},
                   {"column", d.pos.column},
                   {"message", d.message},
                   {"hints", d.hints}});
  return out;
}

// A page of our own (no build yet, or nothing at an address), with the script so that it
// reloads when the build brings the page.
std::string own_page(const std::string& title, const std::string& text) {
  return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>" + title +
         "</title></head>\n<body>\n<main>\n<h1>" + title + "</h1>\n<p>" + text + "</p>\n</main>\n</body>\n</html>\n";
}

// Folders whose files are not the project's inputs: qaf's outputs (they hold its marker file),
// build trees at the project's top (build/, build-asan/: qaf's own repository) and node_modules.
// Hidden folders are left out by the watcher.
bool skip_folder(const fs::path& root, const fs::path& relative) {
  const std::string name = relative.filename().string();
  if (name == "node_modules") return true;
  if (relative.parent_path().empty() && (name == "build" || name.rfind("build-", 0) == 0)) return true;
  std::error_code ec;
  return fs::exists(root / relative / kOutputMarker, ec);
}

// The builds, between the watcher, the thread that answers a save at once, and the one that
// builds the whole project after it.
class Builder {
 public:
  Builder(const ServeOptions& o, Published& published, std::ostream& err) : o_(o), published_(published), err_(err) {}

  // The first build, before the server listens.
  void first() {
    const Clock::time_point start = Clock::now();
    adopt(full_build(), start);
  }

  // Files saved, from the watcher.
  void saved(std::vector<std::string> files) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      pending_.insert(pending_.end(), files.begin(), files.end());
      ++saves_;
    }
    wake_.notify_all();
  }

  void stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
  }

  // Answers saves: the pages alone when that is enough, then the full build's result.
  void answer_saves() {
    for (;;) {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [&] { return stop_ || !pending_.empty() || done_; });
      if (stop_) return;
      std::unique_ptr<Done> done = std::move(done_);
      std::vector<std::string> batch = std::move(pending_);
      pending_.clear();
      const std::uint64_t saves = saves_;
      lock.unlock();
      if (done && done->saves == saves) {  // else a newer build is on its way
        const Clock::time_point started = done->start;
        adopt(std::move(*done), started);
      }
      if (batch.empty()) continue;
      const Clock::time_point start = Clock::now();
      std::sort(batch.begin(), batch.end());
      batch.erase(std::unique(batch.begin(), batch.end()), batch.end());
      quick(batch, start);
      lock.lock();
      full_wanted_ = true;
      lock.unlock();
      wake_.notify_all();
    }
  }

  // Builds the whole project whenever a save asks for it, at a lower priority than answering
  // requests and saves: the browser reloading a page comes first.
  void build_fully() {
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);  // this thread only (Linux)
    for (;;) {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [&] { return stop_ || full_wanted_; });
      if (stop_) return;
      full_wanted_ = false;
      const std::uint64_t saves = saves_;
      lock.unlock();
      const Clock::time_point start = Clock::now();
      Done done = full_build();
      done.saves = saves;
      done.start = start;
      lock.lock();
      done_ = std::make_unique<Done>(std::move(done));
      lock.unlock();
      wake_.notify_all();
    }
  }

 private:
  struct Done {
    std::unique_ptr<LiveBuild> build;
    Diagnostics diags;
    std::uint64_t saves = 0;  ///< the saves it was started after
    Clock::time_point start;
  };

  Done full_build() {
    Done d;
    try {
      d.build = std::make_unique<LiveBuild>(o_.root, o_.load, d.diags);
    } catch (const std::exception& e) {  // a file unreadable, or the theme's
      hint(d.diags.error({o_.root.string(), 0, 0}, e.what()), "qaf serve builds again at the next save");
    }
    return d;
  }

  double since(Clock::time_point start) const { return std::chrono::duration<double>(Clock::now() - start).count(); }

  // A full build's result: shown when it has no errors; else only its problems, over the pages of
  // the last build without errors (a page shown by the quick path since goes back to those).
  void adopt(Done done, Clock::time_point start) {
    problems_ = done.diags.sorted();
    done.diags.print(err_);
    const auto [before, generation] = published_.files();
    (void)generation;
    if (done.build && done.build->ok()) {
      std::set<std::string> changed;
      good_ = files_from(done.build->site().files(), before.get(), changed);
      published_.publish(good_, problems_, changed);
      live_ = std::move(done.build);
      err_ << "qaf: built " << plural(static_cast<long long>(live_->site().size()), "file") << " in "
           << seconds_text(since(start));
      if (before) err_ << "; " << plural(static_cast<long long>(changed.size()), "file") << " changed";
      err_ << '\n';
    } else {
      if (good_ && before != good_) {
        std::set<std::string> changed;
        for (const auto& [path, bytes] : *before) {
          const auto it = good_->find(path);
          if (it == good_->end() || it->second != bytes) changed.insert(path);
        }
        for (const auto& [path, bytes] : *good_)
          if (!before->count(path)) changed.insert(path);
        published_.publish(good_, problems_, changed);
      } else {
        published_.publish_problems(problems_);
      }
      err_ << "qaf: the pages show the last build without errors\n";
    }
    err_.flush();
  }

  // Saved pages whose words alone changed: rendered again at once and shown.
  void quick(const std::vector<std::string>& batch, Clock::time_point start) {
    const auto [before, generation] = published_.files();
    (void)generation;
    if (!live_ || !before) return;
    Diagnostics warnings;
    const std::optional<std::vector<std::string>> paths = live_->rebuild_pages(batch, warnings);
    if (!paths) return;  // the full build that follows answers it
    auto files = std::make_shared<Files>(*before);
    std::set<std::string> changed;
    for (const std::string& p : *paths)
      if (const std::string* bytes = live_->site().find(p)) {
        (*files)[p] = std::make_shared<const std::string>(*bytes);
        changed.insert(p);
      }
    // The last full build's problems, but those of the pages just read again: theirs are new.
    std::vector<Diagnostic> problems;
    for (const Diagnostic& d : problems_)
      if (std::find(batch.begin(), batch.end(), d.pos.file) == batch.end()) problems.push_back(d);
    for (const Diagnostic& d : warnings.all()) problems.push_back(d);
    published_.publish(std::move(files), std::move(problems), changed);
    const long long ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    for (const std::string& p : *paths) err_ << "qaf: " << p << " rendered again in " << ms << " ms\n";
    err_.flush();
  }

  const ServeOptions& o_;
  Published& published_;
  std::ostream& err_;
  /// The last build without errors, with each page the quick path rendered since (answer_saves'
  /// thread only).
  std::unique_ptr<LiveBuild> live_;
  std::shared_ptr<const Files> good_;  ///< the files of the last full build without errors
  std::vector<Diagnostic> problems_;   ///< of the last full build

  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::string> pending_;
  std::uint64_t saves_ = 0;
  bool full_wanted_ = false;
  std::unique_ptr<Done> done_;
  bool stop_ = false;
};

// The addresses a request may name in its Host header (none: any, when other machines are
// meant to reach the preview). Filled once bound, before the server listens.
using Hosts = std::vector<std::string>;

void routes(httplib::Server& server, Published& published, const Hosts& hosts) {
  server.Get(".*", [&published, &hosts](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    // Nothing of the preview for other sites' pages: a script or image they load from here is
    // refused by the browser, and a name that is not this machine's (DNS rebinding) by us.
    res.set_header("Cross-Origin-Resource-Policy", "same-origin");
    if (!hosts.empty() && std::find(hosts.begin(), hosts.end(), req.get_header_value("Host")) == hosts.end()) {
      res.status = 403;
      res.set_content("qaf serve answers only to " + hosts.front() + "\n", "text/plain; charset=utf-8");
      return;
    }
    if (req.path == kScriptPath) {
      res.set_content(live_script(), "text/javascript; charset=utf-8");
      return;
    }
    if (req.path == kEventsPath) {
      std::uint64_t since = 0;
      try {
        since = std::stoull(req.get_param_value("since"));
      } catch (const std::exception&) {
      }
      const bool wait = req.get_param_value("wait") == "1";
      News news = published.news(since, site_path(req.get_param_value("page")),
                                 wait ? kLongPoll : std::chrono::milliseconds{0});
      // A page served by an earlier run of qaf serve: its generations count from 1 again.
      if (req.get_param_value("run") != published.run()) news.reload = true, news.in_place = false;
      const nlohmann::json body = {
          {"run", published.run()}, {"generation", news.generation}, {"reload", news.reload}, {"in_place", news.in_place},
          {"problems", problems_json(news.problems)}};
      // A file name or message that is not UTF-8 is shown with U+FFFD rather than failing.
      res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
      return;
    }
    const auto [files, generation] = published.files();
    const std::string path = site_path(req.path);
    if (!files) {
      res.status = 503;
      res.set_content(with_live_script(own_page("Nothing built yet", "The project has errors: they are listed above. "
                                                "This page shows the site as soon as they are put right."),
                                       published.run(), generation),
                      "text/html; charset=utf-8");
      return;
    }
    const auto it = path.empty() ? files->end() : files->find(path);
    if (it == files->end()) {
      if (!path.empty() && files->count(path + "/index.html")) {
        res.set_redirect(req.path + "/");
        return;
      }
      res.status = 404;
      res.set_content(with_live_script(own_page("No page here", "The site has no page at this address."), published.run(), generation),
                      "text/html; charset=utf-8");
      return;
    }
    const std::string& bytes = *it->second;
    const char* type = content_type(path);
    if (std::string_view(type).rfind("text/html", 0) == 0) res.set_content(with_live_script(bytes, published.run(), generation), type);
    else res.set_content(bytes.data(), bytes.size(), type);
  });
}

}  // namespace

bool is_loopback(const std::string& address) {
  if (address == "localhost" || address == "::1") return true;
  in_addr a{};
  if (inet_pton(AF_INET, address.c_str(), &a) != 1) return false;
  return (ntohl(a.s_addr) >> 24) == 127;
}

int serve(const ServeOptions& o, std::ostream& err) {
  // SIGINT and SIGTERM are taken by one thread of ours: every other thread started from here
  // inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  Published published;
  Builder builder(o, published, err);
  std::optional<Watcher> watcher;
  try {
    watcher.emplace(o.root, [root = o.root](const fs::path& rel) { return skip_folder(root, rel); });
  } catch (const std::exception& e) {
    err << "qaf: error: " << e.what() << "\n  hint: qaf build, then open the site, is the way without qaf serve\n";
    return 2;
  }

  // The port first: a port taken is said at once, not after the first build.
  httplib::Server server;
  // Each open page holds one request waiting for news: room for several tabs besides the files.
  server.new_task_queue = [] { return new httplib::ThreadPool(16); };
  // Headers and body leave at once: with Nagle's algorithm each small response waited for the
  // browser's delayed acknowledgement (40 ms and more a file).
  server.set_tcp_nodelay(true);
  // SO_REUSEADDR only: httplib's default, SO_REUSEPORT, lets a second qaf serve bind the same
  // port and take half of the first one's requests.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  Hosts hosts;
  routes(server, published, hosts);
  int port = o.port;
  const bool bound = port == 0 ? (port = server.bind_to_any_port(o.bind)) > 0 : server.bind_to_port(o.bind, port);
  if (!bound) {
    err << "qaf: error: cannot listen on " << o.bind << " port " << o.port
        << "\n  hint: another program may be using that port: name another with --port N (or --port 0 for any free one)\n";
    return 2;
  }
  const std::string host = (o.bind.find(':') != std::string::npos ? "[" + o.bind + "]" : o.bind) + ":" + std::to_string(port);
  if (is_loopback(o.bind))
    for (const std::string& name : {host, "127.0.0.1:" + std::to_string(port), "localhost:" + std::to_string(port),
                                    "[::1]:" + std::to_string(port)})
      if (std::find(hosts.begin(), hosts.end(), name) == hosts.end()) hosts.push_back(name);
  builder.first();
  err << "qaf: serving " << o.root.string() << " at http://" << host << "/ "
      << (is_loopback(o.bind) ? "(this machine only)" : "(reachable from other machines)")
      << "; nothing is written to disk. Ctrl-C stops.\n";
  err.flush();

  std::atomic<bool> stop{false}, listened{false};
  std::thread signal_thread([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    stop = true;
    builder.stop();
    published.stop();
    // The server may not be listening yet (stop() does nothing then): until it has returned.
    while (!listened) {
      if (server.is_running()) server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });
  std::thread watch_thread([&] {
    try {
      while (!stop) {
        std::vector<std::string> files = watcher->wait(kQuiet, stop);
        if (!files.empty()) builder.saved(std::move(files));
      }
    } catch (const std::exception& e) {
      err << "qaf: error: " << e.what() << "\n  hint: saves are no longer seen: stop qaf serve and start it again\n";
    }
  });
  std::thread answer_thread([&] { builder.answer_saves(); });
  std::thread full_thread([&] { builder.build_fully(); });
  const bool served = stop || server.listen_after_bind();
  listened = true;
  // Stopped by a signal, or the server failed: the signal thread is ended either way.
  if (!stop) kill(getpid(), SIGTERM);
  signal_thread.join();
  watch_thread.join();
  answer_thread.join();
  err << "qaf: stopped\n";
  err.flush();
  // Nothing is written to disk, so a full build under way is not waited for: the process ends
  // here (the full-build thread with it).
  full_thread.detach();
  std::_Exit(served ? 0 : 2);
}

}  // namespace qaf::serve
