// The preview's published state: generations, the pages each changed, and waiting for the next.
#include "serve/published.hpp"

#include <random>
#include <vector>

namespace qaf::serve {

namespace {
constexpr std::size_t kKept = 256;  ///< generations remembered; a page older than that reloads
}

bool differ_only_in_main(const std::string& a, const std::string& b) {
  const std::size_t a_open = a.find("<main"), b_open = b.find("<main");
  const std::size_t a_close = a.rfind("</main>"), b_close = b.rfind("</main>");
  if (a_open == std::string::npos || b_open == std::string::npos || a_close == std::string::npos ||
      b_close == std::string::npos || a_open != b_open || a_close < a_open || b_close < b_open)
    return false;
  return a.compare(0, a_open, b, 0, b_open) == 0 && a.compare(a_close, std::string::npos, b, b_close) == 0;
}

Published::Published() {
  std::random_device random;
  run_ = std::to_string(random()) + std::to_string(random());
}

void Published::publish(std::shared_ptr<const Files> files, std::vector<Diagnostic> problems, std::set<std::string> changed) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    Step step;
    if (files_ && files)
      for (const std::string& path : changed) {
        const auto was = files_->find(path), now = files->find(path);
        if (was != files_->end() && now != files->end() && path.size() > 5 &&
            path.compare(path.size() - 5, 5, ".html") == 0 && differ_only_in_main(*was->second, *now->second))
          step.in_main.insert(path);
      }
    for (const std::string& path : changed)
      if (path.rfind("assets/", 0) == 0) step.assets = true;
    step.generation = ++generation_;
    step.changed = std::move(changed);
    files_ = std::move(files);
    problems_ = std::move(problems);
    log_.push_back(std::move(step));
    if (log_.size() > kKept) log_.pop_front();
  }
  changed_.notify_all();
}

void Published::publish_problems(std::vector<Diagnostic> problems) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    problems_ = std::move(problems);
    Step step;
    step.generation = ++generation_;
    log_.push_back(std::move(step));
    if (log_.size() > kKept) log_.pop_front();
  }
  changed_.notify_all();
}

std::pair<std::shared_ptr<const Files>, std::uint64_t> Published::files() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return {files_, generation_};
}

News Published::news_locked(std::uint64_t since, const std::string& page) const {
  News n;
  n.generation = generation_;
  n.problems = problems_;
  if (since == generation_) return n;
  if (since > generation_) {  // served by an earlier run of qaf serve
    n.reload = true;
    return n;
  }
  // Generations after `since` that are no longer in the log: nothing can be told of them.
  if (log_.empty() || log_.front().generation > since + 1) {
    n.reload = true;
    return n;
  }
  n.in_place = true;
  for (const Step& step : log_)
    if (step.generation > since && (step.changed.count(page) || step.assets)) {
      n.reload = true;
      n.in_place = n.in_place && step.in_main.count(page) && !step.assets;
    }
  n.in_place = n.in_place && n.reload;
  return n;
}

News Published::news(std::uint64_t since, const std::string& page, std::chrono::milliseconds wait) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, wait, [&] { return stopped_ || generation_ != since; });
  return news_locked(since, page);
}

void Published::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
  }
  changed_.notify_all();
}

std::string site_path(const std::string& url_path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= url_path.size()) {
    const std::size_t end = std::min(url_path.find('/', start), url_path.size());
    const std::string part = url_path.substr(start, end - start);
    if (part == "..") return "";
    if (!part.empty() && part != ".") parts.push_back(part);
    start = end + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  if (url_path.empty() || url_path.back() == '/') out += out.empty() ? "index.html" : "/index.html";
  return out;
}

}  // namespace qaf::serve
