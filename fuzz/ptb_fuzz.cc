// Fuzz target: Penn Treebank brackets (syntax/ptb.h). read_ptb either throws PtbError with an
// offset inside the input or returns a well-linked tree (parent/child/sibling links agree,
// preterminals own the tokens in order, spans and heads inside the tree's tokens); then
// write_ptb in both layouts reads back to the same labels, tokens and tags.
#include <string>

#include "fuzz/fuzz_targets.h"
#include "syntax/ptb.h"

namespace dyad::fuzz {
namespace {

void check_tree(const Tree& t) {
  const auto n_nodes = static_cast<NodeId>(t.nodes.size());
  const auto n_tokens = static_cast<int32_t>(t.tokens.size());
  if (t.root < 0 || t.root >= n_nodes || t.nodes[t.root].parent != kNoNode) fail("ptb", "bad root");
  int32_t next_token = 0;
  for (NodeId id = 0; id < n_nodes; ++id) {
    const Node& n = t.nodes[id];
    if (id != t.root && (n.parent < 0 || n.parent >= n_nodes)) fail("ptb", "bad parent");
    if (n.token >= 0) {
      if (n.token != next_token++ || n.first_child != kNoNode) fail("ptb", "preterminal order or children");
      if (n.first_token != n.token || n.last_token != n.token || n.head != n.token) fail("ptb", "preterminal span");
    } else {
      if ((n.first_token < 0) != (n.last_token < 0) || n.first_token > n.last_token || n.last_token >= n_tokens)
        fail("ptb", "phrase span");
      if (n.head >= 0 && (n.head < n.first_token || n.head > n.last_token)) fail("ptb", "head outside its span");
    }
    NodeId last = kNoNode;
    for (NodeId c = n.first_child; c != kNoNode; c = t.nodes[c].next_sibling) {
      if (c < 0 || c >= n_nodes || t.nodes[c].parent != id) fail("ptb", "child link");
      last = c;
    }
    if (last != n.last_child) fail("ptb", "last_child");
  }
  if (next_token != n_tokens) fail("ptb", "tokens without preterminal");
}

bool same_tree(const Tree& a, const Tree& b) {
  if (a.nodes.size() != b.nodes.size() || a.tokens.size() != b.tokens.size()) return false;
  for (size_t i = 0; i < a.nodes.size(); ++i)
    if (a.nodes[i].label != b.nodes[i].label || a.nodes[i].parent != b.nodes[i].parent) return false;
  for (size_t i = 0; i < a.tokens.size(); ++i)
    if (a.tokens[i].text != b.tokens[i].text || a.tokens[i].tag != b.tokens[i].tag) return false;
  return true;
}

}  // namespace

int ptb(const uint8_t* data, size_t size) {
  const std::string_view brackets = as_text(data, size);
  Tree tree;
  try {
    tree = read_ptb(brackets);
  } catch (const PtbError& e) {
    if (e.offset > brackets.size()) fail("ptb", "error offset past the input");
    return 0;
  }
  check_tree(tree);
  for (bool one_line : {true, false}) {
    Tree again;
    try {
      again = read_ptb(write_ptb(tree, one_line));
    } catch (const PtbError&) {
      fail("ptb", "write_ptb output does not read back");
    }
    if (!same_tree(tree, again)) fail("ptb", "write/read round trip changed the tree");
  }
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(ptb)
