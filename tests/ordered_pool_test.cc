#include "cli/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>

namespace dyad {
namespace {

struct Squarer {
  int id;
  std::atomic<int>* in_flight;
  std::atomic<int>* max_in_flight;
  long operator()(int& x) {
    int now = ++*in_flight;
    int seen = max_in_flight->load();
    while (now > seen && !max_in_flight->compare_exchange_weak(seen, now)) {}
    // Uneven work so later inputs often finish first.
    std::this_thread::sleep_for(std::chrono::microseconds((x * 37) % 200));
    --*in_flight;
    return static_cast<long>(x) * x;
  }
};

void run_and_check(size_t threads, size_t window, int n) {
  std::atomic<int> in_flight{0}, max_in_flight{0};
  std::vector<long> out;
  int next_id = 0;
  {
    OrderedPool<int, long, Squarer> pool(
        threads, window, [&] { return Squarer{next_id++, &in_flight, &max_in_flight}; },
        [&](long&& v) { out.push_back(v); });
    for (int i = 0; i < n; ++i) {
      int x = i;
      pool.submit(std::move(x));
      // The window bounds what is submitted but not yet emitted.
      EXPECT_LE(static_cast<size_t>(i + 1) - out.size(), window);
    }
    pool.finish();
  }
  ASSERT_EQ(out.size(), static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) EXPECT_EQ(out[i], static_cast<long>(i) * i) << i;
  EXPECT_LE(static_cast<size_t>(max_in_flight.load()), std::max<size_t>(threads, 1));
}

// With max_weight, what is submitted but not yet emitted weighs at most max_weight, unless it
// is a single input heavier than that on its own.
void run_weighted(size_t threads, size_t window, uint64_t max_weight, int n) {
  std::atomic<int> in_flight{0}, max_in_flight{0};
  std::vector<long> out;
  auto weight_of = [](int x) { return static_cast<uint64_t>(x % 7 == 0 ? 100 : x % 5); };
  uint64_t submitted_weight = 0, emitted_weight = 0;
  int next_id = 0;
  {
    OrderedPool<int, long, Squarer> pool(
        threads, window, [&] { return Squarer{next_id++, &in_flight, &max_in_flight}; },
        [&](long&& v) {
          emitted_weight += weight_of(static_cast<int>(out.size()));
          out.push_back(v);
        },
        max_weight);
    for (int i = 0; i < n; ++i) {
      int x = i;
      pool.submit(std::move(x), weight_of(i));
      submitted_weight += weight_of(i);
      const size_t pending = static_cast<size_t>(i + 1) - out.size();
      EXPECT_LE(pending, window);
      if (pending > 1) {
        EXPECT_LE(submitted_weight - emitted_weight, max_weight) << i;
      }
    }
    pool.finish();
  }
  ASSERT_EQ(out.size(), static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) EXPECT_EQ(out[i], static_cast<long>(i) * i) << i;
}

TEST(OrderedPool, InlineWhenOneThread) { run_and_check(1, 4, 50); }
TEST(OrderedPool, KeepsInputOrderAcrossThreads) { run_and_check(4, 8, 500); }
TEST(OrderedPool, WindowOfOne) { run_and_check(3, 1, 100); }
TEST(OrderedPool, NothingSubmitted) { run_and_check(2, 4, 0); }
TEST(OrderedPool, WeightBoundsWhatIsInFlight) { run_weighted(2, 16, 20, 300); }
TEST(OrderedPool, InputHeavierThanTheBoundStillGoes) { run_weighted(3, 8, 50, 200); }
TEST(OrderedPool, LargeWindowManyThreads) { run_and_check(4, 64, 2000); }

}  // namespace
}  // namespace dyad
