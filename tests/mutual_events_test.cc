// Coding rules checked on sentences that are not in the gold set (tests/data/gold_events.tsv),
// through `dyad code` with dyad's own dictionaries:
//  - a compound subject acts on each other member in cooperative and yielding events (03x-08x)
//    and with mutual verbs (exchange, swap, clash) when no one else, or only one of its own
//    members as the venue, is named;
//  - a demonym conjunct shares the role of the last one ("Pakistani and Afghan forces");
//  - nouns: "talks between X and Y", and a noun that is the object of another kind of event;
//  - passive voice with the object word in the subject ("tariffs were imposed on X by Y");
//  - plural demonyms are people (CVL), and a state's people, rebels and opposition are not
//    its own institutions, so their events are kept.
#include <gtest/gtest.h>

#include <string>
#include "code_triples.h"

namespace {

using dyad::triples;

TEST(MutualEvents, CompoundSubjectsSwappingPrisonersReleaseEachOthers) {
  EXPECT_EQ(triples("Ethiopia and Eritrea swapped prisoners of war on Monday."), "ETH ERI 0841\nERI ETH 0841\n");
}

TEST(MutualEvents, ClashingForcesAttackEachOther) {
  EXPECT_EQ(triples("Armenian and Azerbaijani border guards clashed overnight."),
            "ARMMIL AZEMIL 190\nAZEMIL ARMMIL 190\n");
}

TEST(MutualEvents, AMembersCapitalIsTheVenueNotAThirdParty) {
  EXPECT_EQ(triples("Iran and Saudi Arabia signed a trade deal in Riyadh."), "IRN SAU 057\nSAU IRN 057\n");
}

TEST(MutualEvents, DemonymConjunctSharesTheRole) {
  EXPECT_EQ(triples("Pakistani and Afghan forces exchanged fire at the Torkham crossing."),
            "PAKMIL AFGMIL 193\nAFGMIL PAKMIL 193\n");
}

TEST(MutualEvents, ACompoundWithAnOutsideTargetActsOnIt) {
  // Not mutual: both act on Ukraine.
  EXPECT_EQ(triples("Poland and Lithuania signed a security agreement with Ukraine."),
            "POL UKR 057\nLTU UKR 057\n");
}

TEST(MutualEvents, NounsBetweenMembersAndCompoundOwners) {
  EXPECT_EQ(triples("Talks between Israel and Hamas resumed in Cairo."), "ISR PSEINSHMS 040\nPSEINSHMS ISR 040\n");
  EXPECT_EQ(triples("Egypt and Ethiopia resumed negotiations on the dam."), "EGY ETH 046\nETH EGY 046\n");
  // Hosts of talks between others are not the parties.
  EXPECT_EQ(triples("Qatar and Egypt hosted talks between the two sides."), "");
}

TEST(NounEvents, TheObjectOfAnotherKindOfEventIsNotAnEvent) {
  // The strikes are what Turkey condemns (111), not an Israeli attack coded here (190).
  EXPECT_EQ(triples("Turkey condemned the Israeli strikes on Gaza."), "TUR ISR 111\n");
  EXPECT_EQ(triples("Russia demanded the withdrawal of NATO troops from Romania."), "RUS IGOWSTNATMIL 1056\n");
}

TEST(PassiveEvents, ObjectWordInTheSubject) {
  EXPECT_EQ(triples("Tariffs were imposed on Chinese steel by the European Commission."), "IGOEUREEC CHN 163\n");
}

TEST(PeopleEvents, PluralDemonymsAreCiviliansProtestingTheirGovernment) {
  EXPECT_EQ(triples("Thousands of Iranians protested in Tehran against the government."), "IRNCVL IRNGOV 140\n");
}

TEST(PeopleEvents, AStateReleasingItsOwnPrisonersIsAnEvent) {
  EXPECT_EQ(triples("Belarus released 30 political prisoners."), "BLR BLROPP 0841\n");
}

}  // namespace
