// Tagger: Penn Treebank part-of-speech tags for tokenised sentences.
//
// An averaged perceptron (features in syntax/tagger_features.h) trained at build time on the
// Brown corpus mapped to Penn tags (tools/train_tagger.cc, syntax/brown_tagset.h), decoding
// greedily left to right. Frequent words that are unambiguous in the corpus take their tag from
// the model's dictionary without scoring.
//
// Input tokens are expected as dyad's tokenizer produces them: clitics split ("did" "n't",
// "Iran" "'s"), quotes as `` and '', numbers and hyphenated words whole.
//
// A Tagger is immutable after load and may be used from any number of threads at once; copies
// share the model.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "syntax/proper_noun_lexicon.h"
#include "syntax/tagger_model.h"
#include "syntax/tree.h"

namespace dyad {

class Tagger {
 public:
  // Loads a model written by dyad-train-tagger, and the proper-noun list (proper_nouns.txt,
  // syntax/proper_noun_lexicon.h) from the same directory when it is there.
  // Throws std::runtime_error("path: reason").
  static Tagger load(const std::string& model_path);
  // Wraps a model already in memory (training tools).
  static Tagger from_model(TaggerModel model);

  // Sets Token::tag on every token of one sentence. Thread-safe.
  void tag(std::vector<Token>& tokens) const;

  // The same on bare words: tags[i] receives the tag of words[i].
  void tag_words(const std::vector<std::string>& words, std::vector<Pos>* tags) const;

  const TaggerModel& model() const { return *model_; }

 private:
  explicit Tagger(std::shared_ptr<const TaggerModel> model) : model_(std::move(model)) {}
  void correct_known_confusions(std::vector<Token>& tokens) const;

  template <typename TextOf, typename Assign>
  void tag_sentence(size_t n, TextOf text_of, Assign assign) const;

  std::shared_ptr<const TaggerModel> model_;
  std::shared_ptr<const ProperNounLexicon> proper_nouns_;  // may be null
};

// The model file shipped with this build: default_data_dir() + "/tagger.model".
std::string default_tagger_model_path();

}  // namespace dyad
