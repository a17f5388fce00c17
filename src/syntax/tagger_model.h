// TaggerModel: the compiled weights of the averaged perceptron tagger, and its file format.
//
// The model is a single block of memory, identical on disk and in RAM, read with one read():
//   header (64 bytes)  magic "DYADTAG1", endian mark, feature-hash version, table sizes,
//                      the set of tags the model can output
//   feature table      open addressing, power-of-two slots of {key u64, first u32, count u32};
//                      key 0 marks an empty slot; linear probing
//   weights            {weight f32, tag u8, pad} runs; a feature's run holds only the tags
//                      whose averaged weight survived pruning
//   dictionary table   open addressing slots {key u64, tag u8, pad}: frequent words that had
//                      one tag in (nearly) all training occurrences; the tagger trusts it
//                      without scoring
// Byte order is the host's (little-endian everywhere dyad runs); a mismatch is reported.
// A TaggerModel is immutable after construction and safe to share across threads.
//
// In memory, read() turns the weight runs of features with many weights (the bias, the
// previous tags, shapes, common suffixes: a few percent of the features, most of the weights
// a word adds) into dense rows of kScoreWidth floats, added with vector instructions instead
// of one scattered add per weight. Each tag still receives one addition per feature in the
// same order, so scores are bit-identical to the sparse sums. write() writes the file format.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "syntax/pos.h"

namespace dyad {

class TaggerModel {
 public:
  struct Weight {
    float weight;
    uint8_t tag;  // a Pos value
    uint8_t pad[3];
  };
  struct FeatureWeights {
    uint64_t key;
    std::vector<Weight> weights;
  };

  // Compiles features (keys unique and non-zero) and a tag dictionary (key -> tag) into the
  // block layout. `tags` is the set of Pos values the model may output.
  static TaggerModel build(const std::vector<FeatureWeights>& features,
                           const std::vector<std::pair<uint64_t, Pos>>& dictionary,
                           const std::vector<Pos>& tags);

  // Reads a model file. Throws std::runtime_error("path: reason") when it cannot be read or
  // is not a valid model of this feature version.
  static TaggerModel read(const std::string& path);
  // Writes the block to `path`. Throws std::runtime_error("path: reason") on failure.
  void write(const std::string& path) const;

  // Score arrays passed to add_scores() hold kScoreWidth floats (kPosCount rounded up).
  static constexpr int kScoreWidth = (kPosCount + 15) / 16 * 16;

  // The weights of one feature: a sparse run of Weight, or a dense row of kScoreWidth floats.
  struct Run {
    const void* data = nullptr;
    uint32_t count = 0;  // weights in a sparse run, or kDenseRun | weights; 0: unknown feature
  };
  // The run of feature `key` (empty for an unknown feature).
  Run find(uint64_t key) const {
    for (uint64_t slot = key & feature_mask_;; slot = (slot + 1) & feature_mask_) {
      const FeatureSlot& s = features_[slot];
      if (s.key == key) {
        if (s.count & kDenseRun) return Run{dense_.get() + size_t{s.first} * kScoreWidth, s.count};
        return Run{weights_ + s.first, s.count};
      }
      if (s.key == 0) return Run{};
    }
  }
  // Adds a run's weights to scores[tag].
  static void add(Run run, float* scores) {
    if (run.count & kDenseRun) {
      add_row(static_cast<const float*>(run.data), scores);
      return;
    }
    const auto* w = static_cast<const Weight*>(run.data);
    for (uint32_t k = 0; k < run.count; ++k) scores[w[k].tag] += w[k].weight;
  }
  // Hints the CPU to fetch a run's cache lines ahead of add().
  static void prefetch(Run run) {
    const char* p = static_cast<const char*>(run.data);
    if (run.count & kDenseRun) {
      for (size_t b = 0; b < kScoreWidth * sizeof(float); b += 64) __builtin_prefetch(p + b);
    } else if (run.count) {
      __builtin_prefetch(p);
      __builtin_prefetch(p + run.count * sizeof(Weight) - 1);
    }
  }
  // Adds the weights of feature `key` to scores[tag]; does nothing for an unknown feature.
  void add_scores(uint64_t key, float* scores) const { add(find(key), scores); }
  // Hints the CPU to fetch the slot of `key` ahead of add_scores.
  void prefetch(uint64_t key) const { __builtin_prefetch(&features_[key & feature_mask_]); }

  // The dictionary tag of a word key, or Pos::X when the word is not in the dictionary.
  Pos dictionary_tag(uint64_t key) const {
    for (uint64_t slot = key & dictionary_mask_;; slot = (slot + 1) & dictionary_mask_) {
      const DictionarySlot& s = dictionary_[slot];
      if (s.key == key) return static_cast<Pos>(s.tag);
      if (s.key == 0) return Pos::X;
    }
  }

  // Bit t is set when the model can output Pos t.
  uint64_t tag_mask() const { return tag_mask_; }

  size_t feature_count() const { return feature_count_; }
  size_t weight_count() const { return weight_count_; }
  size_t dictionary_count() const { return dictionary_count_; }
  size_t byte_size() const { return words_ * sizeof(uint64_t); }
  size_t dense_rows() const { return dense_first_.size(); }

 private:
  struct FeatureSlot {
    uint64_t key;
    uint32_t first;
    uint32_t count;
  };
  struct DictionarySlot {
    uint64_t key;
    uint8_t tag;
    uint8_t pad[7];
  };

  // A slot whose count has this bit holds a dense row: `first` is the row's index.
  static constexpr uint32_t kDenseRun = 0x80000000u;
  // Runs of at least this many weights become dense rows.
  static constexpr uint32_t kDenseMinWeights = 8;

  static void add_row(const float* __restrict row, float* __restrict scores) {
    for (int t = 0; t < kScoreWidth; ++t) scores[t] += row[t];
  }

  // Points the table pointers into block_ after checking the header; throws on a bad block.
  void attach(const std::string& origin);
  // Moves long weight runs into dense rows (see above); undone by sparse_block() for writing.
  void densify();
  std::unique_ptr<uint64_t[]> sparse_block() const;

  std::unique_ptr<uint64_t[]> block_;
  size_t words_ = 0;
  const FeatureSlot* features_ = nullptr;
  const Weight* weights_ = nullptr;
  const DictionarySlot* dictionary_ = nullptr;
  uint64_t feature_mask_ = 0;
  uint64_t dictionary_mask_ = 0;
  uint64_t tag_mask_ = 0;
  size_t feature_count_ = 0;
  size_t weight_count_ = 0;
  size_t dictionary_count_ = 0;
  std::unique_ptr<float[]> dense_;     // dense_first_.size() rows of kScoreWidth
  std::vector<uint32_t> dense_first_;  // a dense row's original `first`, for write()
};

}  // namespace dyad
