#include "syntax/tagger.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "syntax/data_dir.h"
#include "syntax/tagger_features.h"

namespace dyad {

Tagger Tagger::load(const std::string& model_path) {
  Tagger tagger(std::make_shared<const TaggerModel>(TaggerModel::read(model_path)));
  std::filesystem::path names = std::filesystem::path(model_path).parent_path() / "proper_nouns.txt";
  if (std::filesystem::exists(names))
    tagger.proper_nouns_ = std::make_shared<const ProperNounLexicon>(ProperNounLexicon::load(names.string()));
  return tagger;
}

Tagger Tagger::from_model(TaggerModel model) {
  return Tagger(std::make_shared<const TaggerModel>(std::move(model)));
}

// Greedy decoding in two passes. Most features of a word do not depend on the tags chosen
// before it; their scores are summed for the whole sentence first, in a pipeline that fetches
// the feature slots of word i + 2D and the weight runs of word i + D while it adds those of
// word i, so the model's cache misses overlap instead of stalling one by one. The left-to-right
// pass then adds only the five features of the previous tags.
template <typename TextOf, typename Assign>
void Tagger::tag_sentence(size_t n, TextOf text_of, Assign assign) const {
  if (n == 0) return;
  constexpr int kStatic = kTaggerStaticFeatures;
  constexpr size_t kDistance = 2;  // words between fetching a slot, its weights, and adding them
  // Reused per thread, so tagging allocates only when a sentence is longer than any before.
  thread_local std::vector<TaggerWord> context;
  thread_local std::vector<Pos> known;                 // dictionary tag, or X to score
  thread_local std::vector<uint64_t> keys;             // n x kStatic
  thread_local std::vector<TaggerModel::Run> runs;     // n x kStatic
  thread_local std::vector<float> base;                // n x kPosCount: static scores
  context.resize(n + 4);
  known.resize(n);
  keys.resize(n * kStatic);
  runs.resize(n * kStatic);
  base.resize(n * kPosCount);
  context[0] = tagger_boundary_word(0);
  context[1] = tagger_boundary_word(1);
  for (size_t i = 0; i < n; ++i) context[i + 2] = describe_tagger_word(text_of(i), i);
  context[n + 2] = tagger_boundary_word(2);
  context[n + 3] = tagger_boundary_word(3);

  const TaggerModel& m = *model_;
  for (size_t i = 0; i < n; ++i) known[i] = m.dictionary_tag(tagger_dictionary_key(context[i + 2].exact));
  for (size_t step = 0; step < n + 2 * kDistance; ++step) {
    if (step < n && known[step] == Pos::X) {
      uint64_t* k = &keys[step * kStatic];
      tagger_static_features(context.data(), step + 2, k);
      for (int f = 0; f < kStatic; ++f) m.prefetch(k[f]);
    }
    if (step >= kDistance && step - kDistance < n && known[step - kDistance] == Pos::X) {
      const size_t i = step - kDistance;
      for (int f = 0; f < kStatic; ++f) {
        runs[i * kStatic + f] = m.find(keys[i * kStatic + f]);
        TaggerModel::prefetch(runs[i * kStatic + f]);
      }
    }
    if (step >= 2 * kDistance && known[step - 2 * kDistance] == Pos::X) {
      const size_t i = step - 2 * kDistance;
      float* scores = &base[i * kPosCount];
      std::fill(scores, scores + kPosCount, 0.0f);
      for (int f = 0; f < kStatic; ++f) TaggerModel::add(runs[i * kStatic + f], scores);
    }
  }

  const uint64_t tag_mask = m.tag_mask();
  Pos prev = Pos::X, prev2 = Pos::X;
  uint64_t history[kTaggerHistoryFeatures];
  for (size_t i = 0; i < n; ++i) {
    Pos tag = known[i];
    if (tag == Pos::X) {
      tagger_history_features(context[i + 2], prev, prev2, history);
      for (uint64_t key : history) m.prefetch(key);
      float scores[kPosCount];
      std::copy_n(&base[i * kPosCount], kPosCount, scores);
      for (uint64_t key : history) m.add_scores(key, scores);
      tag = best_tagger_tag(scores, tag_mask);
    }
    assign(i, tag);
    prev2 = prev;
    prev = tag;
  }
}

namespace {

bool is_finite_verb(Pos t) { return t == Pos::VBD || t == Pos::VBZ || t == Pos::VBP || t == Pos::MD; }

bool is_capitalised(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

bool is_acronym(const std::string& w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// Greedy left-to-right tagging decides a sentence's first word before seeing the verb that
// shows it is a subject: "Beijing has warned" came out VBG. A capitalised first word that the
// tagger took for a verb is a name when a finite verb (or an adverb and one) follows it.
bool verb_follows(const std::vector<Token>& tokens, size_t i) {
  size_t next = i + 1;
  if (next < tokens.size() && tokens[next].tag == Pos::RB) ++next;
  return next < tokens.size() && is_finite_verb(tokens[next].tag);
}

}  // namespace

// Also: a singular noun right after a modal becomes a verb.
// Brown (1961) has seen few of today's names, and at the start of a sentence capitalisation
// says nothing, so the model guesses from suffixes: "Hungary" JJ, "Pakistan" JJ, "NATO" NN.
void Tagger::correct_known_confusions(std::vector<Token>& tokens) const {
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    // A singular noun right after a modal is a verb the model misread ("would host talks").
    if (t.tag == Pos::NN && i > 0 && tokens[i - 1].tag == Pos::MD) {
      t.tag = Pos::VB;
      continue;
    }
    if (!is_capitalised(t.text) || is_proper_noun(t.tag)) continue;
    bool sentence_start = i == 0 || tokens[i - 1].tag == Pos::OpenQuote;
    if (is_verb(t.tag)) {
      bool name_like = t.text.ends_with("ing") || (proper_nouns_ && proper_nouns_->contains(t.text));
      if (sentence_start && name_like && verb_follows(tokens, i)) t.tag = Pos::NNP;
      continue;
    }
    bool open_class = is_noun(t.tag) || is_adjective(t.tag) || t.tag == Pos::RB;
    if (!open_class) continue;
    if ((proper_nouns_ && proper_nouns_->contains(t.text)) || (is_acronym(t.text) && t.tag != Pos::RB))
      t.tag = Pos::NNP;  // "Philippines" too: number matters less here than the name
  }
}

void Tagger::tag(std::vector<Token>& tokens) const {
  tag_sentence(
      tokens.size(), [&](size_t i) { return std::string_view(tokens[i].text); },
      [&](size_t i, Pos t) { tokens[i].tag = t; });
  correct_known_confusions(tokens);
}

void Tagger::tag_words(const std::vector<std::string>& words, std::vector<Pos>* tags) const {
  tags->assign(words.size(), Pos::X);
  tag_sentence(
      words.size(), [&](size_t i) { return std::string_view(words[i]); },
      [&](size_t i, Pos t) { (*tags)[i] = t; });
}

std::string default_tagger_model_path() { return default_data_dir() + "/tagger.model"; }

}  // namespace dyad
