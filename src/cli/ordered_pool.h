// OrderedPool: documents processed on N threads, results delivered in input order.
//
// The caller feeds inputs one at a time with submit() from a single thread (the reader) and
// receives outputs through `emit`, always on that same thread and in submission order, so
// output files need no locking and look exactly as a one-thread run would write them. At most
// `window` inputs are in flight (submitted, not yet emitted), and, when `max_weight` is set, at
// most that much weight (say, bytes of text) unless a single input is heavier: submit() blocks
// while either is full, so a multi-gigabyte stream is processed in constant memory. Each thread
// owns one Worker made by `make_worker` (per-thread state such as an ICU sentence iterator);
// shared resources are read-only. With threads <= 1 everything runs inline on the caller's
// thread.
//
// Thread hand-offs are what a second thread costs (a futex wake, a reschedule interrupt, on a
// virtual machine tens of microseconds each), so they are batched: a full window puts the
// submitter to sleep until half of what is in flight is ready, then it emits all of that and
// refills the window in one go, while the workers still have the other half queued and never
// sleep. Workers are woken only when they sleep, the submitter only when it waits.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
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
              std::function<void(Output&&)> emit, uint64_t max_weight = 0)
      : window_(window < 1 ? 1 : window), max_weight_(max_weight), emit_(std::move(emit)) {
    if (threads <= 1) {
      inline_worker_.emplace(make_worker());
      return;
    }
    for (size_t i = 0; i < threads; ++i)
      threads_.emplace_back([this, worker = make_worker()]() mutable { run(worker); });
  }

  ~OrderedPool() { finish(); }

  // `weight` counts against max_weight until the input's output is emitted.
  void submit(Input&& input, uint64_t weight = 0) {
    if (inline_worker_) {
      emit_((*inline_worker_)(input));
      return;
    }
    std::unique_lock lock(mutex_);
    while (full(weight)) {
      wait_for_ready(lock);
      emit_ready(lock);
    }
    slots_.push_back(Slot{std::nullopt, weight});
    weight_ += weight;
    pending_.push_back({next_submit_++, std::move(input)});
    const bool wake = sleeping_workers_ > 0;
    // Outputs already finished go out now rather than when the window fills, so a slow
    // stream (a pipe) still sees its results promptly.
    take_ready();
    lock.unlock();
    if (wake) work_.notify_one();
    emit_batch();
  }

  // Waits for every submitted input and emits the remaining outputs. Idempotent.
  void finish() {
    if (inline_worker_ || threads_.empty()) return;
    {
      std::unique_lock lock(mutex_);
      while (next_emit_ < next_submit_) {
        wait_for_ready(lock);
        emit_ready(lock);
      }
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
  struct Slot {
    std::optional<Output> output;
    uint64_t weight;
  };

  // Called with the lock held.
  bool full(uint64_t weight) const {
    const size_t in_flight = next_submit_ - next_emit_;
    if (in_flight == 0) return false;  // a heavy input still goes alone
    return in_flight >= window_ || (max_weight_ > 0 && weight_ + weight > max_weight_);
  }

  // Sleeps until at least half of what is in flight (and at least one output) is ready at the
  // head of the window. Called with the lock held, something in flight.
  void wait_for_ready(std::unique_lock<std::mutex>& lock) {
    wake_at_ = std::max<size_t>(1, (next_submit_ - next_emit_) / 2);
    if (ready_ >= wake_at_) return;
    submitter_waiting_ = true;
    space_.wait(lock, [&] { return ready_ >= wake_at_; });
    submitter_waiting_ = false;
  }

  void run(Worker& worker) {
    for (;;) {
      Job job;
      {
        std::unique_lock lock(mutex_);
        while (pending_.empty() && !stopping_) {
          ++sleeping_workers_;
          work_.wait(lock);
          --sleeping_workers_;
        }
        if (pending_.empty()) return;
        job = std::move(pending_.front());
        pending_.pop_front();
      }
      Output out = worker(job.input);
      bool wake = false;
      {
        std::lock_guard lock(mutex_);
        slots_[job.sequence - next_emit_].output.emplace(std::move(out));
        while (ready_ < slots_.size() && slots_[ready_].output.has_value()) ++ready_;
        if (submitter_waiting_ && ready_ >= wake_at_) {
          submitter_waiting_ = false;  // one wake is enough
          wake = true;
        }
      }
      if (wake) space_.notify_one();
    }
  }

  // Moves the finished outputs at the head of the window into batch_; called with the lock held.
  void take_ready() {
    for (; ready_ > 0; --ready_) {
      Slot& slot = slots_.front();
      batch_.push_back(std::move(*slot.output));
      weight_ -= slot.weight;
      slots_.pop_front();
      ++next_emit_;
    }
  }

  // Emits batch_; called without the lock, so workers keep going while output is written.
  void emit_batch() {
    for (Output& out : batch_) emit_(std::move(out));
    batch_.clear();
  }

  void emit_ready(std::unique_lock<std::mutex>& lock) {
    take_ready();
    lock.unlock();
    emit_batch();
    lock.lock();
  }

  const size_t window_;
  const uint64_t max_weight_;
  std::function<void(Output&&)> emit_;
  std::optional<Worker> inline_worker_;
  std::vector<std::thread> threads_;
  std::vector<Output> batch_;  // the submitter's outputs between take_ready() and emit_batch()

  std::mutex mutex_;
  std::condition_variable work_;   // workers wait for jobs
  std::condition_variable space_;  // the submitter waits for outputs
  std::deque<Job> pending_;
  std::deque<Slot> slots_;  // by sequence, from next_emit_ on
  size_t next_submit_ = 0;
  size_t next_emit_ = 0;
  size_t ready_ = 0;  // slots_[0, ready_) hold outputs
  uint64_t weight_ = 0;  // of the inputs in flight
  size_t wake_at_ = 1;
  size_t sleeping_workers_ = 0;
  bool submitter_waiting_ = false;
  bool stopping_ = false;
};

}  // namespace dyad
