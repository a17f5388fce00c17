// EventCoder: (source, target, event code) triples from one parsed sentence.
//
// Every verb that heads a verb phrase and is in the verb dictionary (looked up by lemma,
// then surface form; particles and pre-words must be present) is coded in its own clause,
// so subordinate and conjoined clauses each yield their events:
//  - subject: the clause's subject NP; a subject-less clause (to-infinitive, "is about to")
//    takes the subject of the clause that controls it; a relative or reduced relative
//    clause takes the noun it modifies. Pronouns resolve within the sentence (actor_coder.h).
//  - target: the first coded NP among the verb phrase's complements (NP, then PPs, then the
//    subject of an S complement).
//  - patterns of the verb's block are matched TABARI-style on the words around the verb:
//    terms after `*` in order within the verb phrase, terms before `*` backwards within the
//    clause; `_` demands adjacency; words match the token or its lemma; synsets by
//    membership; `$`/`+` take the source/target from the next actor there; `%` requires a
//    compound actor. The pattern with the most matched words wins (file order breaks ties).
//  - passive ("was attacked by X", a be/get auxiliary over a VBN, or a VBN modifying a
//    noun): the by-phrase is the source and the subject the target; `[:B]` codes apply only
//    in the passive; `[A:B]` adds the reverse event B (target -> source) in the active.
//  - negation ("not", "n't", "never" on the verb chain) cancels the verb's event unless a
//    matched pattern spelled the negation out ("- NOT * [112]").
//  - compound actors yield one event per (source, target) pair; a compound source with no
//    target under a `%` pattern yields every ordered pair of its members.
//  - sentences containing a discard phrase yield nothing (SentenceCoding::discard says which).
// Actors with no code are dropped unless options.require_dyad is false; they are then "---".
//
// Thread safety: an EventCoder is immutable after construction; code() may be called from
// any number of threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "code/discourse.h"
#include "code/event.h"
#include "dict/date.h"
#include "dict/dictionary_set.h"
#include "syntax/tree.h"

namespace dyad {

struct CoderOptions {
  bool require_dyad = true;  // false: keep events whose source or target has no code ("---")
  // Antecedents from the document's earlier sentences (code/discourse.h), or null.
  const Discourse* discourse = nullptr;
  // Work cap per sentence: pattern match attempts (verb and noun patterns that pass the
  // required-word filter). Past it the search stops; events of the verbs already coded stay
  // and SentenceCoding::pattern_search_stopped says so. No sentence of the test data or of
  // PETRARCH2's corpora comes near it (docs/robustness.md).
  static constexpr int64_t kMaxPatternAttempts = 50000;
  int64_t max_pattern_attempts = kMaxPatternAttempts;
};

struct SentenceCoding {
  std::vector<CodedEvent> events;
  std::string discard;  // "sentence: PHRASE (file:line)" / "story: ..." when discarded
  bool story_discard = false;
  SentenceActors actors;  // the sentence's actor phrases, for the next sentences' pronouns
  // Capitalised subjects and objects that no dictionary knows ("the Wagner Group"), as
  // written: what a user may want to add (dyad code --report-unknown).
  std::vector<std::string> unknown_actors;
  int64_t pattern_attempts = 0;         // patterns tried (CoderOptions::max_pattern_attempts)
  bool pattern_search_stopped = false;  // the cap was hit: verbs and nouns after it not coded
};

class EventCoder {
 public:
  explicit EventCoder(std::shared_ptr<const DictionarySet> dictionaries);

  // Codes one sentence. Token lemmas (Token::lemma) should be filled for lemma-keyed
  // verb lookup; the surface form is always tried as well.
  void code(const Tree& tree, Date date, const CoderOptions& options, SentenceCoding& out) const;
  SentenceCoding code(const Tree& tree, Date date, const CoderOptions& options = {}) const {
    SentenceCoding out;
    code(tree, date, options, out);
    return out;
  }

  const DictionarySet& dictionaries() const { return *dictionaries_; }

 private:
  // A pattern with its composite terms flattened once, and the literal words it needs,
  // so patterns whose words are absent from the sentence are skipped by a lookup.
  struct PreparedPattern {
    const VerbPattern* pattern = nullptr;
    std::vector<PatternTerm> before, after;
    std::vector<WordId> required;
    std::vector<SynsetId> required_sets;  // each needs some member in the sentence
    uint64_t signature[4] = {0, 0, 0, 0};  // Bloom bits of required words and synsets
  };
  struct PreparedTransform {
    const Transformation* rule = nullptr;
    std::string inner_code, outer_code;  // empty = any (Q)
  };
  void code_nominal_events(const struct SentenceView& view, const class ActorCoder& actors,
                           const uint64_t* signature, const std::vector<WordId>& present,
                           const std::vector<int8_t>& set_present, const CoderOptions& options,
                           SentenceCoding& out) const;

  std::shared_ptr<const DictionarySet> dictionaries_;
  std::vector<PreparedTransform> transforms_;
  std::vector<std::vector<PreparedPattern>> patterns_by_block_;
  // Per synset: (first word, phrase index) of its multi-word members, sorted, so a token
  // is tested only against the phrases that start with it.
  std::vector<std::vector<std::pair<WordId, uint32_t>>> synset_phrase_starts_;
  // Word -> synsets having it as a member or as a member phrase's first word.
  std::unordered_map<WordId, std::vector<SynsetId>> synsets_of_word_;
};

}  // namespace dyad
