// DictionarySet: loading whole directories, the real Phoenix and validation dictionaries
// (read from ../shared, skipped when absent), and file-kind recognition.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "dict/dictionary_lines.h"
#include "dict/dictionary_set.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const std::string kPhoenix = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2/dictionaries/phoenix";
const std::string kValidate = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2/dictionaries/validate";

Date day(const char* iso) { return *Date::parse_iso(iso); }

std::string actor_code(const DictionarySet& s, std::vector<std::string_view> tokens, const char* date,
                       uint32_t* length = nullptr) {
  auto m = s.actors.longest_match(tokens, 0, day(date));
  if (length) *length = m.length;
  if (!m) return "<no match>";
  return std::string(m.code());
}

class PhoenixTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(kPhoenix)) return;
    errors_ = new CollectingReporter;
    set_ = new DictionarySet(load_petrarch_directory(kPhoenix, *errors_));
  }
  static void TearDownTestSuite() {
    delete set_;
    delete errors_;
  }
  void SetUp() override {
    if (!set_) GTEST_SKIP() << "no Phoenix dictionaries at " << kPhoenix;
  }
  static DictionarySet* set_;
  static CollectingReporter* errors_;
};
DictionarySet* PhoenixTest::set_ = nullptr;
CollectingReporter* PhoenixTest::errors_ = nullptr;

TEST_F(PhoenixTest, Counts) {
  const DictionarySet& s = *set_;
  EXPECT_EQ(s.files.size(), 7u);
  EXPECT_EQ(s.verbs.synset_count(), 40u);
  EXPECT_EQ(s.verbs.block_count(), 397u);
  EXPECT_EQ(s.verbs.pattern_count(), 4663u);  // 4,668 pattern lines, 5 malformed
  EXPECT_EQ(s.verbs.transformations().size(), 8u);
  EXPECT_EQ(s.verbs.verb_count(), 1816u);
  EXPECT_EQ(s.actors.entry_count(), 27252u);
  EXPECT_EQ(s.actors.name_count(), 35617u);
  EXPECT_EQ(s.actors.role_count(), 37299u);
  EXPECT_EQ(s.agents.agent_count(), 2243u);
  EXPECT_EQ(s.discards.entry_count(), 506u);
  EXPECT_EQ(s.discards.story_level_count(), 64u);
  EXPECT_EQ(s.issues.entry_count(), 3152u);
}

TEST_F(PhoenixTest, ReportsTheFilesRealDefects) {
  std::vector<std::string> messages;
  for (const auto& e : errors_->errors) {
    std::string file = e.file().substr(e.file().find_last_of('/') + 1);
    messages.push_back(file + ":" + std::to_string(e.line()) + ": " + e.message());
  }
  EXPECT_EQ(messages.size(), 37u);
  auto has = [&](const std::string& m) {
    return std::find(messages.begin(), messages.end(), m) != messages.end();
  };
  EXPECT_TRUE(has("CAMEO.2.0.txt:1735: pattern: no '*' (verb position)"));        // - *SCEPTICAL
  EXPECT_TRUE(has("CAMEO.2.0.txt:8443: pattern: unknown synset &WEATHER"));
  EXPECT_TRUE(has("Phoenix.Countries.actors.txt:14190: actor code EGYGOV: date range "
                  "'20121207-20120802' ends before it starts"));
  EXPECT_TRUE(has("Phoenix.agents.txt:544: agent code: '[' without a closing ']'"));
  EXPECT_TRUE(has("Phoenix.IssueCoding.txt:1162: issue phrase: unknown prefix 'm:'"));
}

TEST_F(PhoenixTest, StrictLoaderStopsAtTheFirstDefect) {
  try {
    load_petrarch_directory(kPhoenix);
    FAIL() << "expected a DictionaryError";
  } catch (const DictionaryError& e) {
    EXPECT_TRUE(e.file().ends_with("CAMEO.2.0.txt"));
    EXPECT_EQ(e.line(), 2194u);
  }
}

TEST_F(PhoenixTest, ActorRolesByDate) {
  const DictionarySet& s = *set_;
  EXPECT_EQ(actor_code(s, {"Barack", "Obama"}, "2010-01-01"), "USAGOV");
  EXPECT_EQ(actor_code(s, {"President", "Obama", "said"}, "2012-05-01"), "USAGOV");
  EXPECT_EQ(actor_code(s, {"Barack", "Obama"}, "1999-12-31"), "USAELI");
  EXPECT_EQ(actor_code(s, {"Barack", "Obama"}, "2005-01-01"), "");  // between roles: no code
  EXPECT_EQ(actor_code(s, {"Ahmadinejad"}, "2010-01-01"), "IRNGOV");
  EXPECT_EQ(actor_code(s, {"Ahmadinejad"}, "2015-01-01"), "IRNELI");
  // A role before its term: PETRARCH2 gives MNEGOV for any date ([MNEGOV 20121204]).
  EXPECT_EQ(actor_code(s, {"Milo", "Dukanovic"}, "1950-01-01"), "");
  EXPECT_EQ(actor_code(s, {"Milo", "Dukanovic"}, "2013-01-01"), "MNEGOV");
  uint32_t length = 0;
  EXPECT_EQ(actor_code(s, {"United", "States", "troops"}, "2010-01-01", &length), "USA");
  EXPECT_EQ(length, 2u);
  EXPECT_EQ(actor_code(s, {"Afghanistan"}, "2010-01-01"), "AFG");
}

TEST_F(PhoenixTest, AgentsVerbsDiscardsIssues) {
  const DictionarySet& s = *set_;
  auto police = s.agents.find("police");
  ASSERT_FALSE(police.empty());
  EXPECT_EQ(s.agents.agent(police[0]).code, "COP");
  auto truce = s.agents.find("truce monitors");
  ASSERT_FALSE(truce.empty());
  EXPECT_EQ(s.agents.agent(truce[0]).placement, AgentPlacement::kPrefix);
  EXPECT_EQ(s.agents.agent(truce[0]).code, "IGO");

  auto visited = s.verbs.find("visited");
  ASSERT_FALSE(visited.empty());
  const Verb& v = s.verbs.verb(visited[0]);
  EXPECT_EQ(s.verbs.block(v.block).name, "VISIT");
  EXPECT_EQ(v.code.code, "042");
  EXPECT_EQ(v.code.reverse, "043");
  EXPECT_FALSE(s.verbs.find("visit").empty());  // lemma key
  EXPECT_EQ(s.verbs.describe(s.verbs.patterns(v.block)[0].where).substr(0, 14), "CAMEO.2.0.txt:");
  auto weapon = s.verbs.find_synset("&WEAPON");
  ASSERT_TRUE(weapon);
  EXPECT_TRUE(s.verbs.synset(*weapon).contains(s.vocabulary->find("RIFLES")));

  std::vector<std::string_view> tail{"It", "happened", "in", "1994"};
  EXPECT_TRUE(s.discards.scan(tail).sentence);  // phrase at the very end of the text
  std::vector<std::string_view> school{"new", "kindergartens", "opened"};
  auto issues = s.issues.count(school);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].code, "EARLY_CHILDHOOD_EDUCATION");
}

TEST_F(PhoenixTest, FileKindsFromContentAgreeWithNames) {
  for (const auto& [path, kind] : set_->files) {
    std::string content = read_dictionary_file(path);
    auto sniffed = dictionary_kind_of_content(content);
    ASSERT_TRUE(sniffed) << path;
    EXPECT_EQ(*sniffed, kind) << path;
  }
}

TEST(ValidateDictionaries, LoadPatternsDespiteTheCommentHeader) {
  if (!fs::exists(kValidate)) GTEST_SKIP() << "no validation dictionaries at " << kValidate;
  CollectingReporter errors;
  DictionarySet s = load_petrarch_directory(kValidate, errors);
  ASSERT_EQ(errors.errors.size(), 1u);  // --- DELAY [120] [031:031] ---, recovered
  EXPECT_EQ(errors.errors[0].line(), 447u);
  EXPECT_EQ(s.verbs.block_count(), 261u);
  EXPECT_EQ(s.verbs.pattern_count(), 474u);  // PETRARCH2 loads 0
  EXPECT_EQ(s.verbs.synset_count(), 17u);
  EXPECT_EQ(s.actors.entry_count(), 128u);
  EXPECT_EQ(s.agents.agent_count(), 88u);
  EXPECT_EQ(s.discards.entry_count(), 9u);
  EXPECT_EQ(s.discards.story_level_count(), 4u);

  EXPECT_EQ(actor_code(s, {"Gollum"}, "1997-01-01"), "HOBGOV");
  EXPECT_EQ(actor_code(s, {"Smeagol"}, "2001-01-01"), "HOBREB");
  EXPECT_EQ(actor_code(s, {"Sam", "Gamgee"}, "2010-01-10"), "ORCHOB");
  EXPECT_EQ(actor_code(s, {"the", "Shire"}, "2010-01-10"), "FRO/BIL/SAM");
  EXPECT_EQ(actor_code(s, {"Isildur"}, "2010-01-10"), "+++");
  auto hr = s.agents.find("human rights organization");
  ASSERT_FALSE(hr.empty());
  EXPECT_EQ(s.agents.agent(hr[0]).placement, AgentPlacement::kPrefix);
  EXPECT_EQ(s.agents.agent(hr[0]).code, "NGO");
  // WEIS-era codes and TABARI forms are kept as written.
  auto blast = s.verbs.find("BLAST");
  ASSERT_FALSE(blast.empty());
  EXPECT_EQ(s.verbs.verb(blast[0]).code.code, "+++");
  auto tap = s.verbs.find("TAPPED");
  ASSERT_FALSE(tap.empty());
  EXPECT_EQ(s.verbs.verb(tap[0]).pre_words.size(), 1u);
  // A synset of phrases with a nested synset (&ACCORDSYN holds &TIETYPES and &CURRENCY).
  auto accord = s.verbs.find_synset("ACCORDSYN");
  ASSERT_TRUE(accord);
  EXPECT_TRUE(s.verbs.synset(*accord).contains(s.vocabulary->find("ECONOMIC")));
  EXPECT_FALSE(s.verbs.synset(*accord).phrases.empty());
}

TEST_F(PhoenixTest, ConcurrentReadersSeeTheSameAnswers) {
  const DictionarySet& s = *set_;
  std::vector<std::string_view> text{"Obama", "met", "Ahmadinejad", "and", "the", "United",
                                     "States", "Senate", "in", "Kabul", "police", "visited"};
  auto run = [&] {
    std::string out;
    for (int rep = 0; rep < 200; ++rep)
      for (size_t i = 0; i < text.size(); ++i) {
        auto m = s.actors.longest_match(text, i, day("2010-01-01"));
        if (rep == 0) out += std::string(m.code()) + "/" + std::to_string(m.length) + " ";
      }
    return out;
  };
  const std::string expected = run();
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back([&, t] { got[t] = run(); });
  for (auto& th : threads) th.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
  EXPECT_NE(expected.find("USAGOV/1"), std::string::npos);
}

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("dyad_dict_test_" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  void write(const std::string& name, std::string_view text) const {
    std::ofstream(path_ / name) << text;
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST(DictionarySet, RecognisesFilesByNameThenContent) {
  EXPECT_EQ(dictionary_kind_of_name("CAMEO.2.0.txt"), DictionaryKind::kVerbs);
  EXPECT_EQ(dictionary_kind_of_name("/x/PETR.Validate.verbs.txt"), DictionaryKind::kVerbs);
  EXPECT_EQ(dictionary_kind_of_name("Phoenix.MilNonState.actors.txt"), DictionaryKind::kActors);
  EXPECT_EQ(dictionary_kind_of_name("Phoenix.agents.txt"), DictionaryKind::kAgents);
  EXPECT_EQ(dictionary_kind_of_name("Phoenix.discards.txt"), DictionaryKind::kDiscards);
  EXPECT_EQ(dictionary_kind_of_name("Phoenix.IssueCoding.txt"), DictionaryKind::kIssues);
  EXPECT_FALSE(dictionary_kind_of_name("leaders.txt"));

  TempDir dir;
  dir.write("a.txt", "&S\n+X\n--- GO [010] ---\nGO\n- * X [011]\n");
  dir.write("b.txt", "NEW_LEADER\n\t[ABCGOV >20200101]\n");
  dir.write("c.txt", "!P! = MAN, MEN\nCHAIR!P! [~GOV]\n");
  dir.write("d.txt", "<ISSUE CATEGORY=\"X\">\nn:school [SCHOOLS]\n</ISSUE>\n");
  dir.write("e.discards.txt", "+SPORTS\n");
  dir.write("README.md", "not a dictionary\n");
  DictionarySet s = load_petrarch_directory(dir.path());
  EXPECT_EQ(s.files.size(), 5u);
  EXPECT_EQ(s.verbs.pattern_count(), 1u);
  std::vector<std::string_view> t{"new", "leader"};
  EXPECT_EQ(s.actors.longest_match(t, 0, day("2021-01-01")).code(), "ABCGOV");
  EXPECT_FALSE(s.agents.find("chairmen").empty());
  EXPECT_EQ(s.issues.entry_count(), 1u);
  EXPECT_EQ(s.discards.story_level_count(), 1u);
  // One vocabulary for all: the same word has one id everywhere.
  EXPECT_EQ(s.vocabulary.get(), &s.actors.vocabulary());
  EXPECT_EQ(s.vocabulary.get(), &s.verbs.vocabulary());
}

TEST(DictionarySet, UnknownFileAndMissingDictionariesAreErrors) {
  TempDir dir;
  dir.write("mystery.txt", "# only comments: nothing tells what this is\n");
  CollectingReporter r;
  load_petrarch_directory(dir.path(), r);
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_NE(r.errors[0].message().find("cannot tell which kind of dictionary"), std::string::npos);
  EXPECT_NE(r.errors[1].message().find("no verbs dictionary"), std::string::npos);
  EXPECT_NE(r.errors[2].message().find("no actors dictionary"), std::string::npos);
  EXPECT_THROW(load_petrarch_directory(dir.path() + "/missing"), DictionaryError);
}

}  // namespace
}  // namespace dyad
