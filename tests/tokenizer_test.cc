#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

// The text with every token bracketed at its offsets: "Iran's rise." -> "[Iran]['s] [rise][.]".
// Shows offsets exactly: every byte of the input appears once, in place.
std::string marked(const std::string& text, const std::vector<Token>& tokens) {
  std::string out;
  size_t at = 0;
  for (const Token& t : tokens) {
    if (t.begin < at || t.end <= t.begin || t.end > text.size()) return "bad offsets";
    out.append(text, at, t.begin - at);
    out += '[';
    out.append(text, t.begin, t.end - t.begin);
    out += ']';
    at = t.end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

// Token::text joined by single spaces.
std::string texts(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  return out;
}

struct TokenCase {
  const char* name;
  std::string text;
  std::string marked;     // expected token boundaries
  std::string texts = {};  // expected Token::text, when it differs from the surface (quotes)
};

void PrintTo(const TokenCase& c, std::ostream* os) { *os << c.name; }

class TokenCaseTest : public testing::TestWithParam<TokenCase> {};

TEST_P(TokenCaseTest, TokenizesAsExpected) {
  const TokenCase& c = GetParam();
  std::vector<Token> tokens;
  tokenize(c.text, 0, static_cast<uint32_t>(c.text.size()), tokens);
  EXPECT_EQ(marked(c.text, tokens), c.marked);
  if (!c.texts.empty()) {
    EXPECT_EQ(texts(tokens), c.texts);
  } else {
    for (const Token& t : tokens) EXPECT_EQ(t.text, c.text.substr(t.begin, t.end - t.begin));
  }
  for (const Token& t : tokens) {
    EXPECT_EQ(t.tag, Pos::X);
    EXPECT_TRUE(t.lemma.empty());
  }
}

const TokenCase kTokenCases[] = {
    // clitics
    {"Possessive", "Iran's rise.", "[Iran]['s] [rise][.]"},
    {"PluralPossessive", "the countries' delegations", "[the] [countries]['] [delegations]"},
    {"PluralPossessiveAtEnd", "the Belarusians'.", "[the] [Belarusians]['][.]"},
    {"Negation", "They didn't go.", "[They] [did][n't] [go][.]"},
    {"IrregularNegation", "We can't and won't.", "[We] [ca][n't] [and] [wo][n't][.]"},
    {"UppercaseClitics", "IRAN'S LEADERS DON'T", "[IRAN]['S] [LEADERS] [DO][N'T]"},
    {"OtherClitics", "They're here, we've seen, you'll see, he'd go, I'm in.",
     "[They]['re] [here][,] [we]['ve] [seen][,] [you]['ll] [see][,] [he]['d] [go][,] [I]['m] [in][.]"},
    {"InnerApostrophes", "O'Brien met rock'n'roll fans.", "[O'Brien] [met] [rock'n'roll] [fans][.]"},
    {"ElidedCentury", "in the '90s", "[in] [the] ['90s]"},
    // abbreviations and initials
    {"FinalAbbreviationKeepsPeriod", "The U.S. imposed sanctions on the U.K.",
     "[The] [U.S.] [imposed] [sanctions] [on] [the] [U.K.]"},
    {"Titles", "Gen. Smith and Lt. Col. Omar met Sept. 5.", "[Gen.] [Smith] [and] [Lt.] [Col.] [Omar] [met] [Sept.] [5][.]"},
    {"CompanyAndTime", "Apple Inc. rose at 9 a.m. today.", "[Apple] [Inc.] [rose] [at] [9] [a.m.] [today][.]"},
    {"Initial", "John F. Kennedy spoke.", "[John] [F.] [Kennedy] [spoke][.]"},
    {"FinalInitialGivesBackItsPeriod", "They chose Plan B.", "[They] [chose] [Plan] [B][.]"},
    {"LatinAbbreviations", "e.g. tanks, i.e. armor, vs. Iran", "[e.g.] [tanks][,] [i.e.] [armor][,] [vs.] [Iran]"},
    {"UnknownAbbreviationBeforeLowercase", "Alta. lawmakers voted.", "[Alta.] [lawmakers] [voted][.]"},
    {"StateAbbreviation", "Sen. Tim Kaine, D-Va., spoke in St. Louis, Mo.", "[Sen.] [Tim] [Kaine][,] [D-Va.][,] [spoke] [in] [St.] [Louis][,] [Mo.]"},
    {"PossessiveAfterAcronym", "the E.U.'s envoy and the 1990's", "[the] [E.U.]['s] [envoy] [and] [the] [1990]['s]"},
    {"NumberPrefixAndStreet", "No. 10 Downing St.", "[No.] [10] [Downing] [St.]"},
    {"NumberPrefixWithoutNumber", "Iran said No. Vol. 3 of pp. 5", "[Iran] [said] [No][.] [Vol.] [3] [of] [pp.] [5]"},
    {"EtceteraAtEnd", "tanks, guns, etc.", "[tanks][,] [guns][,] [etc.]"},
    {"MonthBeforeDay", "the Jan. 6 attack", "[the] [Jan.] [6] [attack]"},
    {"TitlesWithoutName", "Mr. and Mrs. Smith", "[Mr.] [and] [Mrs.] [Smith]"},
    {"HyphenatedAcronym", "a U.S.-led coalition", "[a] [U.S.-led] [coalition]"},
    {"AbbreviationInParentheses", "(Gen. Smith)", "[(][Gen.] [Smith][)]"},
    // numbers, money, percentages
    {"MoneyAndPercent", "It rose 3.5 percent to $2.5 billion, or 2.5%.",
     "[It] [rose] [3.5] [percent] [to] [$2.5] [billion][,] [or] [2.5%][.]"},
    {"ThousandsRangesAndTimes", "About 1,200 troops in 2024-25 at 19:30.",
     "[About] [1,200] [troops] [in] [2024-25] [at] [19:30][.]"},
    {"CommaNotThousands", "In 2024,12 died and 1,2 left.", "[In] [2024][,][12] [died] [and] [1][,][2] [left][.]"},
    {"Dates", "20/08/2025 and 24/7", "[20/08/2025] [and] [24/7]"},
    {"NegativeNumber", "Temperatures fell to -5 degrees.", "[Temperatures] [fell] [to] [-5] [degrees][.]"},
    {"CurrencySigns", "It cost €5 and £3.5m.", "[It] [cost] [€5] [and] [£3.5m][.]"},
    {"LoneDollar", "in $ terms", "[in] [$] [terms]"},
    {"AlphanumericNames", "5G and F-16 jets", "[5G] [and] [F-16] [jets]"},
    {"Ampersands", "AT&T and S&P 500 & more", "[AT&T] [and] [S&P] [500] [&] [more]"},
    // hyphens and dashes
    {"HyphenatedWords", "military-technical ties, Zapad-2025 and Russia-Belarus drills",
     "[military-technical] [ties][,] [Zapad-2025] [and] [Russia-Belarus] [drills]"},
    {"SpacedDash", "our peoples - the Iranian", "[our] [peoples] [-] [the] [Iranian]"},
    {"DoubleDash", "He left -- quickly.", "[He] [left] [--] [quickly][.]"},
    // punctuation and quotes
    {"Punctuation", "Why? Because (he said) it's over; done: yes!",
     "[Why][?] [Because] [(][he] [said][)] [it]['s] [over][;] [done][:] [yes][!]"},
    {"ColonWithoutSpace", "Note:this", "[Note][:][this]"},
    {"Ellipsis", "He said... but then...", "[He] [said][...] [but] [then][...]"},
    {"DoubleQuotes", "\"We are ready,\" he said.", "[\"][We] [are] [ready][,][\"] [he] [said][.]",
     "`` We are ready , '' he said ."},
    {"QuotesInParentheses", "(\"Yes\")", "[(][\"][Yes][\"][)]", "( `` Yes '' )"},
    {"FinalQuotedWord", "He said \"no.\"", "[He] [said] [\"][no][.][\"]", "He said `` no . ''"},
    {"SingleQuotes", "He called it 'a mistake'.", "[He] [called] [it] ['][a] [mistake]['][.]",
     "He called it ` a mistake ' ."},
    {"ParenthesisedSentence", "(See page 5.)", "[(][See] [page] [5][.][)]"},
    // addresses and non-ASCII
    {"Url", "See https://example.com/a?b=1, now.", "[See] [https://example.com/a?b=1][,] [now][.]"},
    {"Www", "(www.rferl.org)", "[(][www.rferl.org][)]"},
    {"Email", "Write to press@mfa.gov.by.", "[Write] [to] [press@mfa.gov.by][.]"},
    {"HashtagAndHandle", "#Belarus @lukashenko", "[#Belarus] [@lukashenko]"},
    {"NonAsciiLetters", "Zürich and Łódź met São Paulo.", "[Zürich] [and] [Łódź] [met] [São] [Paulo][.]"},
    {"NonAsciiSymbol", "Iran • Belarus", "[Iran] [•] [Belarus]"},
    {"InvalidUtf8Byte", "a\xFF" "b c", "[a][\xFF][b] [c]"},
    {"NewlinesAndTabs", "one\ttwo\nthree", "[one]\t[two]\n[three]"},
};

INSTANTIATE_TEST_SUITE_P(Cases, TokenCaseTest, testing::ValuesIn(kTokenCases),
                         [](const testing::TestParamInfo<TokenCase>& info) { return std::string(info.param.name); });

TEST(TokenizerTest, OffsetsAreInTheWholeTextAndTokensAreAppended) {
  const std::string text = "First one. Iran's U.S. deal.";
  std::vector<Token> tokens;
  tokenize(text, 0, 10, tokens);
  ASSERT_EQ(tokens.size(), 3u);
  tokenize(text, 11, static_cast<uint32_t>(text.size()), tokens);
  ASSERT_EQ(tokens.size(), 8u);
  const std::vector<std::tuple<std::string, uint32_t, uint32_t>> expected = {
      {"First", 0, 5}, {"one", 6, 9}, {".", 9, 10}, {"Iran", 11, 15},
      {"'s", 15, 17},  {"U.S.", 18, 22}, {"deal", 23, 27}, {".", 27, 28}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(tokens[i].text, std::get<0>(expected[i])) << i;
    EXPECT_EQ(tokens[i].begin, std::get<1>(expected[i])) << i;
    EXPECT_EQ(tokens[i].end, std::get<2>(expected[i])) << i;
  }
}

TEST(TokenizerTest, QuoteAtSpanStartIsJudgedByTheCharacterBefore) {
  // The span starts at the quote; the character before it is a space, so it opens.
  const std::string text = "He left. \"Go,\" she said.";
  std::vector<Token> tokens;
  tokenize(text, 9, static_cast<uint32_t>(text.size()), tokens);
  EXPECT_EQ(texts(tokens), "`` Go , '' she said .");
  EXPECT_EQ(tokens[0].begin, 9u);
}

TEST(TokenizerTest, EmptyReversedAndOverlongSpans) {
  const std::string text = "Iran spoke.";
  std::vector<Token> tokens;
  tokenize(text, 0, 0, tokens);
  tokenize(text, 5, 3, tokens);
  tokenize("   \n ", 0, 5, tokens);
  EXPECT_TRUE(tokens.empty());
  tokenize(text, 5, 1000, tokens);  // end is clamped
  EXPECT_EQ(marked(text, tokens), "Iran [spoke][.]");
}

TEST(TokenizerTest, TruncatedUtf8AtSpanEndDoesNotReadPastIt) {
  const std::string text = "caf\xC3\xA9";
  std::vector<Token> tokens;
  tokenize(text, 0, 4, tokens);  // cuts the é in half
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].text, "caf");
  EXPECT_EQ(tokens[1].text, "\xC3");
  EXPECT_EQ(tokens[1].end, 4u);
}

TEST(TokenizerTest, BinaryJunkNeverLosesOrOverlapsBytes) {
  std::string junk;
  uint32_t state = 12345;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245u + 12345u;
    junk += static_cast<char>(state >> 24);
  }
  std::vector<Token> tokens;
  tokenize(junk, 0, static_cast<uint32_t>(junk.size()), tokens);
  ASSERT_FALSE(tokens.empty());
  uint32_t at = 0;
  for (const Token& t : tokens) {
    ASSERT_GE(t.begin, at);
    ASSERT_GT(t.end, t.begin);
    for (uint32_t k = at; k < t.begin; ++k) ASSERT_TRUE(std::isspace(static_cast<unsigned char>(junk[k])) || junk[k] == '\0' ||
                                                        static_cast<unsigned char>(junk[k]) >= 0x80)
        << "byte " << k << " dropped";
    at = t.end;
  }
  EXPECT_LE(at, junk.size());
}

}  // namespace
}  // namespace dyad
