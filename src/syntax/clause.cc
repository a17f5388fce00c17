#include "syntax/clause.h"

#include <string_view>

#include "syntax/head_rules.h"

namespace dyad {
namespace {

bool is_label(const Tree& t, NodeId n, std::string_view want) {
  return t.nodes[n].token < 0 && base_label(t.nodes[n].label) == want;
}

bool is_clause(const Tree& t, NodeId n) {
  return is_label(t, n, "S") || is_label(t, n, "SINV") || is_label(t, n, "SQ");
}

// NP-TMP, or a bare NP headed by a day word: CoreNLP writes "(VP said (NP Wednesday) ...)".
bool is_temporal_np(const Tree& t, NodeId n) {
  std::string_view label = t.nodes[n].label;
  if (label.size() > 4 && label.substr(label.size() - 4) == "-TMP") return true;
  int32_t h = t.nodes[n].head;
  if (h < 0 || t.nodes[n].last_token - t.nodes[n].first_token > 2) return false;
  static constexpr std::string_view kDays[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "today", "yesterday", "tomorrow", "tonight", "Today", "Yesterday"};
  for (std::string_view d : kDays)
    if (t.tokens[h].text == d) return true;
  return false;
}

NodeId first_child_labelled(const Tree& t, NodeId n, std::string_view want) {
  for (NodeId c = t.first_child(n); c != kNoNode; c = t.next_sibling(c))
    if (is_label(t, c, want)) return c;
  return kNoNode;
}

bool is_negation(const Token& tok) {
  std::string_view w = tok.text;
  return w == "not" || w == "n't" || w == "never" || w == "Not" || w == "Never";
}

}  // namespace

ClauseHeads clause_heads(const Tree& t, NodeId clause) {
  ClauseHeads out;
  if (clause == kNoNode) return out;
  // A coordination of clauses without its own VP: take the first conjunct.
  for (size_t steps = 0; steps < t.nodes.size(); ++steps) {
    if (first_child_labelled(t, clause, "VP") != kNoNode) break;
    NodeId inner = kNoNode;
    for (NodeId c = t.first_child(clause); c != kNoNode && inner == kNoNode; c = t.next_sibling(c))
      if (is_clause(t, c)) inner = c;
    if (inner == kNoNode) break;
    clause = inner;
  }
  out.clause = clause;
  NodeId vp = first_child_labelled(t, clause, "VP");
  if (vp == kNoNode) return out;
  bool inverted = is_label(t, clause, "SINV");
  bool seen_vp = false;
  for (NodeId c = t.first_child(clause); c != kNoNode; c = t.next_sibling(c)) {
    if (c == vp) {
      seen_vp = true;
      continue;
    }
    if (!is_label(t, c, "NP") || is_temporal_np(t, c)) continue;
    if (!seen_vp) out.subject_np = c;                        // last NP before the VP
    else if (inverted && out.subject_np == kNoNode) out.subject_np = c;  // "..., said X"
  }
  if (out.subject_np != kNoNode) out.subject = t.nodes[out.subject_np].head;

  NodeId lex = lexical_vp(t, vp);
  out.verb_phrase = lex;
  out.verb = t.nodes[lex].head;
  // Walk the auxiliary chain for voice and polarity.
  bool be_aux = false;
  for (NodeId cur = vp; cur != kNoNode;) {
    NodeId next = kNoNode;
    for (NodeId c = t.first_child(cur); c != kNoNode; c = t.next_sibling(c)) {
      const Node& ch = t.nodes[c];
      if (ch.token >= 0) {
        const Token& tok = t.tokens[ch.token];
        if (is_negation(tok)) out.negated = true;
        if (cur != lex && is_auxiliary(tok) && tok.tag != Pos::MD && tok.tag != Pos::TO) {
          std::string_view w = tok.text;
          bool have = w == "have" || w == "has" || w == "had" || w == "having" || w == "'ve" ||
                      tok.lemma == "have";
          be_aux = !have;  // the auxiliary right above the participle decides
        }
      } else if (ch.head >= 0 && t.tokens[ch.head].tag == Pos::RB && is_negation(t.tokens[ch.head])) {
        out.negated = true;
      } else if (cur != lex && next == kNoNode && is_label(t, c, "VP")) {
        next = c;
      }
    }
    if (cur == lex) break;
    cur = next;
  }
  if (out.verb >= 0) out.passive = be_aux && t.tokens[out.verb].tag == Pos::VBN && lex != vp;

  int32_t verb_end = out.verb;
  for (NodeId c = t.first_child(lex); c != kNoNode; c = t.next_sibling(c)) {
    const Node& ch = t.nodes[c];
    if (ch.first_token < 0 || ch.first_token <= verb_end) continue;
    if (is_label(t, c, "NP") && !is_temporal_np(t, c)) {
      out.object_np = c;
      out.object = ch.head;
      break;
    }
  }
  return out;
}

ClauseHeads main_clause_heads(const Tree& t) {
  if (t.root == kNoNode) return {};
  NodeId n = t.root;
  if (is_label(t, n, "ROOT") || t.nodes[n].label.empty()) {
    NodeId pick = kNoNode;
    for (NodeId c = t.first_child(n); c != kNoNode && pick == kNoNode; c = t.next_sibling(c))
      if (is_clause(t, c)) pick = c;
    if (pick == kNoNode) return {};
    n = pick;
  }
  if (!is_clause(t, n)) return {};
  return clause_heads(t, n);
}

}  // namespace dyad
