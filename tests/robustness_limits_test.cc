// Hostile input past the limits dyad sets (docs/robustness.md): each case finishes quickly,
// reports what it dropped as "file:line: message", and keeps the rest. Also the regressions
// for the bugs fuzzing found (fuzz/corpus/ replays the inputs themselves).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/record_tree.h"
#include "dict/agent_dictionary.h"
#include "dict/issue_dictionary.h"
#include "dict/verb_dictionary.h"
#include "io/html_text.h"
#include "io/petrarch_xml.h"
#include "io_test_util.h"
#include "syntax/ptb.h"
#include "text/cleaner.h"
#include "text/sentence_splitter.h"

namespace dyad {
namespace {

using testing_io::read_all;
using testing_io::ScratchDir;

std::vector<std::string> messages(const CollectingReporter& r) {
  std::vector<std::string> out;
  for (const DictionaryError& e : r.errors) out.push_back(e.what());
  return out;
}

constexpr int kDepth = 200000;

std::string deep_brackets() {
  std::string s;
  s.reserve(kDepth * 4 + 16);
  for (int i = 0; i < kDepth; ++i) s += "(S ";
  s += "(NN x)";
  s.append(kDepth, ')');
  return s;
}

TEST(TreeDepthLimit, PetrarchRecordWithA200000DeepParseIsRead) {
  const std::string xml = "<Sentences>\n<Sentence date=\"20250820\" id=\"DEEP-1\">\n<Text>x</Text>\n<Parse>" +
                          deep_brackets() + "</Parse>\n</Sentence>\n</Sentences>\n";
  const PetrarchFile file = parse_petrarch_xml(xml, "deep.xml");
  ASSERT_EQ(file.records.size(), 1u);
  ASSERT_TRUE(file.records[0].error.empty()) << file.records[0].error;
  const Tree tree = record_tree(file.records[0], nullptr);
  EXPECT_EQ(tree.nodes.size(), static_cast<size_t>(kDepth) + 1);
  EXPECT_EQ(tree.nodes[tree.root].head, 0);  // heads assigned without recursion
}

TEST(TreeDepthLimit, HtmlWith200000NestedElementsIsReduced) {
  std::string html = "<html><body>";
  for (int i = 0; i < kDepth; ++i) html += "<div><b>";
  html += "Poland expelled two Russian diplomats.";
  for (int i = 0; i < kDepth; ++i) html += "</b></div>";
  html += "</body></html>";
  const HtmlPage page = extract_html(html);
  EXPECT_NE(page.text.find("Poland expelled two Russian diplomats."), std::string::npos);
}

TEST(TreeDepthLimit, DeeplyNestedJsonIsOneBadLineAndTheNextIsRead) {
  ScratchDir dir;
  std::string nested = R"({"id":"n","date":"2025-08-20","text":"x","extra":)";
  nested.append(kDepth, '[');
  nested.append(kDepth, ']');
  nested += "}";
  const std::string good = R"({"id":"g","date":"2025-08-20","text":"Iran summoned the envoy."})";
  const std::string path = dir.write("deep.jsonl", nested + "\n" + good + "\n");
  const auto result = read_all(path);
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].id, "g");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].line, 1u);
}

TEST(SentenceLengthLimit, TwoMegabytesOfOneSentenceAreCutIntoBoundedPieces) {
  std::string raw;
  while (raw.size() < (2u << 20)) raw += "officials gathered near the border ";
  const CleanedText clean = clean_text(raw);
  SentenceSplitter splitter;
  const auto spans = splitter.split(clean.text);
  ASSERT_GT(spans.size(), 500u);
  for (const SentenceSpan& s : spans) EXPECT_LE(s.end - s.begin, kMaxSentenceBytes);
}

TEST(DictionaryLimit, IssueEntryWithExponentialVariantsIsAnErrorAndTheNextIsKept) {
  // 10 joined v: words would be 2^9 * 5^10 (about 5e9) variants.
  std::string phrase = "v:go";
  for (int i = 0; i < 9; ++i) phrase += "+v:go";
  CollectingReporter reporter;
  IssueDictionary dict;
  dict.read_text(phrase + " [X]\noil [ENERGY]\n", "hostile.issues.txt", reporter);
  dict.finish();
  EXPECT_EQ(messages(reporter),
            std::vector<std::string>{"hostile.issues.txt:1: issue phrase: more than 1024 variants (too many n:/v:/+)"});
  ASSERT_EQ(dict.entry_count(), 1u);
  EXPECT_EQ(dict.entry(0).code, "ENERGY");
  // A realistic entry is far below the bound.
  CollectingReporter ok;
  IssueDictionary small;
  small.read_text("pre+n:school+v:teach [EDUCATION]\n", "ok.txt", ok);
  EXPECT_TRUE(ok.errors.empty());
}

TEST(DictionaryLimit, AgentSubstitutionProductIsBounded) {
  std::string text = "!P! = A, B, C, D, E\nX";
  for (int i = 0; i < 10; ++i) text += "!P!";  // 5^10 expansions
  text += " [~GOV]\nPOLICE [~COP]\nCONGRESS!P! [~LEG]\n";
  CollectingReporter reporter;
  AgentDictionary dict;
  dict.read_text(text, "hostile.agents.txt", reporter);
  dict.finish();
  EXPECT_EQ(messages(reporter),
            std::vector<std::string>{"hostile.agents.txt:2: more than 1024 substitution expansions"});
  EXPECT_FALSE(dict.find("POLICE").empty());
  EXPECT_FALSE(dict.find("CONGRESSE").empty());
}

// Found by fuzz/dict_verbs_fuzz.cc: "+&" made a member with neither a set nor words, and
// finish() read the last word of an empty list.
TEST(FuzzRegression, VerbSynsetMemberWithAnEmptySetReferenceIsAnError) {
  CollectingReporter reporter;
  VerbDictionary dict;
  dict.read_text("&A\n+&\n+&__\n+WORD\n", "bad.verbs.txt", reporter);
  dict.finish(reporter);
  EXPECT_EQ(messages(reporter), (std::vector<std::string>{"bad.verbs.txt:2: synset member '&' without a name",
                                                          "bad.verbs.txt:3: synset member '&' without a name"}));
  ASSERT_TRUE(dict.find_synset("A"));
  EXPECT_TRUE(dict.synset(*dict.find_synset("A")).contains(dict.vocabulary().find("WORD")));
}

// Found by fuzz/dict_agents_fuzz.cc: a phrase of underscores only ("_ [~GOV]") passed the
// empty-phrase check, and plural generation read the last word of an empty list.
TEST(FuzzRegression, AgentPhraseOfUnderscoresIsAnError) {
  CollectingReporter reporter;
  AgentDictionary dict;
  dict.read_text("_ [~GOV]\n__ {} [~GOV]\nPOLICE [~COP]\n", "bad.agents.txt", reporter);
  dict.finish();
  EXPECT_EQ(messages(reporter), (std::vector<std::string>{"bad.agents.txt:1: agent entry without a phrase",
                                                          "bad.agents.txt:2: agent entry without a phrase"}));
  EXPECT_EQ(dict.agent_count(), 1u);
}

// Found by fuzz/petrarch_xml_fuzz.cc: an attribute with a line break made a two-line error.
TEST(FuzzRegression, PetrarchErrorsStayOneLine) {
  const PetrarchFile file =
      parse_petrarch_xml("<Sentence date=\"2025\n0820\" id=\"A\nB\">\n<Parse>(S (NN x))</Parse>\n</Sentence>\n",
                         "bad.xml");
  ASSERT_EQ(file.records.size(), 1u);
  EXPECT_EQ(file.records[0].error, "bad.xml:1: record A\\nB has a bad date \"2025\\n0820\"");
}

// Found by fuzz/jsonl_fuzz.cc: a date holding "\n" (escaped in the JSON) made a two-line
// error, and the 40-byte excerpt could end inside a UTF-8 character.
TEST(FuzzRegression, JsonlDateErrorsStayOneLineOfUtf8) {
  ScratchDir dir;
  const std::string path = dir.write(
      "dates.jsonl", "{\"id\":\"a\",\"date\":\"2025-08-61\\nT0Z\",\"text\":\"t\"}\n"
                     "{\"id\":\"b\",\"date\":\"caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 "
                     "caf\xC3\xA9 caf\xC3\xA9 \",\"text\":\"t\"}\n");
  const auto result = read_all(path);
  EXPECT_EQ(result.error_strings(),
            (std::vector<std::string>{
                path + ":1: invalid date '2025-08-61\\nT0Z' (want YYYY-MM-DD)",
                path + ":2: invalid date 'caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf...' (want YYYY-MM-DD)"}));
}

}  // namespace
}  // namespace dyad
