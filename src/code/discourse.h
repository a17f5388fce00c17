// Discourse: the actors of a document's earlier sentences, so that a pronoun or a bare
// description in a later sentence can take their codes ("Lukashenko met Pezeshkian. He
// said ..."; "The president arrived ..."; "“We are ready ...” Lukashenko added").
//
// DocumentCoder fills it sentence by sentence (remember) and hands it to the coder through
// CoderOptions; the ActorCoder asks it only when a pronoun or description finds nothing in
// its own sentence. Resolution follows news style, where the subject of the last sentences
// is the topic:
//  - he/him/his/she/her: the most recent person (a code with a sector, such as BLRGOV),
//    subjects of the last sentence first;
//  - it/its: the most recent state or organisation (a three-letter code, IGO..., or a
//    code without a person's sector);
//  - they/them/their: the most recent subject with several codes, else the last subject;
//  - I/me/my/we/us/our: the speaker of the quotation the sentence belongs to, if any;
//    you/your: the one it is addressed to;
//  - "the president", "the ministry" (an agent without a country, ---GOV): the most recent
//    code with that sector (BLRGOV);
//  - "the two countries", "both sides": the two most recent countries.
// Antecedents older than three sentences are forgotten.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct SentenceActors {
  std::vector<std::string> subject;              // codes of the main clause's subject
  std::vector<std::string> object;               // codes of its first object ("told Pezeshkian")
  std::vector<std::vector<std::string>> others;  // codes of every other actor phrase, text order
};

class Discourse {
 public:
  void remember(SentenceActors actors);
  // Codes of the speaker of the current sentence's quotation; empty outside quotations.
  void set_speaker(std::vector<std::string> codes) { speaker_ = std::move(codes); }
  // Codes of the one the quotation is addressed to ("... Lukashenko told Pezeshkian"): "you"
  // and the default target of the quotation's events.
  void set_addressee(std::vector<std::string> codes) { addressee_ = std::move(codes); }
  const std::vector<std::string>& addressee() const { return addressee_; }
  void clear();

  // Antecedent codes for a personal or possessive pronoun (any case); empty when none.
  std::vector<std::string> pronoun(std::string_view word) const;
  // The most recent code ending in `sector` ("GOV"), for "the president"; empty when none.
  std::vector<std::string> with_sector(std::string_view sector) const;
  // The two most recent distinct country codes, for "the two countries".
  std::vector<std::string> two_countries() const;

 private:
  std::vector<SentenceActors> recent_;  // oldest first, at most kWindow
  std::vector<std::string> speaker_, addressee_;
};

// True for codes that name a person-like actor: a country or body followed by a sector
// (BLRGOV, IGOUNO is a body and not a person).
bool is_person_code(std::string_view code);

}  // namespace dyad
