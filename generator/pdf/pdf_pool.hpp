// Writing laid-out documents as PDFs on worker threads, each handed to a sink as it is done.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "layout/pages.hpp"
#include "pdf/pdf_writer.hpp"

namespace qaf::pdf {

/// Receives one finished PDF: the path it was submitted under and its bytes. Called on a
/// worker thread, one call at a time (the pool serialises the calls).
using PdfSink = std::function<void(const std::string& path, std::string bytes)>;
/// Makes a written PDF whole before it goes to the sink (e.g. append_pages): given its bytes
/// and its fonts' names (see write_pdf), on the worker thread that wrote it.
using PdfFinish = std::function<std::string(std::string bytes, const std::vector<std::string>& font_names)>;

/// Writes documents on up to `threads` workers (libharu documents are independent; a layout
/// FontSet is not, so layout stays with the caller). Memory stays bounded however many are
/// made: submit() blocks while `threads * 2` documents wait, or while the documents waiting and
/// being written have `max_pages` pages between them, counting those a document appends (a
/// longer document still goes alone).
/// The bytes of a document do not depend on the thread or the order. The first failure (in
/// submission order among those that failed) is rethrown by finish() or the next submit();
/// the documents still waiting when one fails are not written.
class PdfPool {
 public:
  PdfPool(PdfOptions options, PdfSink sink, unsigned threads = default_threads(), std::size_t max_pages = 2000);
  ~PdfPool();  ///< stops the workers; documents still waiting are dropped
  PdfPool(const PdfPool&) = delete;
  PdfPool& operator=(const PdfPool&) = delete;

  /// With `finish`, what it returns goes to the sink; it may take as long as it needs, and a
  /// failure in it is the document's.
  void submit(std::string path, layout::LaidOutDocument doc, PdfFinish finish = {});
  /// Waits for every document submitted; rethrows the first failure.
  void finish();

  /// The machine's cores, at least 1 and at most 8.
  static unsigned default_threads();
  /// Pages from which a document is long: once it is written, the free memory is handed back
  /// to the system (release_free_memory) rather than kept for the next.
  static constexpr std::size_t long_document = 100;

 private:
  struct Job {
    std::size_t index = 0;
    std::size_t pages = 0;
    std::string path;
    layout::LaidOutDocument doc;
    PdfFinish finish;
  };
  void work();
  void rethrow_failure();

  PdfOptions options_;
  PdfSink sink_;
  std::size_t limit_, max_pages_;
  std::size_t pages_ = 0;  // pages of the documents waiting and being written
  std::mutex mutex_;
  std::mutex sink_mutex_;
  std::condition_variable has_job_, has_room_, idle_;
  std::deque<Job> jobs_;
  std::size_t submitted_ = 0, busy_ = 0;
  bool stopping_ = false;
  std::size_t failed_index_ = 0;
  std::exception_ptr failure_;
  std::vector<std::thread> workers_;
};

}  // namespace qaf::pdf
