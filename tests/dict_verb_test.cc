// VerbDictionary on hand-written snippets: synsets, blocks, verb forms, compound verbs,
// patterns of every term kind, code fields, transformations, comments, errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dict/verb_dictionary.h"

namespace dyad {
namespace {

constexpr std::string_view kVerbs =
    "<!-- A header comment block like PETR.Validate.verbs.txt's:\n"
    "     PETRARCH2 loads no patterns after it. -->\n"
    "####### SYNONYM SETS #######\n"
    "&AUXVERB1_\n"
    "+WAS\n"
    "+BEEN\n"
    "\n"
    "&CURRENCY\n"
    "# a comment inside a set\n"
    "+DOLLAR\n"
    "+KRONER_\n"
    "+AUSTRIAN_FLORIN\n"
    "+SWISS FRANC\n"
    "\n"
    "&FIGHT_OF_WORDS\n"
    "+ARGUMENT\n"
    "+&CURRENCY\n"
    "####### VERB PATTERNS #######\n"
    "---  ACCELERATE   [---]  ---\n"                        // line 19
    "HURRY {HURRIES HURRYING HURRIED }\n"
    "RUSH\n"
    "- * (TO)                      [042:043]     # RUSH\n"  // line 22
    "- * {RELIEF ASSISTANCE}       [073]\n"
    "- &FIGHT_OF_WORDS * (OVER {&CURRENCY ATTACK}) [151]\n"
    "- $ * (AS &CURRENCY) (IN TALK) (WITH +)  [045]\n"
    "- % &CURRENCY * ^ [062:062]\n"
    "- IN_* [075]\n"
    "- *_OUT_AGAIN NOW [074]\n"
    "- * (BEFORE COURT) [:173]\n"
    "- * NEW_&FIGHT_OF_WORDS_RELATIONS [903]\n"
    "\n"
    "---  CALL   [---]  ---\n"                              // line 32
    "CALL\n"
    "+CALL_OFF [160]\n"
    "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]\n"
    "WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }\n"
    "LASH OUT [122]\n"
    "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93\n"
    "TRY\n"
    "---  DISGRACE   [110]---  ---\n"                       // line 40
    "DEBASE\n"
    "--- TROUBLED  [---] # NOUN ---\n"
    "TROUBLED\n"
    "&LATE_SET\n"                                           // a set defined after its use
    "+LATECOMER\n"
    "--- SAY [010] ---\n"
    "SAY {SAYS SAID SAYING}\n"
    "RUSH [999]\n"                                          // RUSH defined twice
    "- * (FOR &LATE_SET) [015]\n"
    "~ a (a b ATTACK) SAY = a b 015\n"
    "~ a (b . ATTACK ) WANT = a b 021\n"
    "~ a (_ b WILL_ATTACK) SAY = a b Q\n"
    "~ a (a b Q) SAY = a b Q\n";

VerbDictionary load(std::string_view text = kVerbs) {
  VerbDictionary d;
  ThrowingReporter strict;
  d.read_text(text, "CAMEO.snippet.txt", strict);
  d.finish(strict);
  return d;
}

std::vector<std::string> block_names(const VerbDictionary& d, std::string_view form) {
  std::vector<std::string> out;
  for (VerbId v : d.find(form)) out.push_back(d.block(d.verb(v).block).name);
  return out;
}

TEST(VerbDictionary, CountsAndBlocks) {
  auto d = load();
  EXPECT_EQ(d.synset_count(), 4u);
  EXPECT_EQ(d.block_count(), 5u);
  EXPECT_EQ(d.verb_count(), 13u);
  EXPECT_EQ(d.pattern_count(), 10u);
  EXPECT_EQ(d.transformations().size(), 4u);
  EXPECT_EQ(d.block(0).name, "ACCELERATE");
  EXPECT_TRUE(d.block(0).code.is_null());
  EXPECT_EQ(d.block(2).name, "DISGRACE");
  EXPECT_EQ(d.block(2).code.code, "110");  // trailing dashes glued to the code
  EXPECT_EQ(d.block(3).name, "TROUBLED");  // comment inside the header
  EXPECT_EQ(d.patterns(0).size(), 9u);
  EXPECT_EQ(d.patterns(1).size(), 0u);
  EXPECT_EQ(d.patterns(4).size(), 1u);
  EXPECT_EQ(d.describe(d.patterns(0)[0].where), "CAMEO.snippet.txt:22");
  EXPECT_EQ(d.describe(d.block(1).where), "CAMEO.snippet.txt:32");
}

TEST(VerbDictionary, SynsetsWithPluralsNestingAndPhrases) {
  auto d = load();
  auto aux = d.find_synset("&AUXVERB1");  // defined as &AUXVERB1_
  ASSERT_TRUE(aux);
  const Synset& a = d.synset(*aux);
  EXPECT_TRUE(a.contains(d.vocabulary().find("was")));
  EXPECT_FALSE(a.contains(d.vocabulary().find("wases")));  // `_` on the set: no plurals
  const Synset& cur = d.synset(*d.find_synset("CURRENCY"));
  EXPECT_TRUE(cur.contains(d.vocabulary().find("DOLLAR")));
  EXPECT_TRUE(cur.contains(d.vocabulary().find("DOLLARS")));
  EXPECT_TRUE(cur.contains(d.vocabulary().find("KRONER")));
  EXPECT_EQ(d.vocabulary().find("KRONERS"), kNoWord);  // `_` on the member: no plural
  std::vector<WordId> florins{d.vocabulary().find("AUSTRIAN"), d.vocabulary().find("FLORINS")};
  EXPECT_TRUE(std::find(cur.phrases.begin(), cur.phrases.end(), florins) != cur.phrases.end());
  std::vector<WordId> franc{d.vocabulary().find("SWISS"), d.vocabulary().find("FRANC")};
  EXPECT_TRUE(std::find(cur.phrases.begin(), cur.phrases.end(), franc) != cur.phrases.end());
  const Synset& fight = d.synset(*d.find_synset("&FIGHT_OF_WORDS"));
  EXPECT_TRUE(fight.contains(d.vocabulary().find("ARGUMENTS")));
  EXPECT_TRUE(fight.contains(d.vocabulary().find("DOLLARS")));  // nested &CURRENCY
  EXPECT_EQ(fight.phrases.size(), cur.phrases.size());
}

TEST(VerbDictionary, VerbFormsAndLemmaLookup) {
  auto d = load();
  EXPECT_EQ(block_names(d, "hurried"), std::vector<std::string>{"ACCELERATE"});
  EXPECT_EQ(block_names(d, "HURRY"), std::vector<std::string>{"ACCELERATE"});  // lemma
  EXPECT_TRUE(d.find("HURRYED").empty());  // {} lists the only forms
  EXPECT_FALSE(d.find("RUSHED").empty());
  EXPECT_FALSE(d.find("RUSHING").empty());
  EXPECT_FALSE(d.find("TRIED").empty());   // English form
  EXPECT_FALSE(d.find("TRYED").empty());   // PETRARCH2's form kept
  EXPECT_FALSE(d.find("SCRAPPED").empty());
  EXPECT_FALSE(d.find("DEBASING").empty());
  // A form defined twice keeps both, file order.
  EXPECT_EQ(block_names(d, "rushes"), (std::vector<std::string>{"ACCELERATE", "SAY"}));
  const Verb& second_rush = d.verb(d.find("RUSH")[1]);
  EXPECT_EQ(second_rush.code.code, "999");
  EXPECT_TRUE(second_rush.own_code);
  const Verb& hurry = d.verb(d.find("HURRY")[0]);
  EXPECT_TRUE(hurry.code.is_null());
  EXPECT_FALSE(hurry.own_code);
  EXPECT_EQ(d.vocabulary().word(hurry.lemma), "HURRY");
}

TEST(VerbDictionary, CompoundVerbs) {
  auto d = load();
  auto word = [&](WordId w) { return std::string(d.vocabulary().word(w)); };
  const Verb& off = d.verb(d.find("CALLED")[1]);  // CALL, then +CALL_OFF
  ASSERT_EQ(off.particles.size(), 1u);
  EXPECT_EQ(word(off.particles[0]), "OFF");
  EXPECT_EQ(off.code.code, "160");
  EXPECT_EQ(d.verb(d.find("CALLED")[0]).particles.size(), 0u);
  const Verb& ask = d.verb(d.find("ASKED")[0]);
  EXPECT_EQ(word(ask.lemma), "ASK");
  EXPECT_EQ(word(ask.particles[0]), "FOR");
  EXPECT_TRUE(d.find("ASKS").size() == 1);
  const Verb& tap = d.verb(d.find("TAPPED")[0]);
  ASSERT_EQ(tap.pre_words.size(), 1u);
  EXPECT_EQ(word(tap.pre_words[0]), "WIRE");
  EXPECT_TRUE(tap.particles.empty());
  const Verb& lash = d.verb(d.find("LASHED")[0]);  // unmarked multiword: first word is the head
  EXPECT_EQ(word(lash.particles[0]), "OUT");
  EXPECT_EQ(lash.code.code, "122");
}

TEST(VerbDictionary, PatternTerms) {
  auto d = load();
  auto pats = d.patterns(0);
  auto word = [&](const PatternTerm& t) { return std::string(d.vocabulary().word(t.value)); };
  // - * (TO) [042:043]
  const VerbPattern& to = pats[0];
  EXPECT_EQ(to.code.code, "042");
  EXPECT_EQ(to.code.reverse, "043");
  EXPECT_TRUE(to.before_verb().empty());
  ASSERT_EQ(to.after_verb().size(), 1u);
  EXPECT_EQ(to.after_verb()[0].kind, TermKind::kPrepPhrase);
  ASSERT_EQ(to.children(to.after_verb()[0]).size(), 1u);
  EXPECT_EQ(word(to.children(to.after_verb()[0])[0]), "TO");
  EXPECT_EQ(to.text, "* (TO)");
  // - * {RELIEF ASSISTANCE} [073]
  const PatternTerm& np = pats[1].after_verb()[0];
  EXPECT_EQ(np.kind, TermKind::kNounPhrase);
  auto np_words = pats[1].children(np);
  ASSERT_EQ(np_words.size(), 2u);
  EXPECT_EQ(word(np_words[1]), "ASSISTANCE");  // head last
  // - &FIGHT_OF_WORDS * (OVER {&CURRENCY ATTACK}) [151]
  const VerbPattern& p2 = pats[2];
  ASSERT_EQ(p2.before_verb().size(), 1u);
  EXPECT_EQ(p2.before_verb()[0].kind, TermKind::kSynset);
  EXPECT_EQ(d.synset(p2.before_verb()[0].value).name, "FIGHT_OF_WORDS");
  auto over = p2.children(p2.after_verb()[0]);
  ASSERT_EQ(over.size(), 2u);
  EXPECT_EQ(word(over[0]), "OVER");
  EXPECT_EQ(over[1].kind, TermKind::kNounPhrase);
  auto inner = p2.children(over[1]);
  ASSERT_EQ(inner.size(), 2u);
  EXPECT_EQ(inner[0].kind, TermKind::kSynset);
  EXPECT_EQ(word(inner[1]), "ATTACK");
  // - $ * (AS &CURRENCY) (IN TALK) (WITH +) [045]
  const VerbPattern& p3 = pats[3];
  EXPECT_EQ(p3.before_verb()[0].kind, TermKind::kSource);
  ASSERT_EQ(p3.after_verb().size(), 3u);
  EXPECT_EQ(p3.children(p3.after_verb()[2])[1].kind, TermKind::kTarget);
  // - % &CURRENCY * ^ [062:062]
  EXPECT_EQ(pats[4].before_verb()[0].kind, TermKind::kCompound);
  EXPECT_EQ(pats[4].after_verb()[0].kind, TermKind::kAny);
  EXPECT_EQ(pats[4].code.reverse, "062");
  // - IN_* [075]: IN adjacent to the verb
  ASSERT_EQ(pats[5].before_verb().size(), 1u);
  EXPECT_TRUE(pats[5].before_verb()[0].joined_to_next);
  // - *_OUT_AGAIN NOW [074]
  EXPECT_TRUE(pats[6].terms[pats[6].verb_index].joined_to_next);
  ASSERT_EQ(pats[6].after_verb().size(), 3u);
  EXPECT_TRUE(pats[6].after_verb()[0].joined_to_next);
  EXPECT_FALSE(pats[6].after_verb()[1].joined_to_next);
  // - * (BEFORE COURT) [:173]
  EXPECT_TRUE(pats[7].code.passive_only);
  EXPECT_EQ(pats[7].code.code, "173");
  // - * NEW_&FIGHT_OF_WORDS_RELATIONS: the longest synset name wins inside a joined token
  auto rel = pats[8].after_verb();
  ASSERT_EQ(rel.size(), 3u);
  EXPECT_EQ(word(rel[0]), "NEW");
  EXPECT_EQ(rel[1].kind, TermKind::kSynset);
  EXPECT_EQ(word(rel[2]), "RELATIONS");
  // A synset defined after the pattern that uses it.
  auto late = d.patterns(4)[0].children(d.patterns(4)[0].after_verb()[0]);
  EXPECT_EQ(d.synset(late[1].value).name, "LATE_SET");
}

TEST(VerbDictionary, Transformations) {
  auto d = load();
  auto xs = d.transformations();
  EXPECT_EQ(xs[0].source, 'a');
  EXPECT_EQ(xs[0].inner_source, 'a');
  EXPECT_EQ(xs[0].inner_target, 'b');
  EXPECT_EQ(d.vocabulary().word(xs[0].inner_verb[0]), "ATTACK");
  EXPECT_EQ(d.vocabulary().word(xs[0].outer_verb[0]), "SAY");
  EXPECT_EQ(xs[0].result_code, "015");
  EXPECT_EQ(xs[1].inner_target, '.');
  EXPECT_EQ(xs[2].inner_source, '_');
  EXPECT_EQ(xs[2].inner_verb.size(), 2u);  // WILL_ATTACK
  EXPECT_EQ(xs[2].result_code, "Q");
  EXPECT_TRUE(xs[3].inner_verb.empty());  // Q: any verb
  EXPECT_EQ(d.describe(xs[0].where), "CAMEO.snippet.txt:50");
}

TEST(EventCode, Forms) {
  EventCode c;
  EXPECT_EQ(parse_event_code("042:043", c), "");
  EXPECT_EQ(c.to_string(), "042:043");
  EXPECT_EQ(parse_event_code(":110", c), "");
  EXPECT_TRUE(c.passive_only);
  EXPECT_EQ(c.to_string(), ":110");
  EXPECT_EQ(parse_event_code("---", c), "");
  EXPECT_TRUE(c.is_null());
  EXPECT_EQ(parse_event_code("+++", c), "");  // WEIS-era codes are opaque strings
  EXPECT_EQ(c.code, "+++");
  EXPECT_EQ(parse_event_code("075A", c), "");
  EXPECT_NE(parse_event_code("", c), "");
  EXPECT_NE(parse_event_code("1 2", c), "");
  EXPECT_NE(parse_event_code("1:", c), "");
  EXPECT_NE(parse_event_code("1:2:3", c), "");
}

std::vector<std::string> errors_of(std::string_view text) {
  VerbDictionary d;
  CollectingReporter r;
  d.read_text(text, "bad.verbs.txt", r);
  d.finish(r);
  std::vector<std::string> out;
  for (auto& e : r.errors) out.push_back(e.what());
  return out;
}

TEST(VerbDictionary, Errors) {
  using V = std::vector<std::string>;
  const std::string b = "--- B [010] ---\nGO\n";  // lines 1-2
  EXPECT_EQ(errors_of(b + "- *SCEPTICAL [012]\n"), V{"bad.verbs.txt:3: pattern: no '*' (verb position)"});
  EXPECT_EQ(errors_of(b + "- * X * [012]\n"), V{"bad.verbs.txt:3: pattern: more than one '*'"});
  EXPECT_EQ(errors_of(b + "- * (WITH VISIT) VISIT)[042]\n"), V{"bad.verbs.txt:3: pattern: unbalanced ')'"});
  EXPECT_EQ(errors_of(b + "- * (IN &WEATHER) [---]\n"), V{"bad.verbs.txt:3: pattern: unknown synset &WEATHER"});
  EXPECT_EQ(errors_of(b + "- * X\n"), V{"bad.verbs.txt:3: pattern: no [CODE] at the end"});
  EXPECT_EQ(errors_of(b + "- * [1] X [2]\n"), V{"bad.verbs.txt:3: pattern: more than one code field"});
  EXPECT_EQ(errors_of(b + "- * (IN {X) [1]\n"), V{"bad.verbs.txt:3: pattern: ')' inside {...}"});
  EXPECT_EQ(errors_of(b + "- * {A (B)} [1]\n"), V{"bad.verbs.txt:3: pattern: '(' inside {...}"});
  EXPECT_EQ(errors_of(b + "- * {A {B}} [1]\n"), V{"bad.verbs.txt:3: pattern: '{' inside {...}"});
  EXPECT_EQ(errors_of(b + "- * } [1]\n"), V{"bad.verbs.txt:3: pattern: unbalanced '}'"});
  EXPECT_EQ(errors_of(b + "- * (IN X [1]\n"), V{"bad.verbs.txt:3: pattern: unclosed '('"});
  EXPECT_EQ(errors_of(b + "- * {A $} [1]\n"), V{"bad.verbs.txt:3: pattern: '$' inside {...}"});
  EXPECT_EQ(errors_of(b + "- * (^ X) [1]\n"), V{"bad.verbs.txt:3: pattern: (...) must start with a preposition word or synset"});
  EXPECT_EQ(errors_of(b + "- (IN *) [1]\n"), V{"bad.verbs.txt:3: pattern: '*' inside (...) or {...}"});
  EXPECT_EQ(errors_of(b + "- * () [1]\n"), V{"bad.verbs.txt:3: pattern: empty ()"});
  EXPECT_EQ(errors_of(b + "- * (A (B)) [1]\n"), V{"bad.verbs.txt:3: pattern: '(' inside (...)"});
  EXPECT_EQ(errors_of(b + "- * [1:2:3]\n"), V{"bad.verbs.txt:3: pattern: malformed code field '[1:2:3]'"});
  EXPECT_EQ(errors_of("GO\n"), V{"bad.verbs.txt:1: line outside a verb block"});
  EXPECT_EQ(errors_of("- * [1]\n"), V{"bad.verbs.txt:1: line outside a verb block"});
  EXPECT_EQ(errors_of("+MEMBER\n"), V{"bad.verbs.txt:1: line outside a verb block"});
  EXPECT_EQ(errors_of("&S\n+A\nGO\n"),
            V{"bad.verbs.txt:3: verb line after a synset; start a verb block with '--- NAME [CODE] ---'"});
  EXPECT_EQ(errors_of("&S\n&S\n"), V{"bad.verbs.txt:2: synset &S defined twice"});
  EXPECT_EQ(errors_of("&S\n+&T\n"), V{"bad.verbs.txt:2: unknown synset &T"});
  EXPECT_EQ(errors_of("&S\n+&S\n"), V{"bad.verbs.txt:1: synset &S contains itself"});
  EXPECT_EQ(errors_of("--- [010] ---\nGO\n- * [1]\n"), V{"bad.verbs.txt:1: verb block header without a name"});
  EXPECT_EQ(errors_of("--- B ---\n"), V{"bad.verbs.txt:1: verb block header without a [CODE]"});
  EXPECT_EQ(errors_of("--- DELAY [120]  [031:031] ---\nDELAY\n"),
            V{"bad.verbs.txt:1: verb block header has 2 code fields; using the first"});
  EXPECT_EQ(errors_of(b + "+WIRE_TAP {+WIRE_TAPS}\n"),
            V{"bad.verbs.txt:3: irregular form '+WIRE_TAPS' does not have the words of '+WIRE_TAP'"});
  EXPECT_EQ(errors_of(b + "+A_+B\n"), V{"bad.verbs.txt:3: verb '+A_+B' marks two head words with '+'"});
  EXPECT_EQ(errors_of(b + "X {XS\n"), V{"bad.verbs.txt:3: '{' without a closing '}'"});
  EXPECT_EQ(errors_of(b + "X [1] [2]\n"), V{"bad.verbs.txt:3: verb line has 2 code fields"});
  EXPECT_EQ(errors_of(b + "X {XS} junk [1]\n"), V{"bad.verbs.txt:3: unexpected text after '}'"});
  EXPECT_EQ(errors_of("~ a (a b ATTACK) SAY = a b\n"),
            V{"bad.verbs.txt:1: transformation: expected '~ a (b c VERB) VERB = a b CODE'"});
  EXPECT_EQ(errors_of("~ A (a b ATTACK) SAY = a b 1\n"),
            V{"bad.verbs.txt:1: transformation: actor variables are single lower-case letters, '.' (any) or '_' (none)"});
  EXPECT_EQ(errors_of("~ a (a b attack) SAY = a b 1\n"),
            V{"bad.verbs.txt:1: transformation: verbs are upper-case dictionary words, A_B, or Q"});
}

TEST(VerbDictionary, DelayHeaderRecoversItsVerbs) {
  VerbDictionary d;
  CollectingReporter r;
  d.read_text("--- DELAY [120]  [031:031] ---\nDELAY\n- * X [1]\n", "v.txt", r);
  d.finish(r);
  EXPECT_EQ(r.errors.size(), 1u);
  ASSERT_EQ(d.find("DELAYED").size(), 1u);
  EXPECT_EQ(d.verb(d.find("DELAYED")[0]).code.code, "120");
  EXPECT_EQ(d.pattern_count(), 1u);
}

TEST(VerbDictionary, BadHeaderDropsItsLinesWithOneError) {
  auto errors = errors_of("--- [1] ---\nGO\nCOME\n- * [2]\n--- OK [3] ---\nSTAY\n");
  EXPECT_EQ(errors.size(), 1u);
}

}  // namespace
}  // namespace dyad
