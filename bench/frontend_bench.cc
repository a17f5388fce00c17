// The front end on real-length news text: raw documents to parse trees, one core.
// Corpus: the sentences of the peer sample records in ../shared (when present) plus dyad's
// own example articles, so the figure reflects news wire text, not synthetic strings.
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "syntax/document_parser.h"

namespace dyad {
namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every <Text>...</Text> element of a PETRARCH XML file becomes one small document.
void add_xml_texts(const std::filesystem::path& p, std::vector<Document>& docs) {
  std::string xml = read_file(p);
  size_t pos = 0;
  while ((pos = xml.find("<Text>", pos)) != std::string::npos) {
    size_t end = xml.find("</Text>", pos);
    if (end == std::string::npos) break;
    Document d;
    d.id = p.filename().string() + ":" + std::to_string(docs.size());
    d.text = xml.substr(pos + 6, end - pos - 6);
    // Records wrap their text at ~80 columns; a newline is a hard sentence break for dyad.
    for (char& c : d.text)
      if (c == '\n') c = ' ';
    docs.push_back(std::move(d));
    pos = end;
  }
}

const std::vector<Document>& corpus() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    std::filesystem::path shared = DYAD_SHARED_DIR "/peer/petrarch2/text";
    for (const char* f : {"GigaWord.sample.PETR.xml", "PETR.UnitTest.records.xml"})
      if (std::filesystem::exists(shared / f)) add_xml_texts(shared / f, out);
    std::filesystem::path examples = DYAD_SOURCE_DIR "/examples";
    if (std::filesystem::exists(examples))
      for (const auto& e : std::filesystem::directory_iterator(examples))
        if (e.path().extension() == ".txt") {
          Document d;
          d.id = e.path().stem().string();
          d.text = read_file(e.path());
          out.push_back(std::move(d));
        }
    return out;
  }();
  return docs;
}

const FrontEndResources& resources() {
  static std::unique_ptr<FrontEndResources> r = FrontEndResources::load_default();
  return *r;
}

void BM_LoadResources(benchmark::State& state) {
  for (auto _ : state) {
    auto r = FrontEndResources::load_default();
    benchmark::DoNotOptimize(r.get());
  }
}
BENCHMARK(BM_LoadResources)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_RawTextToTrees(benchmark::State& state) {
  DocumentParser parser(resources());
  const auto& docs = corpus();
  int64_t sentences = 0, tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      ParsedDocument p = parser.parse(d);
      sentences += static_cast<int64_t>(p.sentences.size());
      for (const auto& s : p.sentences) tokens += static_cast<int64_t>(s.tree.tokens.size());
      bytes += static_cast<int64_t>(d.text.size());
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["tokens/sentence"] = benchmark::Counter(static_cast<double>(tokens) / static_cast<double>(sentences));
  state.counters["sentences"] = benchmark::Counter(static_cast<double>(sentences) / static_cast<double>(state.iterations()));
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_RawTextToTrees)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
