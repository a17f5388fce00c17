// dyad's own dictionary format (docs/dictionaries.md): the readers on small inline texts
// (names and tokenization, date ranges, role choice, agents, verb patterns, sets, noun
// triggers, errors with line and column), the directory loader on tests/data/dict, and
// native patterns coding real sentences parsed by the front end.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <tuple>

#include "code/event_coder.h"
#include "dict/default_dictionaries.h"
#include "dict/native_actors.h"
#include "dict/native_agents.h"
#include "dict/native_directory.h"
#include "dict/native_format.h"
#include "dict/native_verbs.h"
#include "syntax/document_parser.h"

namespace dyad {
namespace {

Date day(const char* iso) { return *Date::parse_iso(iso); }

std::vector<std::string> errors_of(const CollectingReporter& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.what());
  return out;
}

ActorDictionary actors_of(const char* text, CollectingReporter& errors) {
  ActorDictionary d;
  read_native_actors(d, text, "t.actors", errors);
  d.finish();
  return d;
}

std::string code_of(const ActorDictionary& d, const char* phrase, const char* date) {
  std::vector<std::string> words = phrase_words(phrase);
  std::vector<std::string_view> views(words.begin(), words.end());
  ActorMatch m = d.longest_match(std::span<const std::string_view>(views), 0, day(date));
  if (m.length != words.size()) return "(no match)";
  return std::string(m.code());
}

TEST(NativeActors, NamesAreTokenizedLikeSentences) {
  CollectingReporter errors;
  ActorDictionary d = actors_of(
      "United States | U.S. | USA = USA\n"
      "Côte d'Ivoire | Ivory Coast = CIV\n"
      "al-Shabaab = SOMREB\n"
      "Kim Jong Un = PRKGOV 2011-12-17..\n",
      errors);
  EXPECT_TRUE(errors.errors.empty()) << errors_of(errors)[0];
  EXPECT_EQ(d.entry_count(), 4u);
  EXPECT_EQ(d.name_count(), 7u);
  EXPECT_EQ(d.entry(0).name, "United States");
  // Case-insensitive whole tokens; "U.S." is one token, as the tokenizer makes it.
  EXPECT_EQ(code_of(d, "united STATES", "2020-01-01"), "USA");
  EXPECT_EQ(code_of(d, "U.S.", "2020-01-01"), "USA");
  EXPECT_EQ(code_of(d, "côte d'ivoire", "2020-01-01"), "CIV");
  EXPECT_EQ(code_of(d, "Al-Shabaab", "2020-01-01"), "SOMREB");
  EXPECT_EQ(code_of(d, "Kim Jong Un", "2020-01-01"), "PRKGOV");
  EXPECT_EQ(code_of(d, "Kim Jong Un", "2011-12-16"), "");  // matches, no role holds
  // The names are kept for convert and explain.
  ASSERT_EQ(d.names(0).size(), 3u);
  EXPECT_EQ(d.vocabulary().word(d.names(0)[1][0]), "U.S.");
}

TEST(NativeActors, RangesIncludeBothEndsAtDayMonthAndYearPrecision) {
  CollectingReporter errors;
  ActorDictionary d = actors_of(
      "Day = A 2009-01-20..2017-01-19\n"
      "Month = B 2020-02..2020-03\n"
      "Year = C 2008..2010\n"
      "From = D 2024-07..\n"
      "Until = E ..1999\n",
      errors);
  ASSERT_TRUE(errors.errors.empty()) << errors_of(errors)[0];
  EXPECT_EQ(code_of(d, "Day", "2009-01-19"), "");
  EXPECT_EQ(code_of(d, "Day", "2009-01-20"), "A");
  EXPECT_EQ(code_of(d, "Day", "2017-01-19"), "A");
  EXPECT_EQ(code_of(d, "Day", "2017-01-20"), "");
  EXPECT_EQ(code_of(d, "Month", "2020-01-31"), "");
  EXPECT_EQ(code_of(d, "Month", "2020-02-01"), "B");
  EXPECT_EQ(code_of(d, "Month", "2020-03-31"), "B");
  EXPECT_EQ(code_of(d, "Month", "2020-04-01"), "");
  EXPECT_EQ(code_of(d, "Year", "2007-12-31"), "");
  EXPECT_EQ(code_of(d, "Year", "2008-01-01"), "C");
  EXPECT_EQ(code_of(d, "Year", "2010-12-31"), "C");
  EXPECT_EQ(code_of(d, "Year", "2011-01-01"), "");
  EXPECT_EQ(code_of(d, "From", "2024-06-30"), "");
  EXPECT_EQ(code_of(d, "From", "2024-07-01"), "D");
  EXPECT_EQ(code_of(d, "From", "2090-01-01"), "D");
  EXPECT_EQ(code_of(d, "Until", "1999-12-31"), "E");
  EXPECT_EQ(code_of(d, "Until", "2000-01-01"), "");
  const ActorRole& r = d.roles(0)[0];
  EXPECT_TRUE(r.dated);
  EXPECT_EQ(format_native_range(r.begin, r.end), "2009-01-20..2017-01-19");
}

TEST(NativeActors, RoleChoiceDatedThenNarrowerThenFirstWritten) {
  CollectingReporter errors;
  ActorDictionary d = actors_of(
      // An undated default written first does not shadow the dated role.
      "Barack Obama | Obama = USAELI, USAGOV 2009-01-20..2017-01-19\n"
      // The narrower of two holding ranges wins, wherever written.
      "Masoud Pezeshkian = IRNLEG 2008-05-28..2030, IRNGOV 2024-07-28..2028\n"
      // Equal ranges: the first written.
      "Twin = AAA 2000..2001, BBB 2000..2001\n"
      // The same name in two entries pools their roles.
      "Khamenei = IRNELI\n"
      "Ali Khamenei | Khamenei = IRNGOV 1989-06-04..\n"
      // --- : the name matches and yields nothing.
      "New Mexico = ---\n",
      errors);
  ASSERT_TRUE(errors.errors.empty()) << errors_of(errors)[0];
  EXPECT_EQ(code_of(d, "Obama", "2010-05-01"), "USAGOV");
  EXPECT_EQ(code_of(d, "Obama", "2018-05-01"), "USAELI");
  EXPECT_EQ(code_of(d, "Masoud Pezeshkian", "2025-01-01"), "IRNGOV");
  EXPECT_EQ(code_of(d, "Masoud Pezeshkian", "2020-01-01"), "IRNLEG");
  EXPECT_EQ(code_of(d, "Twin", "2000-06-01"), "AAA");
  EXPECT_EQ(code_of(d, "Khamenei", "1980-01-01"), "IRNELI");
  EXPECT_EQ(code_of(d, "Khamenei", "2020-01-01"), "IRNGOV");
  EXPECT_EQ(code_of(d, "New Mexico", "2020-01-01"), "");
}

TEST(NativeActors, ErrorsNameLineAndColumnAndKeepTheGoodRoles) {
  CollectingReporter errors;
  ActorDictionary d = actors_of(
      "# comment line\n"
      "Iran = IRN\n"
      "Nowhere\n"                                // 3: no '='
      "Bad Date = XYZ 2024-02-30..\n"            // 4: impossible date
      "No Dots = XYZ 2024\n"                     // 5: a date alone
      "Reversed = XYZ 2020..2019\n"              // 6: ends before it starts
      "Bad/Code = US/GOV\n"                      // 7: code with '/'
      "Two = AAA 2001.. BBB\n"                   // 8: missing comma
      " | Empty = AAA\n"                         // 9: empty name, the other kept
      "Kept = AAA 2000..2001, BBB 20x1..\n"      // 10: second role bad, first kept
      "C# = CSHARP   # '#' inside a word is not a comment\n",
      errors);
  std::vector<std::string> e = errors_of(errors);
  ASSERT_EQ(e.size(), 8u);
  EXPECT_EQ(e[0], "t.actors:3:1: expected 'NAMES = ROLES' (no '=')");
  EXPECT_EQ(e[1], "t.actors:4:16: actor code XYZ: impossible date '2024-02-30'");
  EXPECT_EQ(e[2], "t.actors:5:15: actor code XYZ: date '2024' without '..'; write FROM.., ..TO or FROM..TO");
  EXPECT_EQ(e[3], "t.actors:6:16: actor code XYZ: range '2020..2019' ends before it starts");
  EXPECT_EQ(e[4], "t.actors:7:12: bad actor code 'US/GOV' (letters and digits, or ---)");
  EXPECT_EQ(e[5], "t.actors:8:18: unexpected 'BBB' after the role (roles are separated by ',')");
  EXPECT_EQ(e[6], "t.actors:9:1: empty name");
  EXPECT_EQ(e[7], "t.actors:10:28: actor code BBB: bad date '20x1' (want YYYY-MM-DD, YYYY-MM or YYYY)");
  EXPECT_EQ(code_of(d, "Empty", "2020-01-01"), "AAA");
  EXPECT_EQ(code_of(d, "Kept", "2000-06-01"), "AAA");
  EXPECT_EQ(code_of(d, "C#", "2000-06-01"), "CSHARP");
  EXPECT_EQ(code_of(d, "Nowhere", "2000-06-01"), "(no match)");
  // A throwing reporter stops at the first error, naming it.
  ActorDictionary strict;
  ThrowingReporter thrower;
  try {
    read_native_actors(strict, "Iran = IRN\nBelarus BLR\n", "x.actors", thrower);
    FAIL() << "no error";
  } catch (const DictionaryError& err) {
    EXPECT_STREQ(err.what(), "x.actors:2:1: expected 'NAMES = ROLES' (no '=')");
    EXPECT_EQ(err.line(), 2u);
    EXPECT_EQ(err.column(), 1u);
  }
}

TEST(NativeActors, ColumnsCountCharactersNotBytes) {
  CollectingReporter errors;
  actors_of("Côte d'Ivoire = CIV 2020-13..\n", errors);
  ASSERT_EQ(errors.errors.size(), 1u);
  EXPECT_EQ(errors.errors[0].column(), 21u);  // 'ô' is two bytes, one column
}

AgentDictionary agents_of(const char* text, CollectingReporter& errors) {
  AgentDictionary d;
  read_native_agents(d, text, "t.agents", errors);
  d.finish();
  return d;
}

std::string agent_code(const AgentDictionary& d, const char* phrase) {
  std::vector<std::string> words = phrase_words(phrase);
  std::vector<std::string_view> views(words.begin(), words.end());
  AgentMatch m = d.longest_match(std::span<const std::string_view>(views), 0);
  if (m.length != words.size()) return "(no match)";
  const AgentEntry& a = d.agent(m.agents[0]);
  return a.placement == AgentPlacement::kPrefix ? a.code + "~" : a.code;
}

TEST(NativeAgents, PluralsOfTheLastWordAndPrefixCodes) {
  CollectingReporter errors;
  AgentDictionary d = agents_of(
      "president | head of state = GOV\n"
      "police | police officer | policeman = COP\n"
      "foreign ministry = GOV\n"
      "non-governmental organization | NGO = NGO~\n"
      "legislator = ~LEG\n",
      errors);
  ASSERT_TRUE(errors.errors.empty()) << errors_of(errors)[0];
  EXPECT_EQ(d.agent_count(), 5u);
  EXPECT_EQ(agent_code(d, "presidents"), "GOV");
  EXPECT_EQ(agent_code(d, "Police Officers"), "COP");
  EXPECT_EQ(agent_code(d, "policemen"), "COP");
  EXPECT_EQ(agent_code(d, "foreign ministries"), "GOV");
  EXPECT_EQ(agent_code(d, "head of states"), "GOV");      // the documented rule: last word only
  EXPECT_EQ(agent_code(d, "heads of state"), "(no match)");  // irregular: to be written out
  EXPECT_EQ(agent_code(d, "NGOs"), "NGO~");
  EXPECT_EQ(agent_code(d, "legislators"), "LEG");          // ~CODE read as a suffix code
  EXPECT_EQ(d.agent(0).phrase, "president");
  // Phrases are kept with how they came to be.
  std::vector<AgentPhrase> phrases = d.phrases(1);
  ASSERT_GE(phrases.size(), 4u);
  EXPECT_EQ(phrases[0].kind, AgentPhraseKind::kWritten);
  EXPECT_EQ(phrases[1].kind, AgentPhraseKind::kGenerated);  // "polices": the rule is mechanical
}

TEST(NativeAgents, Errors) {
  CollectingReporter errors;
  AgentDictionary d = agents_of(
      "troops\n"
      "army = \n"
      "navy = MIL NAV\n"
      "rebel = REB~~\n"
      "militia | = UAF\n",
      errors);
  std::vector<std::string> e = errors_of(errors);
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0], "t.agents:1:1: expected 'PHRASES = CODE' (no '=')");
  EXPECT_EQ(e[1], "t.agents:2:7: no agent code after '='");
  EXPECT_EQ(e[2], "t.agents:3:12: one agent code per line; unexpected 'NAV'");
  EXPECT_EQ(e[3], "t.agents:4:9: bad agent code 'REB~~' (letters and digits; CODE~ for a prefix code)");
  EXPECT_EQ(e[4], "t.agents:5:10: empty phrase");
  EXPECT_EQ(agent_code(d, "militias"), "UAF");
}

struct Verbs {
  std::shared_ptr<Vocabulary> vocab = std::make_shared<Vocabulary>();
  VerbDictionary dict{vocab};
  CollectingReporter errors;
  explicit Verbs(const char* text) {
    read_native_verbs(dict, text, "t.verbs", errors);
    dict.finish(errors);
  }
  // The terms of a pattern as text: V for the trigger, words, &SET, {target}, {source}.
  std::string terms(const VerbPattern& p) const {
    std::string out;
    for (const PatternTerm& t : p.terms) {
      if (!out.empty()) out += ' ';
      switch (t.kind) {
        case TermKind::kVerb: out += "V"; break;
        case TermKind::kWord: out += vocab->word(t.value); break;
        case TermKind::kSynset: out += "&" + dict.synset(t.value).name; break;
        case TermKind::kTarget: out += "{target}"; break;
        case TermKind::kSource: out += "{source}"; break;
        default: out += "?";
      }
      if (t.joined_to_next) out += "_";
    }
    return out;
  }
  const Verb* verb(const char* form) const {
    auto found = dict.find(form);
    return found.empty() ? nullptr : &dict.verb(found[0]);
  }
};

TEST(NativeVerbs, PatternsCompileToTermSequencesOnTheTriggersBlock) {
  Verbs v(
      "## 04 CONSULT\n"
      "042  visit {target}                 # \"Pezeshkian visited Minsk\"\n"
      "042  travel to {target} | arrive in {target}\n"
      "163  impose sanctions on {target} | impose sanctions against {target}\n"
      "1123 accuse {target} of\n"
      "036  {source} express willingness to meet {target}\n"
      "0311 be *ready to sign\n"
      "010  say | state\n"
      "---  say goodbye to {target}\n");
  ASSERT_TRUE(v.errors.errors.empty()) << errors_of(v.errors)[0];
  // Inflections are generated; a trigger is found by any of them and by its lemma.
  const Verb* visit = v.verb("visited");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(v.verb("visits"), visit);
  EXPECT_EQ(v.verb("VISITING"), visit);
  EXPECT_EQ(v.vocab->word(visit->lemma), "VISIT");
  EXPECT_TRUE(visit->code.is_null());  // only its patterns code
  auto visit_patterns = v.dict.patterns(visit->block);
  ASSERT_EQ(visit_patterns.size(), 1u);
  EXPECT_EQ(v.terms(visit_patterns[0]), "V {target}");
  EXPECT_EQ(visit_patterns[0].code.code, "042");
  EXPECT_EQ(visit_patterns[0].text, "visit {target}");
  EXPECT_EQ(v.dict.describe(visit_patterns[0].where), "t.verbs:2");

  auto impose = v.dict.patterns(v.verb("imposed")->block);
  ASSERT_EQ(impose.size(), 2u);
  EXPECT_EQ(v.terms(impose[0]), "V SANCTIONS ON {target}");
  EXPECT_EQ(v.terms(impose[1]), "V SANCTIONS AGAINST {target}");
  EXPECT_EQ(impose[0].verb_index, 0u);
  EXPECT_EQ(v.terms(v.dict.patterns(v.verb("accused")->block)[0]), "V {target} OF");
  EXPECT_EQ(v.terms(v.dict.patterns(v.verb("expressed")->block)[0]), "{source} V WILLINGNESS TO MEET {target}");
  // `*` marks a trigger that is not the first word.
  const Verb* ready = v.verb("ready");
  ASSERT_NE(ready, nullptr);
  auto ready_patterns = v.dict.patterns(ready->block);
  ASSERT_EQ(ready_patterns.size(), 1u);
  EXPECT_EQ(v.terms(ready_patterns[0]), "BE V TO SIGN");
  EXPECT_EQ(ready_patterns[0].verb_index, 1u);
  // A trigger alone gives the trigger its own code.
  const Verb* say = v.verb("says");  // irregular "said" is found by the coder through its lemma
  ASSERT_NE(say, nullptr);
  EXPECT_EQ(say->code.code, "010");
  EXPECT_EQ(v.verb("stated")->code.code, "010");
  // `---`: the pattern matches and codes nothing.
  ASSERT_EQ(v.dict.patterns(say->block).size(), 1u);
  EXPECT_TRUE(v.dict.patterns(say->block)[0].code.is_null());
  EXPECT_EQ(v.terms(v.dict.patterns(say->block)[0]), "V GOODBYE TO {target}");
  // Patterns of one trigger on several lines share its block.
  EXPECT_EQ(v.dict.patterns(v.verb("travel")->block).size(), 1u);
}

TEST(NativeVerbs, SetsMayBeUsedBeforeTheirDefinitionAndNest) {
  Verbs v(
      "072  supply {target} with &WEAPON\n"
      "&WEAPON = weapon | arms | &AIRCRAFT | air defense system\n"
      "&AIRCRAFT = drone | fighter jet\n");
  ASSERT_TRUE(v.errors.errors.empty()) << errors_of(v.errors)[0];
  auto patterns = v.dict.patterns(v.verb("supply")->block);
  ASSERT_EQ(patterns.size(), 1u);
  EXPECT_EQ(v.terms(patterns[0]), "V {target} WITH &WEAPON");
  const Synset& weapon = v.dict.synset(*v.dict.find_synset("WEAPON"));
  auto has = [&](const char* w) { return weapon.contains(v.vocab->find(w)); };
  EXPECT_TRUE(has("weapon"));
  EXPECT_TRUE(has("weapons"));  // plurals generated
  EXPECT_TRUE(has("arms"));
  EXPECT_TRUE(has("drones"));   // through &AIRCRAFT
  EXPECT_FALSE(has("tank"));
  bool jet = false, system = false;
  for (const auto& p : weapon.phrases) {
    std::string s;
    for (WordId w : p) s += std::string(v.vocab->word(w)) + " ";
    jet |= s == "FIGHTER JETS ";
    system |= s == "AIR DEFENSE SYSTEMS ";
  }
  EXPECT_TRUE(jet);
  EXPECT_TRUE(system);
  EXPECT_EQ(weapon.members[2], "&AIRCRAFT");
}

TEST(NativeVerbs, NounTriggersAreIndexedApart) {
  Verbs v(
      "042  visit {target}\n"
      "noun 042  visit to {target}\n"
      "noun 040  talks with {target}\n"
      "noun 195  airstrike on {target}\n");
  ASSERT_TRUE(v.errors.errors.empty()) << errors_of(v.errors)[0];
  // find() sees verbs only; find_noun() sees the nominal triggers and their plurals.
  ASSERT_EQ(v.dict.find("visit").size(), 1u);
  EXPECT_FALSE(v.dict.verb(v.dict.find("visit")[0]).nominal);
  EXPECT_TRUE(v.dict.find("talks").empty());
  ASSERT_EQ(v.dict.find_noun("visit").size(), 1u);
  const Verb& noun_visit = v.dict.verb(v.dict.find_noun("visits")[0]);
  EXPECT_TRUE(noun_visit.nominal);
  EXPECT_NE(noun_visit.block, v.dict.verb(v.dict.find("visit")[0]).block);
  EXPECT_EQ(v.terms(v.dict.patterns(noun_visit.block)[0]), "V TO {target}");
  ASSERT_EQ(v.dict.find_noun("TALKS").size(), 1u);
  EXPECT_EQ(v.dict.patterns(v.dict.verb(v.dict.find_noun("talks")[0]).block)[0].code.code, "040");
  EXPECT_EQ(v.dict.find_noun("airstrikes").size(), 1u);
  EXPECT_TRUE(v.dict.find_noun("talk").empty());  // written plural: no singular is guessed
}

TEST(NativeVerbs, ErrorsNameLineAndColumn) {
  Verbs v(
      "042 visit {target}\n"
      "visit {target}\n"                              // 2: no code
      "042 visit {place}\n"                           // 3: unknown slot
      "042 tell {target} about {target}\n"            // 4: two targets
      "042 *be *ready\n"                              // 5: two triggers
      "042 {target} | | meet {target}\n"              // 6: no trigger word; empty pattern
      "072 supply {target} with &NOSUCH\n"            // 7: unknown set (reported by finish)
      "043 visit {target}\n"                          // 8: coded again differently
      "010 say\n"
      "011 say\n"                                     // 10: bare trigger coded twice
      "&BAD SET = a | b\n"                            // 11: bad set name
      "042 *U.S.-led\n"                               // fine: one token
      "noun\n");                                      // 13: noun without a code
  std::vector<std::string> e = errors_of(v.errors);
  ASSERT_EQ(e.size(), 11u) << ::testing::PrintToString(e);
  EXPECT_EQ(e[0], "t.verbs:2:1: expected a CODE (letters and digits) or 'noun CODE' at the start of the line, found 'visit' (a code has a digit)");
  EXPECT_EQ(e[1], "t.verbs:3:11: unknown slot '{place}' (slots are {target} and {source})");
  EXPECT_EQ(e[2], "t.verbs:4:25: pattern has two {target} slots");
  EXPECT_EQ(e[3], "t.verbs:5:9: pattern marks two triggers with '*'");
  EXPECT_EQ(e[4], "t.verbs:6:5: pattern has no trigger word");
  EXPECT_EQ(e[5], "t.verbs:6:15: empty pattern");
  EXPECT_EQ(e[6], "t.verbs:10:5: 'say' is already coded 010 at t.verbs:9");
  EXPECT_EQ(e[7], "t.verbs:11:1: bad set name '&BAD SET' (letters, digits, '_' and '-')");
  EXPECT_EQ(e[8], "t.verbs:13:5: 'noun' without a CODE");
  // From finish(): unknown sets at their first use, conflicting duplicates.
  EXPECT_EQ(e[9], "t.verbs:7:26: unknown synset &NOSUCH");
  EXPECT_EQ(e[10], "t.verbs:8:5: 'visit {target}' is already coded 042 at t.verbs:1; this line's 043 is ignored");
  // The good patterns of the bad lines survive.
  EXPECT_EQ(v.dict.patterns(v.verb("meet")->block).size(), 1u);
  EXPECT_EQ(v.dict.patterns(v.verb("visit")->block).size(), 1u);
  EXPECT_EQ(v.dict.patterns(v.verb("visit")->block)[0].code.code, "042");
  EXPECT_EQ(v.verb("say")->code.code, "010");
}

TEST(NativeDirectory, LoadsByExtensionInNameOrder) {
  const std::string dir = std::string(DYAD_TEST_DATA) + "/dict";
  DictionarySet set = load_native_directory(dir);  // throws on any error
  ASSERT_EQ(set.files.size(), 3u);  // README.md is not read
  EXPECT_EQ(set.files[0].second, DictionaryKind::kVerbs);   // events.verbs
  EXPECT_EQ(set.files[1].second, DictionaryKind::kAgents);  // roles.agents
  EXPECT_EQ(set.files[2].second, DictionaryKind::kActors);  // world.actors
  EXPECT_EQ(set.actors.entry_count(), 11u);
  EXPECT_EQ(set.agents.agent_count(), 6u);
  EXPECT_EQ(set.verbs.pattern_count(), 6u);
  EXPECT_EQ(native_kind_of_name("x/countries.actors"), DictionaryKind::kActors);
  EXPECT_EQ(native_kind_of_name("x.actors/readme"), std::nullopt);
  EXPECT_EQ(native_kind_of_name("Phoenix.agents.txt"), std::nullopt);
  EXPECT_TRUE(is_native_directory(dir));

  CollectingReporter errors;
  load_native_directory(std::string(DYAD_TEST_DATA) + "/articles", errors);
  ASSERT_EQ(errors.errors.size(), 2u);
  EXPECT_NE(std::string(errors.errors[0].what()).find("no actors dictionary (*.actors)"), std::string::npos);
}

TEST(NativeDirectory, DefaultDictionariesAreFoundThroughTheDataDir) {
  // The build links <data dir>/dict to data/dict; DYAD_DATA_DIR moves it.
  const std::string dir = default_dictionary_dir();
  EXPECT_TRUE(dir.ends_with("/dict")) << dir;
  CollectingReporter errors;
  DictionarySet set = load_default_dictionaries(errors);
  EXPECT_FALSE(set.files.empty()) << dir;
  EXPECT_GT(set.actors.entry_count(), 0u);
}

// Native patterns coding real sentences through the front end and the unchanged EventCoder.
class NativeCoding : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    resources_ = FrontEndResources::load_default().release();
    auto set = std::make_shared<DictionarySet>(load_native_directory(std::string(DYAD_TEST_DATA) + "/dict"));
    coder_ = new EventCoder(set);
  }
  static void TearDownTestSuite() {
    delete coder_;
    delete resources_;
  }
  using Triple = std::tuple<std::string, std::string, std::string, std::string>;  // + rule
  static std::set<Triple> code(const char* text, const char* date) {
    Document doc;
    doc.id = "t";
    doc.date = date;
    doc.text = text;
    DocumentParser parser(*resources_);
    ParsedDocument parsed = parser.parse(doc);
    std::set<Triple> out;
    for (const auto& s : parsed.sentences)
      for (const CodedEvent& e : coder_->code(s.tree, day(date)).events)
        out.emplace(e.source, e.target, e.code, e.evidence.rule);
    return out;
  }
  static FrontEndResources* resources_;
  static EventCoder* coder_;
};
FrontEndResources* NativeCoding::resources_ = nullptr;
EventCoder* NativeCoding::coder_ = nullptr;

TEST_F(NativeCoding, VisitAndSanctionsPatternsCodeParsedSentences) {
  EXPECT_EQ(code("Iranian President Masoud Pezeshkian visited Minsk on Wednesday.", "2025-08-20"),
            (std::set<Triple>{{"IRNGOV", "BLR", "042", "events.verbs:3"}}));
  EXPECT_EQ(code("The European Union imposed new sanctions on Iran.", "2025-08-20"),
            (std::set<Triple>{{"IGOEUREEC", "IRN", "163", "events.verbs:5"}}));
  // Roles at the sentence's date: Pezeshkian was a legislator in 2015.
  EXPECT_EQ(code("Pezeshkian visited Belarus.", "2015-03-01"),
            (std::set<Triple>{{"IRNLEG", "BLR", "042", "events.verbs:3"}}));
  // A pattern's words must be there: "imposed a curfew" is no sanction.
  EXPECT_TRUE(code("The European Union imposed a curfew on Iran.", "2025-08-20").empty());
}

}  // namespace
}  // namespace dyad
