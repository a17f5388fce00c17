// OrderedPool: documents processed on N threads, results delivered in input order.
//
// The caller feeds inputs one at a time with submit() from a single thread (the reader) and
// receives outputs through `emit`, always on that same thread and in submission order, so
// output files need no locking and look exactly as a one-thread run would write them. At most
// `window` inputs are in flight: submit() blocks while the window is full, so a multi-gigabyte
// stream is processed in constant memory. Each thread owns one Worker made by `make_worker`
// (per-thread state such as an ICU sentence iterator); shared resources are read-only.
// With threads <= 1 everything runs inline on the caller's thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dyad {

template <typename Input, typename Output, typename Worker>
class OrderedPool {
 public:
  OrderedPool(size_t threads, size_t window, std::function<Worker()> make_worker,
              std::function<void(Output&&)> emit)
      : window_(window < 1 ? 1 : window), emit_(std::move(emit)) {
    if (threads <= 1) {
      inline_worker_.emplace(make_worker());
      return;
    }
    for (size_t i = 0; i < threads; ++i)
      threads_.emplace_back([this, worker = make_worker()]() mutable { run(worker); });
  }

  ~OrderedPool() { finish(); }

  void submit(Input&& input) {
    if (inline_worker_) {
      emit_((*inline_worker_)(input));
      return;
    }
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] {
      emit_ready(lock);
      return next_submit_ - next_emit_ < window_;
    });
    slots_.emplace_back();
    pending_.push_back({next_submit_++, std::move(input)});
    if (idle_workers_ > 0) work_.notify_one();  // a futex wake only when someone sleeps
    emit_ready(lock);
  }

  // Waits for every submitted input and emits the remaining outputs. Idempotent.
  void finish() {
    if (inline_worker_ || threads_.empty()) return;
    {
      std::unique_lock lock(mutex_);
      space_.wait(lock, [&] {
        emit_ready(lock);
        return next_emit_ == next_submit_;
      });
      stopping_ = true;
    }
    work_.notify_all();
    for (auto& t : threads_) t.join();
    threads_.clear();
  }

 private:
  struct Job {
    size_t sequence;
    Input input;
  };

  void run(Worker& worker) {
    for (;;) {
      Job job;
      {
        std::unique_lock lock(mutex_);
        ++idle_workers_;
        work_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
        --idle_workers_;
        if (pending_.empty()) return;
        job = std::move(pending_.front());
        pending_.pop_front();
      }
      Output out = worker(job.input);
      bool head;
      {
        std::lock_guard lock(mutex_);
        slots_[job.sequence - next_emit_].emplace(std::move(out));
        head = job.sequence == next_emit_;
      }
      // Only the submitting thread waits on space_, and it can go on only when the output at
      // the head of the window is ready: waking it for any other output would be wasted.
      if (head) space_.notify_one();
    }
  }

  // Emits finished outputs at the head of the window; called with the lock held, releases it
  // around emit_ so workers keep going while output is written.
  void emit_ready(std::unique_lock<std::mutex>& lock) {
    while (!slots_.empty() && slots_.front().has_value() && !emitting_) {
      Output out = std::move(*slots_.front());
      slots_.pop_front();
      ++next_emit_;
      emitting_ = true;
      lock.unlock();
      emit_(std::move(out));
      lock.lock();
      emitting_ = false;
      space_.notify_all();
    }
  }

  const size_t window_;
  std::function<void(Output&&)> emit_;
  std::optional<Worker> inline_worker_;
  std::vector<std::thread> threads_;

  std::mutex mutex_;
  std::condition_variable work_;   // workers wait for jobs
  std::condition_variable space_;  // the submitter waits for window space or results
  std::deque<Job> pending_;
  std::deque<std::optional<Output>> slots_;  // results by sequence, from next_emit_ on
  size_t next_submit_ = 0;
  size_t next_emit_ = 0;
  size_t idle_workers_ = 0;
  bool stopping_ = false;
  bool emitting_ = false;
};

}  // namespace dyad
