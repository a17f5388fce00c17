// Event store benchmarks: ingest speed and query latency on a store of over a million events.
//
// The store is generated for the benchmark straight through the store API (EventStore::add,
// no coder): 250,000 synthetic documents of ~120 words with five events each (actors from
// 40 countries and 8 roles, 40 CAMEO codes, five years of dates, a capital as place for a
// third of them); every tenth document is a syndicated copy of the one before, so the
// near-duplicate search and story matching run as in a real ingest. It is written once to
// $DYAD_STORE_BENCH_DB (default: <tmp>/dyad_store_bench.db) and reused by later runs while
// its document count matches; delete the file to rebuild it.
//
//   build-store/store_bench --benchmark_filter=Build      # ingest speed: events (mentions)/s
//   build-store/store_bench --benchmark_filter=Query      # latency on the 1M-event store
#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <random>

#include "resolve/cameo_table.h"
#include "store/event_store.h"
#include "store/timeline.h"

namespace dyad {
namespace {

constexpr int kDocuments = 250000;
constexpr int kEventsPerDocument = 5;
constexpr int kBatch = 1000;

const char* kCountries[] = {"USA", "RUS", "CHN", "UKR", "IRN", "ISR", "GBR", "FRA", "DEU", "TUR",
                            "IND", "PAK", "SYR", "IRQ", "EGY", "SAU", "JPN", "KOR", "PRK", "BLR",
                            "POL", "HUN", "SDN", "ETH", "KEN", "NGA", "ZAF", "BRA", "MEX", "VEN",
                            "COL", "AFG", "LBN", "YEM", "QAT", "ARE", "KAZ", "AZE", "ARM", "SRB"};
const char* kRoles[] = {"", "GOV", "MIL", "REB", "OPP", "BUS", "COP", "CVL"};
const char* kCodes[] = {"010", "012", "013", "020", "030", "036", "040", "042", "043", "046",
                        "050", "051", "057", "061", "070", "071", "080", "090", "100", "110",
                        "111", "112", "120", "128", "130", "138", "140", "141", "145", "160",
                        "163", "172", "173", "174", "180", "181", "190", "193", "195", "200"};
struct Capital {
  const char* name;
  int64_t geonameid;
  double lat, lon;
};
const Capital kCapitals[] = {{"Washington", 4140963, 38.895, -77.036}, {"Moscow", 524901, 55.752, 37.616},
                             {"Beijing", 1816670, 39.907, 116.397},   {"Kyiv", 703448, 50.454, 30.524}};

std::string bench_path() {
  if (const char* p = std::getenv("DYAD_STORE_BENCH_DB"); p && *p) return p;
  return (std::filesystem::temp_directory_path() / "dyad_store_bench.db").string();
}

std::string iso_date(int day) {  // days after 2020-01-01
  using namespace std::chrono;
  year_month_day ymd{sys_days(year(2020) / January / 1) + days(day)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

// The synthetic corpus, one document at a time.
class Generator {
 public:
  // Documents first, first + 1, ... (their dates follow their numbers).
  explicit Generator(uint64_t seed = 20250822, int first = 0) : rng_(seed), count_(first) {}
  IngestDocument next() {
    IngestDocument d;
    int i = count_++;
    if (i % 10 == 9) {  // a syndicated copy of the previous document, a day later
      d = last_;
      d.doc.id = "doc" + std::to_string(i);
      d.doc.date = iso_date(day_ + 1);
      d.doc.source = "reprinter" + std::to_string(i % 3);
      std::string text = "From the wire\n" + last_text_ + " Reprinted.";
      d.text_hash = content_hash(text);
      d.signature = minhash_signature(text);
      for (DocumentEvent& e : d.events) e.date = iso_date(day_ + 1);
      return d;
    }
    // A chronological feed over five years, as news arrives.
    day_ = static_cast<int>(static_cast<int64_t>(i) * 1826 / kDocuments);
    d.doc.id = "doc" + std::to_string(i);
    d.doc.date = iso_date(day_);
    d.doc.source = "outlet" + std::to_string(rng_() % 50);
    d.doc.url = "https://news.example/" + std::to_string(i);
    std::string text;
    for (int w = 0; w < 120; ++w) {
      text += 'w';
      text += std::to_string(zipf(5000));
      text += w % 15 == 14 ? ".\n" : " ";
    }
    d.text_hash = content_hash(text);
    d.signature = minhash_signature(text);
    d.sentence_count = 8;
    for (int k = 0; k < kEventsPerDocument; ++k) {
      DocumentEvent e;
      e.event.source = actor();
      e.event.target = actor();
      e.event.code = kCodes[rng_() % std::size(kCodes)];
      e.event.evidence = EventEvidence{"the source words", "the target words", "verb", "bench.verbs:1"};
      e.sentence = k;
      e.date = rng_() % 4 ? d.doc.date : iso_date(std::max(0, day_ - static_cast<int>(rng_() % 7)));
      e.text = "A synthetic sentence " + std::to_string(k) + " of document " + std::to_string(i) + ".";
      if (rng_() % 3 == 0) {
        const Capital& c = kCapitals[rng_() % std::size(kCapitals)];
        EventPlace p;
        p.raw_text = p.name = c.name;
        p.geonameid = c.geonameid;
        p.lat = c.lat;
        p.lon = c.lon;
        p.country_iso3 = e.event.source.substr(0, 3);
        p.feature = "PPLC";
        e.location = p;
      }
      d.events.push_back(std::move(e));
    }
    last_ = d;
    last_text_ = text;
    return d;
  }

 private:
  // Skewed choices: a few countries and words are far more frequent than the rest.
  size_t zipf(size_t n) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng_);
    return static_cast<size_t>(std::pow(static_cast<double>(n), u)) - 1;
  }
  std::string actor() {
    return std::string(kCountries[zipf(std::size(kCountries) + 1) % std::size(kCountries)]) +
           kRoles[rng_() % std::size(kRoles)];
  }
  std::mt19937_64 rng_;
  int count_;
  int day_ = 0;
  IngestDocument last_;
  std::string last_text_;
};

struct BuildStats {
  double seconds = 0;
  int64_t mentions = 0, events = 0;
  bool built = false;
};

// Builds the benchmark store unless a complete one is there.
BuildStats& ensure_store() {
  static BuildStats stats = [] {
    BuildStats s;
    std::string path = bench_path();
    if (std::filesystem::exists(path)) {
      try {
        EventStore store(path, EventStore::Mode::kReadOnly);
        StoreSummary summary = store.summary(0);
        if (summary.documents == kDocuments) {
          s.events = summary.events;
          s.mentions = summary.mentions;
          return s;
        }
      } catch (const StoreError&) {
      }
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    }
    EventStore store(path);
    Generator gen;
    auto start = std::chrono::steady_clock::now();
    store.begin();
    for (int i = 0; i < kDocuments; ++i) {
      IngestResult r = store.add(gen.next());
      s.mentions += r.mentions;
      s.events += r.new_events;
      if ((i + 1) % kBatch == 0) {
        store.commit();
        store.begin();
      }
    }
    store.commit();
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    s.built = true;
    return s;
  }();
  return stats;
}

double file_megabytes(const std::string& path) {
  double bytes = 0;
  for (const char* suffix : {"", "-wal"}) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path + suffix, ec);
    if (!ec) bytes += static_cast<double>(size);
  }
  return bytes / 1e6;
}

// Building the 1M-event store: documents through EventStore::add in transactions of 1000.
// The generator's own time (text, hashes, MinHash) is included.
void BM_StoreBuild1M(benchmark::State& state) {
  for (auto _ : state) {
    BuildStats& s = ensure_store();
    if (!s.built) {
      state.SkipWithError("store reused; delete it to measure the build");
      return;
    }
    state.SetIterationTime(s.seconds);
    state.counters["mentions_per_s"] = static_cast<double>(s.mentions) / s.seconds;
    state.counters["events"] = static_cast<double>(s.events);
    state.counters["mentions"] = static_cast<double>(s.mentions);
    state.counters["db_MB"] = file_megabytes(bench_path());
  }
}
BENCHMARK(BM_StoreBuild1M)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

// Ingest into the full store: the next 1000 documents in one transaction, rolled back after.
void BM_StoreIngestInto1M(benchmark::State& state) {
  ensure_store();
  EventStore store(bench_path());
  Generator gen(7, kDocuments);  // the next days' news
  std::vector<IngestDocument> docs;
  for (int i = 0; i < kBatch; ++i) {
    docs.push_back(gen.next());
    docs.back().doc.id = "extra" + std::to_string(i);
  }
  int64_t mentions = 0;
  for (auto _ : state) {
    store.begin();
    for (const IngestDocument& d : docs) mentions += store.add(d).mentions;
    state.PauseTiming();
    store.rollback();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(mentions);
  state.counters["mentions_per_s"] = benchmark::Counter(static_cast<double>(mentions), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StoreIngestInto1M)->Unit(benchmark::kMillisecond)->MinTime(2.0);

EventStore& reader() {
  ensure_store();
  static EventStore store(bench_path(), EventStore::Mode::kReadOnly);
  return store;
}

void run_query(benchmark::State& state, const EventQuery& q) {
  EventStore& store = reader();
  int64_t rows = 0;
  // The first run reads the pages from the file (the OS cache, at best); the timed runs are
  // the warm latency. Both are reported.
  auto start = std::chrono::steady_clock::now();
  store.for_each_event(q, [&](const StoredEvent& e) {
    benchmark::DoNotOptimize(e.id);
    return true;
  });
  state.counters["first_run_ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  for (auto _ : state) {
    int64_t n = 0;
    store.for_each_event(q, [&](const StoredEvent& e) {
      benchmark::DoNotOptimize(e.id);
      ++n;
      return true;
    });
    rows = n;
  }
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["store_events"] = static_cast<double>(ensure_store().events);
}

void BM_QueryActorFirst100(benchmark::State& state) {
  EventQuery q;
  q.actor = "UKR";
  q.limit = 100;
  run_query(state, q);
}
BENCHMARK(BM_QueryActorFirst100)->Unit(benchmark::kMillisecond);

void BM_QueryActorAll(benchmark::State& state) {
  EventQuery q;
  q.actor = "KEN";
  run_query(state, q);
}
BENCHMARK(BM_QueryActorAll)->Unit(benchmark::kMillisecond);

void BM_QueryDyadAll(benchmark::State& state) {
  EventQuery q;
  q.dyad_source = "USA";
  q.dyad_target = "RUS";
  run_query(state, q);
}
BENCHMARK(BM_QueryDyadAll)->Unit(benchmark::kMillisecond);

void BM_QueryCodePrefixFirst100(benchmark::State& state) {
  EventQuery q;
  q.code_prefix = "19";
  q.limit = 100;
  run_query(state, q);
}
BENCHMARK(BM_QueryCodePrefixFirst100)->Unit(benchmark::kMillisecond);

void BM_QueryOneWeek(benchmark::State& state) {
  EventQuery q;
  q.from = "2023-06-05";
  q.to = "2023-06-11";
  run_query(state, q);
}
BENCHMARK(BM_QueryOneWeek)->Unit(benchmark::kMillisecond);

void BM_QueryPlaceFirst100(benchmark::State& state) {
  EventQuery q;
  q.place = "Kyiv";
  q.limit = 100;
  run_query(state, q);
}
BENCHMARK(BM_QueryPlaceFirst100)->Unit(benchmark::kMillisecond);

void BM_QueryQuad4Month(benchmark::State& state) {
  EventQuery q;
  q.quad = 4;
  q.from = "2022-02-01";
  q.to = "2022-02-28";
  run_query(state, q);
}
BENCHMARK(BM_QueryQuad4Month)->Unit(benchmark::kMillisecond);

void BM_TimelineDyadByMonth(benchmark::State& state) {
  EventStore& store = reader();
  EventQuery q;
  q.dyad_source = "USA";
  q.dyad_target = "RUS";
  q.both_directions = true;
  auto start = std::chrono::steady_clock::now();
  size_t periods = build_timeline(store, q, TimelinePeriod::kMonth).rows.size();
  state.counters["first_run_ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  for (auto _ : state) periods = build_timeline(store, q, TimelinePeriod::kMonth).rows.size();
  state.counters["periods"] = static_cast<double>(periods);
}
BENCHMARK(BM_TimelineDyadByMonth)->Unit(benchmark::kMillisecond);

void BM_EventMentions(benchmark::State& state) {
  EventStore& store = reader();
  int64_t n = 0, id = 1;
  for (auto _ : state) {
    n += static_cast<int64_t>(store.mentions(id).size());
    id = id % 100000 + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EventMentions)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
