// Token and Tree: the one sentence representation every stage after the front end reads.
// A Tree is produced either by dyad's own parser (syntax/parser.h) or read from Penn Treebank
// brackets (syntax/ptb.h). Nodes live in one vector and link to each other by index, so a
// tree is cheap to build and copy and never allocates per child.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/pos.h"

namespace dyad {

struct Token {
  std::string text;        // surface form as in the cleaned text: "Iran", "'s", "U.S.", "$2.5"
  std::string lemma;       // lowercase dictionary form ("announce", "country"); empty until set
  Pos tag = Pos::X;
  uint32_t begin = 0;      // byte offsets of the token in the original document text
  uint32_t end = 0;        // (for trees read from brackets: offsets in the joined leaf text)
};

using NodeId = int32_t;
constexpr NodeId kNoNode = -1;

struct Node {
  std::string label;       // "S", "NP", "VP", "PP", "SBAR", ... or the tag on a preterminal
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId last_child = kNoNode;
  NodeId next_sibling = kNoNode;
  int32_t token = -1;      // preterminals only: index into Tree::tokens
  int32_t head = -1;       // token index of the lexical head, -1 until heads are assigned
  int32_t first_token = -1;  // span of tokens covered, inclusive; -1 for an empty node
  int32_t last_token = -1;
};

class Tree {
 public:
  std::vector<Token> tokens;
  std::vector<Node> nodes;
  NodeId root = kNoNode;

  // Appends a phrase node as the last child of `parent` (kNoNode: it becomes the root).
  NodeId add_phrase(std::string_view label, NodeId parent);
  // Appends a preterminal for tokens[token], labelled with the token's tag.
  NodeId add_preterminal(int32_t token, NodeId parent);

  bool is_preterminal(NodeId n) const { return nodes[n].token >= 0; }
  // Recomputes first_token/last_token of every phrase from its preterminals.
  void compute_spans();

  // Child iteration: for (NodeId c = first_child(n); c != kNoNode; c = next_sibling(c))
  NodeId first_child(NodeId n) const { return nodes[n].first_child; }
  NodeId next_sibling(NodeId n) const { return nodes[n].next_sibling; }
  std::vector<NodeId> children(NodeId n) const;

  // The text of the tokens under `n`, joined by single spaces.
  std::string span_text(NodeId n) const;
  // The head token of `n`, or nullptr when heads are not assigned.
  const Token* head_token(NodeId n) const;
};

}  // namespace dyad
