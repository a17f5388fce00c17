#include "syntax/tree.h"

#include <utility>

namespace dyad {

NodeId Tree::add_phrase(std::string_view label, NodeId parent) {
  NodeId id = static_cast<NodeId>(nodes.size());
  Node node;
  node.label.assign(label);
  node.parent = parent;
  nodes.push_back(std::move(node));
  if (parent == kNoNode) {
    root = id;
  } else {
    Node& p = nodes[parent];
    if (p.last_child == kNoNode) p.first_child = id;
    else nodes[p.last_child].next_sibling = id;
    p.last_child = id;
  }
  return id;
}

NodeId Tree::add_preterminal(int32_t token, NodeId parent) {
  NodeId id = add_phrase(pos_name(tokens[token].tag), parent);
  Node& n = nodes[id];
  n.token = token;
  n.head = token;
  n.first_token = n.last_token = token;
  return id;
}

void Tree::compute_spans() {
  if (root == kNoNode) return;
  // Iterative post-order walk: trees read from brackets can be 200,000 levels deep.
  std::vector<std::pair<NodeId, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [id, expanded] = stack.back();
    stack.pop_back();
    Node& n = nodes[id];
    if (n.token >= 0) continue;
    if (!expanded) {
      stack.push_back({id, true});
      for (NodeId c = n.first_child; c != kNoNode; c = nodes[c].next_sibling) stack.push_back({c, false});
      continue;
    }
    n.first_token = n.last_token = -1;
    for (NodeId c = n.first_child; c != kNoNode; c = nodes[c].next_sibling) {
      const Node& ch = nodes[c];
      if (ch.first_token < 0) continue;
      if (n.first_token < 0 || ch.first_token < n.first_token) n.first_token = ch.first_token;
      if (ch.last_token > n.last_token) n.last_token = ch.last_token;
    }
  }
}

std::vector<NodeId> Tree::children(NodeId n) const {
  std::vector<NodeId> out;
  for (NodeId c = first_child(n); c != kNoNode; c = next_sibling(c)) out.push_back(c);
  return out;
}

std::string Tree::span_text(NodeId n) const {
  std::string out;
  const Node& node = nodes[n];
  for (int32_t t = node.first_token; t >= 0 && t <= node.last_token; ++t) {
    if (!out.empty()) out.push_back(' ');
    out += tokens[t].text;
  }
  return out;
}

const Token* Tree::head_token(NodeId n) const {
  int32_t h = nodes[n].head;
  return h >= 0 ? &tokens[h] : nullptr;
}

}  // namespace dyad
