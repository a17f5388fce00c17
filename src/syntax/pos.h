// The Penn Treebank part-of-speech tagset as a compact enum, with name lookup.
// Every stage uses Pos; trees read from outside may carry other labels, which map to Pos::X.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad {

enum class Pos : uint8_t {
  X = 0,  // unknown or non-Penn tag
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
  Comma,       // ,
  Period,      // . ! ?
  Colon,       // : ; ... --
  OpenQuote,   // ``
  CloseQuote,  // ''
  LRB,         // -LRB-
  RRB,         // -RRB-
  Dollar,      // $
  Hash,        // #
  Count
};

constexpr int kPosCount = static_cast<int>(Pos::Count);

// The Penn spelling: "NN", "PRP$", ",", "``", "-LRB-".
std::string_view pos_name(Pos tag);
// Inverse of pos_name; Pos::X for anything else. Also accepts "(" ")" as LRB/RRB.
Pos pos_from_name(std::string_view name);

inline bool is_noun(Pos t) { return t >= Pos::NN && t <= Pos::NNPS; }
inline bool is_proper_noun(Pos t) { return t == Pos::NNP || t == Pos::NNPS; }
inline bool is_verb(Pos t) { return t >= Pos::VB && t <= Pos::VBZ; }
inline bool is_adjective(Pos t) { return t >= Pos::JJ && t <= Pos::JJS; }
inline bool is_adverb(Pos t) { return t >= Pos::RB && t <= Pos::RBS; }
inline bool is_punctuation(Pos t) { return t >= Pos::Comma && t <= Pos::RRB; }

}  // namespace dyad
