// The main clause of a parsed sentence: subject, verb and object heads.
//
// Works on any Tree (from syntax/parser.h or read from PTB brackets). The main clause is the
// top S under ROOT; in "A, and B" it is A; in a quotation "`` ... '' , X said ." it is the
// speaker clause. The subject is the last NP before the clause's VP (for SINV, "..., said X",
// the NP after it); the verb is the lexical verb (main_verb: "has announced" -> announced);
// the object is the first NP (not NP-TMP) complement of that verb's own VP. Passive clauses
// keep their surface subject ("Diplomats were expelled by Poland": diplomats / expelled / -).
#pragma once

#include <cstdint>

#include "syntax/tree.h"

namespace dyad {

struct ClauseHeads {
  int32_t subject = -1;  // token indices, -1 when absent
  int32_t verb = -1;
  int32_t object = -1;
  NodeId clause = kNoNode;      // the S (or SINV) node
  NodeId subject_np = kNoNode;
  NodeId verb_phrase = kNoNode;  // the lexical VP, where the verb's complements hang
  NodeId object_np = kNoNode;
  bool passive = false;          // a be/get auxiliary above a VBN main verb
  bool negated = false;          // "not", "n't" or "never" in the verb chain
};

ClauseHeads main_clause_heads(const Tree& tree);

// The same analysis for a given S/SINV node (e.g. an embedded clause).
ClauseHeads clause_heads(const Tree& tree, NodeId clause);

}  // namespace dyad
