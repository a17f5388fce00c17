#include "syntax/tagger.h"

#include <string_view>

#include "syntax/data_dir.h"
#include "syntax/tagger_features.h"

namespace dyad {

Tagger Tagger::load(const std::string& model_path) {
  return Tagger(std::make_shared<const TaggerModel>(TaggerModel::read(model_path)));
}

Tagger Tagger::from_model(TaggerModel model) {
  return Tagger(std::make_shared<const TaggerModel>(std::move(model)));
}

template <typename TextOf, typename Assign>
void Tagger::tag_sentence(size_t n, TextOf text_of, Assign assign) const {
  if (n == 0) return;
  // Reused per thread, so tagging allocates only when a sentence is longer than any before.
  thread_local std::vector<TaggerWord> context;
  context.resize(n + 4);
  context[0] = tagger_boundary_word(0);
  context[1] = tagger_boundary_word(1);
  for (size_t i = 0; i < n; ++i) context[i + 2] = describe_tagger_word(text_of(i), i);
  context[n + 2] = tagger_boundary_word(2);
  context[n + 3] = tagger_boundary_word(3);

  const TaggerModel& m = *model_;
  const uint64_t tag_mask = m.tag_mask();
  Pos prev = Pos::X, prev2 = Pos::X;
  uint64_t keys[kMaxTaggerFeatures];
  for (size_t i = 0; i < n; ++i) {
    Pos tag = m.dictionary_tag(tagger_dictionary_key(context[i + 2].exact));
    if (tag == Pos::X) {
      int count = tagger_features(context.data(), i + 2, prev, prev2, keys);
      for (int k = 0; k < count; ++k) m.prefetch(keys[k]);
      float scores[kPosCount] = {};
      for (int k = 0; k < count; ++k) m.add_scores(keys[k], scores);
      tag = best_tagger_tag(scores, tag_mask);
    }
    assign(i, tag);
    prev2 = prev;
    prev = tag;
  }
}

void Tagger::tag(std::vector<Token>& tokens) const {
  tag_sentence(
      tokens.size(), [&](size_t i) { return std::string_view(tokens[i].text); },
      [&](size_t i, Pos t) { tokens[i].tag = t; });
}

void Tagger::tag_words(const std::vector<std::string>& words, std::vector<Pos>* tags) const {
  tags->assign(words.size(), Pos::X);
  tag_sentence(
      words.size(), [&](size_t i) { return std::string_view(words[i]); },
      [&](size_t i, Pos t) { (*tags)[i] = t; });
}

std::string default_tagger_model_path() { return default_data_dir() + "/tagger.model"; }

}  // namespace dyad
