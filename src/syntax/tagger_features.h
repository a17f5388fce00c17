// Feature extraction for the averaged perceptron POS tagger, shared by training and tagging.
//
// Features follow Honnibal's "A good part-of-speech tagger in about 200 lines of Python":
// bias; the word, its 3-letter suffix and first character; the two previous tags, alone and
// together; previous tag + word; the previous word and its suffix; the word before that; the
// next word and its suffix; the word after that. Added for news text, where unknown names are
// common: the 4-letter suffix; a shape (capitalised, all capitals, digit, hyphen, period,
// non-ASCII first byte, sentence-initial), alone, with the previous tag, and with the next
// word's shape; and the 3-letter suffix together with capitalisation and sentence position.
//
// Every feature is a 64-bit key (never 0) mixed from a feature kind and precomputed string
// hashes, so tagging builds no strings. The key values are part of the model file format:
// changing anything here requires retraining (bump kTaggerFeatureVersion).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "syntax/pos.h"

namespace dyad {

constexpr uint32_t kTaggerFeatureVersion = 1;
constexpr int kMaxTaggerFeatures = 20;
constexpr int kTaggerFeatureCount = 19;  // what tagger_features() returns, always

// The per-word hashes every feature is built from, computed once per word per sentence.
struct TaggerWord {
  uint64_t exact = 0;    // the word as written: tag dictionary key
  uint64_t word = 0;     // normalised: ASCII lowercase, "!YEAR" for 1999, "!DIGITS" for 3.5
  uint64_t suffix = 0;   // last 3 bytes of the normalised word
  uint64_t suffix4 = 0;  // last 4 bytes of the normalised word
  uint64_t prefix = 0;   // first byte as written (carries capitalisation)
  uint64_t shape = 0;    // shape bits, see tagger_features.cc
};

// Hashes for `text` at position `index` of its sentence.
TaggerWord describe_tagger_word(std::string_view text, size_t index);

// Padding around a sentence, so features of the first and last words can look two words away:
// 0: -START2-, 1: -START- (before the first word), 2: -END-, 3: -END2- (after the last).
TaggerWord tagger_boundary_word(int which);

// Writes the feature keys of the word at context[i] into out (at most kMaxTaggerFeatures) and
// returns how many. `context` must be valid from i - 2 to i + 2 (use the boundary words).
// prev and prev2 are the tags chosen for the two previous words (Pos::X at the start).
int tagger_features(const TaggerWord* context, size_t i, Pos prev, Pos prev2, uint64_t* out);

// The positions in tagger_features()' output of the keys that depend on `prev` and `prev2`,
// and a way to recompute only those: keys from tagger_features(context, i, X, X, keys) then
// tagger_set_history(context[i], prev, prev2, keys) equal tagger_features(context, i, prev,
// prev2, keys). The tagger fetches the other keys' weights ahead, before the tags are known.
constexpr int kTaggerHistoryFeatures = 5;
constexpr int kTaggerHistorySlots[kTaggerHistoryFeatures] = {3, 4, 5, 7, 17};
void tagger_set_history(const TaggerWord& word, Pos prev, Pos prev2, uint64_t* keys);

// The highest-scoring tag among those set in `tag_mask` (scores indexed by Pos); ties go to
// the lower Pos value.
inline Pos best_tagger_tag(const float* scores, uint64_t tag_mask) {
  int best = 0;
  float best_score = 0;
  bool found = false;
  for (int t = 0; t < kPosCount; ++t) {
    if (!((tag_mask >> t) & 1)) continue;
    if (!found || scores[t] > best_score) best = t, best_score = scores[t], found = true;
  }
  return static_cast<Pos>(best);
}

// The tag-dictionary key of a word (from TaggerWord::exact).
uint64_t tagger_dictionary_key(uint64_t exact_hash);

}  // namespace dyad
