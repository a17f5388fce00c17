// Training the averaged perceptron tagger (Collins 2002; features in syntax/tagger_features.h).
//
// Training is deterministic: the sentence order is shuffled each epoch by a Mersenne Twister
// seeded with options.seed, and nothing depends on hash-table iteration order, so the same
// corpus and options always give the same model bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "syntax/brown_tagset.h"
#include "syntax/tagger_model.h"

namespace dyad {

struct TaggerTrainingOptions {
  int epochs = 5;
  uint32_t seed = 19640101;
  // A word joins the tag dictionary when seen at least this often with one tag this often.
  int dictionary_min_count = 20;
  double dictionary_min_ratio = 0.97;
  // Averaged weights smaller than this in magnitude are dropped from the model.
  float prune_below = 0.01f;
};

// Trains on `sentences` and returns the compiled model. `log` (optional) receives one line
// per epoch and a summary.
TaggerModel train_tagger(const std::vector<const TaggedSentence*>& sentences,
                         const TaggerTrainingOptions& options,
                         const std::function<void(const std::string&)>& log = nullptr);

}  // namespace dyad
