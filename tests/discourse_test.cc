// Discourse: antecedents of pronouns and descriptions from a document's earlier sentences.
#include <gtest/gtest.h>

#include "code/discourse.h"

namespace dyad {
namespace {

using Codes = std::vector<std::string>;

TEST(Discourse, PronounsTakeTheRecentActorOfTheirKind) {
  Discourse d;
  d.remember({{"BLRGOV"}, {"IRNGOV"}, {{"IRN"}}});        // "Lukashenko told Pezeshkian ... Iran"
  EXPECT_EQ(d.pronoun("He"), Codes{"BLRGOV"});           // the subject first
  EXPECT_EQ(d.pronoun("its"), Codes{"IRN"});             // a state, not a person
  EXPECT_TRUE(d.pronoun("we").empty());                  // outside a quotation
  d.remember({{"RUS", "CHN"}, {}, {}});                  // "Russia and China ..."
  EXPECT_EQ(d.pronoun("they"), (Codes{"RUS", "CHN"}));
  EXPECT_EQ(d.pronoun("his"), Codes{"BLRGOV"});          // still the last person named
  EXPECT_TRUE(d.pronoun("the").empty());
}

TEST(Discourse, QuotationsSpeakerAndAddressee) {
  Discourse d;
  d.set_speaker({"BLRGOV"});
  d.set_addressee({"IRNGOV"});
  EXPECT_EQ(d.pronoun("We"), Codes{"BLRGOV"});
  EXPECT_EQ(d.pronoun("your"), Codes{"IRNGOV"});
  d.clear();
  EXPECT_TRUE(d.pronoun("we").empty());
  EXPECT_TRUE(d.addressee().empty());
}

TEST(Discourse, DescriptionsAndTheTwoCountries) {
  Discourse d;
  d.remember({{"IRNGOV"}, {"BLRGOV"}, {{"IGOUNO"}}});
  EXPECT_EQ(d.with_sector("GOV"), Codes{"IRNGOV"});      // "the president": the latest first
  EXPECT_TRUE(d.with_sector("MIL").empty());
  EXPECT_EQ(d.two_countries(), (Codes{"IRN", "BLR"}));   // IGOs are no countries
  // Older than three sentences: forgotten.
  for (int i = 0; i < 3; ++i) d.remember({{"FRA"}, {}, {}});
  EXPECT_TRUE(d.with_sector("GOV").empty());
  EXPECT_TRUE(d.two_countries().empty());
}

}  // namespace
}  // namespace dyad
