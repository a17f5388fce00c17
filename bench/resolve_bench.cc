// resolve/ benchmarks: gazetteer load time, gazetteer lookups over real tokens, and event
// date and place resolution per sentence. The sentences are the parsed example article
// (../shared/examples/belarus-iran-2025-08-20.txt); those benchmarks skip when it is absent.
//
//   build-resolve/resolve_bench --benchmark_filter=Load
//   build-resolve/resolve_bench --benchmark_filter='Match|Date|Place'
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "resolve/date_expression.h"
#include "resolve/gazetteer.h"
#include "resolve/place_finder.h"
#include "syntax/document_parser.h"

namespace dyad {
namespace {

const std::string kArticle = std::string(DYAD_SHARED_DIR) + "/examples/belarus-iran-2025-08-20.txt";

const Gazetteer& gazetteer() {
  static std::unique_ptr<Gazetteer> g = Gazetteer::load_default();
  return *g;
}

const std::vector<ParsedSentence>& sentences() {
  static std::vector<ParsedSentence> out = [] {
    std::vector<ParsedSentence> s;
    std::ifstream in(kArticle, std::ios::binary);
    if (!in) return s;
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto resources = FrontEndResources::load_default();
    Document doc;
    doc.id = "belarus-iran";
    doc.date = "2025-08-20";
    doc.text = buffer.str();
    DocumentParser parser(*resources);
    s = parser.parse(doc).sentences;
    return s;
  }();
  return out;
}

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto g = Gazetteer::load_default();
    benchmark::DoNotOptimize(g->size());
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// match_at at every token of the article: one lookup per token (most fail at once).
void BM_GazetteerMatchAt(benchmark::State& state) {
  const auto& s = sentences();
  if (s.empty()) return state.SkipWithError("no example article");
  const Gazetteer& g = gazetteer();
  int64_t lookups = 0, hits = 0;
  for (auto _ : state) {
    for (const auto& sentence : s) {
      std::span<const Token> tokens(sentence.tree.tokens);
      for (size_t i = 0; i < tokens.size(); ++i) {
        hits += g.match_at(tokens, i).has_value();
        ++lookups;
      }
    }
  }
  state.SetItemsProcessed(lookups);
  state.counters["hit_share"] = static_cast<double>(hits) / static_cast<double>(lookups);
}
BENCHMARK(BM_GazetteerMatchAt);

// Only at capitalised tokens, where every lookup reaches the hash table.
void BM_GazetteerMatchAtCapitalised(benchmark::State& state) {
  const auto& s = sentences();
  if (s.empty()) return state.SkipWithError("no example article");
  const Gazetteer& g = gazetteer();
  std::vector<std::pair<const ParsedSentence*, size_t>> starts;
  for (const auto& sentence : s)
    for (size_t i = 0; i < sentence.tree.tokens.size(); ++i) {
      char c = sentence.tree.tokens[i].text[0];
      if (c >= 'A' && c <= 'Z') starts.emplace_back(&sentence, i);
    }
  int64_t lookups = 0;
  for (auto _ : state) {
    for (auto [sentence, i] : starts) {
      auto m = g.match_at(sentence->tree.tokens, i);
      benchmark::DoNotOptimize(m);
      ++lookups;
    }
  }
  state.SetItemsProcessed(lookups);
}
BENCHMARK(BM_GazetteerMatchAtCapitalised);

void BM_EventDatePerSentence(benchmark::State& state) {
  const auto& s = sentences();
  if (s.empty()) return state.SkipWithError("no example article");
  const auto doc_date = *parse_iso_date("2025-08-20");
  int64_t n = 0;
  for (auto _ : state) {
    for (const auto& sentence : s) {
      auto d = find_event_date(sentence.tree.tokens, doc_date);
      benchmark::DoNotOptimize(d);
      ++n;
    }
  }
  state.SetItemsProcessed(n);
}
BENCHMARK(BM_EventDatePerSentence);

void BM_EventPlacePerSentence(benchmark::State& state) {
  const auto& s = sentences();
  if (s.empty()) return state.SkipWithError("no example article");
  const Gazetteer& g = gazetteer();
  const std::vector<std::string> actors{"BLR", "IRN"};
  int64_t n = 0;
  for (auto _ : state) {
    for (const auto& sentence : s) {
      auto p = find_event_place(sentence.tree, -1, g, actors);
      benchmark::DoNotOptimize(p);
      ++n;
    }
  }
  state.SetItemsProcessed(n);
}
BENCHMARK(BM_EventPlacePerSentence);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
