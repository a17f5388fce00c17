// DiscardDictionary and IssueDictionary on hand-written snippets.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/discard_dictionary.h"
#include "dict/issue_dictionary.h"

namespace dyad {
namespace {

std::vector<std::string_view> words(std::string_view s, std::vector<std::string>& storage) {
  storage.clear();
  std::string w;
  for (char c : s) {
    if (c == ' ') { if (!w.empty()) storage.push_back(w); w.clear(); }
    else w.push_back(c);
  }
  if (!w.empty()) storage.push_back(w);
  return std::vector<std::string_view>(storage.begin(), storage.end());
}

DiscardDictionary discards() {
  DiscardDictionary d;
  ThrowingReporter strict;
  d.read_text(
      "# Story-level discards are marked with '+'\n"
      "MONTHS LATER\n"
      "+World Golf Championships   # pas 26-Feb-2014\n"
      "+ESPN2\n"
      "1994\n"
      "AFRICAN_NATIONS_CUP # ab ;AB\n",
      "snippet.discards.txt", strict);
  d.finish();
  return d;
}

TEST(DiscardDictionary, MatchesAnywhereIncludingTheLastTokens) {
  auto d = discards();
  EXPECT_EQ(d.entry_count(), 5u);
  EXPECT_EQ(d.story_level_count(), 2u);
  std::vector<std::string> s;
  auto end = d.scan(words("He returned months later", s));  // PETRARCH2 misses this one
  ASSERT_TRUE(end.sentence);
  EXPECT_FALSE(end.story);
  EXPECT_EQ(end.sentence->start, 2u);
  EXPECT_EQ(end.sentence->length, 2u);
  EXPECT_EQ(d.entry(end.sentence->entry).phrase, "MONTHS LATER");

  auto story = d.scan(words("Coverage of the world golf championships on ESPN2 in 1994", s));
  ASSERT_TRUE(story.story);
  EXPECT_EQ(story.story->start, 3u);
  ASSERT_TRUE(story.sentence);
  EXPECT_EQ(d.entry(story.sentence->entry).phrase, "1994");
  EXPECT_EQ(d.files().describe(d.entry(story.story->entry).where), "snippet.discards.txt:3");

  // A failed partial match does not skip the token after it (PETRARCH2 does).
  auto retry = d.scan(words("months months later", s));
  ASSERT_TRUE(retry.sentence);
  EXPECT_EQ(retry.sentence->start, 1u);
  EXPECT_TRUE(d.scan(words("African Nations Cup", s)).sentence);
  EXPECT_FALSE(d.scan(words("months earlier", s)).sentence);
}

TEST(DiscardDictionary, EmptyLineIsAnError) {
  DiscardDictionary d;
  CollectingReporter r;
  d.read_text("+   # nothing\n", "bad.discards.txt", r);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(std::string(r.errors[0].what()), "bad.discards.txt:1: discard line has no words");
}

IssueDictionary issues() {
  IssueDictionary d;
  ThrowingReporter strict;
  d.read_text(
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
      "pre+n:school [EARLY_CHILDHOOD_EDUCATION]\n"
      "head start [EARLY_CHILDHOOD_EDUCATION]\n"
      "~a head start\n"
      "n:university [POSTSECONDARY_EDUCATION]\n"
      "</ISSUE>\n"
      "<ISSUE CATEGORY=\"ENERGY\" TYPE=\"ALL\">\n"
      "oil [OIL]\n"
      "~~olive oil\n"
      "solar+v:power [RENEWABLE_ENERGY]\n"
      "~eu+ gene\n"
      "</ISSUE>\n",
      "snippet.issues.txt", strict);
  d.finish();
  return d;
}

std::string counts(const IssueDictionary& d, std::string_view text) {
  std::vector<std::string> s;
  auto tokens = words(text, s);
  std::string out;
  for (auto& c : d.count(tokens)) out += std::string(c.code) + "," + std::to_string(c.count) + ";";
  return out;
}

TEST(IssueDictionary, PrefixesAndJoinsExpand) {
  auto d = issues();
  EXPECT_EQ(d.entry_count(), 8u);
  EXPECT_EQ(counts(d, "new pre schools and a pre-school"), "EARLY_CHILDHOOD_EDUCATION,2;");
  EXPECT_EQ(counts(d, "two universities"), "POSTSECONDARY_EDUCATION,1;");
  EXPECT_EQ(counts(d, "solar powered and solar-powering"), "RENEWABLE_ENERGY,2;");
  EXPECT_EQ(counts(d, "eu-gene oil"), "OIL,1;");
  const IssueEntry& e = d.entry(0);
  EXPECT_EQ(e.category, "EDUCATION");
  EXPECT_EQ(d.entry(4).category, "ENERGY");
  EXPECT_EQ(d.files().describe(d.entry(3).where), "snippet.issues.txt:5");
}

TEST(IssueDictionary, IgnorePhrasesBlockOnlyTheirOwnTokens) {
  auto d = issues();
  EXPECT_EQ(counts(d, "olive oil prices"), "");
  EXPECT_EQ(counts(d, "olive oil and crude oil"), "OIL,1;");  // PETRARCH2 cancels both
  EXPECT_EQ(counts(d, "given a head start"), "");
  EXPECT_EQ(counts(d, "the head start program and oil"), "EARLY_CHILDHOOD_EDUCATION,1;OIL,1;");
}

TEST(IssueDictionary, Errors) {
  auto errors_of = [](std::string_view text) {
    IssueDictionary d;
    CollectingReporter r;
    d.read_text(text, "bad.issues.txt", r);
    std::vector<std::string> out;
    for (auto& e : r.errors) out.push_back(e.what());
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(errors_of("european central bank\n"), V{"bad.issues.txt:1: issue phrase without a [CODE]"});
  EXPECT_EQ(errors_of("v:block m:site [X]\n"), V{"bad.issues.txt:1: issue phrase: unknown prefix 'm:'"});
  EXPECT_EQ(errors_of("a [X]b [X]\n"), V{"bad.issues.txt:1: issue code: unexpected text 'b [X]' outside [ ]"});
  EXPECT_EQ(errors_of("aqim [X] [X]\n"), V{"bad.issues.txt:1: issue entry needs exactly one non-empty [CODE]"});
  EXPECT_EQ(errors_of("~x [X]\n"), V{"bad.issues.txt:1: ignore phrase '~' cannot have a code"});
  EXPECT_EQ(errors_of("</ISSUE>\n"), V{"bad.issues.txt:1: </ISSUE> without <ISSUE ...>"});
  EXPECT_EQ(errors_of("<ISSUE CATEGORY=\"A\">\nx [X]\n"), V{"bad.issues.txt:2: <ISSUE ...> not closed"});
  EXPECT_EQ(errors_of("+ [X]\n"), V{"bad.issues.txt:1: issue phrase: '+' without words"});
  EXPECT_EQ(errors_of("n: [X]\n"), V{"bad.issues.txt:1: issue phrase: 'n:' without a word"});
}

}  // namespace
}  // namespace dyad
