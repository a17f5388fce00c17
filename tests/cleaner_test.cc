#include "text/cleaner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/document_reader.h"
#include "text/boilerplate.h"

namespace dyad {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool has_line(const std::string& text, const std::string& line) {
  for (const std::string& l : lines_of(text))
    if (l == line) return true;
  return false;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The raw bytes that produced clean bytes [begin, end).
std::string raw_span(std::string_view raw, const CleanedText& clean, size_t begin, size_t end) {
  const uint32_t b = clean.to_original(static_cast<uint32_t>(begin));
  const uint32_t e = clean.to_original(static_cast<uint32_t>(end));
  return std::string(raw.substr(b, e - b));
}

// ---- characters and offsets ------------------------------------------------

TEST(CleanerCharactersTest, NormalisesQuotesDashesSpacesAndEllipsis) {
  const std::string raw =
      "\xE2\x80\x9CWe are ready,\xE2\x80\x9D he said \xE2\x80\x94 it\xE2\x80\x99s \xC2\xAB" "done\xC2\xBB\xE2\x80\xA6";
  const CleanedText clean = clean_text(raw);
  EXPECT_EQ(clean.text, "\"We are ready,\" he said - it's \"done\"...");
}

TEST(CleanerCharactersTest, EmDashBetweenWordsSeparatesThem) {
  EXPECT_EQ(clean_text("our peoples\xE2\x80\x94the Iranian and the Belarusian.").text,
            "our peoples - the Iranian and the Belarusian.");
  // An en dash joins, as in a compound or a range.
  EXPECT_EQ(clean_text("the Russia\xE2\x80\x93" "Belarus war games of 2019\xE2\x80\x93" "2021.").text,
            "the Russia-Belarus war games of 2019-2021.");
}

TEST(CleanerCharactersTest, RemovesZeroWidthAndCollapsesSpaces) {
  EXPECT_EQ(clean_text("  The\xE2\x80\x8B talks \t\xC2\xA0 ended\xE2\x80\x89quickly.  ").text, "The talks ended quickly.");
  EXPECT_EQ(clean_text("soft\xC2\xADhyphen and\xEF\xBB\xBF BOM").text, "softhyphen and BOM");
}

TEST(CleanerCharactersTest, LineBreaksBecomeSingleNewlines) {
  EXPECT_EQ(clean_text("First line.\r\n\r\n  \r\nSecond line.\rThird line.\xE2\x80\xA8" "Fourth.\n").text,
            "First line.\nSecond line.\nThird line.\nFourth.");
}

TEST(CleanerCharactersTest, AppliesNfc) {
  // "Noe" + U+0308 COMBINING DIAERESIS -> "Noël" with precomposed U+00EB.
  EXPECT_EQ(clean_text("Jean-Noe\xCC\x88l Barrot").text, "Jean-No\xC3\xABl Barrot");
  // Already composed text is left alone.
  EXPECT_EQ(clean_text("Vu\xC4\x8Di\xC4\x87").text, "Vu\xC4\x8Di\xC4\x87");
}

TEST(CleanerOffsetsTest, OriginSizeIsTextSizePlusOne) {
  for (const char* raw : {"", "a", "Read more", "x \xE2\x80\x94 y\r\nz\xE2\x80\xA6", "\n\n"}) {
    const CleanedText clean = clean_text(raw);
    EXPECT_EQ(clean.origin.size(), clean.text.size() + 1) << raw;
  }
}

TEST(CleanerOffsetsTest, EveryReplacementMapsBackToItsRawCharacter) {
  //                 0         1         2         3
  //                 0123456789012345678901234567890123
  const std::string raw =
      "He said\xC2\xA0\xE2\x80\x9CNo\xE2\x80\x9D\xE2\x80\x94then left\xE2\x80\xA6\r\nJean-Noe\xCC\x88l\xE2\x80\x8B arrived.";
  const CleanedText clean = clean_text(raw);
  ASSERT_EQ(clean.text, "He said \"No\" - then left...\nJean-No\xC3\xABl arrived.");
  ASSERT_EQ(clean.origin.size(), clean.text.size() + 1);

  const auto at = [&](const std::string& part) { return clean.text.find(part); };
  // Unchanged ASCII maps byte for byte.
  EXPECT_EQ(raw_span(raw, clean, at("said"), at("said") + 4), "said");
  // The NBSP became a space that points at the NBSP.
  EXPECT_EQ(raw.substr(clean.to_original(7), 2), "\xC2\xA0");
  // Curly quotes.
  EXPECT_EQ(raw_span(raw, clean, at("\"No\""), at("\"No\"") + 4), "\xE2\x80\x9CNo\xE2\x80\x9D");
  // The em dash expanded to " - ": all three bytes point at it.
  const size_t dash = at(" - ");
  for (size_t k = 0; k < 3; ++k) EXPECT_EQ(raw.substr(clean.to_original(dash + k), 3), "\xE2\x80\x94");
  EXPECT_EQ(raw_span(raw, clean, at("then"), at("then") + 4), "then");
  // The ellipsis.
  const size_t dots = at("...");
  EXPECT_EQ(raw_span(raw, clean, dots, dots + 3), "\xE2\x80\xA6");
  // The paragraph break points at the CR of CRLF.
  EXPECT_EQ(raw[clean.to_original(at("\n"))], '\r');
  // The NFC-composed letter maps to its decomposed raw form, so the name's
  // span covers the combining mark; a removed character (the zero-width
  // space) belongs to the gap before the next kept one.
  EXPECT_EQ(raw_span(raw, clean, at("Jean"), at("\xC3\xAB")), "Jean-No");
  EXPECT_EQ(raw_span(raw, clean, at("\xC3\xAB"), at("\xC3\xAB") + 2), "e\xCC\x88");
  EXPECT_EQ(raw_span(raw, clean, at("Jean"), at(" arrived")), "Jean-Noe\xCC\x88l\xE2\x80\x8B");
  // Text after the removed zero-width space.
  EXPECT_EQ(raw_span(raw, clean, at("arrived."), clean.text.size()), "arrived.");
}

TEST(CleanerOffsetsTest, OffsetsSurviveDroppedBoilerplateLines) {
  const std::string raw = "Read more\nCategoryLatest newsOther Story Headline\nThe minister resigned on Monday.\nShare\n";
  const CleanedText clean = clean_text(raw);
  ASSERT_EQ(clean.text, "The minister resigned on Monday.");
  EXPECT_EQ(raw_span(raw, clean, 0, clean.text.size()), "The minister resigned on Monday.");
  EXPECT_EQ(clean.to_original(4), raw.find("minister"));
  EXPECT_EQ(clean.to_original(1000), clean.origin.back());  // clamped
}

// ---- boilerplate rules ------------------------------------------------------

BoilerplateRule rule_for(std::string_view line) {
  BoilerplateFilter filter;
  return filter.classify(line);
}

TEST(BoilerplateTest, SentencesAreKeptEvenWhenTheyLookLikeFurniture) {
  for (const char* sentence : {
           "By Tuesday evening, the last of the protesters had left the square.",
           "Copyright disputes between the two broadcasters have escalated.",
           "Subscribers to the state channel lost access to it, the company said on its website.",
           "Home Secretary Yvette Cooper said the expulsions were justified.",
           "NATO Secretary General Mark Rutte met Polish President Karol Nawrocki in Warsaw.",
           "KYIV, March 3 (Reuters) - Russia launched more than 90 drones at Ukraine overnight.",
           "\"Follow us, and you will be safe,\" the commander told the villagers.",
           "Google said it would stop using third-party cookies in its browser.",
           "Related talks in Geneva ended without agreement on Friday.",
           "Updated figures from the health ministry put the death toll at 41.",
       }) {
    EXPECT_EQ(rule_for(sentence), BoilerplateRule::kNone) << sentence;
  }
}

TEST(BoilerplateTest, RecognisesEachKindOfFurniture) {
  const std::pair<const char*, BoilerplateRule> cases[] = {
      {"Read more", BoilerplateRule::kRelatedMarker},
      {"Related articles", BoilerplateRule::kRelatedMarker},
      {"You may also like", BoilerplateRule::kRelatedMarker},
      {"Advertisement", BoilerplateRule::kLabel},
      {"Share this", BoilerplateRule::kLabel},
      {"Sign up", BoilerplateRule::kLabel},
      {"Click here", BoilerplateRule::kCallToAction},
      {"Subscribe to our newsletter", BoilerplateRule::kCallToAction},
      {"Follow us on X and Telegram", BoilerplateRule::kCallToAction},
      {"Click here to read the full report.", BoilerplateRule::kCallToAction},
      {"We use cookies to personalise content. By continuing you accept our cookie policy.",
       BoilerplateRule::kCookieNotice},
      {"Copyright 2025 Example News Ltd", BoilerplateRule::kCopyright},
      {"\xC2\xA9 2025 Example News. All rights reserved.", BoilerplateRule::kCopyright},
      {"All rights reserved", BoilerplateRule::kCopyright},
      {"Aug 12, 2025 16:37", BoilerplateRule::kTimestamp},
      {"12:30 GMT", BoilerplateRule::kTimestamp},
      {"Updated 3 hours ago", BoilerplateRule::kTimestamp},
      {"Tuesday 19 August 2025, 14:02 BST", BoilerplateRule::kTimestamp},
      {"20.08.2025 | 10:41", BoilerplateRule::kTimestamp},
      {"5 min read", BoilerplateRule::kTimestamp},
      {"CategoryLatest newsWhat We Know About Zapad-2025, the Russia-Belarus War Games Near NATO's Borders",
       BoilerplateRule::kGluedCategory},
      {"WorldUkraine Says Talks With Russia Will Resume in Istanbul", BoilerplateRule::kGluedCategory},
      {"Home World Politics Sports", BoilerplateRule::kMenu},
      {"World > Europe > Belarus", BoilerplateRule::kMenu},
      {"By Jane Doe, Reuters", BoilerplateRule::kByline},
      {"BREAKING NEWS", BoilerplateRule::kLabel},
      {"WAR IN UKRAINE", BoilerplateRule::kShoutedLabel},
      {"MIDDLE EAST", BoilerplateRule::kLabel},
      {"Tags: Iran, Sanctions, Oil", BoilerplateRule::kLabelPrefix},
      {"Read more: Iran Rejects New Nuclear Talks", BoilerplateRule::kLabelPrefix},
      {"Iran, Israel, United States, Oman", BoilerplateRule::kTagList},
      {"Protesters gather in Belgrade on Saturday. REUTERS/Marko Djurica", BoilerplateRule::kPhotoCredit},
      {"(AP Photo/Efrem Lukatsky)", BoilerplateRule::kPhotoCredit},
      {"(Reporting by Guy Faulconbridge; Editing by Alex Richardson)", BoilerplateRule::kAgencyFooter},
      {"https://example.com/world/iran-talks", BoilerplateRule::kLink},
      {"#Iran #Oman", BoilerplateRule::kLink},
      {"* * *", BoilerplateRule::kEmpty},
  };
  for (const auto& [line, expected] : cases) {
    EXPECT_STREQ(boilerplate_rule_name(rule_for(line)), boilerplate_rule_name(expected)) << line;
  }
}

TEST(BoilerplateTest, HeadlinesAreDroppedOnlyAfterARelatedMarker) {
  const std::string headline = "Iran and Oman Hold Talks on Shipping Security";
  EXPECT_EQ(rule_for(headline), BoilerplateRule::kNone);  // e.g. the title at the top

  BoilerplateFilter filter;
  EXPECT_EQ(filter.classify("Most read"), BoilerplateRule::kRelatedMarker);
  EXPECT_EQ(filter.classify(headline), BoilerplateRule::kRelatedList);
  EXPECT_EQ(filter.classify("Is the Ceasefire in Gaza Holding?"), BoilerplateRule::kRelatedList);
  // A sentence ends the list, and later headline-like lines are kept again.
  EXPECT_EQ(filter.classify("The talks will resume in Muscat next week, officials said."), BoilerplateRule::kNone);
  EXPECT_EQ(filter.classify("Next steps for Tehran"), BoilerplateRule::kNone);
}

TEST(BoilerplateTest, LongLinesAreAlwaysKept) {
  const std::string long_menu_like(5000, 'x');
  EXPECT_EQ(rule_for("Home " + long_menu_like), BoilerplateRule::kNone);
}

// ---- whole articles -----------------------------------------------------------

TEST(CleanerSharedExampleTest, BelarusIranArticle) {
  const std::filesystem::path path = std::filesystem::path(DYAD_SHARED_DIR) / "examples" / "belarus-iran-2025-08-20.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shared example at " << path;
  const std::string raw = read_file(path);
  const CleanedText clean = clean_text(raw);

  // Every sentence of the story survives.
  for (const char* start : {
           "Belarusian leader Alexander Lukashenko has announced Belarus's intention",
           "The Iranian leader arrived in Minsk on the evening of August 19",
           "\"You have been and remain our friends",
           "He also extended greetings to Iran's Supreme Leader",
           "During the talks, President Pezeshkian raised the issue of sanctions",
           "\"We understand that the only thing that can neutralize",
           "He emphasized that Belarus and Iran share common positions",
           "According to Pezeshkian, these shared positions",
           "Earlier, it was reported that Belarus is moving to adopt legal changes",
       }) {
    EXPECT_TRUE(contains(clean.text, std::string("\n") + start) || clean.text.rfind(start, 0) == 0) << start;
  }
  EXPECT_EQ(lines_of(clean.text).size(), 9u);
  EXPECT_TRUE(contains(clean.text, "our peoples - the Iranian and the Belarusian."));
  // The furniture is gone.
  EXPECT_FALSE(has_line(clean.text, "Read more"));
  EXPECT_FALSE(contains(clean.text, "Category"));
  EXPECT_FALSE(contains(clean.text, "Zapad"));
  EXPECT_FALSE(contains(clean.text, "Aug 12, 2025"));
  EXPECT_FALSE(contains(clean.text, "Related articles"));
  // And offsets still point into the raw file.
  const size_t quote = clean.text.find("\"We understand");
  ASSERT_NE(quote, std::string::npos);
  EXPECT_EQ(raw.substr(clean.to_original(quote), 7), "\xE2\x80\x9CWe u");
}

// Each tests/data/articles/NAME.(txt|html) is cleaned and compared with
// NAME.expected, written by hand: the lines that must be kept, in order, and
// nothing else (every other line of the article must be dropped).
class ArticleTest : public testing::TestWithParam<const char*> {};

TEST_P(ArticleTest, KeepsTheStoryAndDropsTheFurniture) {
  const std::filesystem::path dir = std::filesystem::path(DYAD_TEST_DATA) / "articles";
  std::filesystem::path input = dir / (std::string(GetParam()) + ".txt");
  if (!std::filesystem::exists(input)) input = dir / (std::string(GetParam()) + ".html");
  ASSERT_TRUE(std::filesystem::exists(input)) << input;

  std::vector<Document> docs;
  std::vector<std::string> errors;
  ReadOptions options;
  options.date = "2025-08-20";
  ASSERT_TRUE(read_documents(
      input.string(), options, [&](Document&& doc) { docs.push_back(std::move(doc)); },
      [&](const ReadError& error) { errors.push_back(error.to_string()); }));
  ASSERT_TRUE(errors.empty()) << errors.front();
  ASSERT_EQ(docs.size(), 1u);

  const CleanedText clean = clean_text(docs[0].text);
  const std::vector<std::string> expected = lines_of(read_file(dir / (std::string(GetParam()) + ".expected")));
  const std::vector<std::string> actual = lines_of(clean.text);
  for (const std::string& line : expected) EXPECT_TRUE(has_line(clean.text, line)) << "dropped: " << line;
  for (const std::string& line : actual) {
    bool wanted = false;
    for (const std::string& e : expected) wanted = wanted || e == line;
    EXPECT_TRUE(wanted) << "kept: " << line;
  }
  EXPECT_EQ(actual, expected);
}

INSTANTIATE_TEST_SUITE_P(Articles, ArticleTest,
                         testing::Values("wire_dateline", "newsletter_prompts", "cookie_banner", "related_list",
                                         "shouted_sections", "captions_credits", "live_blog", "opinion_trailer",
                                         "glued_teasers", "crlf_unicode", "share_bar", "menu_breadcrumb"));

TEST(ArticleDataTest, EveryArticleFileIsInTheTestList) {
  size_t articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(DYAD_TEST_DATA) / "articles")) {
    const std::string extension = entry.path().extension().string();
    if (extension == ".txt" || extension == ".html") {
      ++articles;
      EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(entry.path()).replace_extension(".expected")))
          << entry.path();
    }
  }
  EXPECT_EQ(articles, 12u);
}

// ---- robustness -----------------------------------------------------------------

TEST(CleanerRobustnessTest, TenMegabyteLineWithoutPunctuation) {
  std::string raw;
  raw.reserve(10 << 20);
  while (raw.size() < (10u << 20)) raw += "word ";
  const auto start = std::chrono::steady_clock::now();
  const CleanedText clean = clean_text(raw);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(clean.text.size(), raw.size() - 1);  // the final space is trimmed
  EXPECT_EQ(clean.origin.size(), clean.text.size() + 1);
  EXPECT_LT(seconds, 10.0);  // a guard against quadratic behaviour, not a benchmark
}

TEST(CleanerRobustnessTest, EmptyAndWhitespaceOnlyInput) {
  for (const char* raw : {"", " ", "\n\r\n\t", "\xE2\x80\x8B\xC2\xA0"}) {
    const CleanedText clean = clean_text(raw);
    EXPECT_EQ(clean.text, "");
    EXPECT_EQ(clean.origin.size(), 1u);
  }
}

TEST(CleanerRobustnessTest, IllFormedBytesBecomeReplacementCharacters) {
  const CleanedText clean = clean_text("bad \xFF byte");
  EXPECT_EQ(clean.text, "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(clean.to_original(4), 4u);
}

}  // namespace
}  // namespace dyad
