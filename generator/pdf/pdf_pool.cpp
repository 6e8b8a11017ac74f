// Writing laid-out documents as PDFs on worker threads (see pdf_pool.hpp).
#include "pdf/pdf_pool.hpp"

#include <algorithm>

#include "support/memory.hpp"

namespace qaf::pdf {

unsigned PdfPool::default_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

PdfPool::PdfPool(PdfOptions options, PdfSink sink, unsigned threads, std::size_t max_pages)
    : options_(std::move(options)), sink_(std::move(sink)), limit_(std::max(1u, threads) * 2u), max_pages_(max_pages) {
  for (unsigned t = 0; t < std::max(1u, threads); ++t) workers_.emplace_back([this] { work(); });
}

PdfPool::~PdfPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    jobs_.clear();
  }
  has_job_.notify_all();
  has_room_.notify_all();
  for (auto& w : workers_) w.join();
}

void PdfPool::work() {
  for (;;) {
    Job job;
    bool wanted = true;
    {
      std::unique_lock lock(mutex_);
      has_job_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // stopping, nothing left
      job = std::move(jobs_.front());
      jobs_.pop_front();
      // Once one has failed the build ends with it; the queue is in submission order, so what
      // is still in it came later and its failure would not be the one reported: let it go.
      wanted = !failure_;
      if (wanted) ++busy_;
      else pages_ -= job.pages;
    }
    has_room_.notify_one();
    if (!wanted) {
      idle_.notify_all();
      continue;
    }
    try {
      std::vector<std::string> font_names;
      std::string pdf;
      {
        const std::vector<unsigned char> bytes = write_pdf(std::move(job.doc), options_, job.finish ? &font_names : nullptr);
        job.doc = {};  // what is left of the pages goes before the bytes are handed on
        pdf.assign(bytes.begin(), bytes.end());
      }
      if (job.finish) pdf = job.finish(std::move(pdf), font_names);
      std::lock_guard sink_lock(sink_mutex_);
      sink_(job.path, std::move(pdf));
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!failure_ || job.index < failed_index_) failure_ = std::current_exception(), failed_index_ = job.index;
    }
    if (job.pages >= long_document) release_free_memory();  // its pages and libharu's copy
    {
      std::lock_guard lock(mutex_);
      --busy_;
      pages_ -= job.pages;
    }
    idle_.notify_all();
    has_room_.notify_one();
  }
}

void PdfPool::rethrow_failure() {
  if (!failure_) return;
  std::exception_ptr f = failure_;
  failure_ = nullptr;
  stopping_ = true;  // the rest is not worth writing
  jobs_.clear();
  std::rethrow_exception(f);
}

void PdfPool::submit(std::string path, layout::LaidOutDocument doc, PdfFinish finish) {
  const std::size_t pages = doc.pages.size() + doc.appended.size();  // appended pages are read in to be copied
  {
    std::unique_lock lock(mutex_);
    has_room_.wait(lock, [&] {
      const bool room = jobs_.size() < limit_ && (pages_ == 0 || pages_ + pages <= max_pages_);
      return room || failure_ || stopping_;
    });
    rethrow_failure();
    pages_ += pages;
    jobs_.push_back(Job{submitted_++, pages, std::move(path), std::move(doc), std::move(finish)});
  }
  has_job_.notify_one();
}

void PdfPool::finish() {
  std::unique_lock lock(mutex_);
  idle_.wait(lock, [&] { return (jobs_.empty() && busy_ == 0) || stopping_; });
  rethrow_failure();
}

}  // namespace qaf::pdf
