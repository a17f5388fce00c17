#include "syntax/tagger_trainer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <unordered_map>

#include "syntax/tagger_features.h"

namespace dyad {
namespace {

// One (feature, tag) weight with the bookkeeping for averaging: `total` is the sum of the
// weight over all steps up to `stamp`.
struct Cell {
  uint8_t tag;
  uint32_t stamp;
  double weight;
  double total;
};

class Perceptron {
 public:
  void score(const uint64_t* keys, int n, float* scores) const {
    for (int k = 0; k < n; ++k) {
      auto it = index_.find(keys[k]);
      if (it == index_.end()) continue;
      for (const Cell& c : rows_[it->second]) scores[c.tag] += static_cast<float>(c.weight);
    }
  }

  // One training step: the clock always advances; weights change only on a mistake.
  void update(const uint64_t* keys, int n, Pos truth, Pos guess) {
    ++clock_;
    if (truth == guess) return;
    for (int k = 0; k < n; ++k) {
      std::vector<Cell>& row = row_for(keys[k]);
      bump(row, truth, +1.0);
      bump(row, guess, -1.0);
    }
  }

  // Averages every weight over all steps and drops the small ones.
  std::vector<TaggerModel::FeatureWeights> averaged(float prune_below) const {
    std::vector<TaggerModel::FeatureWeights> out;
    out.reserve(rows_.size());
    for (size_t r = 0; r < rows_.size(); ++r) {
      TaggerModel::FeatureWeights f{keys_[r], {}};
      for (const Cell& c : rows_[r]) {
        double total = c.total + double(clock_ - c.stamp) * c.weight;
        float avg = static_cast<float>(total / double(clock_));
        if (std::fabs(avg) >= prune_below) f.weights.push_back({avg, c.tag, {0, 0, 0}});
      }
      if (!f.weights.empty()) out.push_back(std::move(f));
    }
    return out;
  }

  size_t feature_count() const { return rows_.size(); }

 private:
  std::vector<Cell>& row_for(uint64_t key) {
    auto [it, inserted] = index_.try_emplace(key, static_cast<uint32_t>(rows_.size()));
    if (inserted) {
      rows_.emplace_back();
      keys_.push_back(key);
    }
    return rows_[it->second];
  }

  void bump(std::vector<Cell>& row, Pos tag, double delta) {
    auto t = static_cast<uint8_t>(tag);
    for (Cell& c : row) {
      if (c.tag == t) {
        c.total += double(clock_ - c.stamp) * c.weight;
        c.stamp = clock_;
        c.weight += delta;
        return;
      }
    }
    row.push_back(Cell{t, clock_, delta, 0.0});
  }

  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Cell>> rows_;  // in creation order, so output order is deterministic
  std::vector<uint64_t> keys_;
  uint32_t clock_ = 0;
};

// A training sentence with everything that does not change between epochs precomputed.
struct PreparedSentence {
  std::vector<TaggerWord> context;  // padded: word i is context[i + 2]
  std::vector<Pos> gold;
  std::vector<Pos> dictionary;      // the dictionary tag, or Pos::X when the word is scored
};

}  // namespace

TaggerModel train_tagger(const std::vector<const TaggedSentence*>& sentences,
                         const TaggerTrainingOptions& options,
                         const std::function<void(const std::string&)>& log) {
  auto say = [&](const std::string& line) {
    if (log) log(line);
  };

  // Tag dictionary: words frequent enough and (nearly) always with one tag.
  std::unordered_map<std::string, std::array<uint32_t, kPosCount>> counts;
  std::vector<Pos> tags_seen;
  uint64_t tag_mask = 0;
  for (const TaggedSentence* s : sentences) {
    for (const TaggedWord& w : *s) {
      auto [it, inserted] = counts.try_emplace(w.text);
      if (inserted) it->second.fill(0);
      ++it->second[static_cast<int>(w.tag)];
      tag_mask |= uint64_t{1} << static_cast<int>(w.tag);
    }
  }
  for (int t = 0; t < kPosCount; ++t)
    if ((tag_mask >> t) & 1) tags_seen.push_back(static_cast<Pos>(t));
  std::unordered_map<uint64_t, Pos> dictionary;
  for (const auto& [word, by_tag] : counts) {
    uint32_t total = 0, best = 0;
    int best_tag = 0;
    for (int t = 0; t < kPosCount; ++t) {
      total += by_tag[t];
      if (by_tag[t] > best) best = by_tag[t], best_tag = t;
    }
    if (total >= uint32_t(options.dictionary_min_count) &&
        double(best) / total >= options.dictionary_min_ratio)
      dictionary.emplace(tagger_dictionary_key(describe_tagger_word(word, 1).exact),
                         static_cast<Pos>(best_tag));
  }

  std::vector<PreparedSentence> prepared(sentences.size());
  size_t token_count = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const TaggedSentence& words = *sentences[s];
    PreparedSentence& p = prepared[s];
    p.context.reserve(words.size() + 4);
    p.context.push_back(tagger_boundary_word(0));
    p.context.push_back(tagger_boundary_word(1));
    for (size_t i = 0; i < words.size(); ++i) {
      p.context.push_back(describe_tagger_word(words[i].text, i));
      p.gold.push_back(words[i].tag);
      auto d = dictionary.find(tagger_dictionary_key(p.context.back().exact));
      p.dictionary.push_back(d == dictionary.end() ? Pos::X : d->second);
    }
    p.context.push_back(tagger_boundary_word(2));
    p.context.push_back(tagger_boundary_word(3));
    token_count += words.size();
  }

  Perceptron perceptron;
  std::mt19937 rng(options.seed);
  std::vector<uint32_t> order(prepared.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  uint64_t keys[kMaxTaggerFeatures];
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    size_t scored = 0, correct = 0;
    for (uint32_t s : order) {
      const PreparedSentence& p = prepared[s];
      Pos prev = Pos::X, prev2 = Pos::X;
      for (size_t i = 0; i < p.gold.size(); ++i) {
        Pos guess = p.dictionary[i];
        if (guess == Pos::X) {
          int n = tagger_features(p.context.data(), i + 2, prev, prev2, keys);
          float scores[kPosCount] = {};
          perceptron.score(keys, n, scores);
          guess = best_tagger_tag(scores, tag_mask);
          perceptron.update(keys, n, p.gold[i], guess);
          ++scored;
          correct += guess == p.gold[i];
        }
        // Like Honnibal's tagger, the history during training is the model's own guesses.
        prev2 = prev;
        prev = guess;
      }
    }
    char line[160];
    std::snprintf(line, sizeof line, "epoch %d: %.2f%% of %zu scored tokens right (%zu tokens)",
                  epoch, 100.0 * correct / std::max<size_t>(scored, 1), scored, token_count);
    say(line);
    // Fisher-Yates with raw generator output: identical on every standard library.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
  }

  std::vector<TaggerModel::FeatureWeights> features = perceptron.averaged(options.prune_below);
  std::vector<std::pair<uint64_t, Pos>> dict(dictionary.begin(), dictionary.end());
  std::sort(dict.begin(), dict.end());
  size_t weights = 0;
  for (const auto& f : features) weights += f.weights.size();
  char line[200];
  std::snprintf(line, sizeof line,
                "model: %zu features (%zu before pruning), %zu weights, %zu dictionary words",
                features.size(), perceptron.feature_count(), weights, dict.size());
  say(line);
  return TaggerModel::build(features, dict, tags_seen);
}

}  // namespace dyad
