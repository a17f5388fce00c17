// Coding rules checked on sentences that are not in the gold set (tests/data/gold_events.tsv),
// through `dyad code` with dyad's own dictionaries:
//  - quotations: a quotation put before its speaker is reported by the speaker's verb; "our",
//    "we" are the speaker's, not the subject's of their own clause; when the words reported
//    hold an event, the reporting verb's generic statement (010) is not coded beside it; what
//    is told is aimed at the one told;
//  - modality: refusals take the code of what is refused (release 1243, sanctions 1244,
//    talks 125); a noun event in a clause controlled by an intent word is an intent;
//  - denials: "X denied that its troops attacked Y" and "X denied any role in the strikes on
//    Y" are a denial (016) by X aimed at Y, not the attack;
//  - force posture (15x) is aimed at the other side the sentence names, not at one's own forces;
//  - the owner of a proposal or plan of another country is the one a reaction is aimed at;
//  - coordination: a bare verb conjunct shares the next one's objects ("beat and detained
//    protesters"); a negation does not reach a conjunct set against it by "but";
//  - a gathering ("on the sidelines of the G20 summit") is where a meeting happens, not whom
//    it is with; what could or might happen, and what "no" one did, is not coded;
//  - a clause reported at the end of the sentence (", officials said") keeps its verb;
//  - WordNet corrects the tagger's guesses for words it never saw.
#include <gtest/gtest.h>

#include <string>

#include "code_triples.h"

namespace {

using dyad::triples;

TEST(ReportedSpeech, FirstPersonInAQuotationIsTheSpeakerNamedAfterIt) {
  EXPECT_EQ(triples("\"Iran shelled our border posts overnight,\" the Iraqi defence minister said."), "IRN IRQ 194\n");
}

TEST(ReportedSpeech, FirstPersonInAQuotationIsTheSpeakerNamedBeforeIt) {
  // The statement itself (010) is not coded beside what it reports.
  EXPECT_EQ(triples("Iraq's defence minister said: \"Iran shelled our border posts overnight.\""), "IRN IRQ 194\n");
}

TEST(ReportedSpeech, TheToldStatementIsTheEventItReports) {
  EXPECT_EQ(triples("\"Germany is ready to expand its trade with Brazil,\" Scholz told Lula."), "DEU BRA 0311\n");
}

TEST(ReportedSpeech, AnEventWithoutTargetIsAimedAtTheOneTold) {
  // What the speaker's side will do is a threat of it (1312).
  EXPECT_EQ(triples("\"We will impose new sanctions,\" the EU's foreign policy chief told Belarus."),
            "IGOEUREECGOV BLR 1312\n");
}

TEST(ReportedSpeech, WhatTheSpeakersSideWillDoIsAnIntent) {
  // A clause put before ", X said" is reported by "said", without quotation marks too.
  EXPECT_EQ(triples("France will supply more artillery to Armenia, the French defence minister said on Monday."),
            "FRA ARM 0332\n");
  EXPECT_EQ(triples("Turkey signed a defence deal with Kenya, the ministry said."), "TUR KEN 057\n");
}

TEST(ReportedSpeech, AToldStatementWithoutEventIsStillAStatement) {
  EXPECT_EQ(triples("\"The talks were useful,\" Scholz told Lula."), "DEUGOV BRAGOV 010\n");
}

TEST(Modality, RefusalsTakeTheCodeOfWhatIsRefused) {
  EXPECT_EQ(triples("Myanmar refused to free the detained journalists."), "MMR MMRMED 1243\n");
  EXPECT_EQ(triples("Turkey refused to lift its embargo on Armenia."), "TUR ARM 1244\n");
  EXPECT_EQ(triples("Pakistan refused to hold talks with India."), "PAK IND 125\n");
}

TEST(Modality, ANounEventUnderAnIntentWordIsAnIntent) {
  EXPECT_EQ(triples("Japan is ready to expand its military cooperation with the Philippines."), "JPN PHL 0312\n");
}

TEST(Denial, TheDeniedActIsNotCodedButItsTargetIsTheDenialsTarget) {
  EXPECT_EQ(triples("Ethiopia denied that its troops had attacked Sudanese soldiers."), "ETH SDNMIL 016\n");
  EXPECT_EQ(triples("Pakistan denied any involvement in the bombing of an Indian convoy."), "PAK IND 016\n");
}

TEST(ForcePosture, IsAimedAtTheOtherSideNamedInTheSentence) {
  EXPECT_EQ(triples("Armenia put its troops on high alert after Azerbaijani shelling near the border."),
            "ARM AZE 152\n");
  EXPECT_EQ(triples("Greece called up reservists as Turkish warships sailed near its islands."), "GRC TURMIL 154\n");
}

TEST(ForcePosture, OwnForcesAloneAreNoTarget) {
  EXPECT_EQ(triples("India put its armed forces on high alert."), "");
}

TEST(Possessor, AnotherCountrysProposalIsWhatTheReactionIsAimedAt) {
  EXPECT_EQ(triples("Seoul rejected Pyongyang's offer of talks with Washington."), "KOR PRK 125\n");
  EXPECT_EQ(triples("Poland criticised Germany's plan to build a pipeline with Russia."), "POL DEU 111\n");
}

TEST(Coordination, ABareVerbSharesTheObjectOfTheNextConjunct) {
  EXPECT_EQ(triples("Iranian police beat and arrested dozens of protesters in Sanandaj."),
            "IRNCOP IRNOPP 175\nIRNCOP IRNOPP 173\n");
}

TEST(Coordination, NegationDoesNotReachAConjunctAfterBut) {
  EXPECT_EQ(triples("Armenia did not recall its ambassador but summoned the Azerbaijani envoy."), "ARM AZEGOV 114\n");
  EXPECT_EQ(triples("Russia did not attack Moldova or Georgia."), "");
}

TEST(Target, OnesOwnEnvoyIsNoTargetTheCapitalAfterIsOne) {
  EXPECT_EQ(triples("Algeria recalled its ambassador to Madrid on Saturday."), "DZA ESP 161\n");
}

TEST(Target, AStateInstitutionWithoutCountryIsOfTheDomesticSideActingOnIt) {
  EXPECT_EQ(triples("Houthi fighters attacked the army in Marib."), "YEMREBHTH YEMMIL 190\n");
}

TEST(Place, ACountryNamedWithAProvinceBeatsAForeignTownOfTheSameName) {
  // Cabo Delgado's "Delgado" is also a town in El Salvador.
  EXPECT_EQ(triples("Rwandan troops attacked insurgents in Mozambique's Cabo Delgado province."), "RWAMIL MOZINS 190\n");
}

TEST(Target, ReportersAreTheAudienceOfAStatementNotItsTarget) {
  EXPECT_EQ(triples("Lavrov told reporters in Moscow."), "");
}

TEST(Target, ExtraditionIsAimedAtTheReceivingState) {
  EXPECT_EQ(triples("Colombia extradited a drug trafficker to the United States on Monday."), "COL USA 063\n");
}

TEST(Target, AnEventNounInAPlaceIsNoActor) {
  EXPECT_EQ(triples("The war in Yemen has displaced four million people."), "");
}

TEST(ForcePosture, ForcesSentToACountryAreAimedAtIt) {
  EXPECT_EQ(triples("Kenya sent 400 soldiers to Somalia on Monday."), "KEN SOM 154\n");
}

TEST(Nouns, AnAgentWordUsedAsAnAdjectiveDescribesTheEvent) {
  // "official" is not an official here, so the visit is Vucic's, to Russia.
  EXPECT_EQ(triples("Vucic laid a wreath in Moscow during an official visit to Russia."),
            "SRBGOV RUS 017\nSRBGOV RUS 042\n");
}

TEST(MutualEvents, ACompoundDiscussingInAPhoneCall) {
  EXPECT_EQ(triples("Saudi Arabia and Iran discussed the conflict in a phone call on Saturday."),
            "SAU IRN 041\nIRN SAU 041\n");
}

TEST(Target, CourtsActOnTheirOwnCountrysPeople) {
  EXPECT_EQ(triples("Three journalists were convicted of espionage by a Moscow court on Friday."), "RUSJUD RUSMED 116\n");
}

TEST(Target, AnEventNounStandsForItsPerpetrator) {
  EXPECT_EQ(triples("Germany condemned the attack on Israel by Hamas."), "DEU PSEINSHMS 111\n");
}

TEST(Pronouns, ASubjectOfAnEarlierClauseInTheSentence) {
  EXPECT_EQ(triples("Although Turkish President Tayyip Erdogan did not attend the summit in Astana, he spoke by phone "
                    "with Putin."),
            "TURGOV RUSGOV 041\n");
}

TEST(ReportedSpeech, AStatementIsNotAimedAtWhatItReports) {
  EXPECT_EQ(triples("Erdogan said he did not expect to meet Assad this year."), "");
}

TEST(Pronouns, TheTwoLeadersAreTheLastTwoPeopleNamed) {
  const std::string events = triples(
      "Serbian President Aleksandar Vucic received Hungarian Prime Minister Viktor Orban in Belgrade, where the two "
      "leaders signed an energy agreement.");
  EXPECT_NE(events.find("SRBGOV HUNGOV 057"), std::string::npos) << events;
}

TEST(MassViolence, KillingHundredsOfPeopleWhoAreNotFightersIsAMassKilling) {
  EXPECT_EQ(triples("Boko Haram militants killed hundreds of villagers in Borno."), "NGAINSBKH NGACVL 202\n");
  EXPECT_EQ(triples("Russian troops killed 300 Ukrainian soldiers."), "RUSMIL UKRMIL 190\n");
  EXPECT_EQ(triples("Israeli troops killed 12 Palestinian civilians."), "ISRMIL PSECVL 190\n");
}

TEST(Target, ABodyWithoutCountryIsTheBodyAlone) {
  EXPECT_EQ(triples("Houthi rebels abducted dozens of aid workers."), "YEMREBHTH NGO 181\n");
}

TEST(Target, OneActCodedWithAGeneralAndASpecificActorIsOneEvent) {
  // "Houthi positions" (YEMREBHTH) and "fighters" of the same place (YEMREB): one strike.
  EXPECT_EQ(triples("US airstrikes on Houthi positions near Hodeidah killed at least ten fighters."),
            "USA YEMREBHTH 195\n");
}

TEST(Venue, AGatheringIsWhereTheyMetNotWhomTheyMet) {
  EXPECT_EQ(triples("Macron and Modi met on the sidelines of the G20 summit in Rio de Janeiro."),
            "FRAGOV INDGOV 044\nINDGOV FRAGOV 044\n");
}

TEST(Venue, WhereAMeetingIsHeldIsNoPartyToIt) {
  EXPECT_EQ(triples("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in the Kazakh "
                    "city of Almaty on Sunday."),
            "ARMGOV AZEGOV 040\nAZEGOV ARMGOV 040\n");
}

TEST(Modality, HypotheticalsAndNoOneAreNotEvents) {
  EXPECT_EQ(triples("Serbia could recognise Kosovo next year."), "");
  EXPECT_EQ(triples("No country has sent troops to Niger."), "");
  EXPECT_EQ(triples("Greece held no talks with Turkey this year."), "");
  EXPECT_EQ(triples("Greece held talks with Turkey this year."), "GRC TUR 040\n");
}

TEST(Parsing, AClauseReportedAtTheEndKeepsItsVerb) {
  EXPECT_EQ(triples("Armenian and Azerbaijani troops exchanged heavy artillery fire near the border, officials on "
                    "both sides said."),
            "ARMMIL AZEMIL 194\nAZEMIL ARMMIL 194\n");
}

TEST(Tagging, WordsTheTaggerNeverSawKeepTheirPartOfSpeech) {
  // "activists" read as a verb broke the sentence; "military" after "'s" read as an adjective.
  EXPECT_EQ(triples("Sudan's military shelled the opposition activists gathered in Khartoum."), "SDNMIL SDNOPP 194\n");
  EXPECT_EQ(triples("Chinese police detained dozens of Uyghurs in Xinjiang."), "CHNCOP CHNCVL 173\n");
}

}  // namespace
