// The fuzz targets (fuzz/*_fuzz.cc) as a short deterministic test that needs no libFuzzer:
// every file of fuzz/corpus/<target>/ (seeds and the inputs that once found bugs) goes
// through its target, then a fixed number of pseudo-random mutations of them (byte flips,
// inserted syntax characters, deleted and repeated ranges, splices). A target aborts on a
// broken invariant, so a regression fails this test. `make fuzz` runs the real fuzzers.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fuzz/fuzz_targets.h"

namespace {

using dyad::fuzz::Target;

constexpr int kMutationsPerTarget = 1500;
constexpr size_t kMaxInput = 8192;

std::vector<std::string> corpus_of(const std::string& name) {
  std::vector<std::string> inputs;
  const std::filesystem::path dir = std::filesystem::path(DYAD_FUZZ_CORPUS) / name;
  if (!std::filesystem::is_directory(dir)) return inputs;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());  // a fixed order keeps the mutations deterministic
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return inputs;
}

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 1) {}
  uint64_t next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  size_t below(size_t n) { return n == 0 ? 0 : next() % n; }

 private:
  uint64_t state_;
};

// Characters that carry syntax in at least one of the formats.
constexpr std::string_view kSyntax = "()[]{}<>/\"'&#;:~+-_!=*$%^ \n\t\r.,0123456789\xC2\xA0\xE2\x80\x9C\xFF";

std::string mutate(std::string s, const std::vector<std::string>& corpus, Rng& rng) {
  const int steps = 1 + static_cast<int>(rng.below(4));
  for (int k = 0; k < steps; ++k) {
    const size_t at = rng.below(s.size() + 1);
    switch (rng.below(6)) {
      case 0:  // flip a byte
        if (!s.empty()) s[rng.below(s.size())] ^= static_cast<char>(1 << rng.below(8));
        break;
      case 1:  // insert a syntax character
        s.insert(at, 1, kSyntax[rng.below(kSyntax.size())]);
        break;
      case 2: {  // delete a range
        const size_t n = std::min(s.size() - std::min(at, s.size()), 1 + rng.below(16));
        s.erase(std::min(at, s.size()), n);
        break;
      }
      case 3: {  // repeat a range (nesting, long lines)
        if (s.empty()) break;
        const size_t begin = rng.below(s.size());
        const size_t n = std::min(s.size() - begin, 1 + rng.below(32));
        const std::string piece = s.substr(begin, n);
        for (size_t r = 1 + rng.below(8); r > 0; --r) s.insert(begin, piece);
        break;
      }
      case 4: {  // splice in part of another input
        const std::string& other = corpus[rng.below(corpus.size())];
        if (other.empty()) break;
        const size_t begin = rng.below(other.size());
        s.insert(at, other.substr(begin, 1 + rng.below(64)));
        break;
      }
      default:  // a random byte
        s.insert(at, 1, static_cast<char>(rng.below(256)));
    }
  }
  if (s.size() > kMaxInput) s.resize(kMaxInput);
  return s;
}

class FuzzSmoke : public testing::TestWithParam<Target> {};

TEST_P(FuzzSmoke, CorpusAndMutationsKeepTheInvariants) {
  const Target& target = GetParam();
  std::vector<std::string> corpus = corpus_of(target.name);
  ASSERT_FALSE(corpus.empty()) << "no inputs in " << DYAD_FUZZ_CORPUS << "/" << target.name;
  const auto start = std::chrono::steady_clock::now();
  // DYAD_FUZZ_SMOKE_LAST=path writes each input there before running it, so the input that
  // crashed the test can be replayed (e.g. with the libFuzzer binary) and added to the corpus.
  const char* last = std::getenv("DYAD_FUZZ_SMOKE_LAST");
  auto run = [&](const std::string& input) {
    if (last != nullptr) std::ofstream(last, std::ios::binary | std::ios::trunc) << input;
    target.run(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  };
  run("");
  for (const std::string& input : corpus) run(input);

  Rng rng(std::hash<std::string_view>{}(target.name));
  std::string current = corpus[0];
  for (int i = 0; i < kMutationsPerTarget; ++i) {
    // Mostly mutate a corpus input afresh; sometimes keep mutating the last mutant.
    if (rng.below(4) != 0) current = corpus[rng.below(corpus.size())];
    current = mutate(std::move(current), corpus, rng);
    run(current);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %zu corpus inputs + %d mutations in %.2f s\n", target.name, corpus.size(),
              kMutationsPerTarget, seconds);
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzSmoke, testing::ValuesIn(dyad::fuzz::kTargets),
                         [](const testing::TestParamInfo<Target>& info) { return std::string(info.param.name); });

}  // namespace
