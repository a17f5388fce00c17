#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "text/abbreviations.h"

namespace dyad {
namespace {

std::vector<std::string> sentences_of(const std::string& text,
                                      SentenceSplitter::Input input = SentenceSplitter::Input::kUtf16) {
  SentenceSplitter splitter(input);
  std::vector<std::string> out;
  for (const SentenceSpan& s : splitter.split(text)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Lines = std::vector<std::string>;

// ---- abbreviations, titles, initials ---------------------------------------------------------

struct SplitCase {
  const char* name;
  std::string text;
  Lines expected;
};

void PrintTo(const SplitCase& c, std::ostream* os) { *os << c.name; }

class SplitCaseTest : public testing::TestWithParam<SplitCase> {};

TEST_P(SplitCaseTest, SplitsAsExpected) {
  const SplitCase& c = GetParam();
  EXPECT_EQ(sentences_of(c.text), c.expected) << c.text;
  // The UText-over-UTF-8 path must agree with the UTF-16 path.
  EXPECT_EQ(sentences_of(c.text, SentenceSplitter::Input::kUtf8Text), c.expected) << c.text;
}

const SplitCase kSplitCases[] = {
    {"Titles", "Mr. Smith went to Washington. He met Dr. Jones there.",
     {"Mr. Smith went to Washington.", "He met Dr. Jones there."}},
    {"TitleSequences", "Lt. Col. Omar spoke first. Brig. Gen. Smith left early.",
     {"Lt. Col. Omar spoke first.", "Brig. Gen. Smith left early."}},
    {"LegislatorTitles", "Sen. Bernie Sanders and Rep. Ilhan Omar spoke. Gov. Newsom met Prof. Smith and Rev. Jones.",
     {"Sen. Bernie Sanders and Rep. Ilhan Omar spoke.", "Gov. Newsom met Prof. Smith and Rev. Jones."}},
    {"UsAtSentenceEndBeforeStarter", "Iran imposed sanctions on the U.S. The ministry said so.",
     {"Iran imposed sanctions on the U.S.", "The ministry said so."}},
    {"UsBeforeName", "The U.S. Navy sailed on. It returned.", {"The U.S. Navy sailed on.", "It returned."}},
    {"UsBeforeTitle", "U.S. President Donald Trump spoke on Monday.", {"U.S. President Donald Trump spoke on Monday."}},
    // The documented cost of the starter heuristic: a name after "U.S." stays in the same sentence.
    {"UsBeforeNameIsNotSplit", "He flew to the U.S. Iran protested.", {"He flew to the U.S. Iran protested."}},
    {"UnSecurityCouncil", "The U.N. Security Council met. It voted.", {"The U.N. Security Council met.", "It voted."}},
    {"UkBeforeLowercase", "Ms. Ardern visited the U.K. on Monday. She left.",
     {"Ms. Ardern visited the U.K. on Monday.", "She left."}},
    {"WashingtonDcBeforeStarter", "The talks were held in Washington, D.C. The officials were pleased.",
     {"The talks were held in Washington, D.C.", "The officials were pleased."}},
    {"Initials", "He admired John F. Kennedy. Then he left.", {"He admired John F. Kennedy.", "Then he left."}},
    {"SeveralInitials", "George W. Bush read J. R. R. Tolkien. He liked it.",
     {"George W. Bush read J. R. R. Tolkien.", "He liked it."}},
    {"InitialBeforeStarter", "They chose Plan B. The others disagreed.", {"They chose Plan B.", "The others disagreed."}},
    {"DecimalNumber", "Inflation rose 3.5 percent. Stocks fell.", {"Inflation rose 3.5 percent.", "Stocks fell."}},
    {"NumberAtSentenceEnd", "The rate is 3.5. The bank kept it.", {"The rate is 3.5.", "The bank kept it."}},
    {"NumberPrefix", "He lives at No. 10 Downing Street. It is old.", {"He lives at No. 10 Downing Street.", "It is old."}},
    {"NumberPrefixWithoutNumber", "Iran said No. The talks ended.", {"Iran said No.", "The talks ended."}},
    {"MonthBeforeDay", "On Jan. 6, Iran said nothing. Then it spoke.", {"On Jan. 6, Iran said nothing.", "Then it spoke."}},
    {"MonthAtSentenceEnd", "The war began in Sept. The army was ready.", {"The war began in Sept.", "The army was ready."}},
    {"SaintAndStreet", "St. Petersburg hosted the forum. The office is on Main St. The building is new.",
     {"St. Petersburg hosted the forum.", "The office is on Main St.", "The building is new."}},
    {"JuniorInName", "Martin Luther King Jr. Day is a holiday. Schools close.",
     {"Martin Luther King Jr. Day is a holiday.", "Schools close."}},
    {"CompanySuffixes", "Apple Inc. Chief Executive Tim Cook spoke. He joined Apple Inc. The company grew.",
     {"Apple Inc. Chief Executive Tim Cook spoke.", "He joined Apple Inc.", "The company grew."}},
    {"CompanyThenComma", "Smith & Co. Ltd., the contractor, was fined. It paid.",
     {"Smith & Co. Ltd., the contractor, was fined.", "It paid."}},
    {"TimeOfDay", "The meeting ended at 5 p.m. The leaders left. They met at 10 a.m. Moscow time.",
     {"The meeting ended at 5 p.m.", "The leaders left.", "They met at 10 a.m. Moscow time."}},
    {"TimeBeforeLowercase", "They met at 10 a.m. on Monday. It went well.", {"They met at 10 a.m. on Monday.", "It went well."}},
    {"Versus", "It was Iran vs. Israel again. Nobody won.", {"It was Iran vs. Israel again.", "Nobody won."}},
    {"LatinAbbreviations", "They sent arms, e.g. Tanks and guns. It helped.",
     {"They sent arms, e.g. Tanks and guns.", "It helped."}},
    {"EtceteraMidAndEnd", "They sent tanks, guns, etc. to the front. They sent food, water, etc. The war went on.",
     {"They sent tanks, guns, etc. to the front.", "They sent food, water, etc.", "The war went on."}},
    {"TitleSuffixOfLongerWordStillBreaks", "He saw a forest. The trees were tall.", {"He saw a forest.", "The trees were tall."}},
    // ---- ellipses, questions, exclamations --------------------------------------------------
    {"EllipsisBeforeCapital", "He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
    {"EllipsisBeforeLowercase", "The talks... would continue.", {"The talks... would continue."}},
    {"QuestionsAndExclamations", "What now? Nobody knows! Really.", {"What now?", "Nobody knows!", "Really."}},
    {"QuestionInsideQuoteMidSentence", "He asked \"why?\" and left.", {"He asked \"why?\" and left."}},
    {"QuestionQuoteWithLowercaseAttribution", "\"Are you ready?\" he asked. Nobody answered.",
     {"\"Are you ready?\" he asked.", "Nobody answered."}},
    {"QuestionQuoteWithNamedAttribution", "\"Why not?\" Lukashenko asked Pezeshkian. They laughed.",
     {"\"Why not?\" Lukashenko asked Pezeshkian.", "They laughed."}},
    {"ExclamationWithInvertedAttribution", "\"Go!\" shouted the crowd.", {"\"Go!\" shouted the crowd."}},
    {"PeriodQuoteAttribution", "\"We are ready.\" Lukashenko said. Talks began.",
     {"\"We are ready.\" Lukashenko said.", "Talks began."}},
    {"PeriodQuoteLongSentenceIsNotAttribution",
     "\"We are ready.\" Lukashenko said the talks would continue next week in Minsk and Tehran.",
     {"\"We are ready.\"", "Lukashenko said the talks would continue next week in Minsk and Tehran."}},
    {"CommaQuoteAttribution", "\"You are our friends,\" Lukashenko told Pezeshkian. He smiled.",
     {"\"You are our friends,\" Lukashenko told Pezeshkian.", "He smiled."}},
    {"ColonQuote", "He said: \"We will win.\" Then he left.", {"He said: \"We will win.\"", "Then he left."}},
    // ---- lines and paragraphs ---------------------------------------------------------------
    {"HeadlineWithoutPunctuation", "Belarus and Iran sign deal\nMINSK - The leaders met on Tuesday.",
     {"Belarus and Iran sign deal", "MINSK - The leaders met on Tuesday."}},
    {"NewlineIsHardEvenAfterTitle", "He spoke to Gen.\nSmith replied.", {"He spoke to Gen.", "Smith replied."}},
    {"NewlineIsHardAfterUs", "Iran blamed the U.S.\nRussia agreed.", {"Iran blamed the U.S.", "Russia agreed."}},
    {"Paragraphs", "First paragraph. Second sentence.\nSecond paragraph.",
     {"First paragraph.", "Second sentence.", "Second paragraph."}},
    {"NoFinalPunctuation", "Iran wins", {"Iran wins"}},
    {"LeadingEllipsis", "...and then he left. Next.", {"...and then he left.", "Next."}},
    {"Empty", "", {}},
    {"OnlyWhitespace", "  \n \n ", {}},
    {"NonAscii", "Łukaszenka spoke in Mińsk. Then he left for Zürich.",
     {"Łukaszenka spoke in Mińsk.", "Then he left for Zürich."}},
    {"AstralCharacters", "Iran 🇮🇷 wins. Belarus 😀 loses. End.", {"Iran 🇮🇷 wins.", "Belarus 😀 loses.", "End."}},
    {"InvalidUtf8", "Bad \xFF byte here. Next one \xC3 too.", {"Bad \xFF byte here.", "Next one \xC3 too."}},
};

INSTANTIATE_TEST_SUITE_P(Cases, SplitCaseTest, testing::ValuesIn(kSplitCases),
                         [](const testing::TestParamInfo<SplitCase>& info) { return std::string(info.param.name); });

TEST(SentenceSplitterTest, SpansAreTrimmedByteOffsets) {
  const std::string text = "  Hello there.  \n  Next one.  ";
  SentenceSplitter splitter;
  const std::vector<SentenceSpan> spans = splitter.split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(spans[0].end, 14u);
  EXPECT_EQ(spans[1].begin, 19u);
  EXPECT_EQ(spans[1].end, 28u);
}

TEST(SentenceSplitterTest, OffsetsAreUtf8BytesAfterAstralCharacters) {
  const std::string text = "A 😀 b. C d.";  // the emoji is 4 bytes, 2 UTF-16 units
  SentenceSplitter splitter;
  const std::vector<SentenceSpan> spans = splitter.split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 0u);
  EXPECT_EQ(spans[0].end, 9u);
  EXPECT_EQ(spans[1].begin, 10u);
  EXPECT_EQ(spans[1].end, 14u);
}

TEST(SentenceSplitterTest, ReusedSplitterAndOutputVectorGiveTheSameResult) {
  SentenceSplitter splitter;
  std::vector<SentenceSpan> out;
  splitter.split("Éire voted. Ireland won.", out);
  ASSERT_EQ(out.size(), 2u);
  splitter.split("One. Two. Three.", out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[2].begin, 10u);
  EXPECT_EQ(out[2].end, 16u);
}

TEST(SentenceSplitterTest, LongSentenceIsCutAtSpacesWithinTheCap) {
  std::string text;
  while (text.size() < 3 * kMaxSentenceBytes) text += "word ";
  text += "end.";
  SentenceSplitter splitter;
  const std::vector<SentenceSpan> spans = splitter.split(text);
  ASSERT_GE(spans.size(), 4u);
  uint32_t previous_end = 0;
  for (const SentenceSpan& s : spans) {
    EXPECT_LE(s.end - s.begin, kMaxSentenceBytes);
    EXPECT_GE(s.begin, previous_end);
    EXPECT_EQ(text[s.begin], 'w');                                           // cut between words
    EXPECT_TRUE(text[s.end - 1] == 'd' || text[s.end - 1] == '.') << s.end;  // "word" or "end."
    previous_end = s.end;
  }
  EXPECT_EQ(spans.back().end, text.size());
}

TEST(SentenceSplitterTest, LongLineWithoutSpacesIsCutAtCharacterBoundaries) {
  std::string text;
  while (text.size() < 2 * kMaxSentenceBytes + 10) text += "\xC3\xA9";  // é, 2 bytes
  SentenceSplitter splitter;
  const std::vector<SentenceSpan> spans = splitter.split(text);
  ASSERT_GE(spans.size(), 3u);
  for (const SentenceSpan& s : spans) {
    EXPECT_LE(s.end - s.begin, kMaxSentenceBytes);
    EXPECT_EQ(static_cast<unsigned char>(text[s.begin]), 0xC3u);
  }
  EXPECT_EQ(spans.back().end, text.size());
}

TEST(SentenceSplitterTest, SplittersOnSeveralThreadsAgree) {
  const std::string text =
      "Mr. Smith met Lt. Col. Omar. The U.S. The ministry said. \"A. B,\" he said.\nHeadline\nNext one.";
  const std::vector<std::string> expected = sentences_of(text);
  ASSERT_EQ(expected.size(), 6u);
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      SentenceSplitter splitter;  // one per thread, cloned from the shared prototype
      for (int round = 0; round < 200; ++round) {
        results[t].clear();
        for (const SentenceSpan& s : splitter.split(text)) results[t].push_back(text.substr(s.begin, s.end - s.begin));
      }
    });
  for (std::thread& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

// Texts glued from tricky pieces: whatever the splitter decides, its spans must be ordered,
// non-empty, trimmed, inside the text, and its group and speaker indices valid.
TEST(SentenceSplitterTest, RandomTrickyTextsKeepTheSpanInvariants) {
  const std::vector<std::string> pieces = {"U.S.", " ",   ". ",  "\"",  "\n",  "Mr.",  "The", "said", "a",   "F.",
                                           "?",    "!\" ", ":",  "...", "No.", "10",  "\xC3\xA9", "\xF0\x9F\x98\x80",
                                           "\xFF", ",\" he said. ", "  \n  ", "e.g.", "(", ")", "\t", "'"};
  uint32_t state = 7;
  SentenceSplitter splitter;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int length = round % 60;
    for (int k = 0; k < length; ++k) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 16) % pieces.size()];
    }
    const std::vector<SentenceSpan> spans = splitter.split(text);
    uint32_t previous_end = 0;
    for (size_t i = 0; i < spans.size(); ++i) {
      const SentenceSpan& s = spans[i];
      ASSERT_LT(s.begin, s.end) << text;
      ASSERT_LE(s.end, text.size()) << text;
      ASSERT_GE(s.begin, previous_end) << text;
      ASSERT_FALSE(std::isspace(static_cast<unsigned char>(text[s.begin]))) << text;
      ASSERT_FALSE(std::isspace(static_cast<unsigned char>(text[s.end - 1]))) << text;
      ASSERT_GE(s.quote_group, -1);
      ASSERT_GE(s.speaker, -1);
      ASSERT_LT(s.speaker, static_cast<int32_t>(spans.size()));
      if (s.quote_group < 0) {
        ASSERT_EQ(s.speaker, -1);
      }
      previous_end = s.end;
    }
    // Nothing but whitespace is left out.
    std::string rest;
    uint32_t at = 0;
    for (const SentenceSpan& s : spans) {
      rest += text.substr(at, s.begin - at);
      at = s.end;
    }
    rest += text.substr(at);
    for (char c : rest) ASSERT_TRUE(std::isspace(static_cast<unsigned char>(c))) << text;
  }
}

TEST(AbbreviationsTest, LookupIsCaseSensitiveAndNeedsThePeriod) {
  EXPECT_EQ(find_abbreviation("Gen."), AbbreviationKind::kTitle);
  EXPECT_EQ(find_abbreviation("U.S."), AbbreviationKind::kMaybeFinal);
  EXPECT_EQ(find_abbreviation("No."), AbbreviationKind::kNumberPrefix);
  EXPECT_EQ(find_abbreviation("e.g."), AbbreviationKind::kNeverFinal);
  EXPECT_EQ(find_abbreviation("gen."), std::nullopt);
  EXPECT_EQ(find_abbreviation("Gen"), std::nullopt);
  EXPECT_EQ(find_abbreviation("General."), std::nullopt);
  EXPECT_EQ(find_abbreviation(""), std::nullopt);
  EXPECT_GE(news_abbreviations().size(), 80u);
}

// ---- quotations that span sentences ------------------------------------------------------------

struct Sentence {
  std::string text;
  int32_t quote_group;
  int32_t speaker;
  bool operator==(const Sentence&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Sentence& s) {
  return os << "{\"" << s.text << "\", " << s.quote_group << ", " << s.speaker << "}";
}

std::vector<Sentence> analysed(const std::string& text) {
  SentenceSplitter splitter;
  std::vector<Sentence> out;
  for (const SentenceSpan& s : splitter.split(text))
    out.push_back({text.substr(s.begin, s.end - s.begin), s.quote_group, s.speaker});
  return out;
}

TEST(QuoteGroupTest, TrailingAttributionNamesTheSpeaker) {
  EXPECT_EQ(analysed("\"We are ready. We are willing,\" said the minister. Talks began."),
            (std::vector<Sentence>{{"\"We are ready.", 0, 1},
                                   {"We are willing,\" said the minister.", 0, 1},
                                   {"Talks began.", -1, -1}}));
}

TEST(QuoteGroupTest, ColonBeforeTheQuoteNamesTheSpeaker) {
  EXPECT_EQ(analysed("Talks began. Lukashenko added: \"We are ready. We have no closed topics.\""),
            (std::vector<Sentence>{{"Talks began.", -1, -1},
                                   {"Lukashenko added: \"We are ready.", 0, 1},
                                   {"We have no closed topics.\"", 0, 1}}));
  EXPECT_EQ(analysed("The minister: \"We are ready. We will act.\""),
            (std::vector<Sentence>{{"The minister: \"We are ready.", 0, 0}, {"We will act.\"", 0, 0}}));
}

TEST(QuoteGroupTest, PeriodQuoteThenAttributionIsJoinedAndNamed) {
  EXPECT_EQ(analysed("\"We are ready. We are willing.\" Lukashenko said."),
            (std::vector<Sentence>{{"\"We are ready.", 0, 1}, {"We are willing.\" Lukashenko said.", 0, 1}}));
}

TEST(QuoteGroupTest, PreviousSentenceWithSpeechVerbNamesTheSpeaker) {
  EXPECT_EQ(analysed("Lukashenko said on Tuesday that ties were strong. \"We are friends. We will stay friends.\""),
            (std::vector<Sentence>{{"Lukashenko said on Tuesday that ties were strong.", -1, -1},
                                   {"\"We are friends.", 0, 0},
                                   {"We will stay friends.\"", 0, 0}}));
}

TEST(QuoteGroupTest, AttributionOutsideTheQuotesOfThePreviousSentenceNamesTheSpeaker) {
  EXPECT_EQ(analysed("\"This is not over,\" he said. \"We will be back. And we will win.\""),
            (std::vector<Sentence>{{"\"This is not over,\" he said.", -1, -1},
                                   {"\"We will be back.", 0, 0},
                                   {"And we will win.\"", 0, 0}}));
  // The verb inside the previous sentence's quote attributes nothing.
  EXPECT_EQ(analysed("He wrote \"they said no\" on the wall. \"We will be back. And we will win.\""),
            (std::vector<Sentence>{{"He wrote \"they said no\" on the wall.", -1, -1},
                                   {"\"We will be back.", 0, 0},
                                   {"And we will win.\"", 0, 0}}));
  EXPECT_EQ(analysed("Officials were \"said to be\" calm. \"We will be back. And we will win.\""),
            (std::vector<Sentence>{{"Officials were \"said to be\" calm.", -1, -1},
                                   {"\"We will be back.", 0, -1},
                                   {"And we will win.\"", 0, -1}}));
}

TEST(QuoteGroupTest, NextSentenceAttributionNamesTheSpeaker) {
  // "?" then a capitalised sentence: ICU breaks and the sentence is too long to be joined, but it
  // still opens with the attribution.
  EXPECT_EQ(analysed("\"Is it over? Is it done?\" Pezeshkian asked his hosts at the end of a long day in Minsk."),
            (std::vector<Sentence>{{"\"Is it over?", 0, 2},
                                   {"Is it done?\"", 0, 2},
                                   {"Pezeshkian asked his hosts at the end of a long day in Minsk.", -1, -1}}));
}

TEST(QuoteGroupTest, QuoteWithoutAttributionHasNoSpeaker) {
  EXPECT_EQ(analysed("\"We are ready. We are willing.\" The crowd cheered loudly in the square."),
            (std::vector<Sentence>{{"\"We are ready.", 0, -1},
                                   {"We are willing.\"", 0, -1},
                                   {"The crowd cheered loudly in the square.", -1, -1}}));
}

TEST(QuoteGroupTest, QuoteContinuesIntoNextParagraphThatOpensWithAQuote) {
  EXPECT_EQ(analysed("The minister spoke.\n\"We are ready. We are willing.\n\"We will act soon,\" she said.\nEnd."),
            (std::vector<Sentence>{{"The minister spoke.", -1, -1},
                                   {"\"We are ready.", 0, 3},
                                   {"We are willing.", 0, 3},
                                   {"\"We will act soon,\" she said.", 0, 3},
                                   {"End.", -1, -1}}));
}

TEST(QuoteGroupTest, UnclosedQuoteEndsWithItsParagraph) {
  EXPECT_EQ(analysed("\"We are ready. We are willing\nNext paragraph here."),
            (std::vector<Sentence>{{"\"We are ready.", 0, -1},
                                   {"We are willing", 0, -1},
                                   {"Next paragraph here.", -1, -1}}));
}

TEST(QuoteGroupTest, SingleSentenceQuotesGetNoGroupAndGroupsAreNumberedInOrder) {
  EXPECT_EQ(analysed("\"We are ready,\" he said. \"Go now. Stay there,\" she said. \"Eat. Sleep,\" they said."),
            (std::vector<Sentence>{{"\"We are ready,\" he said.", -1, -1},
                                   {"\"Go now.", 0, 2},
                                   {"Stay there,\" she said.", 0, 2},
                                   {"\"Eat.", 1, 4},
                                   {"Sleep,\" they said.", 1, 4}}));
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The cleaner is someone else's: straighten the article's curly quotes and dashes locally.
std::string straighten(std::string s) {
  const std::pair<const char*, const char*> kMap[] = {{"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""},
                                                      {"\xE2\x80\x98", "'"},  {"\xE2\x80\x99", "'"},
                                                      {"\xE2\x80\x94", " - "}, {"\xE2\x80\x93", "-"}};
  for (auto [from, to] : kMap)
    for (size_t at; (at = s.find(from)) != std::string::npos;) s.replace(at, std::strlen(from), to);
  return s;
}

TEST(QuoteGroupTest, BelarusIranArticleKeepsQuotesWithTheirSpeakers) {
  const std::string raw = read_file(std::string(DYAD_SHARED_DIR) + "/examples/belarus-iran-2025-08-20.txt");
  ASSERT_FALSE(raw.empty()) << "cannot read the example article under " << DYAD_SHARED_DIR;
  const std::string text = straighten(raw);
  const std::vector<Sentence> s = analysed(text);
  auto index_of = [&](std::string_view start) {
    for (size_t i = 0; i < s.size(); ++i)
      if (s[i].text.rfind(start, 0) == 0) return static_cast<int32_t>(i);
    ADD_FAILURE() << "no sentence starts with " << start;
    return int32_t{-1};
  };
  // "You have been ... before Iran. I want you ... friends," Lukashenko told Pezeshkian.
  const int32_t friends = index_of("\"You have been and remain our friends");
  ASSERT_GE(friends, 0);
  EXPECT_EQ(s[friends + 1].text,
            "I want you to understand that you have come to your friends, and you can and should feel here as "
            "among friends,\" Lukashenko told Pezeshkian.");
  EXPECT_GE(s[friends].quote_group, 0);
  EXPECT_EQ(s[friends + 1].quote_group, s[friends].quote_group);
  EXPECT_EQ(s[friends].speaker, friends + 1);
  EXPECT_EQ(s[friends + 1].speaker, friends + 1);
  // Lukashenko added: "We are ready ... Belarusian." : six sentences, speaker in the first.
  const int32_t added = index_of("Lukashenko added: \"We are ready to discuss any issues.");
  ASSERT_GE(added, 0);
  const int32_t group = s[added].quote_group;
  EXPECT_GE(group, 0);
  EXPECT_NE(group, s[friends].quote_group);
  EXPECT_EQ(s[added - 1].quote_group, -1);
  for (int32_t i = added; i < added + 6; ++i) {
    EXPECT_EQ(s[i].quote_group, group) << s[i].text;
    EXPECT_EQ(s[i].speaker, added) << s[i].text;
  }
  EXPECT_EQ(s[added + 5].text, "We do everything for the benefit of our peoples - the Iranian and the Belarusian.\"");
  EXPECT_EQ(s[added + 6].quote_group, -1);
  // A one-sentence quote is no group; boilerplate lines are sentences of their own.
  const int32_t understand = index_of("\"We understand that the only thing");
  ASSERT_GE(understand, 0);
  EXPECT_EQ(s[understand].quote_group, -1);
  EXPECT_GE(index_of("Read more"), 0);
  EXPECT_EQ(s.back().text, "Related articles");
  EXPECT_EQ(s.size(), 22u);
}

}  // namespace
}  // namespace dyad
