#include "syntax/ptb.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

// Trees are identical when labels, shape, tokens and tags agree node by node.
void expect_same_tree(const Tree& a, const Tree& b) {
  ASSERT_EQ(a.nodes.size(), b.nodes.size());
  ASSERT_EQ(a.tokens.size(), b.tokens.size());
  EXPECT_EQ(a.root, b.root);
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    const Node& x = a.nodes[i];
    const Node& y = b.nodes[i];
    EXPECT_EQ(x.label, y.label);
    EXPECT_EQ(x.parent, y.parent);
    EXPECT_EQ(x.first_child, y.first_child);
    EXPECT_EQ(x.next_sibling, y.next_sibling);
    EXPECT_EQ(x.token, y.token);
    EXPECT_EQ(x.head, y.head);
  }
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    EXPECT_EQ(a.tokens[i].text, b.tokens[i].text);
    EXPECT_EQ(a.tokens[i].tag, b.tokens[i].tag);
    EXPECT_EQ(a.tokens[i].begin, b.tokens[i].begin);
    EXPECT_EQ(a.tokens[i].end, b.tokens[i].end);
  }
}

void expect_round_trip(std::string_view brackets) {
  Tree first = read_ptb(brackets);
  for (bool one_line : {true, false}) {
    std::string written = write_ptb(first, one_line);
    Tree second = read_ptb(written);
    expect_same_tree(first, second);
    EXPECT_EQ(write_ptb(second, one_line), written);
  }
}

TEST(Ptb, ReadsTokensTagsOffsetsAndHeads) {
  Tree t = read_ptb("(ROOT (S (NP (NNP Poland)) (VP (VBD expelled) (NP (NNS diplomats))) (. .)))");
  ASSERT_EQ(t.tokens.size(), 4u);
  EXPECT_EQ(t.tokens[1].text, "expelled");
  EXPECT_EQ(t.tokens[1].tag, Pos::VBD);
  EXPECT_EQ(t.tokens[1].begin, 7u);
  EXPECT_EQ(t.tokens[1].end, 15u);
  EXPECT_EQ(t.tokens[3].tag, Pos::Period);
  EXPECT_EQ(t.nodes[t.root].label, "ROOT");
  EXPECT_EQ(t.nodes[t.root].head, 1);  // ROOT -> S -> VP -> expelled
  EXPECT_EQ(write_ptb(t),
            "(ROOT (S (NP (NNP Poland)) (VP (VBD expelled) (NP (NNS diplomats))) (. .)))");
}

TEST(Ptb, AcceptsBareOuterBracketNewlinesAndFunctionalTags) {
  Tree t = read_ptb("( (S \n(NP-SBJ (DT The) (NN stopover))\n  (VP (AUXD did)\t(VP (VB come)))) )");
  EXPECT_EQ(t.nodes[t.root].label, "ROOT");
  EXPECT_EQ(t.nodes[2].label, "NP-SBJ");
  EXPECT_EQ(t.tokens[2].tag, Pos::VBD);  // PETRARCH's AUXD
  EXPECT_EQ(t.nodes[2].head, 1);         // stopover
  EXPECT_EQ(write_ptb(t, false),
            "(ROOT\n  (S\n    (NP-SBJ (DT The) (NN stopover))\n    (VP (AUXD did)\n      (VP (VB "
            "come)))))");
}

TEST(Ptb, BracketTokensAndOddCharacters) {
  Tree t = read_ptb("(ROOT (NP (-LRB- -LRB-) (NN U.S.-made) (SYM $%&*) (-RRB- )) (-LRB- ()))");
  ASSERT_EQ(t.tokens.size(), 5u);
  EXPECT_EQ(t.tokens[0].tag, Pos::LRB);
  EXPECT_EQ(t.tokens[1].text, "U.S.-made");
  EXPECT_EQ(t.tokens[2].text, "$%&*");
  EXPECT_EQ(t.tokens[3].text, ")");
  EXPECT_EQ(t.tokens[3].tag, Pos::RRB);
  EXPECT_EQ(t.tokens[4].text, "(");
  expect_round_trip("(ROOT (NP (-LRB- -LRB-) (NN U.S.-made) (SYM $%&*) (-RRB- )) (-LRB- ()))");
}

TEST(Ptb, RoundTripsHandWrittenTrees) {
  for (const char* s : {
           "(ROOT (S (NP (NNP Poland)) (VP (VBD expelled) (NP (NNS diplomats))) (. .)))",
           "(ROOT (S (S (NP (NNP Iran)) (VP (VBD protested))) (. .)))",
           "(S (NP (PRP It)) (VP (VBZ is)))",
           "(NN dog)",
           "(ROOT (S (`` ``) (S (NP (PRP We)) (VP (VBP are) (ADJP (JJ ready)))) (, ,) ('' '') "
           "(NP (NNP Lukashenko)) (VP (VBD said)) (. .)))",
       })
    expect_round_trip(s);
}

TEST(Ptb, ErrorsNameTheOffset) {
  auto offset_of = [](std::string_view s) -> long {
    try {
      read_ptb(s);
    } catch (const PtbError& e) {
      EXPECT_NE(std::string(e.what()).find("byte " + std::to_string(e.offset)), std::string::npos)
          << e.what();
      return static_cast<long>(e.offset);
    }
    return -1;
  };
  EXPECT_EQ(offset_of(""), 0);
  EXPECT_EQ(offset_of("  \n "), 0);
  EXPECT_EQ(offset_of("(S (NP (NN a))))"), 15);  // one ')' too many
  EXPECT_EQ(offset_of("(S (NP (NN a))"), 14);    // still open at the end
  EXPECT_EQ(offset_of("(S dog (NP (NN a)))"), 7);  // S became a preterminal at "dog"
  EXPECT_EQ(offset_of("(S (NP (NN a)) dog)"), 15);
  EXPECT_EQ(offset_of("dog"), 0);
  EXPECT_EQ(offset_of("(NN a b)"), 6);
  EXPECT_EQ(offset_of("(S (NN a)) (S (NN b))"), 11);
  EXPECT_EQ(offset_of("(NN a (X b))"), 6);
  EXPECT_EQ(offset_of("(NP ( (NN a)) (NN b))"), -1);  // an unlabelled phrase is accepted
}

TEST(Ptb, DeepNestingDoesNotOverflowTheStack) {
  constexpr int kDepth = 200000;
  std::string s;
  s.reserve(kDepth * 5 + 16);
  for (int i = 0; i < kDepth; ++i) s += "(NP ";
  s += "(NN x)";
  s.append(kDepth, ')');
  Tree t = read_ptb(s);
  EXPECT_EQ(t.nodes.size(), static_cast<size_t>(kDepth) + 1);
  EXPECT_EQ(t.nodes[t.root].head, 0);
  std::string written = write_ptb(t);
  EXPECT_EQ(written, s);
  EXPECT_THROW(read_ptb(s.substr(0, s.size() - 1)), PtbError);
}

std::vector<std::string> parses_in(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  std::string xml = buf.str();
  std::vector<std::string> out;
  for (size_t at = xml.find("<Parse>"); at != std::string::npos; at = xml.find("<Parse>", at)) {
    size_t end = xml.find("</Parse>", at);
    if (end == std::string::npos) break;
    out.push_back(xml.substr(at + 7, end - at - 7));
    at = end;
  }
  return out;
}

TEST(Ptb, RoundTripsEveryPetrarchParse) {
  const std::string dir = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2/text/";
  if (!std::filesystem::exists(dir + "PETR.UnitTest.records.xml")) GTEST_SKIP() << "no " << dir;
  int read = 0, rejected = 0;
  for (const char* file : {"PETR.UnitTest.records.xml", "GigaWord.sample.PETR.xml"}) {
    for (const std::string& parse : parses_in(dir + file)) {
      try {
        expect_round_trip(parse);
        Tree t = read_ptb(parse);
        EXPECT_GT(t.tokens.size(), 0u);
        EXPECT_GE(t.nodes[t.root].head, 0) << parse;
        ++read;
      } catch (const PtbError& e) {
        ++rejected;  // the unit-test set's deliberately unbalanced ERROR-02 and ERROR-03
        EXPECT_NE(std::string(e.what()).find("unbalanced"), std::string::npos) << e.what();
      }
    }
  }
  EXPECT_EQ(read, 284 + 76 - 2);
  EXPECT_EQ(rejected, 2);
}

}  // namespace
}  // namespace dyad
