// Dictionary layer benchmarks: loading the Phoenix directory, and actor longest-match
// lookups over real news text (the <Text> of GigaWord.sample.PETR.xml, split on blanks
// and punctuation). Both read ../shared; they skip when it is absent.
//
//   build-dict/dict_bench --benchmark_filter=Load
//   build-dict/dict_bench --benchmark_filter=LoadDefault   (dyad's own data/dict, no ../shared)
//   build-dict/dict_bench --benchmark_filter=Actor
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dict/default_dictionaries.h"
#include "dict/dictionary_set.h"

namespace dyad {
namespace {

const std::string kPhoenix = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2/dictionaries/phoenix";
const std::string kText = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2/text/GigaWord.sample.PETR.xml";

void BM_LoadPhoenixDirectory(benchmark::State& state) {
  if (!std::filesystem::exists(kPhoenix)) {
    state.SkipWithError("no Phoenix dictionaries");
    return;
  }
  for (auto _ : state) {
    CollectingReporter errors;  // Phoenix has 37 malformed lines; load them leniently
    DictionarySet set = load_petrarch_directory(kPhoenix, errors);
    benchmark::DoNotOptimize(set.actors.entry_count());
  }
}
BENCHMARK(BM_LoadPhoenixDirectory)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// dyad's own dictionaries (data/dict through the build's data folder), as `dyad code` loads them.
void BM_LoadDefaultDictionaries(benchmark::State& state) {
  size_t lines = 0;
  for (auto _ : state) {
    CollectingReporter errors;  // content may be mid-edit; errors do not stop loading
    DictionarySet set = load_default_dictionaries(errors);
    benchmark::DoNotOptimize(set.actors.entry_count());
    state.counters["actor_names"] = static_cast<double>(set.actors.name_count());
    state.counters["patterns"] = static_cast<double>(set.verbs.pattern_count());
    state.counters["files"] = static_cast<double>(set.files.size());
    lines = set.actors.entry_count() + set.agents.agent_count() + set.verbs.pattern_count();
  }
  state.counters["entries"] = static_cast<double>(lines);
}
BENCHMARK(BM_LoadDefaultDictionaries)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Tokens of the sample's <Text> elements: words split off punctuation, as a tokenizer would.
std::vector<std::string> sample_tokens() {
  std::ifstream in(kText);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  std::vector<std::string> tokens;
  for (size_t at = xml.find("<Text>"); at != std::string::npos; at = xml.find("<Text>", at)) {
    at += 6;
    const size_t end = xml.find("</Text>", at);
    std::string word;
    for (size_t i = at; i < end; ++i) {
      const char c = xml[i];
      const bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '\'';
      if (keep) {
        word.push_back(c);
        continue;
      }
      if (!word.empty()) tokens.push_back(word);
      word.clear();
    }
    if (!word.empty()) tokens.push_back(word);
  }
  return tokens;
}

struct ActorFixture {
  DictionarySet set;
  std::vector<std::string> words;
  std::vector<std::string_view> views;
  std::vector<WordId> ids;
};

ActorFixture* fixture() {
  static ActorFixture* f = [] {
    auto* x = new ActorFixture;
    CollectingReporter errors;
    x->set = load_petrarch_directory(kPhoenix, errors);
    x->words = sample_tokens();
    x->views.assign(x->words.begin(), x->words.end());
    for (auto v : x->views) x->ids.push_back(x->set.vocabulary->find(v));
    return x;
  }();
  return f;
}

// One lookup per token position, tokens already mapped to WordIds (the coder's path).
void BM_ActorLongestMatchIds(benchmark::State& state) {
  if (!std::filesystem::exists(kPhoenix) || !std::filesystem::exists(kText)) {
    state.SkipWithError("no Phoenix dictionaries or sample text");
    return;
  }
  ActorFixture* f = fixture();
  const Date date = *Date::parse_iso("2008-08-01");
  size_t matches = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < f->ids.size(); ++i) {
      auto m = f->set.actors.longest_match(f->ids, i, date);
      matches += m.length;
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f->ids.size()));
  state.counters["tokens"] = static_cast<double>(f->ids.size());
}
BENCHMARK(BM_ActorLongestMatchIds);

// The same over raw string tokens (case-insensitive vocabulary lookup inside).
void BM_ActorLongestMatchStrings(benchmark::State& state) {
  if (!std::filesystem::exists(kPhoenix) || !std::filesystem::exists(kText)) {
    state.SkipWithError("no Phoenix dictionaries or sample text");
    return;
  }
  ActorFixture* f = fixture();
  const Date date = *Date::parse_iso("2008-08-01");
  size_t matches = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < f->views.size(); ++i) {
      auto m = f->set.actors.longest_match(f->views, i, date);
      matches += m.length;
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f->views.size()));
}
BENCHMARK(BM_ActorLongestMatchStrings);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
