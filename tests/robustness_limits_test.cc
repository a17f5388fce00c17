// Hostile input past the limits dyad sets (docs/robustness.md): each case finishes quickly,
// reports what it dropped as "file:line: message", and keeps the rest. Also the regressions
// for the bugs fuzzing found (fuzz/corpus/ replays the inputs themselves).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "code/document_coder.h"
#include "code/event_coder.h"
#include "code/record_tree.h"
#include "dict/native_actors.h"
#include "dict/native_verbs.h"
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

// --- Pattern search per sentence (CoderOptions::max_pattern_attempts) ---------------------

// A small native dictionary: "warn" has 20 patterns (and its own code), all of whose words
// occur in the sentences below, so each "warned" costs 20 attempts.
std::shared_ptr<const DictionarySet> warn_dictionaries() {
  auto set = std::make_shared<DictionarySet>();
  ThrowingReporter r;
  std::string verbs = "130 warn\n";
  for (int k = 0; k < 20; ++k) verbs += "13" + std::to_string(k % 10) + " warn {target} w" + std::to_string(k) + "\n";
  verbs += "190 attack {target}\n";
  read_native_verbs(set->verbs, verbs, "warn.verbs", r);
  read_native_actors(set->actors, "Iran = IRN\nIsrael = ISR\nEgypt = EGY\n", "warn.actors", r);
  set->finish(r);
  return set;
}

// "Iran attacked Egypt" then `warnings` VPs "warned Israel w0 ... w19", siblings in one
// clause (a given parse, as a PETRARCH record carries: no 120-token cap applies).
std::string warn_tree(int warnings) {
  std::string words, vp;
  for (int k = 0; k < 20; ++k) words += " (NN w" + std::to_string(k) + ")";
  vp = " (VP (VBD warned) (NP (NNP Israel)) (NP" + words + "))";
  std::string s = "(ROOT (S (NP (NNP Iran)) (VP (VBD attacked) (NP (NNP Egypt)))";
  for (int i = 0; i < warnings; ++i) s += vp;
  return s + " (. .)))";
}

TEST(PatternSearchLimit, SearchStopsAtTheCapAndKeepsTheVerbsCodedBefore) {
  const EventCoder coder(warn_dictionaries());
  const Tree tree = read_ptb(warn_tree(3));
  const Date date = Date::from_ymd(2025, 8, 20);
  const SentenceCoding full = coder.code(tree, date);
  EXPECT_FALSE(full.pattern_search_stopped);
  EXPECT_EQ(full.pattern_attempts, 1 + 3 * 20);  // attack {target}; 20 per "warned"
  ASSERT_GE(full.events.size(), 2u);
  EXPECT_EQ(full.events[0].code, "190");

  // Room for "attacked" and part of the first "warned", which stops the search.
  CoderOptions capped;
  capped.max_pattern_attempts = 1 + 5;
  const SentenceCoding cut = coder.code(tree, date, capped);
  EXPECT_TRUE(cut.pattern_search_stopped);
  EXPECT_EQ(cut.pattern_attempts, capped.max_pattern_attempts + 1);
  ASSERT_FALSE(cut.events.empty());
  ASSERT_LT(cut.events.size(), full.events.size());
  for (size_t i = 0; i < cut.events.size(); ++i) {  // what was found is kept as it was
    EXPECT_TRUE(cut.events[i].same_triple(full.events[i])) << i;
    EXPECT_EQ(cut.events[i].verb_span.begin, full.events[i].verb_span.begin) << i;
  }
  EXPECT_EQ(cut.events.size(), 1u);  // "attacked": the verb before the cap
}

TEST(PatternSearchLimit, HostileRecordWithThousandsOfVerbsHitsTheDefaultCapQuickly) {
  const EventCoder coder(warn_dictionaries());
  const int warnings = static_cast<int>(CoderOptions::kMaxPatternAttempts / 20) + 100;
  const Tree tree = read_ptb(warn_tree(warnings));
  const auto started = std::chrono::steady_clock::now();
  const SentenceCoding coding = coder.code(tree, Date::from_ymd(2025, 8, 20));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_TRUE(coding.pattern_search_stopped);
  EXPECT_EQ(coding.pattern_attempts, CoderOptions::kMaxPatternAttempts + 1);
  ASSERT_FALSE(coding.events.empty());
  EXPECT_EQ(coding.events[0].code, "190");
  EXPECT_LT(seconds, 30.0);  // about 0.1 s in a Release build; the bound is for sanitizer builds
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// `dyad code` on PETRARCH records (given parses: no 120-token cap): the record past the cap
// gets one warning naming the file, its line and the record, and the next record is coded.
TEST(PatternSearchLimit, CodeCommandWarnsNamingTheRecordAndGoesOn) {
  ScratchDir dir;
  std::filesystem::create_directories(dir.path("dict"));
  std::string verbs = "130 warn\n";
  for (int k = 0; k < 20; ++k) verbs += "13" + std::to_string(k % 10) + " warn {target} w" + std::to_string(k) + "\n";
  verbs += "190 attack {target}\n";
  const std::string dict = dir.write("dict/warn.verbs", verbs);
  dir.write("dict/warn.actors", "Iran = IRN\nIsrael = ISR\nEgypt = EGY\n");
  const int warnings = static_cast<int>(CoderOptions::kMaxPatternAttempts / 20) + 100;
  const std::string xml = dir.write(
      "hostile.xml", "<Sentences>\n<Sentence date=\"20250820\" id=\"HOSTILE_0\">\n<Text>x</Text>\n<Parse>" +
                         warn_tree(warnings) +
                         "</Parse>\n</Sentence>\n<Sentence date=\"20250820\" id=\"NEXT_0\">\n<Text>Iran attacked "
                         "Egypt.</Text>\n<Parse>" + warn_tree(0) + "</Parse>\n</Sentence>\n</Sentences>\n");
  const std::string out = dir.path("out"), err = dir.path("err");
  const std::string dict_dir = std::filesystem::path(dict).parent_path().string();
  const int raw = std::system((std::string(DYAD_BINARY) + " code --dictionaries " + dict_dir + " " + xml + " >" + out +
                               " 2>" + err).c_str());
  ASSERT_TRUE(WIFEXITED(raw));
  EXPECT_EQ(WEXITSTATUS(raw), 0);  // a warning, not a bad document
  EXPECT_EQ(read_file(err), xml + ":2: record HOSTILE_0: pattern search stopped at the cap of " +
                                std::to_string(CoderOptions::kMaxPatternAttempts) +
                                " attempts; its later verbs are not coded\n");
  const std::string events = read_file(out);
  EXPECT_NE(events.find(R"("doc_id":"HOSTILE","sentence":0,"date":"2025-08-20","source":"IRN","target":"EGY","code":"190")"),
            std::string::npos) << events.substr(0, 500);
  EXPECT_NE(events.find(R"("doc_id":"NEXT","sentence":0,"date":"2025-08-20","source":"IRN","target":"EGY","code":"190")"),
            std::string::npos) << events.substr(0, 500);
}

// --- Per-document limits (DocumentLimits) --------------------------------------------------

class DocumentLimitTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    resources_ = FrontEndResources::load_default().release();
    coder_ = new EventCoder(warn_dictionaries());
  }
  static FrontEndResources* resources_;
  static EventCoder* coder_;
};
FrontEndResources* DocumentLimitTest::resources_ = nullptr;
EventCoder* DocumentLimitTest::coder_ = nullptr;

Document make_document(std::string id, std::string text) {
  Document doc;
  doc.id = std::move(id);
  doc.date = "2025-08-20";
  doc.origin = "limits.jsonl";
  doc.text = std::move(text);
  return doc;
}

bool has_warning(const CodedDocument& coded, const std::string& part) {
  for (const std::string& w : coded.warnings)
    if (w.find(part) != std::string::npos) return true;
  return false;
}

TEST_F(DocumentLimitTest, PatternCapIsOneWarningPerDocument) {
  const Document doc = make_document(
      "d1", "Iran attacked Egypt on Monday. Iran attacked Israel on Tuesday. Egypt attacked Israel on Friday.");
  DocumentCoder normal(*resources_, *coder_, nullptr);
  const CodedDocument all = normal.code(doc);
  EXPECT_EQ(all.events.size(), 3u);
  EXPECT_FALSE(has_warning(all, "pattern search"));

  DocumentLimits limits;
  limits.max_pattern_attempts = 0;  // every sentence with a dictionary verb stops at it
  DocumentCoder capped(*resources_, *coder_, nullptr, limits);
  const CodedDocument cut = capped.code(doc);
  EXPECT_TRUE(cut.events.empty());
  EXPECT_EQ(cut.sentence_count, 3);
  ASSERT_EQ(cut.warnings.size(), 1u);
  EXPECT_EQ(cut.warnings[0],
            "pattern search stopped at the cap of 0 attempts per sentence in 3 sentence(s), the first "
            "sentence 0; their later verbs are not coded");
}

TEST_F(DocumentLimitTest, TimeBudgetCutsALongDocumentAndTheNextDocumentIsWhole) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Iran attacked Egypt on Monday, officials said. ";
  const Document longer = make_document("long", text);
  const Document next = make_document("next", "Iran attacked Egypt on Monday. Egypt attacked Israel.");

  DocumentLimits limits;
  limits.time_budget = std::chrono::milliseconds(100);
  DocumentCoder coder(*resources_, *coder_, nullptr, limits);
  const auto started = std::chrono::steady_clock::now();
  const CodedDocument cut = coder.code(longer);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_LT(seconds, 5.0);  // the whole document takes about 2 s in a Release build
  EXPECT_LT(cut.sentence_count, 20000);
  ASSERT_TRUE(has_warning(cut, "time budget of 0.1 s per document exceeded after ")) << ::testing::PrintToString(cut.warnings);
  EXPECT_TRUE(has_warning(cut, " on is not coded"));
  for (const DocumentEvent& e : cut.events) EXPECT_EQ(e.event.code, "190");

  const CodedDocument whole = coder.code(next);  // the budget is per document
  EXPECT_TRUE(whole.warnings.empty()) << ::testing::PrintToString(whole.warnings);
  EXPECT_EQ(whole.events.size(), 2u);
}

TEST_F(DocumentLimitTest, ZeroBudgetCodesNothingAndSaysFromWhichByte) {
  // A zero budget: nothing is parsed, and the warning says the text from byte 0 is not coded.
  DocumentLimits limits;
  limits.time_budget = std::chrono::steady_clock::duration::zero();
  DocumentCoder coder(*resources_, *coder_, nullptr, limits);
  const CodedDocument cut = coder.code(make_document("z", "Iran attacked Egypt on Monday."));
  EXPECT_TRUE(cut.events.empty());
  ASSERT_EQ(cut.warnings.size(), 1u);
  EXPECT_EQ(cut.warnings[0], "time budget of 0 s per document exceeded after 0 sentence(s): the text from byte 0 on is not coded");
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

// Found by fuzz/dict_native_fuzz.cc: messages quote the entry as written, so a NUL or a
// stray '\r' in a dictionary line made an error that printed cut short or over two lines.
TEST(FuzzRegression, DictionaryErrorsEscapeControlCharacters) {
  CollectingReporter reporter;
  DictionarySet set;
  read_native_actors(set.actors, std::string("Iran = I\0RN\n", 12), "bad.actors", reporter);
  read_native_verbs(set.verbs, "042 u\x01n\n043 u\x01n\n&bad na\rme = x\n", "bad.verbs", reporter);
  set.finish(reporter);
  EXPECT_EQ(messages(reporter),
            (std::vector<std::string>{"bad.actors:1:8: bad actor code 'I\\x00RN' (letters and digits, or ---)",
                                      "bad.verbs:3:1: bad set name '&bad na\\rme' (letters, digits, '_' and '-')",
                                      "bad.verbs:2:5: 'u\\x01n' is already coded 042 at bad.verbs:1; this line's 043 is ignored"}));
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
