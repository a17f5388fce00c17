#include "syntax/tagger_features.h"

namespace dyad {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// The splitmix64 finaliser: a cheap bijective mixer.
inline uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t fnv(std::string_view s, uint64_t h = kFnvOffset) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

inline char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

enum Kind : uint64_t {
  kBias = 1, kSuffix, kPrefix, kPrevTag, kPrev2Tag, kPrevTags, kWord, kPrevTagWord, kPrevWord,
  kPrevSuffix, kPrev2Word, kNextWord, kNextSuffix, kNext2Word, kShape, kShapeSuffix, kSuffix4, kPrevTagShape, kShapeNextShape,
  kDictionary
};

inline uint64_t key(Kind kind, uint64_t a, uint64_t b = 0) {
  uint64_t h = mix(mix(a + (kind << 56) + kind) ^ b);
  return h == 0 ? 1 : h;
}

// Shape bits.
constexpr uint64_t kCapitalised = 1, kAllCaps = 2, kHasDigit = 4, kHasHyphen = 8,
                   kSentenceInitial = 16, kHasPeriod = 32, kNonAscii = 64;

}  // namespace

TaggerWord describe_tagger_word(std::string_view text, size_t index) {
  TaggerWord w;
  w.exact = fnv(text);
  uint64_t shape = index == 0 ? kSentenceInitial : 0;
  int letters = 0, upper = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') ++letters, ++upper;
    else if (c >= 'a' && c <= 'z') ++letters;
    else if (is_digit(c)) shape |= kHasDigit;
    else if (c == '-') shape |= kHasHyphen;
    else if (c == '.') shape |= kHasPeriod;
  }
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') shape |= kCapitalised;
  if (!text.empty() && static_cast<unsigned char>(text[0]) >= 0x80) shape |= kNonAscii;
  if (upper >= 2 && upper == letters) shape |= kAllCaps;
  w.shape = shape;
  w.prefix = text.empty() ? 0 : static_cast<unsigned char>(text[0]);

  // Numbers share one normalised form, so "1,200" and "3.5" look alike to the model.
  size_t first = (!text.empty() && text[0] == '$') ? 1 : 0;
  if (first < text.size() && is_digit(text[first])) {
    bool year = text.size() == 4 && is_digit(text[0]) && is_digit(text[1]) &&
                is_digit(text[2]) && is_digit(text[3]);
    std::string_view norm = year ? "!YEAR" : first ? "!MONEY" : "!DIGITS";
    w.word = fnv(norm);
    w.suffix = fnv(norm, fnv("sfx"));
    w.suffix4 = w.suffix;
    return w;
  }
  uint64_t h = kFnvOffset;
  for (char c : text) h = (h ^ static_cast<unsigned char>(lower_ascii(c))) * kFnvPrime;
  w.word = h;
  auto suffix_hash = [&](size_t n) {
    size_t start = text.size() > n ? text.size() - n : 0;
    uint64_t s = fnv("sfx");
    for (size_t k = start; k < text.size(); ++k)
      s = (s ^ static_cast<unsigned char>(lower_ascii(text[k]))) * kFnvPrime;
    return s;
  };
  w.suffix = suffix_hash(3);
  w.suffix4 = suffix_hash(4);
  return w;
}

TaggerWord tagger_boundary_word(int which) {
  static constexpr std::string_view kNames[] = {"-START2-", "-START-", "-END-", "-END2-"};
  TaggerWord w;
  uint64_t h = fnv(kNames[which & 3], fnv("boundary"));
  w.exact = w.word = w.suffix = w.suffix4 = w.prefix = w.shape = h;
  return w;
}

int tagger_features(const TaggerWord* context, size_t i, Pos prev, Pos prev2, uint64_t* out) {
  const TaggerWord& w = context[i];
  uint64_t p1 = static_cast<uint64_t>(prev) + 1;
  uint64_t p2 = static_cast<uint64_t>(prev2) + 1;
  int n = 0;
  out[n++] = key(kBias, 0);
  out[n++] = key(kSuffix, w.suffix);
  out[n++] = key(kPrefix, w.prefix);
  out[n++] = key(kPrevTag, p1);
  out[n++] = key(kPrev2Tag, p2);
  out[n++] = key(kPrevTags, p1, p2);
  out[n++] = key(kWord, w.word);
  out[n++] = key(kPrevTagWord, p1, w.word);
  out[n++] = key(kPrevWord, context[i - 1].word);
  out[n++] = key(kPrevSuffix, context[i - 1].suffix);
  out[n++] = key(kPrev2Word, context[i - 2].word);
  out[n++] = key(kNextWord, context[i + 1].word);
  out[n++] = key(kNextSuffix, context[i + 1].suffix);
  out[n++] = key(kNext2Word, context[i + 2].word);
  out[n++] = key(kShape, w.shape);
  out[n++] = key(kShapeSuffix, w.shape & (kCapitalised | kSentenceInitial), w.suffix);
  out[n++] = key(kSuffix4, w.suffix4);
  out[n++] = key(kPrevTagShape, p1, w.shape);
  out[n++] = key(kShapeNextShape, w.shape, context[i + 1].shape);
  return n;
}

void tagger_set_history(const TaggerWord& w, Pos prev, Pos prev2, uint64_t* out) {
  uint64_t p1 = static_cast<uint64_t>(prev) + 1;
  uint64_t p2 = static_cast<uint64_t>(prev2) + 1;
  out[3] = key(kPrevTag, p1);
  out[4] = key(kPrev2Tag, p2);
  out[5] = key(kPrevTags, p1, p2);
  out[7] = key(kPrevTagWord, p1, w.word);
  out[17] = key(kPrevTagShape, p1, w.shape);
}

uint64_t tagger_dictionary_key(uint64_t exact_hash) { return key(kDictionary, exact_hash); }

}  // namespace dyad
