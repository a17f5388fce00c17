// AgentDictionary on hand-written snippets: plurals, substitution sets, prefix agents, errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/agent_dictionary.h"

namespace dyad {
namespace {

constexpr std::string_view kAgents =
    "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
    "POLICE {} [~COP]\n"
    "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
    "ARMY [~MIL]\n"
    "HELICOPTERS [~MILAFC]\n"
    "CONGRESS [~LEG]\n"
    "CONGRESS!PERSON! [~LEG]\n"
    "PEACEKEEPING_TROOPS {} [IGO~]\n"
    "HUMAN_RIGHTS_ORGANIZATION  [  NGO~] # spaces inside\n"
    "HUSBAND!PERSON![~AGR]\n"
    "FOREIGN MINISTER [~GOVFRM]\n";

AgentDictionary load(std::string_view text = kAgents) {
  AgentDictionary d;
  ThrowingReporter strict;
  d.read_text(text, "snippet.agents.txt", strict);
  d.finish();
  return d;
}

std::string code_of(const AgentDictionary& d, std::string_view phrase) {
  auto ids = d.find(phrase);
  if (ids.empty()) return "<none>";
  const AgentEntry& a = d.agent(ids[0]);
  return a.placement == AgentPlacement::kPrefix ? a.code + "~" : "~" + a.code;
}

TEST(AgentDictionary, PluralsFollowEnglish) {
  auto d = load();
  EXPECT_EQ(d.agent_count(), 10u);
  EXPECT_EQ(code_of(d, "ARMIES"), "~MIL");
  EXPECT_EQ(code_of(d, "ARMY"), "~MIL");
  EXPECT_EQ(code_of(d, "POLICE"), "~COP");
  EXPECT_EQ(code_of(d, "POLICES"), "<none>");  // {} = no plural
  EXPECT_EQ(code_of(d, "ATTORNEYS GENERAL"), "~GOV");
  EXPECT_EQ(code_of(d, "ATTORNEY GENERALS"), "<none>");  // explicit plural replaces the rule
  EXPECT_EQ(code_of(d, "HELICOPTERSES"), "<none>");      // PETRARCH2's bug
  EXPECT_EQ(code_of(d, "CONGRESSES"), "~LEG");
  EXPECT_EQ(code_of(d, "FOREIGN MINISTERS"), "~GOVFRM");
}

TEST(AgentDictionary, SubstitutionSetsSpliceText) {
  auto d = load();
  EXPECT_EQ(code_of(d, "CONGRESSMAN"), "~LEG");
  EXPECT_EQ(code_of(d, "congresswomen"), "~LEG");
  EXPECT_EQ(code_of(d, "CONGRESSPERSON"), "~LEG");
  EXPECT_EQ(code_of(d, "CONGRESSPERSONS"), "<none>");  // no generated plural
  EXPECT_EQ(code_of(d, "HUSBANDMEN"), "~AGR");
  EXPECT_EQ(d.agent(d.find("CONGRESSMEN")[0]).phrase, "CONGRESSMAN");
}

TEST(AgentDictionary, PrefixAgentsKeepTheirPlacement) {
  auto d = load();
  const AgentEntry& pk = d.agent(d.find("peacekeeping troops")[0]);
  EXPECT_EQ(pk.code, "IGO");
  EXPECT_EQ(pk.placement, AgentPlacement::kPrefix);
  const AgentEntry& hr = d.agent(d.find("human rights organizations")[0]);
  EXPECT_EQ(hr.code, "NGO");
  EXPECT_EQ(hr.placement, AgentPlacement::kPrefix);
  const AgentEntry& police = d.agent(d.find("police")[0]);
  EXPECT_EQ(police.placement, AgentPlacement::kSuffix);
  EXPECT_EQ(d.files().describe(police.where), "snippet.agents.txt:2");
}

TEST(AgentDictionary, LongestMatchOverTokens) {
  auto d = load();
  std::vector<std::string_view> t{"the", "foreign", "minister", "said"};
  EXPECT_FALSE(d.longest_match(t, 0));
  auto m = d.longest_match(t, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(d.agent(m.agents[0]).code, "GOVFRM");
}

std::vector<std::string> errors_of(std::string_view text) {
  AgentDictionary d;
  CollectingReporter r;
  d.read_text(text, "bad.agents.txt", r);
  d.finish();
  std::vector<std::string> out;
  for (auto& e : r.errors) out.push_back(e.what());
  return out;
}

TEST(AgentDictionary, Errors) {
  using V = std::vector<std::string>;
  EXPECT_EQ(errors_of("ISLAMIC_EXTREMIST\n"), V{"bad.agents.txt:1: agent entry without a [CODE]"});
  EXPECT_EQ(errors_of("DEPARMENT [~ENV}\n"), V{"bad.agents.txt:1: agent code: '[' without a closing ']'"});
  EXPECT_EQ(errors_of("X [GOV]\n"), V{"bad.agents.txt:1: agent code 'GOV' must be ~CODE (suffix) or CODE~ (prefix)"});
  EXPECT_EQ(errors_of("X [~GOV~]\n"), V{"bad.agents.txt:1: agent code '~GOV~' must be ~CODE (suffix) or CODE~ (prefix)"});
  EXPECT_EQ(errors_of("X [~]\n"), V{"bad.agents.txt:1: agent code '~' must be ~CODE (suffix) or CODE~ (prefix)"});
  EXPECT_EQ(errors_of("X [~A B]\n"), V{"bad.agents.txt:1: malformed agent code '~A B'"});
  EXPECT_EQ(errors_of("X [~A] [~B]\n"), V{"bad.agents.txt:1: agent entry needs exactly one [CODE], found 2"});
  EXPECT_EQ(errors_of("X {XS [~A]\n"), V{"bad.agents.txt:1: '{' without a closing '}' before the code"});
  EXPECT_EQ(errors_of("SALES!PERSON! [~BUS]\n"), V{"bad.agents.txt:1: unknown substitution set !PERSON!"});
  EXPECT_EQ(errors_of("SALES!PERSON [~BUS]\n"), V{"bad.agents.txt:1: unclosed substitution marker '!' in 'SALES!PERSON'"});
  EXPECT_EQ(errors_of("!P = \n"), V{"bad.agents.txt:1: substitution set name must look like !NAME!"});
  EXPECT_EQ(errors_of("!P! = \n"), V{"bad.agents.txt:1: substitution set !P! has no items"});
  EXPECT_EQ(errors_of("[~GOV]\n"), V{"bad.agents.txt:1: agent entry without a phrase"});
}

}  // namespace
}  // namespace dyad
