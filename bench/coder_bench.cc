// Event coder throughput from given parses: the records' <Parse> trees are read and
// lemmatized once, then only EventCoder::code is timed (items = sentences).
//   build-code/coder_bench --benchmark_filter=UnitTest   (validation dictionaries, 284 records)
//   build-code/coder_bench --benchmark_filter=GigaWord   (full Phoenix dictionaries, 76 records)
// Both read ../shared and skip when it is absent.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "code/event_coder.h"
#include "code/record_tree.h"
#include "dict/dictionary_set.h"
#include "io/petrarch_xml.h"
#include "syntax/lemmatizer.h"

namespace dyad {
namespace {

const std::string kPetrarch = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2";

struct Corpus {
  std::shared_ptr<const DictionarySet> dictionaries;
  std::vector<Tree> trees;
  std::vector<Date> dates;
};

Corpus load(const std::string& records, const std::string& dictionaries) {
  Corpus c;
  CollectingReporter errors;
  c.dictionaries = std::make_shared<DictionarySet>(load_petrarch_directory(dictionaries, errors));
  Lemmatizer lemmatizer = Lemmatizer::load(default_wordnet_dir());
  for (const PetrarchRecord& r : read_petrarch_xml(records).records) {
    if (!r.error.empty()) continue;
    try {
      c.trees.push_back(record_tree(r, &lemmatizer));
      c.dates.push_back(r.date);
    } catch (const std::exception&) {
    }
  }
  return c;
}

void run(benchmark::State& state, const std::string& records, const std::string& dictionaries) {
  if (!std::filesystem::exists(records) || !std::filesystem::exists(dictionaries)) {
    state.SkipWithError("no ../shared PETRARCH data");
    return;
  }
  static std::map<std::string, Corpus>* cache = new std::map<std::string, Corpus>;
  auto it = cache->find(records);
  if (it == cache->end()) it = cache->emplace(records, load(records, dictionaries)).first;
  const Corpus& c = it->second;
  EventCoder coder(c.dictionaries);
  SentenceCoding out;
  size_t events = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < c.trees.size(); ++i) {
      coder.code(c.trees[i], c.dates[i], {}, out);
      events += out.events.size();
    }
  }
  benchmark::DoNotOptimize(events);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.trees.size()));
}

void BM_CodeUnitTestRecords(benchmark::State& state) {
  run(state, kPetrarch + "/text/PETR.UnitTest.records.xml", kPetrarch + "/dictionaries/validate");
}
BENCHMARK(BM_CodeUnitTestRecords);

void BM_CodeGigaWordPhoenix(benchmark::State& state) {
  run(state, kPetrarch + "/text/GigaWord.sample.PETR.xml", kPetrarch + "/dictionaries/phoenix");
}
BENCHMARK(BM_CodeGigaWordPhoenix);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
