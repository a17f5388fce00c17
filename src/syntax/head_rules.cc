#include "syntax/head_rules.h"

#include <array>
#include <initializer_list>
#include <utility>
#include <vector>

namespace dyad {
namespace {

// Phrase categories the table knows. A child's category code is its Pos for preterminals
// and kPhraseBase + Phrase for phrases, so one small integer compares both.
enum class Phrase : uint8_t {
  Other, ROOT, S, SBAR, SBARQ, SINV, SQ, NP, VP, PP, ADJP, ADVP, QP, WHNP, WHADVP, WHADJP, WHPP,
  PRN, PRT, UCP, CONJP, FRAG, INTJ, LST, NAC, NX, RRC
};
constexpr int kPhraseBase = 64;
static_assert(kPosCount < kPhraseBase);

constexpr int P(Phrase p) { return kPhraseBase + static_cast<int>(p); }
constexpr int T(Pos p) { return static_cast<int>(p); }

Phrase phrase_of(std::string_view label) {
  std::string_view b = base_label(label);
  if (b.empty()) return Phrase::Other;
  // Dispatch on the first letter: this runs for every phrase node and its parent.
  switch (b[0]) {
    case 'N':
      if (b == "NP") return Phrase::NP;
      if (b == "NX") return Phrase::NX;
      if (b == "NAC") return Phrase::NAC;
      break;
    case 'V':
      if (b == "VP") return Phrase::VP;
      break;
    case 'P':
      if (b == "PP") return Phrase::PP;
      if (b == "PRN") return Phrase::PRN;
      if (b == "PRT") return Phrase::PRT;
      break;
    case 'S':
      if (b == "S") return Phrase::S;
      if (b == "SBAR") return Phrase::SBAR;
      if (b == "SBARQ") return Phrase::SBARQ;
      if (b == "SINV") return Phrase::SINV;
      if (b == "SQ") return Phrase::SQ;
      break;
    case 'A':
      if (b == "ADJP") return Phrase::ADJP;
      if (b == "ADVP") return Phrase::ADVP;
      break;
    case 'W':
      if (b == "WHNP") return Phrase::WHNP;
      if (b == "WHADVP") return Phrase::WHADVP;
      if (b == "WHADJP") return Phrase::WHADJP;
      if (b == "WHPP") return Phrase::WHPP;
      break;
    case 'R':
      if (b == "ROOT") return Phrase::ROOT;
      if (b == "RRC") return Phrase::RRC;
      break;
    case 'Q':
      if (b == "QP") return Phrase::QP;
      break;
    case 'U':
      if (b == "UCP") return Phrase::UCP;
      break;
    case 'C':
      if (b == "CONJP") return Phrase::CONJP;
      break;
    case 'F':
      if (b == "FRAG") return Phrase::FRAG;
      break;
    case 'I':
      if (b == "INTJ") return Phrase::INTJ;
      break;
    case 'L':
      if (b == "LST") return Phrase::LST;
      break;
    default:
      break;
  }
  return Phrase::Other;
}

int category(const Tree& tree, NodeId n) {
  const Node& node = tree.nodes[n];
  if (node.token >= 0) return T(tree.tokens[node.token].tag);
  return P(phrase_of(node.label));
}

bool is_punct_category(int cat) { return cat < kPhraseBase && is_punctuation(static_cast<Pos>(cat)); }

enum class Dir { Left, Right };  // Left: scan children first to last

struct Rule {
  Dir dir;
  std::initializer_list<int> priority;  // categories in order of preference
};

// Collins (1999) appendix A, with the changes listed in head_rules.h.
const Rule* rule_for(Phrase p) {
  using enum Pos;
  static const Rule kAdjp{Dir::Left, {T(NNS), P(Phrase::QP), T(NN), T(Dollar), P(Phrase::ADVP), T(JJ),
                                      T(VBN), T(VBG), P(Phrase::ADJP), T(JJR), P(Phrase::NP), T(JJS),
                                      T(DT), T(FW), T(RBR), T(RBS), P(Phrase::SBAR), T(RB)}};
  static const Rule kAdvp{Dir::Right, {T(RB), T(RBR), T(RBS), T(FW), P(Phrase::ADVP), T(TO), T(CD),
                                       T(JJR), T(JJ), T(IN), P(Phrase::NP), T(JJS), T(NN)}};
  static const Rule kConjp{Dir::Right, {T(CC), T(RB), T(IN)}};
  static const Rule kRight{Dir::Right, {}};
  static const Rule kLeft{Dir::Left, {}};
  static const Rule kLst{Dir::Right, {T(LS), T(Colon)}};
  static const Rule kNac{Dir::Left, {T(NN), T(NNS), T(NNP), T(NNPS), P(Phrase::NP), P(Phrase::NAC),
                                     T(EX), T(Dollar), T(CD), P(Phrase::QP), T(PRP), T(VBG), T(JJ),
                                     T(JJS), T(JJR), P(Phrase::ADJP), T(FW)}};
  static const Rule kPp{Dir::Left, {T(IN), T(TO), T(VBG), T(VBN), T(RP), T(FW), P(Phrase::PP)}};
  static const Rule kPrn{Dir::Left, {P(Phrase::S), P(Phrase::SINV), P(Phrase::VP), P(Phrase::NP),
                                     P(Phrase::PP), P(Phrase::SBAR), P(Phrase::ADJP), P(Phrase::ADVP)}};
  static const Rule kPrt{Dir::Right, {T(RP)}};
  // The number heads "about 300" (Collins picks "about").
  static const Rule kQp{Dir::Left, {T(Dollar), T(CD), P(Phrase::QP), T(NNS), T(NN), T(JJ), T(RB),
                                    T(IN), T(DT), T(JJR), T(JJS)}};
  static const Rule kRrc{Dir::Right, {P(Phrase::VP), P(Phrase::NP), P(Phrase::ADVP), P(Phrase::ADJP),
                                      P(Phrase::PP)}};
  static const Rule kS{Dir::Left, {P(Phrase::VP), P(Phrase::S), P(Phrase::SBAR), P(Phrase::SINV),
                                   P(Phrase::ADJP), P(Phrase::UCP), P(Phrase::NP), P(Phrase::FRAG)}};
  static const Rule kSbar{Dir::Left, {P(Phrase::WHNP), P(Phrase::WHPP), P(Phrase::WHADVP),
                                      P(Phrase::WHADJP), T(IN), T(DT), T(WDT), P(Phrase::S),
                                      P(Phrase::SQ), P(Phrase::SINV), P(Phrase::SBAR), P(Phrase::FRAG)}};
  static const Rule kSbarq{Dir::Left, {P(Phrase::SQ), P(Phrase::S), P(Phrase::SINV), P(Phrase::SBARQ),
                                       P(Phrase::FRAG)}};
  static const Rule kSinv{Dir::Left, {T(VBZ), T(VBD), T(VBP), T(VB), T(MD), P(Phrase::VP), P(Phrase::S),
                                      P(Phrase::SINV), P(Phrase::ADJP), P(Phrase::NP)}};
  static const Rule kSq{Dir::Left, {T(VBZ), T(VBD), T(VBP), T(VB), T(MD), P(Phrase::VP), P(Phrase::SQ)}};
  static const Rule kWhadjp{Dir::Left, {T(CC), T(WRB), T(JJ), P(Phrase::ADJP)}};
  static const Rule kWhadvp{Dir::Right, {T(CC), T(WRB)}};
  static const Rule kWhnp{Dir::Left, {T(WDT), T(WP), T(WPS), P(Phrase::WHADJP), P(Phrase::WHPP),
                                      P(Phrase::WHNP), T(NN), T(NNS), T(NNP), T(NNPS)}};
  static const Rule kWhpp{Dir::Right, {T(IN), T(TO), T(FW)}};
  static const Rule kRoot{Dir::Left, {P(Phrase::S), P(Phrase::SINV), P(Phrase::SQ), P(Phrase::SBARQ),
                                      P(Phrase::FRAG), P(Phrase::VP), P(Phrase::NP)}};
  switch (p) {
    case Phrase::ADJP: return &kAdjp;
    case Phrase::ADVP: return &kAdvp;
    case Phrase::CONJP: return &kConjp;
    case Phrase::FRAG: case Phrase::UCP: return &kRight;
    case Phrase::LST: return &kLst;
    case Phrase::NAC: return &kNac;
    case Phrase::PP: return &kPp;
    case Phrase::PRN: return &kPrn;
    case Phrase::PRT: return &kPrt;
    case Phrase::QP: return &kQp;
    case Phrase::RRC: return &kRrc;
    case Phrase::S: return &kS;
    case Phrase::SBAR: return &kSbar;
    case Phrase::SBARQ: return &kSbarq;
    case Phrase::SINV: return &kSinv;
    case Phrase::SQ: return &kSq;
    case Phrase::WHADJP: return &kWhadjp;
    case Phrase::WHADVP: return &kWhadvp;
    case Phrase::WHNP: return &kWhnp;
    case Phrase::WHPP: return &kWhpp;
    case Phrase::ROOT: return &kRoot;
    default: return &kLeft;
  }
}

// Children of one node with their categories, reused across nodes to avoid allocation.
struct Kids {
  std::vector<NodeId> id;
  std::vector<int> cat;
  void load(const Tree& tree, NodeId n) {
    id.clear();
    cat.clear();
    for (NodeId c = tree.first_child(n); c != kNoNode; c = tree.next_sibling(c)) {
      if (tree.nodes[c].head < 0) continue;  // empty phrases cannot head anything
      id.push_back(c);
      cat.push_back(category(tree, c));
    }
  }
  int size() const { return static_cast<int>(id.size()); }
};

int first_non_punct(const Kids& k, Dir dir) {
  int n = k.size();
  for (int j = 0; j < n; ++j) {
    int i = dir == Dir::Left ? j : n - 1 - j;
    if (!is_punct_category(k.cat[i])) return i;
  }
  return n == 0 ? -1 : (dir == Dir::Left ? 0 : n - 1);
}

int apply_rule(const Kids& k, const Rule& rule) {
  int n = k.size();
  for (int want : rule.priority) {
    for (int j = 0; j < n; ++j) {
      int i = rule.dir == Dir::Left ? j : n - 1 - j;
      if (k.cat[i] == want) return i;
    }
  }
  return first_non_punct(k, rule.dir);
}

bool is_np_boundary(int cat) {
  if (cat >= kPhraseBase) {
    Phrase p = static_cast<Phrase>(cat - kPhraseBase);
    return p == Phrase::PP || p == Phrase::SBAR || p == Phrase::VP || p == Phrase::S ||
           p == Phrase::PRN || p == Phrase::RRC;
  }
  Pos t = static_cast<Pos>(cat);
  return t == Pos::Comma || t == Pos::Colon || t == Pos::LRB;
}

int np_head(const Kids& k) {
  int n = k.size();
  // Pre-modifier region: post-modifiers (", the EU's chief", "of X", "who ...") cannot head.
  int region = n;
  for (int i = 1; i < n; ++i)
    if (is_np_boundary(k.cat[i])) { region = i; break; }
  auto rightmost = [&](std::initializer_list<int> cats, int limit) {
    for (int i = limit - 1; i >= 0; --i)
      for (int c : cats)
        if (k.cat[i] == c) return i;
    return -1;
  };
  using enum Pos;
  int h = rightmost({T(NN), T(NNP), T(NNPS), T(NNS), P(Phrase::NX), T(JJR)}, region);
  if (h < 0)
    for (int i = 0; i < n; ++i)
      if (k.cat[i] == P(Phrase::NP)) { h = i; break; }
  if (h < 0) h = rightmost({T(Dollar), P(Phrase::ADJP), P(Phrase::PRN)}, region);
  if (h < 0) h = rightmost({T(CD)}, region);
  if (h < 0) h = rightmost({T(JJ), T(JJS), T(RB), P(Phrase::QP)}, region);
  if (h < 0) h = rightmost({T(PRP), T(EX), T(DT), T(WDT), T(WP), T(FW), T(SYM)}, region);
  if (h < 0) h = first_non_punct(k, Dir::Right);
  return h;
}

}  // namespace

std::string_view base_label(std::string_view label) {
  if (label.empty() || label[0] == '-') return label;
  for (size_t i = 1; i < label.size(); ++i)
    if (label[i] == '-' || label[i] == '=') return label.substr(0, i);
  return label;
}

void assign_heads(Tree& tree) {
  if (tree.root == kNoNode) return;
  Kids kids;
  std::vector<std::pair<NodeId, bool>> stack{{tree.root, false}};
  while (!stack.empty()) {
    auto [id, expanded] = stack.back();
    stack.pop_back();
    if (tree.nodes[id].token >= 0) {
      tree.nodes[id].head = tree.nodes[id].token;
      continue;
    }
    if (!expanded) {
      stack.push_back({id, true});
      for (NodeId c = tree.first_child(id); c != kNoNode; c = tree.next_sibling(c))
        stack.push_back({c, false});
      continue;
    }
    kids.load(tree, id);
    Node& node = tree.nodes[id];
    node.head = -1;
    if (kids.size() == 0) continue;
    Phrase p = phrase_of(node.label);
    int h;
    if (p == Phrase::NP) {
      h = np_head(kids);
    } else if (p == Phrase::VP) {
      h = -1;
      for (int i = 0; i < kids.size() && h < 0; ++i) {
        int c = kids.cat[i];
        if (c < kPhraseBase && (is_verb(static_cast<Pos>(c)) || c == T(Pos::MD) || c == T(Pos::TO))) h = i;
      }
      if (h < 0)
        h = apply_rule(kids, Rule{Dir::Left, {P(Phrase::VP), P(Phrase::ADJP), T(Pos::NN), T(Pos::NNS),
                                              P(Phrase::NP)}});
    } else {
      h = apply_rule(kids, *rule_for(p));
    }
    // Collins' coordination rule: in "A and B" the head is A.
    if (h >= 2 && kids.cat[h - 1] == T(Pos::CC)) h -= 2;
    node.head = tree.nodes[kids.id[h]].head;
  }
}

namespace {

bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool is_verb_like(Pos t) { return is_verb(t) || t == Pos::MD || t == Pos::TO; }

}  // namespace

bool is_auxiliary(const Token& token) {
  if (token.tag == Pos::MD || token.tag == Pos::TO) return true;
  if (!is_verb(token.tag)) return false;
  static constexpr std::array<std::string_view, 24> kForms = {
      "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m",
      "have", "has", "had", "having", "'ve", "'d", "do", "does", "did",
      "get", "gets", "got", "getting"};
  for (std::string_view f : kForms)
    if (ascii_iequals(token.text, f)) return true;
  return token.lemma == "be" || token.lemma == "have" || token.lemma == "do";
}

NodeId lexical_vp(const Tree& tree, NodeId vp) {
  NodeId cur = vp;
  // Each step moves to a child, so the walk ends; the bound guards malformed links.
  for (size_t steps = 0; steps <= tree.nodes.size(); ++steps) {
    if (base_label(tree.nodes[cur].label) != "VP") return cur;
    NodeId head_child = kNoNode, vp_after_head = kNoNode, first_vp = kNoNode;
    for (NodeId c = tree.first_child(cur); c != kNoNode; c = tree.next_sibling(c)) {
      const Node& ch = tree.nodes[c];
      if (ch.token >= 0) {
        if (head_child == kNoNode && is_verb_like(tree.tokens[ch.token].tag)) head_child = c;
        continue;
      }
      if (base_label(ch.label) != "VP") continue;
      if (first_vp == kNoNode) first_vp = c;
      if (head_child != kNoNode && vp_after_head == kNoNode) vp_after_head = c;
    }
    NodeId next = kNoNode;
    if (head_child == kNoNode) {
      next = first_vp;  // (VP (VP ...) (CC and) (VP ...))
    } else if (vp_after_head != kNoNode && is_auxiliary(tree.tokens[tree.nodes[head_child].token])) {
      int32_t h = tree.nodes[vp_after_head].head;
      if (h >= 0 && is_verb_like(tree.tokens[h].tag)) next = vp_after_head;
    }
    if (next == kNoNode) return cur;
    cur = next;
  }
  return cur;
}

int32_t main_verb(const Tree& tree, NodeId vp) {
  if (vp == kNoNode) return -1;
  return tree.nodes[lexical_vp(tree, vp)].head;
}

}  // namespace dyad
