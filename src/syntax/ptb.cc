#include "syntax/ptb.h"

#include <utility>
#include <vector>

#include "syntax/head_rules.h"

namespace dyad {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_bracket(char c) { return c == '(' || c == ')'; }

size_t skip_space(std::string_view s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

size_t atom_end(std::string_view s, size_t i) {
  while (i < s.size() && !is_space(s[i]) && !is_bracket(s[i])) ++i;
  return i;
}

// PETRARCH's GigaWord parses label auxiliaries AUX, AUXZ, AUXD, AUXP, AUXG, AUXN.
Pos tag_for_label(std::string_view label) {
  Pos p = pos_from_name(label);
  if (p != Pos::X || label.size() < 3 || label.substr(0, 3) != "AUX") return p;
  std::string_view rest = label.substr(3);
  if (rest.empty()) return Pos::VB;
  if (rest == "Z") return Pos::VBZ;
  if (rest == "D") return Pos::VBD;
  if (rest == "P") return Pos::VBP;
  if (rest == "G") return Pos::VBG;
  if (rest == "N") return Pos::VBN;
  return Pos::X;
}

std::string quoted(std::string_view s) {
  constexpr size_t kMax = 40;
  std::string out = "\"";
  out.append(s.substr(0, kMax));
  if (s.size() > kMax) out += "...";
  out += "\"";
  return out;
}

}  // namespace

PtbError::PtbError(size_t off, const std::string& what)
    : std::runtime_error("PTB brackets, byte " + std::to_string(off) + ": " + what), offset(off) {}

Tree read_ptb(std::string_view s) {
  Tree t;
  std::vector<NodeId> open;  // the chain of unclosed brackets, innermost last
  bool closed_root = false;
  uint32_t text_offset = 0;  // offset of the next leaf in the space-joined leaf text
  size_t i = 0;

  auto add_leaf = [&](size_t at, std::string_view leaf) {
    if (open.empty()) throw PtbError(at, "leaf " + quoted(leaf) + " outside any bracket");
    Node& node = t.nodes[open.back()];
    if (node.token >= 0)
      throw PtbError(at, "second leaf " + quoted(leaf) + " in preterminal (" + node.label + " ...)");
    if (node.first_child != kNoNode)
      throw PtbError(at, "leaf " + quoted(leaf) + " beside phrases in (" + node.label +
                             " ...); leaves must sit in a preterminal");
    if (node.label.empty()) throw PtbError(at, "leaf " + quoted(leaf) + " has no tag");
    Token tok;
    tok.text.assign(leaf);
    tok.tag = tag_for_label(node.label);
    if (!t.tokens.empty()) ++text_offset;
    tok.begin = text_offset;
    text_offset += static_cast<uint32_t>(leaf.size());
    tok.end = text_offset;
    int32_t index = static_cast<int32_t>(t.tokens.size());
    t.tokens.push_back(std::move(tok));
    node.token = node.head = node.first_token = node.last_token = index;
  };

  while (true) {
    i = skip_space(s, i);
    if (i >= s.size()) break;
    char c = s[i];
    if (closed_root)
      throw PtbError(i, c == ')' ? "unbalanced ')' after the tree closed"
                                 : "text after the end of the tree");
    if (c == '(') {
      size_t at = i;
      size_t label_begin = skip_space(s, i + 1);
      size_t label_end = atom_end(s, label_begin);
      std::string_view label = s.substr(label_begin, label_end - label_begin);
      if (!open.empty() && t.nodes[open.back()].token >= 0)
        throw PtbError(at, "bracket inside preterminal (" + t.nodes[open.back()].label + " ...)");
      open.push_back(t.add_phrase(label, open.empty() ? kNoNode : open.back()));
      i = label_end;
      // "(-LRB- ()" and "(-RRB- ))": a bare bracket as the leaf of a bracket preterminal.
      Pos tag = pos_from_name(label);
      if (tag == Pos::LRB || tag == Pos::RRB) {
        size_t j = skip_space(s, i);
        char want = tag == Pos::LRB ? '(' : ')';
        if (j < s.size() && s[j] == want) {
          size_t k = skip_space(s, j + 1);
          if (k < s.size() && s[k] == ')') {
            add_leaf(j, s.substr(j, 1));
            i = j + 1;
          }
        }
      }
    } else if (c == ')') {
      if (open.empty()) throw PtbError(i, "unbalanced ')'");
      open.pop_back();
      if (open.empty()) closed_root = true;
      ++i;
    } else {
      size_t end = atom_end(s, i);
      add_leaf(i, s.substr(i, end - i));
      i = end;
    }
  }
  if (t.root == kNoNode) throw PtbError(0, "empty input: no bracketed tree");
  if (!open.empty())
    throw PtbError(s.size(), "unbalanced: " + std::to_string(open.size()) +
                                 " bracket(s) still open at the end");
  if (t.nodes[t.root].label.empty()) t.nodes[t.root].label = "ROOT";
  t.compute_spans();
  assign_heads(t);
  return t;
}

std::string write_ptb(const Tree& tree, bool one_line) {
  std::string out;
  if (tree.root == kNoNode) return out;
  out.reserve(tree.nodes.size() * 8 + tree.tokens.size() * 8);
  // Explicit stack of (node, depth); depth < 0 marks "close the bracket of this node".
  std::vector<std::pair<NodeId, int>> stack{{tree.root, 0}};
  std::vector<NodeId> reversed;
  while (!stack.empty()) {
    auto [id, depth] = stack.back();
    stack.pop_back();
    if (depth < 0) {
      out.push_back(')');
      continue;
    }
    const Node& node = tree.nodes[id];
    if (id != tree.root) {
      if (one_line || node.token >= 0) {
        out.push_back(' ');
      } else {
        out.push_back('\n');
        out.append(static_cast<size_t>(depth) * 2, ' ');
      }
    }
    out.push_back('(');
    if (node.token >= 0) {
      const Token& tok = tree.tokens[node.token];
      if (node.label.empty()) out.append(pos_name(tok.tag));
      else out.append(node.label);
      out.push_back(' ');
      out.append(tok.text);
      out.push_back(')');
      continue;
    }
    out.append(node.label);
    stack.push_back({id, -1});
    reversed.clear();
    for (NodeId c = node.first_child; c != kNoNode; c = tree.nodes[c].next_sibling) reversed.push_back(c);
    for (size_t k = reversed.size(); k-- > 0;) stack.push_back({reversed[k], depth + 1});
  }
  return out;
}

}  // namespace dyad
