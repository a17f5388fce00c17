// Penn Treebank bracket reading and writing.
//
// read_ptb accepts the forms found in PETRARCH <Parse> elements and CoreNLP output:
//   (ROOT (S (NP (NNP Poland)) (VP (VBD expelled) (NP (NNS diplomats))) (. .)))
//   ( (S ...) )            -- the old bare outer bracket; the root is then labelled ROOT
//   (S ...)                -- no wrapper at all; the root keeps its label
// Whitespace and newlines may appear anywhere between items. Labels are kept exactly as
// given (NP-SBJ, NP-TMP, AUXZ). A preterminal's token gets tag = pos_from_name(label),
// except PETRARCH's AUX labels, which map to the matching verb tag (AUXZ -> VBZ, AUX -> VB).
// Token text is the leaf; begin/end are byte offsets in the leaves joined by single spaces.
// Leaves may contain any character except whitespace and brackets; under -LRB-/-RRB- (or
// "(" / ")") preterminals a bare "(" or ")" leaf is also accepted.
// Heads are assigned (syntax/head_rules.h) before the tree is returned.
//
// The reader and writer are iterative: nesting depth is limited only by memory.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "syntax/tree.h"

namespace dyad {

// Thrown by read_ptb on malformed brackets. what() names the byte offset and the problem,
// e.g. "PTB brackets, byte 42: unbalanced ')'".
struct PtbError : std::runtime_error {
  PtbError(size_t offset, const std::string& what);
  size_t offset;
};

Tree read_ptb(std::string_view brackets);

// Writes `tree` as brackets. one_line: "(ROOT (S (NP (NNP Poland)) ...))"; otherwise one
// phrase per line, indented two spaces per level, preterminals kept on their parent's line.
// read_ptb(write_ptb(t)) reproduces t's labels, tokens and tags.
std::string write_ptb(const Tree& tree, bool one_line = true);

}  // namespace dyad
