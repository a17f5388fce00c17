#include "syntax/tree.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Tree, BuildsSpansBottomUp) {
  Tree t;
  for (const char* w : {"Poland", "expelled", "diplomats"}) t.tokens.push_back(Token{w, "", Pos::NN});
  t.tokens[1].tag = Pos::VBD;
  NodeId s = t.add_phrase("S", kNoNode);
  NodeId np = t.add_phrase("NP", s);
  t.add_preterminal(0, np);
  NodeId vp = t.add_phrase("VP", s);
  t.add_preterminal(1, vp);
  NodeId obj = t.add_phrase("NP", vp);
  t.add_preterminal(2, obj);
  t.compute_spans();
  EXPECT_EQ(t.nodes[s].first_token, 0);
  EXPECT_EQ(t.nodes[s].last_token, 2);
  EXPECT_EQ(t.span_text(vp), "expelled diplomats");
  EXPECT_EQ(t.children(s).size(), 2u);
  EXPECT_EQ(t.nodes[1].label, "NP");
  EXPECT_EQ(t.nodes[vp + 1].label, "VBD");
}

TEST(Pos, NamesRoundTrip) {
  for (int i = 1; i < kPosCount; ++i) {
    Pos p = static_cast<Pos>(i);
    EXPECT_EQ(pos_from_name(pos_name(p)), p) << pos_name(p);
  }
  EXPECT_EQ(pos_from_name("NONSENSE"), Pos::X);
}

}  // namespace
}  // namespace dyad
