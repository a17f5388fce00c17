#include "store/article_similarity.h"

#include <algorithm>
#include <cstring>

namespace dyad {
namespace {

uint64_t mix64(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Multipliers and offsets of the kMinHashSize multiply-shift hash functions, fixed so that
// signatures stored by one run compare with the next run's.
struct HashFamily {
  std::array<uint64_t, kMinHashSize> a{}, b{};
  HashFamily() {
    uint64_t state = 0x2545F4914F6CDD1DULL;
    for (int i = 0; i < kMinHashSize; ++i) {
      state += 0x9e3779b97f4a7c15ULL;
      a[i] = mix64(state) | 1;
      state += 0x9e3779b97f4a7c15ULL;
      b[i] = mix64(state);
    }
  }
};

const HashFamily& hash_family() {
  static const HashFamily family;
  return family;
}

}  // namespace

std::string content_hash(std::string_view text) {
  uint64_t h1 = 0xcbf29ce484222325ULL;  // FNV-1a
  uint64_t h2 = 0x84222325cbf29ce4ULL;
  auto feed = [&](unsigned char c) {
    h1 = (h1 ^ c) * 0x100000001b3ULL;
    h2 = ((h2 ^ c) * 0x9e3779b97f4a7c15ULL);
    h2 ^= h2 >> 29;
  };
  bool pending_space = false, started = false;
  for (unsigned char c : text) {
    if (is_space(c)) {
      pending_space = started;
      continue;
    }
    if (pending_space) feed(' ');
    pending_space = false;
    started = true;
    feed(c);
  }
  h2 = mix64(h2);
  static const char* kHex = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 0; i < 16; ++i) {
    out[15 - i] = kHex[(h1 >> (4 * i)) & 15];
    out[31 - i] = kHex[(h2 >> (4 * i)) & 15];
  }
  return out;
}

MinHashSignature minhash_signature(std::string_view text) {
  std::vector<uint64_t> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= text.size()) break;
    uint64_t h = 0xcbf29ce484222325ULL;
    while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) {
      unsigned char c = static_cast<unsigned char>(text[i++]);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      h = (h ^ c) * 0x100000001b3ULL;
    }
    words.push_back(h);
  }
  if (words.size() < static_cast<size_t>(kShingleWords)) return {};
  std::vector<uint64_t> shingles;
  shingles.reserve(words.size() - kShingleWords + 1);
  for (size_t w = 0; w + kShingleWords <= words.size(); ++w) {
    uint64_t h = 0;
    for (int j = 0; j < kShingleWords; ++j) h = mix64(h ^ words[w + j]);
    shingles.push_back(h);
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  if (shingles.size() < static_cast<size_t>(kMinShingles)) return {};
  const HashFamily& family = hash_family();
  MinHashSignature sig(kMinHashSize, UINT32_MAX);
  for (uint64_t x : shingles)
    for (int k = 0; k < kMinHashSize; ++k) {
      uint32_t v = static_cast<uint32_t>((family.a[k] * x + family.b[k]) >> 32);
      if (v < sig[k]) sig[k] = v;
    }
  return sig;
}

double estimated_similarity(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

std::vector<int64_t> band_keys(const MinHashSignature& signature) {
  std::vector<int64_t> keys;
  if (signature.size() != static_cast<size_t>(kMinHashSize)) return keys;
  keys.reserve(kBands);
  for (int band = 0; band < kBands; ++band) {
    uint64_t h = mix64(0x51ed270b27a5c4d3ULL + static_cast<uint64_t>(band));
    for (int r = 0; r < kRowsPerBand; ++r) h = mix64(h ^ signature[band * kRowsPerBand + r]);
    keys.push_back(static_cast<int64_t>(h));
  }
  return keys;
}

std::string signature_bytes(const MinHashSignature& signature) {
  std::string out(signature.size() * 4, '\0');
  for (size_t i = 0; i < signature.size(); ++i)
    for (int b = 0; b < 4; ++b) out[4 * i + b] = static_cast<char>((signature[i] >> (8 * b)) & 0xff);
  return out;
}

MinHashSignature signature_from_bytes(std::string_view bytes) {
  MinHashSignature sig(bytes.size() / 4);
  for (size_t i = 0; i < sig.size(); ++i) {
    uint32_t v = 0;
    for (int b = 0; b < 4; ++b) v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[4 * i + b])) << (8 * b);
    sig[i] = v;
  }
  return sig;
}

}  // namespace dyad
