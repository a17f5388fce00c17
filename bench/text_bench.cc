// Front-end text benchmarks: sentence splitting and tokenizing over about 1 MB of news text.
//
// The corpus is the <Text> elements of ../shared/peer/petrarch2/text/*.xml (GigaWord sample and
// PETRARCH unit-test records, line wraps joined, one paragraph per element) plus the Belarus-Iran
// example article, repeated to 1 MB. Benchmarks skip when ../shared is absent.
//
//   build-split/text_bench                              all
//   build-split/text_bench --benchmark_filter=Split     ICU over UTF-16 vs UText over UTF-8
//   build-split/text_bench --benchmark_filter=Tokenize
#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

const std::string kShared = DYAD_SHARED_DIR;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
}

// Whitespace runs (the XML's line wraps) become one space; ends trimmed.
std::string collapse_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// About `target` bytes of cleaned-looking news text, paragraphs separated by '\n'.
std::string news_corpus(size_t target) {
  std::string once;
  for (const char* name : {"/peer/petrarch2/text/GigaWord.sample.PETR.xml", "/peer/petrarch2/text/PETR.UnitTest.records.xml"}) {
    const std::string xml = read_file(kShared + name);
    for (size_t at = 0; (at = xml.find("<Text>", at)) != std::string::npos;) {
      const size_t begin = at + 6;
      const size_t end = xml.find("</Text>", begin);
      if (end == std::string::npos) break;
      std::string paragraph = collapse_spaces(std::string_view(xml).substr(begin, end - begin));
      for (auto [from, to] : {std::pair{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}})
        replace_all(paragraph, from, to);
      if (!paragraph.empty()) once += paragraph + '\n';
      at = end;
    }
  }
  std::string article = read_file(kShared + "/examples/belarus-iran-2025-08-20.txt");
  for (auto [from, to] : {std::pair{"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x99", "'"},
                          {"\xE2\x80\x94", " - "}, {"\xE2\x80\x93", "-"}})
    replace_all(article, from, to);
  once += article;
  if (once.size() < 1000) return {};
  std::string corpus;
  while (corpus.size() < target) {
    corpus += once;
    if (corpus.back() != '\n') corpus += '\n';
  }
  return corpus;
}

const std::string& corpus() {
  static const std::string text = news_corpus(1 << 20);
  return text;
}

void BM_Split(benchmark::State& state, SentenceSplitter::Input input) {
  const std::string& text = corpus();
  if (text.empty()) return state.SkipWithError("no corpus under " DYAD_SHARED_DIR);
  SentenceSplitter splitter(input);
  std::vector<SentenceSpan> spans;
  for (auto _ : state) {
    splitter.split(text, spans);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(spans.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK_CAPTURE(BM_Split, utf16, SentenceSplitter::Input::kUtf16)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Split, utf8_utext, SentenceSplitter::Input::kUtf8Text)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = corpus();
  if (text.empty()) return state.SkipWithError("no corpus under " DYAD_SHARED_DIR);
  const std::vector<SentenceSpan> spans = SentenceSplitter().split(text);
  std::vector<Token> tokens;
  size_t token_count = 0;
  for (auto _ : state) {
    token_count = 0;
    for (const SentenceSpan& s : spans) {
      tokens.clear();  // one sentence at a time, as the front end does
      tokenize(text, s.begin, s.end, tokens);
      token_count += tokens.size();
    }
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(spans.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(token_count), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitAndTokenize(benchmark::State& state) {
  const std::string& text = corpus();
  if (text.empty()) return state.SkipWithError("no corpus under " DYAD_SHARED_DIR);
  SentenceSplitter splitter;
  std::vector<SentenceSpan> spans;
  std::vector<Token> tokens;
  size_t token_count = 0;
  for (auto _ : state) {
    splitter.split(text, spans);
    token_count = 0;
    for (const SentenceSpan& s : spans) {
      tokens.clear();
      tokenize(text, s.begin, s.end, tokens);
      token_count += tokens.size();
    }
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(spans.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(token_count), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["us/sentence"] = benchmark::Counter(static_cast<double>(spans.size()),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}
BENCHMARK(BM_SplitAndTokenize)->Unit(benchmark::kMillisecond);

// Per-article use: a splitter is reused across many short documents.
void BM_SplitArticle(benchmark::State& state) {
  std::string article = read_file(kShared + "/examples/belarus-iran-2025-08-20.txt");
  if (article.empty()) return state.SkipWithError("no example article under " DYAD_SHARED_DIR);
  SentenceSplitter splitter;
  std::vector<SentenceSpan> spans;
  for (auto _ : state) {
    splitter.split(article, spans);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * article.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(spans.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_SplitArticle)->Unit(benchmark::kMicrosecond);

// The cost of one SentenceSplitter: a clone of the shared prototype.
void BM_ConstructSplitter(benchmark::State& state) {
  SentenceSplitter warm;  // builds the prototype outside the timing
  for (auto _ : state) {
    SentenceSplitter splitter;
    benchmark::DoNotOptimize(&splitter);
  }
}
BENCHMARK(BM_ConstructSplitter)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
