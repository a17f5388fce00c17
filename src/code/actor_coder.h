// ActorCoder: actor codes of the noun phrases of one parsed sentence.
//
// Construction scans the sentence once: at each token the longest actor name (with its
// role at the sentence date) wins, else the longest agent phrase; matched tokens are
// skipped. codes_of(np) then combines what lies in a noun phrase:
//  - a coordination (an NP with a CC or comma child and several NP conjuncts) yields the
//    union of its conjuncts' codes: "Russia and China" -> RUS, CHN (one event per actor);
//  - otherwise the NP's own words (not those inside its PP, SBAR, S or VP parts): every
//    actor combined with every agent, distributed rather than glued ("Danish government
//    and media" -> DNKGOV, DNKMED; "Iranian police" -> IRNCOP; `CODE~` agents go before
//    the actor), an agent with no actor gives "---AGT";
//  - when the own words have an agent but no actor, the actors of its PPs qualify it
//    ("the leader of Belarus" -> BLRGOV); with nothing of its own, its PPs' codes
//    ("rebels from Syria": the agent is own, so SYRREB);
//  - a personal pronoun (he, they, it, ...) takes the codes of the subject of the nearest
//    enclosing clause that has one ("Obama said he ..." -> Obama's codes), else those the
//    document's earlier sentences give it (code/discourse.h), as do "the president" (an
//    agent without a country) and "the two countries". A first-person pronoun (I, we, our)
//    is the speaker: the subject of a clause that reports its own, before or after it
//    ("“Russia attacked our cities,” Zelensky said" -> Zelensky's), never its own clause's;
//    "our cities", "my country" are the speaker's country.
// A name whose role does not hold at the date consumes its words and yields no code.
#pragma once

#include <deque>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "code/discourse.h"
#include "code/event.h"
#include "dict/dictionary_set.h"
#include "syntax/tree.h"

namespace dyad {

struct NounPhraseCodes {
  std::vector<std::string> codes;  // distinct, text order
  TokenSpan span;                  // the words that gave the codes
  bool has_names = false;          // an actor name or agent matched, even without a code
};

class ActorCoder {
 public:
  // `ids[i]` is the Vocabulary id of tree.tokens[i].text (kNoWord when unknown).
  // `discourse` (may be null) must outlive the ActorCoder.
  ActorCoder(const DictionarySet& dictionaries, const Tree& tree, std::span<const WordId> ids, Date date,
             const Discourse* discourse = nullptr);

  // Cached per node: the reference stays valid while this ActorCoder lives.
  const NounPhraseCodes& codes_of(NodeId np) const;
  // The outermost noun phrase around token `t` that is still one actor reference: the
  // lowest NP containing it, widened to a coordination that contains that NP.
  NodeId noun_phrase_at(int32_t t) const;
  // The lowest NP containing token t, kNoNode when none.
  NodeId base_noun_phrase_at(int32_t t) const;
  NodeId preterminal(int32_t t) const { return preterminal_of_token_[t]; }
  // The codes a personal or possessive pronoun at token t refers to (empty when unresolved).
  NounPhraseCodes pronoun_at(int32_t t) const;
  // The outermost noun phrase of every actor or agent match, text order, each once.
  std::vector<NodeId> mention_phrases() const;
  // True when token t starts or continues an actor or agent match.
  bool in_mention(int32_t t) const { return mention_of_token_[t] >= 0; }

 private:
  struct Mention {
    int32_t begin = 0, end = 0;   // tokens [begin, end)
    bool agent = false;
    std::string_view code;        // actor code ("" = no code at the date) or agent code
    bool prefix_agent = false;
  };
  // (prefix, suffix) agent codes of an NP with agents but no actor, one per alternative.
  using AgentForms = std::vector<std::pair<std::string, std::string>>;
  void own_codes(NodeId np, NounPhraseCodes& out, AgentForms& agent_forms) const;
  void collect_mentions(NodeId n, NodeId top, std::vector<const Mention*>& out) const;
  bool is_coordination(NodeId np) const;
  NounPhraseCodes pronoun_codes(NodeId np) const;
  NounPhraseCodes compute_codes(NodeId np) const;
  bool is_pronoun_np(NodeId np) const;
  bool is_one_word_country(int32_t t) const;

  NounPhraseCodes resolve_pronoun(NodeId at, std::string_view word) const;
  bool describes_two_countries(NodeId np) const;
  std::vector<std::string> two_leaders_before(NodeId np) const;

  const DictionarySet& dict_;
  const Tree& tree_;
  std::span<const WordId> ids_;  // Vocabulary ids of the tokens (the caller's, outliving this)
  const Discourse* discourse_;
  std::vector<Mention> mentions_;
  std::vector<int32_t> mention_of_token_;
  std::vector<NodeId> preterminal_of_token_;
  mutable std::vector<int32_t> cache_index_;        // node -> index into cache_, -1 = not yet
  mutable std::deque<NounPhraseCodes> cache_;       // deque: stable references
};

// The subject NP of clause node `s` (S, SINV, SQ): the last NP child before its first VP
// (for SINV, the first NP after it). kNoNode when none.
NodeId clause_subject(const Tree& tree, NodeId s);

}  // namespace dyad
