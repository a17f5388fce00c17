#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace dyad {
namespace {

const Lemmatizer& wordnet() {
  static const Lemmatizer lemmatizer = Lemmatizer::load(DYAD_WORDNET_DIR);
  return lemmatizer;
}

struct Case {
  const char* word;
  Pos tag;
  const char* lemma;
};

TEST(Lemmatizer, NewsVocabulary) {
  const Case cases[] = {
      {"struck", Pos::VBD, "strike"},     {"fled", Pos::VBD, "flee"},
      {"sought", Pos::VBD, "seek"},       {"crises", Pos::NNS, "crisis"},
      {"women", Pos::NNS, "woman"},       {"said", Pos::VBD, "say"},
      {"was", Pos::VBD, "be"},            {"is", Pos::VBZ, "be"},
      {"talks", Pos::NNS, "talk"},        {"countries", Pos::NNS, "country"},
      {"leaders", Pos::NNS, "leader"},    {"expelled", Pos::VBD, "expel"},
      {"better", Pos::JJR, "good"},       {"met", Pos::VBD, "meet"},
      {"held", Pos::VBD, "hold"},         {"announced", Pos::VBN, "announce"},
      {"signed", Pos::VBD, "sign"},       {"accusing", Pos::VBG, "accuse"},
      {"singing", Pos::VBG, "sing"},      {"hated", Pos::VBD, "hate"},
      {"boxes", Pos::NNS, "box"},         {"has", Pos::VBZ, "have"},
      {"Says", Pos::VBZ, "say"},          {"larger", Pos::JJR, "large"},
      {"biggest", Pos::JJS, "big"},       {"ties", Pos::NNS, "tie"},
      {"vetted", Pos::VBN, "vet"},        {"news", Pos::NN, "news"},
      {"found", Pos::VBD, "find"},        {"found", Pos::VB, "found"},
      {"attacks", Pos::VBZ, "attack"},    {"women", Pos::NN, "woman"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(wordnet().lemma(c.word, c.tag), c.lemma) << c.word << "/" << pos_name(c.tag);
}

TEST(Lemmatizer, ProperNounsAndClosedClassAreOnlyLowercased) {
  EXPECT_EQ(wordnet().lemma("Paris", Pos::NNP), "paris");
  EXPECT_EQ(wordnet().lemma("Texas", Pos::NNP), "texas");
  EXPECT_EQ(wordnet().lemma("Nations", Pos::NNPS), "nations");
  EXPECT_EQ(wordnet().lemma("The", Pos::DT), "the");
  EXPECT_EQ(wordnet().lemma("1,200", Pos::CD), "1,200");
  EXPECT_EQ(wordnet().lemma(",", Pos::Comma), ",");
  EXPECT_EQ(wordnet().lemma("Would", Pos::MD), "would");
}

TEST(Lemmatizer, Clitics) {
  EXPECT_EQ(wordnet().lemma("'s", Pos::POS), "'s");
  EXPECT_EQ(wordnet().lemma("'s", Pos::VBZ), "be");
  EXPECT_EQ(wordnet().lemma("n't", Pos::RB), "not");
  EXPECT_EQ(wordnet().lemma("ca", Pos::MD), "can");
  EXPECT_EQ(wordnet().lemma("wo", Pos::MD), "will");
  EXPECT_EQ(wordnet().lemma("'ll", Pos::MD), "will");
  EXPECT_EQ(wordnet().lemma("'re", Pos::VBP), "be");
  EXPECT_EQ(wordnet().lemma("'ve", Pos::VBP), "have");
}

TEST(Lemmatizer, UnknownWordsKeepTheirLowercaseForm) {
  EXPECT_EQ(wordnet().lemma("Lukashenko", Pos::NN), "lukashenko");
  EXPECT_EQ(wordnet().lemma("blorfed", Pos::VBD), "blorfed");
  EXPECT_EQ(wordnet().lemma("", Pos::NN), "");
}

TEST(Lemmatizer, LemmatizeFillsTokens) {
  std::vector<Token> tokens(4);
  const char* text[] = {"Iran", "'s", "leaders", "met"};
  Pos tags[] = {Pos::NNP, Pos::POS, Pos::NNS, Pos::VBD};
  for (int i = 0; i < 4; ++i) tokens[i].text = text[i], tokens[i].tag = tags[i];
  wordnet().lemmatize(tokens);
  EXPECT_EQ(tokens[0].lemma, "iran");
  EXPECT_EQ(tokens[1].lemma, "'s");
  EXPECT_EQ(tokens[2].lemma, "leader");
  EXPECT_EQ(tokens[3].lemma, "meet");
}

std::vector<Token> tagged(std::vector<std::pair<const char*, Pos>> words) {
  std::vector<Token> tokens(words.size());
  for (size_t i = 0; i < words.size(); ++i) tokens[i].text = words[i].first, tokens[i].tag = words[i].second;
  return tokens;
}

TEST(Lemmatizer, CorrectsVerbTagsOfWordsThatAreOnlyNouns) {
  std::vector<Token> t = tagged({{"the", Pos::DT}, {"opposition", Pos::NN}, {"activists", Pos::VBZ},
                                 {"detained", Pos::VBN}, {"news", Pos::VBZ}, {"Russia", Pos::NNP}, {"attacks", Pos::VBZ}});
  wordnet().correct_tags(t);
  EXPECT_EQ(t[2].tag, Pos::NNS);  // no verb "activist"
  EXPECT_EQ(t[3].tag, Pos::VBN);  // a verb form: left alone
  EXPECT_EQ(t[4].tag, Pos::NN);   // "news" is itself a noun lemma, singular
  EXPECT_EQ(t[6].tag, Pos::VBZ);  // noun and verb: the tagger's choice stands
  std::vector<Token> names = tagged({{"Activists", Pos::VBZ}});
  wordnet().correct_tags(names);
  EXPECT_EQ(names[0].tag, Pos::VBZ);  // capitalised words are left to the name rules
}

TEST(Lemmatizer, CorrectsAnAdjectiveThatEndsADeterminedPhraseBeforeAVerb) {
  std::vector<Token> t = tagged({{"Myanmar", Pos::NNP}, {"'s", Pos::POS}, {"military", Pos::JJ}, {"killed", Pos::VBD}});
  wordnet().correct_tags(t);
  EXPECT_EQ(t[2].tag, Pos::NN);
  std::vector<Token> adjective = tagged({{"the", Pos::DT}, {"military", Pos::JJ}, {"junta", Pos::NN}, {"fell", Pos::VBD}});
  wordnet().correct_tags(adjective);
  EXPECT_EQ(adjective[1].tag, Pos::JJ);  // before its noun it is an adjective
}

TEST(Lemmatizer, CorrectsAPluralNounReadAsAVerbAtTheEndOfAnObjectCompound) {
  std::vector<Token> t = tagged({{"Iran", Pos::NNP}, {"carried", Pos::VBD}, {"out", Pos::RP}, {"drone", Pos::NN},
                                 {"strikes", Pos::VBZ}, {"on", Pos::IN}});
  wordnet().correct_tags(t);
  EXPECT_EQ(t[4].tag, Pos::NNS);
  // After a verb of saying the noun is the subject of a clause: "say crime rises".
  std::vector<Token> reported = tagged({{"police", Pos::NNS}, {"say", Pos::VBP}, {"crime", Pos::NN}, {"rises", Pos::VBZ}});
  wordnet().correct_tags(reported);
  EXPECT_EQ(reported[3].tag, Pos::VBZ);
}

TEST(Lemmatizer, MissingDirectoryNamesTheFile) {
  try {
    Lemmatizer::load("/nonexistent/wordnet");
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/wordnet/index.noun"), std::string::npos)
        << e.what();
  }
}

TEST(Lemmatizer, SharedAcrossThreads) {
  auto work = [] {
    for (int i = 0; i < 2000; ++i) {
      ASSERT_EQ(wordnet().lemma("countries", Pos::NNS), "country");
      ASSERT_EQ(wordnet().lemma("fled", Pos::VBD), "flee");
    }
  };
  std::thread a(work), b(work);
  a.join();
  b.join();
}

}  // namespace
}  // namespace dyad
