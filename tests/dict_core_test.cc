// Building blocks of the dictionary layer: dates, vocabulary, token trie, comment rules,
// English inflection.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/date.h"
#include "dict/dictionary_lines.h"
#include "dict/english_forms.h"
#include "dict/token_trie.h"
#include "dict/vocabulary.h"

namespace dyad {
namespace {

TEST(Date, IsoRoundTripAndOrder) {
  auto d = Date::parse_iso("2009-01-20");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->to_iso(), "2009-01-20");
  EXPECT_EQ(Date::parse_iso("19700101")->days, 0);
  EXPECT_EQ(Date::parse_iso("2000-03-01")->days - Date::parse_iso("2000-02-28")->days, 2);  // leap
  EXPECT_FALSE(Date::parse_iso("2001-02-29"));
  EXPECT_FALSE(Date::parse_iso("2001-13-01"));
  EXPECT_FALSE(Date::parse_iso("2001-1-01"));
  EXPECT_LT(*Date::parse_iso("1999-12-31"), *Date::parse_iso("2000-01-01"));
}

TEST(Date, DictionaryDatesPivotAt30) {
  EXPECT_EQ(parse_dictionary_date("000101")->to_iso(), "2000-01-01");
  EXPECT_EQ(parse_dictionary_date("300101")->to_iso(), "2030-01-01");
  EXPECT_EQ(parse_dictionary_date("310101")->to_iso(), "1931-01-01");
  EXPECT_EQ(parse_dictionary_date("20121204")->to_iso(), "2012-12-04");
  EXPECT_FALSE(parse_dictionary_date("9008223"));   // 7 digits
  EXPECT_FALSE(parse_dictionary_date("201005011"));  // 9 digits
  EXPECT_FALSE(parse_dictionary_date("12345a"));
}

TEST(Vocabulary, InternsUpperCaseAndFindsCaseInsensitively) {
  Vocabulary v;
  WordId obama = v.intern("Obama");
  EXPECT_EQ(v.intern("OBAMA"), obama);
  EXPECT_EQ(v.word(obama), "OBAMA");
  EXPECT_EQ(v.find("obama"), obama);
  EXPECT_EQ(v.find("oBaMa"), obama);
  EXPECT_EQ(v.find("Biden"), kNoWord);
  std::string long_token(100, 'a');
  WordId long_id = v.intern(long_token);
  EXPECT_EQ(v.find(long_token), long_id);  // longer than the stack buffer
}

TEST(TokenTrie, LongestMatchAndAllPrefixes) {
  Vocabulary v;
  auto ids = [&](std::vector<std::string> words) {
    std::vector<WordId> out;
    for (auto& w : words) out.push_back(v.intern(w));
    return out;
  };
  TokenTrie trie;
  trie.insert(ids({"UNITED"}), 1);
  trie.insert(ids({"UNITED", "STATES"}), 2);
  trie.insert(ids({"UNITED", "STATES", "SENATE"}), 3);
  trie.insert(ids({"UNITED", "STATES"}), 4);  // same phrase, second entry
  trie.insert(ids({"UNITED", "STATES"}), 2);  // repeat: stored once
  trie.freeze();
  EXPECT_EQ(trie.phrase_count(), 3u);

  auto text = ids({"THE", "UNITED", "STATES", "ARMY"});
  auto m = trie.longest_match(text, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(std::vector<uint32_t>(m.payloads.begin(), m.payloads.end()), (std::vector<uint32_t>{2, 4}));
  EXPECT_FALSE(trie.longest_match(text, 0));
  std::vector<uint32_t> lengths;
  trie.for_each_match(text, 1, [&](TokenTrie::Match x) { lengths.push_back(x.length); });
  EXPECT_EQ(lengths, (std::vector<uint32_t>{1, 2}));

  std::vector<std::string_view> raw{"united", "States", "senate"};
  EXPECT_EQ(trie.longest_match(raw, 0, v).length, 3u);
  std::vector<WordId> unknown{kNoWord};
  EXPECT_FALSE(trie.longest_match(unknown, 0));
  EXPECT_EQ(trie.find(ids({"UNITED", "STATES", "SENATE"})).size(), 1u);
  EXPECT_TRUE(trie.find(ids({"STATES"})).empty());
}

TEST(TokenTrie, ManyChildrenUseBinarySearch) {
  Vocabulary v;
  TokenTrie trie;
  for (int i = 0; i < 100; ++i) {
    std::string word = "W";  // (operator+ on a literal trips a GCC 12 -Wrestrict false positive)
    word += std::to_string(i);
    WordId w = v.intern(word);
    trie.insert(std::vector<WordId>{w}, static_cast<uint32_t>(i));
  }
  trie.freeze();
  for (int i = 0; i < 100; ++i) {
    std::string word = "w";
    word += std::to_string(i);
    std::vector<WordId> t{v.find(word)};
    auto m = trie.longest_match(t, 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m.payloads[0], static_cast<uint32_t>(i));
  }
}

std::vector<std::pair<uint32_t, std::string>> lines_of(std::string_view text, bool semicolons = false) {
  DictionaryLines lines(text, semicolons);
  DictionaryLine line;
  std::vector<std::pair<uint32_t, std::string>> out;
  while (lines.next(line)) out.emplace_back(line.number, std::string(line.text));
  return out;
}

TEST(DictionaryLines, CommentsOfAllKinds) {
  auto got = lines_of(
      "\xEF\xBB\xBFONE # comment\r\n"
      "<!-- a block\n"
      "   still comment # and -->TWO\n"
      "\n"
      "THREE <!-- inline --> FOUR\n"
      "<! -- legacy declaration line -->\n"
      "\tFIVE [X#Y] # code keeps its #\n"
      "SIX;not a comment here\n");
  std::vector<std::pair<uint32_t, std::string>> want{
      {1, "ONE"}, {3, "TWO"}, {5, "THREE   FOUR"}, {7, "\tFIVE [X#Y]"}, {8, "SIX;not a comment here"}};
  EXPECT_EQ(got, want);
  auto verbs = lines_of("SCRAP {SCRAPS};shan 8/30/93\n", /*semicolons=*/true);
  ASSERT_EQ(verbs.size(), 1u);
  EXPECT_EQ(verbs[0].second, "SCRAP {SCRAPS}");
}

TEST(DictionaryLines, UnclosedBlockCommentSwallowsTheRest) {
  EXPECT_EQ(lines_of("A\n<!-- open\nB\nC\n").size(), 1u);
}

TEST(EnglishForms, NounPluralsFollowEnglishNotPetrarch) {
  using V = std::vector<std::string>;
  EXPECT_EQ(noun_plurals("POLICEMAN"), (V{"POLICEMEN", "POLICEMANS"}));
  EXPECT_EQ(noun_plurals("ARMY"), V{"ARMIES"});
  EXPECT_EQ(noun_plurals("ENVOY"), V{"ENVOYS"});
  EXPECT_EQ(noun_plurals("CHURCH"), V{"CHURCHES"});
  EXPECT_EQ(noun_plurals("BOX"), V{"BOXES"});
  EXPECT_EQ(noun_plurals("CONGRESS"), V{"CONGRESSES"});
  EXPECT_EQ(noun_plurals("CRISIS"), V{"CRISES"});
  EXPECT_EQ(noun_plurals("HELICOPTERS"), V{});  // already plural; PETRARCH2: HELICOPTERSES
  EXPECT_EQ(noun_plurals("F-16"), V{});
  EXPECT_EQ(noun_plurals("SOLDIER"), V{"SOLDIERS"});
}

TEST(EnglishForms, VerbFormsArePetrarchsPlusEnglish) {
  auto has = [](const std::vector<std::string>& v, const char* f) {
    return std::find(v.begin(), v.end(), f) != v.end();
  };
  auto tr = verb_forms("TRY");
  EXPECT_EQ(tr.front(), "TRY");
  EXPECT_TRUE(has(tr, "TRIES"));
  EXPECT_TRUE(has(tr, "TRIED"));   // English
  EXPECT_TRUE(has(tr, "TRYED"));   // PETRARCH2's
  EXPECT_TRUE(has(tr, "TRYING"));
  auto play = verb_forms("PLAY");
  EXPECT_TRUE(has(play, "PLAYS"));
  EXPECT_TRUE(has(play, "PLAYED"));
  auto rel = verb_forms("RELEASE");
  EXPECT_TRUE(has(rel, "RELEASES"));
  EXPECT_TRUE(has(rel, "RELEASED"));
  EXPECT_TRUE(has(rel, "RELEASING"));
  EXPECT_FALSE(has(rel, "RELEASEING"));
  auto reach = verb_forms("REACH");
  EXPECT_TRUE(has(reach, "REACHES"));
  auto die = verb_forms("DIE");
  EXPECT_TRUE(has(die, "DYING"));
  auto agree = verb_forms("AGREE");
  EXPECT_TRUE(has(agree, "AGREEING"));
  EXPECT_TRUE(has(agree, "AGREED"));
  auto veto = verb_forms("VETO");
  EXPECT_TRUE(has(veto, "VETOES"));
  auto fix = verb_forms("FIX");
  EXPECT_TRUE(has(fix, "FIXES"));
}

}  // namespace
}  // namespace dyad
