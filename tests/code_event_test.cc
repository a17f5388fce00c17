// EventCoder and ActorCoder on hand-written parses with small inline dictionaries:
// agents combined with countries, compounds distributed, date-valid roles, passive,
// negation, patterns with synsets, reverse codes, pronouns, discards and evidence.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <tuple>

#include "code/event_coder.h"
#include "code/event_json.h"
#include "code/modality.h"
#include "syntax/lemmatizer.h"
#include "syntax/ptb.h"

namespace dyad {
namespace {

constexpr const char* kVerbs = R"(&TIES
+DIPLOMATIC
+ECONOMIC
--- ARREST  [173] ---
ARREST
--- ATTACK  [190] ---
ATTACK
--- MEET  [040:041] ---
MEET
--- COOPERATE  [060] ---
COOPERATE
- * MILITARILY  [062]
--- HELP  [070] ---
HELP
--- URGE  [020] ---
URGE
--- RESTORE  [064] ---
RESTORE
- * &TIES TIES  [0641]
- NOT * TIES  [112]
--- SAY  [010] ---
SAY
--- WELCOME  [041] ---
WELCOME
--- EXPEL  [:174] ---
EXPEL
)";

constexpr const char* kActors = R"(IRAN [IRN]
+IRANIAN
BELARUS [BLR]
+BELARUSIAN
RUSSIA [RUS]
CHINA [CHN]
POLAND [POL]
DENMARK [DNK]
+DANISH
BARACK_OBAMA [USAGOV 20090120-20170120] [USAELI 20170120]
+OBAMA
)";

constexpr const char* kAgents = R"(POLICE [~COP]
LEADER [~GOV]
GOVERNMENT [~GOV]
MEDIA [~MED]
DIPLOMAT [~GOV]
)";

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto set = std::make_shared<DictionarySet>();
    ThrowingReporter r;
    set->verbs.read_text(kVerbs, "verbs.txt", r);
    set->actors.read_text(kActors, "actors.txt", r);
    set->agents.read_text(kAgents, "agents.txt", r);
    set->discards.read_text("+SOCCER\nFOOTBALL MATCH\n", "discards.txt", r);
    set->finish(r);
    coder_ = new EventCoder(set);
    lemmatizer_ = new Lemmatizer(Lemmatizer::load(default_wordnet_dir()));
  }
  static void TearDownTestSuite() {
    delete coder_;
    delete lemmatizer_;
  }

  using Triple = std::tuple<std::string, std::string, std::string>;
  static std::set<Triple> code(const char* ptb, const char* date = "2010-05-01", bool require_dyad = true) {
    Tree tree = read_ptb(ptb);
    lemmatizer_->lemmatize(tree.tokens);
    CoderOptions options;
    options.require_dyad = require_dyad;
    SentenceCoding c = coder_->code(tree, *Date::parse_iso(date), options);
    std::set<Triple> out;
    for (const CodedEvent& e : c.events) out.emplace(e.source, e.target, e.code);
    return out;
  }

  static EventCoder* coder_;
  static Lemmatizer* lemmatizer_;
};
EventCoder* CoderTest::coder_ = nullptr;
Lemmatizer* CoderTest::lemmatizer_ = nullptr;

TEST_F(CoderTest, AgentsCombineWithCountries) {
  EXPECT_EQ(code("(ROOT (S (NP (JJ Iranian) (NNS police)) (VP (VBD arrested) (NP (NNP Poland))) (. .)))"),
            (std::set<Triple>{{"IRNCOP", "POL", "173"}}));
  EXPECT_EQ(code("(ROOT (S (NP (DT The) (JJ Belarusian) (NN leader)) (VP (VBD attacked) (NP (NNP Russia)))))"),
            (std::set<Triple>{{"BLRGOV", "RUS", "190"}}));
  // "the leader of Belarus": the agent is qualified by its PP.
  EXPECT_EQ(code("(ROOT (S (NP (NP (DT The) (NN leader)) (PP (IN of) (NP (NNP Belarus)))) "
                 "(VP (VBD attacked) (NP (NNP Russia)))))"),
            (std::set<Triple>{{"BLRGOV", "RUS", "190"}}));
}

TEST_F(CoderTest, CompoundsAndCoordinatedAgentsAreDistributed) {
  EXPECT_EQ(code("(ROOT (S (NP (NP (NNP Russia)) (CC and) (NP (NNP China))) (VP (VBD attacked) "
                 "(NP (NNP Poland)))))"),
            (std::set<Triple>{{"RUS", "POL", "190"}, {"CHN", "POL", "190"}}));
  EXPECT_EQ(code("(ROOT (S (NP (JJ Danish) (NNS media) (CC and) (NN government)) (VP (VBD welcomed) "
                 "(NP (NNP Iran)))))"),
            (std::set<Triple>{{"DNKMED", "IRN", "041"}, {"DNKGOV", "IRN", "041"}}));
}

TEST_F(CoderTest, RolesDependOnTheSentenceDate) {
  const char* s = "(ROOT (S (NP (NNP Obama)) (VP (VBD attacked) (NP (NNP Iran)))))";
  EXPECT_EQ(code(s, "2010-05-01"), (std::set<Triple>{{"USAGOV", "IRN", "190"}}));
  EXPECT_EQ(code(s, "2018-05-01"), (std::set<Triple>{{"USAELI", "IRN", "190"}}));
  EXPECT_TRUE(code(s, "2005-05-01").empty());  // the name matches but has no role then
  EXPECT_EQ(code(s, "2005-05-01", false), (std::set<Triple>{{"---", "IRN", "190"}}));
}

TEST_F(CoderTest, PassiveTakesTheByAgentAsSource) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Poland)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Russia)))))))"),
            (std::set<Triple>{{"RUS", "POL", "190"}}));
  // [:174] codes only the passive.
  EXPECT_EQ(code("(ROOT (S (NP (NNS Iranian) (NNS diplomats)) (VP (VBD were) (VP (VBN expelled) "
                 "(PP (IN by) (NP (NNP Poland)))))))"),
            (std::set<Triple>{{"POL", "IRNGOV", "174"}}));
  EXPECT_TRUE(code("(ROOT (S (NP (NNP Poland)) (VP (VBD expelled) (NP (NNP Iran)))))").empty());
}

TEST_F(CoderTest, NegationCancelsUnlessThePatternSaysNot) {
  EXPECT_TRUE(code("(ROOT (S (NP (NNP Russia)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Poland))))))").empty());
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBD did) (RB not) (VP (VB restore) (NP (NNS ties)) "
                 "(PP (IN with) (NP (NNP Poland)))))))"),
            (std::set<Triple>{{"RUS", "POL", "112"}}));
}

TEST_F(CoderTest, SynsetPatternsAndReverseCodes) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBD restored) (NP (JJ economic) (NNS ties)) "
                 "(PP (IN with) (NP (NNP China))))))"),
            (std::set<Triple>{{"RUS", "CHN", "0641"}}));
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBD restored) (NP (JJ cultural) (NNS ties)) "
                 "(PP (IN with) (NP (NNP China))))))"),
            (std::set<Triple>{{"RUS", "CHN", "064"}}));
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBD met) (NP (NNP China)))))"),
            (std::set<Triple>{{"RUS", "CHN", "040"}, {"CHN", "RUS", "041"}}));
  // The venue of a noun ("a delegation in China") gets no reverse event.
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBD met) (NP (NP (DT a) (NN delegation)) "
                 "(PP (IN in) (NP (NNP China)))))))"),
            (std::set<Triple>{{"RUS", "CHN", "040"}}));
}

TEST_F(CoderTest, ClausesPronounsAndControl) {
  // Each clause is coded; "he" resolves to the sentence's subject (so "said" has no other
  // party: no self-dyad); "to attack" is controlled by the subject of "is planning", and a
  // planned attack is a threat (code/modality.h).
  EXPECT_EQ(code("(ROOT (S (NP (NNP Obama)) (VP (VBD said) (SBAR (S (NP (PRP he)) (VP (VBD met) "
                 "(NP (NNP China))))))))"),
            (std::set<Triple>{{"USAGOV", "CHN", "040"}, {"CHN", "USAGOV", "041"}}));
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBD is) (VP (VBG planning) (S (VP (TO to) "
                 "(VP (VB attack) (NP (NNP Poland)))))))))"),
            (std::set<Triple>{{"RUS", "POL", "138"}}));
}

TEST_F(CoderTest, DiscardsSuppressTheSentence) {
  Tree tree = read_ptb("(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Poland)) "
                       "(PP (IN at) (NP (DT the) (NN football) (NN match))))))");
  SentenceCoding c = coder_->code(tree, *Date::parse_iso("2010-01-01"));
  EXPECT_TRUE(c.events.empty());
  EXPECT_EQ(c.discard, "sentence: FOOTBALL MATCH (discards.txt:2)");
  EXPECT_FALSE(c.story_discard);
}

TEST_F(CoderTest, EvidenceNamesSpansAndTheRule) {
  Tree tree = read_ptb("(ROOT (S (NP (JJ Iranian) (NNS police)) (VP (VBD arrested) (NP (NNP Poland)))))");
  lemmatizer_->lemmatize(tree.tokens);
  SentenceCoding c = coder_->code(tree, *Date::parse_iso("2010-01-01"));
  ASSERT_EQ(c.events.size(), 1u);
  const CodedEvent& e = c.events[0];
  EXPECT_EQ(e.evidence.source_text, "Iranian police");
  EXPECT_EQ(e.evidence.target_text, "Poland");
  EXPECT_EQ(e.evidence.verb_text, "arrested");
  EXPECT_EQ(e.evidence.rule, "verbs.txt:5");
  EXPECT_EQ(e.verb_span.begin, 2);
  std::string json;
  append_event_json(e, EventContext{"doc1", 3, "2010-01-01", "Iranian police arrested Poland."}, json);
  EXPECT_EQ(json,
            R"({"doc_id":"doc1","sentence":3,"date":"2010-01-01","source":"IRNCOP","target":"POL","code":"173",)"
            R"("root_code":"17","quad_class":4,"goldstein":-5,"plover":{"event":"COERCE","mode":"arrest"},)"
            R"("location":null,"text":"Iranian police arrested Poland.","evidence":{"source_text":"Iranian police",)"
            R"("target_text":"Poland","verb_text":"arrested","rule":"verbs.txt:5"}})"
            "\n");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(Modality, IntentCodesFollowTheCameoCodebook) {
  EXPECT_EQ(intent_code("062"), "0312");   // military cooperation -> intent to cooperate militarily
  EXPECT_EQ(intent_code("060"), "031");
  EXPECT_EQ(intent_code("042"), "036");    // visit -> intent to meet
  EXPECT_EQ(intent_code("0832"), "0342");  // policy change
  EXPECT_EQ(intent_code("085"), "0354");   // ease economic sanctions
  EXPECT_EQ(intent_code("190"), "138");    // attack -> threaten military force
  EXPECT_EQ(intent_code("195"), "1384");
  EXPECT_EQ(intent_code("163"), "1312");   // sanctions -> threaten sanctions
  EXPECT_EQ(intent_code("010"), "010");    // statements keep their code
  EXPECT_EQ(intent_code("112"), "");       // no intent code for accusations
  EXPECT_EQ(intent_code("045"), "039");    // mediate -> intent to mediate
  EXPECT_EQ(appeal_code("084", false), "0253");  // urge to release -> appeal for release
  EXPECT_EQ(appeal_code("084", true), "1053");   // demand a release
  EXPECT_EQ(appeal_code("040", false), "026");
  EXPECT_EQ(appeal_code("190", false), "020");
  EXPECT_EQ(appeal_code("190", true), "100");
  EXPECT_EQ(control_kind("want", false), ControlKind::kIntent);
  EXPECT_EQ(control_kind("prepare", false), ControlKind::kNone);  // "prepared to attend": it happened
  EXPECT_EQ(control_kind("prepare", true), ControlKind::kIntent);  // "is prepared to"
  EXPECT_EQ(control_kind("urge", false), ControlKind::kAppeal);
  EXPECT_EQ(control_kind("refuse", false), ControlKind::kNonEvent);
  EXPECT_EQ(control_kind("agree", false), ControlKind::kIntent);  // CAMEO 03: "agree to"
  EXPECT_EQ(control_kind("manage", false), ControlKind::kNone);
  EXPECT_TRUE(is_denial("deny"));
}

}  // namespace

TEST_F(CoderTest, ControllingVerbsTurnEventsIntoIntentsOrNothing) {
  // Intent: the controlled event becomes its 03x intent, or a 13x threat.
  EXPECT_EQ(code("(ROOT (S (NP (NNP Belarus)) (VP (VBZ wants) (S (VP (TO to) (VP (VB cooperate) (ADVP (RB militarily)) "
                 "(PP (IN with) (NP (NNP Iran)))))))))"),
            (std::set<Triple>{{"BLR", "IRN", "0312"}}));
  EXPECT_EQ(code("(ROOT (S (NP (NNP Belarus)) (VP (VBZ is) (ADJP (JJ ready) (S (VP (TO to) (VP (VB cooperate) "
                 "(PP (IN with) (NP (NNP Iran))))))))))"),
            (std::set<Triple>{{"BLR", "IRN", "031"}}));
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBZ plans) (S (VP (TO to) (VP (VB attack) (NP (NNP Poland))))))))"),
            (std::set<Triple>{{"RUS", "POL", "138"}}));
  // Appeal: the urging is the event, an appeal for aid (023); the help is only asked for.
  EXPECT_EQ(code("(ROOT (S (NP (NNP China)) (VP (VBD urged) (NP (NNP Russia)) (S (VP (TO to) (VP (VB help) "
                 "(NP (NNP Iran))))))))"),
            (std::set<Triple>{{"CHN", "RUS", "023"}}));
  // A negated or refusing controller: nothing happened.
  EXPECT_TRUE(code("(ROOT (S (NP (NNP Russia)) (VP (VBD did) (RB not) (VP (VB want) (S (VP (TO to) (VP (VB attack) "
                   "(NP (NNP Poland)))))))))").empty());
  EXPECT_TRUE(code("(ROOT (S (NP (NNP Russia)) (VP (VBD refused) (S (VP (TO to) (VP (VB help) (NP (NNP Iran))))))))")
                  .empty());
  // Agreeing to help is an intent to provide aid (033); an implicative verb keeps the event.
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBD agreed) (S (VP (TO to) (VP (VB help) (NP (NNP Iran))))))))"),
            (std::set<Triple>{{"RUS", "IRN", "033"}}));
  EXPECT_EQ(code("(ROOT (S (NP (NNP Russia)) (VP (VBD managed) (S (VP (TO to) (VP (VB help) (NP (NNP Iran))))))))"),
            (std::set<Triple>{{"RUS", "IRN", "070"}}));
}

}  // namespace dyad
