// Tests of the POS tagger shipped with this build (data/tagger.model, trained at build time).
#include "syntax/tagger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "syntax/brown_tagset.h"

namespace dyad {
namespace {

const std::string kModel = std::string(DYAD_DATA_BUILD_DIR) + "/tagger.model";

const Tagger& shipped() {
  static const Tagger tagger = Tagger::load(kModel);
  return tagger;
}

std::vector<Token> tokens_of(const std::string& sentence) {
  std::vector<Token> tokens;
  std::istringstream in(sentence);
  std::string word;
  while (in >> word) tokens.push_back(Token{word, "", Pos::X, 0, 0});
  return tokens;
}

// "JJ|NNP" accepts either tag: a nationality adjective before a title is JJ in some Penn
// annotation and NNP in other.
bool tag_matches(Pos got, const std::string& expected) {
  std::istringstream alternatives(expected);
  std::string one;
  while (std::getline(alternatives, one, '|'))
    if (pos_name(got) == one) return true;
  return false;
}

void expect_tags(const std::string& sentence, const std::string& tags) {
  std::vector<Token> tokens = tokens_of(sentence);
  shipped().tag(tokens);
  std::istringstream expected(tags);
  std::string got_line, want;
  for (const Token& t : tokens) got_line += t.text + "/" + std::string(pos_name(t.tag)) + " ";
  for (const Token& t : tokens) {
    ASSERT_TRUE(expected >> want) << "fewer tags than tokens in the test: " << sentence;
    EXPECT_TRUE(tag_matches(t.tag, want)) << t.text << " tagged " << pos_name(t.tag)
                                          << ", expected " << want << "\n  " << got_line;
  }
  EXPECT_FALSE(expected >> want) << "more tags than tokens in the test: " << sentence;
}

TEST(Tagger, HeldOutAccuracyOfTheShippedModel) {
  std::ifstream in(std::string(DYAD_DATA_BUILD_DIR) + "/tagger.accuracy.txt");
  ASSERT_TRUE(in) << "tagger.accuracy.txt missing: build the dyad_data target";
  std::string name;
  double value = 0, news = -1, all = -1;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    if (!(fields >> name >> value)) continue;
    if (name == "heldout_news_accuracy") news = value;
    if (name == "heldout_all_accuracy") all = value;
  }
  EXPECT_GE(news, 0.96);
  EXPECT_GE(all, 0.96);
}

TEST(Tagger, NewsSentences) {
  expect_tags(
      "Belarusian leader Alexander Lukashenko has announced Belarus 's intention to strengthen "
      "ties with Iran .",
      "JJ NN NNP NNP VBZ VBN NNP POS NN TO VB NNS IN NNP .");
  expect_tags("The two countries signed an agreement on military-technical cooperation .",
              "DT CD NNS VBD DT NN IN JJ NN .");
  expect_tags("Israel said it would not attend the talks , which are expected to resume next week .",
              "NNP VBD PRP MD RB VB DT NNS , WDT VBP VBN TO VB JJ NN .");
  expect_tags("China did n't comment on the report .", "NNP VBD RB VB IN DT NN .");
  expect_tags("Ukraine 's foreign minister accused Moscow of escalating the conflict .",
              "NNP POS JJ NN VBD NNP IN VBG DT NN .");
  expect_tags("The government has expelled three diplomats and recalled its ambassador .",
              "DT NN VBZ VBN CD NNS CC VBD PRP$ NN .");
  expect_tags("Rebels seized the town after heavy fighting , according to a local official .",
              "NNS VBD DT NN IN JJ NN , VBG TO DT JJ NN .");
  expect_tags(
      "Hamas has rejected the proposal , saying it does not guarantee a permanent end to the war .",
      "NNP VBZ VBN DT NN , VBG PRP VBZ RB VB DT JJ NN TO DT NN .");
  expect_tags("The European Union imposed new sanctions on 12 Russian officials .",
              "DT NNP NNP VBD JJ NNS IN CD JJ NNS .");
  expect_tags("`` We will respond , '' Zelensky told reporters in Kyiv .",
              "`` PRP MD VB , '' NNP VBD NNS IN NNP .");
  expect_tags("NATO warned that Moscow 's troops were massing near the border .",
              "NNP VBD IN NNP POS NNS VBD VBG IN DT NN .");
  expect_tags("Russian Foreign Minister Sergei Lavrov arrived in Tehran on Tuesday .",
              "JJ|NNP NNP NNP NNP NNP VBD IN NNP IN NNP .");
}

TEST(Tagger, UnknownCapitalisedWordsAreProperNouns) {
  std::vector<Token> tokens = tokens_of("Officials in Kharkiv met Lukashenko and Tokayev .");
  shipped().tag(tokens);
  EXPECT_EQ(tokens[2].tag, Pos::NNP);
  EXPECT_EQ(tokens[4].tag, Pos::NNP);
  EXPECT_EQ(tokens[6].tag, Pos::NNP);
}

TEST(Tagger, SentenceInitialIngPlaceNamesAreSubjects) {
  // Cities ending in -ing open many wire sentences as metonyms for their governments.
  for (const char* sentence : {"Chongqing reported 12 new cases .", "Nanjing has banned the rally .",
                               "Kunming quickly denied the report ."}) {
    std::vector<Token> tokens = tokens_of(sentence);
    shipped().tag(tokens);
    EXPECT_EQ(tokens[0].tag, Pos::NNP) << sentence;
  }
  // A real gerund subject is followed by its own object, not by the verb: it stays VBG.
  std::vector<Token> gerund = tokens_of("Banning the party has divided the coalition .");
  shipped().tag(gerund);
  EXPECT_EQ(gerund[0].tag, Pos::VBG);
}

TEST(Tagger, ModernNamesAtSentenceStartAreProperNouns) {
  // Brown guesses these from their suffixes (Hungary JJ like "military"); WordNet knows them.
  for (const char* sentence : {"Hungary blocked the vote .", "Pakistan closed its airspace .",
                               "Uganda deployed troops .", "Hamas released two hostages .",
                               "NATO condemned the attack ."}) {
    std::vector<Token> tokens = tokens_of(sentence);
    shipped().tag(tokens);
    EXPECT_EQ(tokens[0].tag, Pos::NNP) << sentence;
  }
  // Demonyms are not names of instances: they stay adjectives before a noun.
  std::vector<Token> demonym = tokens_of("American troops left Syria .");
  shipped().tag(demonym);
  EXPECT_EQ(demonym[0].tag, Pos::JJ);
}

TEST(Tagger, NounAfterModalIsAVerb) {
  for (const char* sentence : {"Egypt said it would host new talks .", "Officials will table the bill ."}) {
    std::vector<Token> tokens = tokens_of(sentence);
    shipped().tag(tokens);
    for (size_t i = 1; i < tokens.size(); ++i)
      if (tokens[i - 1].tag == Pos::MD) EXPECT_EQ(tokens[i].tag, Pos::VB) << sentence;
  }
}

TEST(Tagger, EmptySentenceAndOddTokens) {
  std::vector<Token> none;
  shipped().tag(none);
  EXPECT_TRUE(none.empty());
  std::vector<Token> odd = tokens_of("\xff\xfe ### 1,234,567 $2.5 -- ...");
  odd.push_back(Token{"", "", Pos::X, 0, 0});
  shipped().tag(odd);
  for (const Token& t : odd) EXPECT_NE(t.tag, Pos::X) << t.text;
  EXPECT_EQ(odd[2].tag, Pos::CD);
}

TEST(Tagger, SameTagsFromTwoThreads) {
  std::vector<std::string> sentences = {
      "Iran 's foreign ministry summoned the British ambassador on Monday .",
      "The talks collapsed after both sides refused to compromise .",
      "Security forces arrested dozens of protesters in the capital .",
  };
  std::vector<std::vector<Pos>> reference;
  for (const std::string& s : sentences) {
    std::vector<Token> tokens = tokens_of(s);
    shipped().tag(tokens);
    std::vector<Pos> tags;
    for (const Token& t : tokens) tags.push_back(t.tag);
    reference.push_back(tags);
  }
  auto work = [&](int* mismatches) {
    for (int round = 0; round < 2000; ++round) {
      size_t k = round % sentences.size();
      std::vector<Token> tokens = tokens_of(sentences[k]);
      shipped().tag(tokens);
      for (size_t i = 0; i < tokens.size(); ++i) *mismatches += tokens[i].tag != reference[k][i];
    }
  };
  int a_bad = 0, b_bad = 0;
  std::thread a(work, &a_bad), b(work, &b_bad);
  a.join();
  b.join();
  EXPECT_EQ(a_bad, 0);
  EXPECT_EQ(b_bad, 0);
}

TEST(Tagger, LoadErrorsNameTheFile) {
  try {
    Tagger::load("/nonexistent/tagger.model");
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("/nonexistent/tagger.model: ", 0), 0u) << e.what();
  }
  std::string bad = ::testing::TempDir() + "/bad_tagger.model";
  {
    std::ofstream out(bad, std::ios::binary);
    out << "not a model, just some text of 40 bytes!";
  }
  EXPECT_THROW(Tagger::load(bad), std::runtime_error);
  // A truncated copy of the real model is rejected, not read out of bounds.
  std::string truncated = ::testing::TempDir() + "/truncated_tagger.model";
  {
    std::ifstream in(kModel, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_GT(bytes.size(), 4096u);
    std::ofstream out(truncated, std::ios::binary);
    out.write(bytes.data(), 4096);
  }
  EXPECT_THROW(Tagger::load(truncated), std::runtime_error);
}

TEST(BrownTagset, CliticsAndPossessivesSplitLikeOurTokenizer) {
  TaggedSentence s;
  std::string error;
  ASSERT_TRUE(brown_to_penn(
      "\tHe/pps didn't/dod* say/vb ,/, but/cc Atlanta's/np$ mayor/nn-tl said/vbd "
      "he'll/pps+md go/vb to/in its/pp$ ``/`` Grand/jj-tl Jury/nn-tl ''/'' ./.",
      &s, &error))
      << error;
  std::string got;
  for (const TaggedWord& w : s) got += w.text + "/" + std::string(pos_name(w.tag)) + " ";
  EXPECT_EQ(got,
            "He/PRP did/VBD n't/RB say/VB ,/, but/CC Atlanta/NNP 's/POS mayor/NN said/VBD "
            "he/PRP 'll/MD go/VB to/TO its/PRP$ ``/`` Grand/NNP Jury/NNP ''/'' ./. ");
}

TEST(BrownTagset, PresentTenseAndBaseFormsAreTold) {
  TaggedSentence s;
  std::string error;
  ASSERT_TRUE(brown_to_penn("They/ppss know/vb we/ppss can/md win/vb ./.", &s, &error));
  EXPECT_EQ(s[1].tag, Pos::VBP);
  EXPECT_EQ(s[4].tag, Pos::VB);
  EXPECT_FALSE(brown_to_penn("a/nil b/nn", &s, &error));
  EXPECT_NE(error.find("nil"), std::string::npos);
  EXPECT_FALSE(brown_to_penn("noslash", &s, &error));
}

}  // namespace
}  // namespace dyad
