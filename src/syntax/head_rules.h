// Lexical heads of phrases: a Collins/Magerman-style head-percolation table.
//
// assign_heads sets Node::head (a token index) on every node of a tree whose preterminals
// already carry their tokens. Labels may carry functional tags (NP-SBJ, NP-TMP); the
// category before the first '-' or '=' decides the rule. Deviations from Collins, on purpose:
//  - NP: the rightmost noun before the first comma/PP/SBAR/VP/bracket (post-modifiers),
//    and a possessive NP "(NP Iran 's)" is headed by the possessor, not by 's;
//  - VP: the leftmost verb, MD or TO, so "has announced" is headed by "has" (as Collins);
//    main_verb() then descends through auxiliaries to the lexical verb.
// Both functions are iterative; trees may be arbitrarily deep.
#pragma once

#include <cstdint>
#include <string_view>

#include "syntax/tree.h"

namespace dyad {

void assign_heads(Tree& tree);

// The lexical verb of the verb phrase `vp`: descends from an auxiliary (forms of be, have,
// do, get; any MD or TO) into its VP complement, and from a coordinated VP into its first
// conjunct. "has announced" -> announced, "were expelled" -> expelled, "will be sent" -> sent,
// "to strengthen" -> strengthen. Returns a token index, or -1 when `vp` has no head.
int32_t main_verb(const Tree& tree, NodeId vp);

// The VP node whose head is main_verb(tree, vp): where that verb's complements hang.
NodeId lexical_vp(const Tree& tree, NodeId vp);

// True for tokens that can act as auxiliaries: MD, TO, and verb-tagged forms of be, have,
// do and get ("'s", "'re", "'ve", "'d" included).
bool is_auxiliary(const Token& token);

// The category part of a label: "NP-SBJ" -> "NP", "PP-LOC=2" -> "PP"; "-LRB-" unchanged.
std::string_view base_label(std::string_view label);

}  // namespace dyad
