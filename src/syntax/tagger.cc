#include "syntax/tagger.h"

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

// Tagging is bound by memory latency: every word looks up some twenty features in tables of
// megabytes. So the work is split in two passes. The first fetches, for the whole sentence,
// the dictionary entries and the features that do not depend on earlier tags, in a pipeline:
// while it computes the keys of word i and prefetches their slots, it finds the slots of word
// i - kAhead and prefetches their weights, so the cache misses of many features overlap. The
// greedy left-to-right pass then finds only the five features of the previous tags and adds
// every feature in tagger_features() order, so the scores are those of a one-pass tagger.
template <typename TextOf, typename Assign>
void Tagger::tag_sentence(size_t n, TextOf text_of, Assign assign) const {
  if (n == 0) return;
  constexpr size_t kAhead = 2;
  // Reused per thread, so tagging allocates only when a sentence is longer than any before.
  thread_local std::vector<TaggerWord> context;
  thread_local std::vector<Pos> known;                 // dictionary tag, or X: score the word
  thread_local std::vector<uint64_t> keys;             // n x kMaxTaggerFeatures
  thread_local std::vector<TaggerModel::Run> runs;     // n x kMaxTaggerFeatures
  context.resize(n + 4);
  known.resize(n);
  keys.resize(n * kMaxTaggerFeatures);
  runs.resize(n * kMaxTaggerFeatures);
  context[0] = tagger_boundary_word(0);
  context[1] = tagger_boundary_word(1);
  for (size_t i = 0; i < n; ++i) context[i + 2] = describe_tagger_word(text_of(i), i);
  context[n + 2] = tagger_boundary_word(2);
  context[n + 3] = tagger_boundary_word(3);

  const TaggerModel& m = *model_;
  for (size_t i = 0; i < n; ++i) known[i] = m.dictionary_tag(tagger_dictionary_key(context[i + 2].exact));
  constexpr int count = kTaggerFeatureCount;
  for (size_t step = 0; step < n + kAhead; ++step) {
    if (step < n && known[step] == Pos::X) {
      uint64_t* k = &keys[step * kMaxTaggerFeatures];
      tagger_features(context.data(), step + 2, Pos::X, Pos::X, k);
      for (int f = 0; f < count; ++f) m.prefetch(k[f]);
    }
    if (step >= kAhead && known[step - kAhead] == Pos::X) {
      const size_t i = step - kAhead;
      for (int f = 0; f < count; ++f) {
        TaggerModel::Run& run = runs[i * kMaxTaggerFeatures + f];
        run = m.find(keys[i * kMaxTaggerFeatures + f]);
        TaggerModel::prefetch(run);
      }
    }
  }

  const uint64_t tag_mask = m.tag_mask();
  Pos prev = Pos::X, prev2 = Pos::X;
  for (size_t i = 0; i < n; ++i) {
    Pos tag = known[i];
    if (tag == Pos::X) {
      uint64_t* k = &keys[i * kMaxTaggerFeatures];
      TaggerModel::Run* r = &runs[i * kMaxTaggerFeatures];
      tagger_set_history(context[i + 2], prev, prev2, k);
      for (int slot : kTaggerHistorySlots) m.prefetch(k[slot]);
      for (int slot : kTaggerHistorySlots) r[slot] = m.find(k[slot]);
      alignas(64) float scores[TaggerModel::kScoreWidth] = {};
      for (int f = 0; f < count; ++f) TaggerModel::add(r[f], scores);
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
