// A deterministic chunk-and-clause parser: tagged tokens -> a Penn-style Tree.
//
// Input tokens carry Pos tags (syntax/tagger.h) and, ideally, lemmas; lemmas only sharpen
// the word-class lookups (say-verbs, auxiliaries), so untagged-lemma input still parses.
// The output is (ROOT (S ...)) with phrases S, SINV, SBAR, NP (NP-TMP for bare temporal
// NPs such as "last week"), VP, PP, ADJP, ADVP, PRN, WHNP, WHADVP, PRT, and a head on every
// node (syntax/head_rules.h). Shapes follow the Penn Treebank conventions that CoreNLP trees
// in PETRARCH records use, so later stages see one kind of tree:
//   possessives   (NP (NP Belarus 's) intention)
//   apposition    (NP (NP Kaja Kallas) , (NP the EU 's foreign policy chief) ,)
//   auxiliaries   (VP has (RB not) (VP announced ...)), passives (VP were (VP expelled (PP by ..)))
//   reported      (VP said (PP on Friday) (SBAR that (S ...))), or (SBAR (S ...)) without "that"
//   quotations    (S `` (S ...) , '' (NP Lukashenko) (VP told ...) .)
//
// The parser is greedy, with small fixed lookaheads, so time is linear in practice. Sentences
// longer than kMaxSegmentTokens are cut at punctuation into segments of at most that many
// tokens, each parsed as its own S: (ROOT (S (S seg1) (S seg2) ...)). Never throws on odd input.
#pragma once

#include <vector>

#include "syntax/tree.h"

namespace dyad {

class Parser {
 public:
  static constexpr int kMaxSegmentTokens = 120;

  // Thread-safe: a Parser holds no mutable state. Deterministic.
  Tree parse(std::vector<Token> tokens) const;
};

}  // namespace dyad
