#include "syntax/head_rules.h"

#include <gtest/gtest.h>

#include <string>

#include "syntax/ptb.h"

namespace dyad {
namespace {

// The text of the head of the first node labelled `label` (pre-order).
std::string head_of(const Tree& t, std::string_view label, int nth = 0) {
  for (const Node& n : t.nodes) {
    if (n.label != label || n.token >= 0) continue;
    if (nth-- > 0) continue;
    return n.head < 0 ? "-" : t.tokens[n.head].text;
  }
  return "<no " + std::string(label) + ">";
}

NodeId find(const Tree& t, std::string_view label, int nth = 0) {
  for (NodeId i = 0; i < static_cast<NodeId>(t.nodes.size()); ++i)
    if (t.nodes[i].label == label && t.nodes[i].token < 0 && nth-- == 0) return i;
  return kNoNode;
}

TEST(HeadRules, NounPhrases) {
  Tree t = read_ptb("(NP (NP (NNP Belarus) (POS 's)) (NN intention))");
  EXPECT_EQ(head_of(t, "NP"), "intention");
  EXPECT_EQ(head_of(t, "NP", 1), "Belarus");  // possessor, not 's
  t = read_ptb("(NP (JJ Iranian) (NNP President) (NNP Masoud) (NNP Pezeshkian))");
  EXPECT_EQ(head_of(t, "NP"), "Pezeshkian");
  t = read_ptb("(NP (NP (NNP Kaja) (NNP Kallas)) (, ,) (NP (DT the) (NN chief)) (, ,))");
  EXPECT_EQ(head_of(t, "NP"), "Kallas");
  // Flat apposition: not the noun after the comma.
  t = read_ptb("(NP (NNP Kallas) (, ,) (DT the) (NN chief))");
  EXPECT_EQ(head_of(t, "NP"), "Kallas");
  t = read_ptb("(NP (NP (DT the) (NN issue)) (PP (IN of) (NP (NNS sanctions))))");
  EXPECT_EQ(head_of(t, "NP"), "issue");
  t = read_ptb("(NP (NP (NNP Russia)) (CC and) (NP (NNP China)))");
  EXPECT_EQ(head_of(t, "NP"), "Russia");
  t = read_ptb("(NP (NNP Russia) (CC and) (NNP China))");
  EXPECT_EQ(head_of(t, "NP"), "Russia");  // Collins' coordination rule
  t = read_ptb("(NP (PRP he))");
  EXPECT_EQ(head_of(t, "NP"), "he");
  t = read_ptb("(NP-SBJ (DT the) (CD two) (NNS countries))");
  EXPECT_EQ(head_of(t, "NP-SBJ"), "countries");
}

TEST(HeadRules, ClausesAndOtherPhrases) {
  Tree t = read_ptb(
      "(ROOT (S (PP (IN During) (NP (DT the) (NNS talks))) (, ,) (NP (NNP Pezeshkian)) "
      "(VP (VBD raised) (NP (DT the) (NN issue))) (. .)))");
  EXPECT_EQ(head_of(t, "ROOT"), "raised");
  EXPECT_EQ(head_of(t, "PP"), "During");
  t = read_ptb("(SBAR (IN that) (S (NP (NNP Moscow)) (VP (MD would) (VP (VB respond)))))");
  EXPECT_EQ(head_of(t, "SBAR"), "that");
  EXPECT_EQ(head_of(t, "S"), "would");
  t = read_ptb("(ADJP (RB very) (JJ ready) (S (VP (TO to) (VP (VB talk)))))");
  EXPECT_EQ(head_of(t, "ADJP"), "ready");
  t = read_ptb("(ADVP (RB very) (RB soon))");
  EXPECT_EQ(head_of(t, "ADVP"), "soon");
  t = read_ptb("(QP (RB about) (CD 300))");
  EXPECT_EQ(head_of(t, "QP"), "300");
  t = read_ptb("(WHNP (WDT which) (NN country))");
  EXPECT_EQ(head_of(t, "WHNP"), "which");
  t = read_ptb("(PRN (-LRB- -LRB-) (NP (NNP AFP)) (-RRB- -RRB-))");
  EXPECT_EQ(head_of(t, "PRN"), "AFP");
  t = read_ptb("(SINV (`` ``) (S (NP (PRP We)) (VP (VBP agree))) ('' '') (VP (VBD said)) (NP (NNP Lavrov)))");
  EXPECT_EQ(head_of(t, "SINV"), "said");  // Collins: a VP child before an S child
}

TEST(HeadRules, VerbPhrasesAndMainVerb) {
  Tree t = read_ptb("(VP (VBZ has) (VP (VBN announced) (NP (PRP$ its) (NN intention))))");
  EXPECT_EQ(head_of(t, "VP"), "has");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "announced");

  t = read_ptb("(VP (VBD were) (VP (VBN expelled) (PP (IN by) (NP (NNP Poland)))))");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "expelled");
  EXPECT_EQ(t.nodes[lexical_vp(t, t.root)].first_child, find(t, "VP", 1) + 1);

  t = read_ptb("(VP (MD will) (VP (VB be) (VP (VBN sent) (PP (TO to) (NP (NNP Syria))))))");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "sent");

  t = read_ptb("(VP (VBZ has) (RB not) (VP (VBN announced)))");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "announced");

  // A lexical "have" keeps its head; so does a copula.
  t = read_ptb("(VP (VBZ has) (NP (DT a) (NN plan)))");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "has");
  t = read_ptb("(VP (VBZ is) (ADJP (JJ ready)))");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "is");

  // Coordinated VPs: the first conjunct.
  t = read_ptb("(VP (VP (VBD met) (NP (NNP Putin))) (CC and) (VP (VBD signed) (NP (NNS deals))))");
  EXPECT_EQ(head_of(t, "VP"), "met");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "met");

  // PETRARCH AUX labels.
  t = read_ptb("(VP (AUXZ has) (VP (VBN issued) (NP (NNS warrants))))");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "issued");
  t = read_ptb("(VP (TO to) (VP (VB strengthen) (NP (NNS ties))))");
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "strengthen");
}

TEST(HeadRules, BaseLabel) {
  EXPECT_EQ(base_label("NP-SBJ"), "NP");
  EXPECT_EQ(base_label("PP-LOC=2"), "PP");
  EXPECT_EQ(base_label("-LRB-"), "-LRB-");
  EXPECT_EQ(base_label("S"), "S");
}

TEST(HeadRules, DeepVpChainsAreIterative) {
  constexpr int kDepth = 100000;
  std::string s;
  for (int i = 0; i < kDepth; ++i) s += "(VP (VBZ has) ";
  s += "(VP (VBN gone))";
  s.append(kDepth, ')');
  Tree t = read_ptb(s);
  EXPECT_EQ(t.tokens[main_verb(t, t.root)].text, "gone");
}

}  // namespace
}  // namespace dyad
