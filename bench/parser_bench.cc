// Parser throughput on pre-tagged sentences (tests/data/svo_gold_tagged.tsv).
// Run: build/parser_bench; items_per_second = sentences/s. The front-end budget is 30,000
// sentences/s on one core, so the parser should stay under 10 us per 25-token sentence.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "syntax/clause.h"
#include "syntax/parser.h"

namespace {

std::vector<dyad::Token> tokens_of(const std::string& spec) {
  std::vector<dyad::Token> out;
  uint32_t offset = 0;
  size_t at = 0;
  while (at < spec.size()) {
    size_t end = spec.find(' ', at);
    if (end == std::string::npos) end = spec.size();
    std::string item = spec.substr(at, end - at);
    at = end + 1;
    size_t slash = item.rfind('/');
    if (item.empty() || slash == std::string::npos) continue;
    dyad::Token t;
    t.text = item.substr(0, slash);
    t.tag = dyad::pos_from_name(item.substr(slash + 1));
    t.begin = offset;
    t.end = offset + static_cast<uint32_t>(t.text.size());
    offset = t.end + 1;
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> gold_specs() {
  std::ifstream in(std::string(DYAD_TEST_DATA) + "/svo_gold_tagged.tsv");
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line.substr(0, line.find('\t')));
  return out;
}

void run(benchmark::State& state, const std::vector<std::vector<dyad::Token>>& sentences) {
  if (sentences.empty()) {
    state.SkipWithError("no sentences (tests/data/svo_gold_tagged.tsv)");
    return;
  }
  dyad::Parser parser;
  size_t i = 0, tokens = 0;
  for (auto _ : state) {
    const auto& s = sentences[i++ % sentences.size()];
    tokens += s.size();
    dyad::Tree t = parser.parse(s);  // copies the tokens, as a pipeline handing them over would
    benchmark::DoNotOptimize(dyad::main_clause_heads(t).verb);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.counters["tokens/sentence"] =
      static_cast<double>(tokens) / static_cast<double>(std::max<int64_t>(1, state.iterations()));
}

void BM_ParseGoldSentences(benchmark::State& state) {
  std::vector<std::vector<dyad::Token>> sentences;
  for (const auto& spec : gold_specs()) sentences.push_back(tokens_of(spec));
  run(state, sentences);
}
BENCHMARK(BM_ParseGoldSentences);

// Two gold sentences joined by ", and": about 26 tokens, the budget's reference length.
void BM_Parse25TokenSentences(benchmark::State& state) {
  auto specs = gold_specs();
  std::vector<std::vector<dyad::Token>> sentences;
  for (size_t k = 0; k + 1 < specs.size(); k += 2) {
    std::string a = specs[k];
    if (a.size() > 4 && a.compare(a.size() - 4, 4, " ./.") == 0) a.resize(a.size() - 4);
    sentences.push_back(tokens_of(a + " ,/, and/CC " + specs[k + 1]));
  }
  run(state, sentences);
}
BENCHMARK(BM_Parse25TokenSentences);

}  // namespace

BENCHMARK_MAIN();
