// Bad documents in `dyad code` and `dyad ingest`, run as a user runs them: by default each
// bad document is reported ("file:line: reason") and skipped, the others are coded or stored,
// and the exit status is 1; with --strict the first bad document ends the run (nothing after
// it is coded or reported) and the exit status is 1 as well.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct CliRun {
  int status;
  std::string out, err;
};

std::string scratch() {
  static const std::string dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("dyad_strict_" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d.string();
  }();
  return dir;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string write(const std::string& name, const std::string& content) {
  std::string path = scratch() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// The built dyad with the default dictionaries (data/dict).
CliRun dyad(const std::string& args) {
  const std::string o = scratch() + "/out", e = scratch() + "/err";
  int raw = std::system((std::string(DYAD_BINARY) + " " + args + " >" + o + " 2>" + e).c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(o), slurp(e)};
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

int count_lines(const std::string& text) {
  int n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

// Good, bad date, broken JSON, good.
std::string feed() {
  return write("feed.jsonl",
               R"({"id":"a","date":"2025-08-20","text":"Poland expelled two Russian diplomats on Tuesday."})" "\n"
               R"({"id":"b","date":"2025-02-30","text":"Invalid date."})" "\n"
               "{broken json\n"
               R"({"id":"c","date":"2025-08-21","text":"Iran summoned the French ambassador on Thursday."})" "\n");
}

TEST(StrictMode, CodeSkipsBadDocumentsReportsEachAndExitsOne) {
  const std::string path = feed();
  CliRun r = dyad("code -q -j 2 " + path);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(has(r.out, R"("doc_id":"a")")) << r.out;
  EXPECT_TRUE(has(r.out, R"("doc_id":"c")")) << r.out;
  EXPECT_EQ(r.err, path + ":2: invalid date '2025-02-30' (want YYYY-MM-DD)\n" + path +
                       ":3: broken JSON: The JSON document has an improper structure: missing or superfluous "
                       "commas, braces, missing keys, etc.\n");
}

TEST(StrictMode, CodeStrictStopsAtTheFirstBadDocument) {
  const std::string path = feed();
  CliRun r = dyad("code -q -j 2 --strict " + path);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(has(r.out, R"("doc_id":"a")")) << r.out;  // before the bad one: coded
  EXPECT_FALSE(has(r.out, R"("doc_id":"c")")) << r.out;
  // One report: the run ended there, so line 3 is not even looked at.
  EXPECT_EQ(r.err, path + ":2: invalid date '2025-02-30' (want YYYY-MM-DD)\n");
}

TEST(StrictMode, CodeStrictDoesNotGoOnToTheNextInput) {
  const std::string empty = write("empty.txt", "");
  const std::string good = write("good.txt", "Poland expelled two Russian diplomats on Tuesday.\n");
  CliRun lenient = dyad("code -q --date 2025-08-20 " + empty + " " + good);
  EXPECT_EQ(lenient.status, 1);
  EXPECT_EQ(lenient.err, empty + ": empty file\n");
  EXPECT_TRUE(has(lenient.out, R"("doc_id":"good")")) << lenient.out;

  CliRun strict = dyad("code -q --strict --date 2025-08-20 " + empty + " " + good);
  EXPECT_EQ(strict.status, 1);
  EXPECT_EQ(strict.err, empty + ": empty file\n");
  EXPECT_EQ(strict.out, "");
}

TEST(StrictMode, CodeWithoutBadDocumentsExitsZeroEitherWay) {
  const std::string good = write("good.jsonl",
                                 R"({"id":"a","date":"2025-08-20","text":"Poland expelled two Russian diplomats."})" "\n");
  for (const char* flag : {"", "--strict "}) {
    CliRun r = dyad(std::string("code -q ") + flag + good);
    EXPECT_EQ(r.status, 0) << flag << r.err;
    EXPECT_EQ(r.err, "") << flag;
    EXPECT_TRUE(has(r.out, R"("doc_id":"a")")) << flag;
  }
}

// PETRARCH XML: a bad record is a bad document too.
std::string records() {
  return write("records.xml",
               "<Sentences>\n"
               "<Sentence date=\"20250820\" id=\"R1_0\" source=\"T\" sentence=\"True\">\n"
               "<Text>Poland expelled two Russian diplomats.</Text>\n"
               "<Parse>(ROOT (S (NP (NNP Poland)) (VP (VBD expelled) (NP (CD two) (JJ Russian) (NNS diplomats))) (. .)))</Parse>\n"
               "</Sentence>\n"
               "<Sentence date=\"20251340\" id=\"R2_0\" source=\"T\" sentence=\"True\">\n"
               "<Text>Bad date.</Text>\n"
               "<Parse>(ROOT (S (NP (NNP Poland)) (VP (VBD expelled) (NP (NNS diplomats))) (. .)))</Parse>\n"
               "</Sentence>\n"
               "<Sentence date=\"20250821\" id=\"R3_0\" source=\"T\" sentence=\"True\">\n"
               "<Text>Iran summoned the French ambassador.</Text>\n"
               "<Parse>(ROOT (S (NP (NNP Iran)) (VP (VBD summoned) (NP (DT the) (JJ French) (NN ambassador))) (. .)))</Parse>\n"
               "</Sentence>\n"
               "</Sentences>\n");
}

TEST(StrictMode, CodeXmlRecordsBadOneSkippedOrStopping) {
  const std::string path = records();
  CliRun lenient = dyad("code -q -j 2 " + path);
  EXPECT_EQ(lenient.status, 1);
  // (XML errors name the file without its folder, as PETRARCH does.)
  EXPECT_EQ(lenient.err, "records.xml:6: record R2_0 has a bad date \"20251340\"\n");
  EXPECT_TRUE(has(lenient.out, R"("doc_id":"R1")")) << lenient.out;
  EXPECT_TRUE(has(lenient.out, R"("doc_id":"R3")")) << lenient.out;

  CliRun strict = dyad("code -q -j 2 --strict " + path);
  EXPECT_EQ(strict.status, 1);
  EXPECT_EQ(strict.err, lenient.err);
  EXPECT_TRUE(has(strict.out, R"("doc_id":"R1")")) << strict.out;
  EXPECT_FALSE(has(strict.out, R"("doc_id":"R3")")) << strict.out;
}

TEST(StrictMode, IngestStoresTheGoodDocumentsAndExitsOne) {
  const std::string path = feed();
  const std::string db = scratch() + "/lenient.db";
  std::filesystem::remove(db);
  CliRun r = dyad("ingest -q -j 2 --db " + db + " " + path);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(has(r.out, "ingested 2 documents: 2 stored")) << r.out;
  EXPECT_EQ(count_lines(r.err), 2) << r.err;
  EXPECT_TRUE(has(r.err, path + ":2: invalid date '2025-02-30'")) << r.err;
  EXPECT_TRUE(has(r.err, path + ":3: broken JSON")) << r.err;
}

TEST(StrictMode, IngestStrictStopsAndARerunCompletesTheStore) {
  const std::string path = feed();
  const std::string db = scratch() + "/strict.db";
  std::filesystem::remove(db);
  CliRun r = dyad("ingest -q -j 2 --strict --db " + db + " " + path);
  EXPECT_EQ(r.status, 1);
  // What came before the bad document is stored (and committed); nothing after it.
  EXPECT_TRUE(has(r.out, "ingested 1 documents: 1 stored")) << r.out;
  EXPECT_EQ(r.err, path + ":2: invalid date '2025-02-30' (want YYYY-MM-DD)\n");

  // Without --strict the same feed adds the rest; the stored document is skipped by its id.
  CliRun again = dyad("ingest -q -j 2 --db " + db + " " + path);
  EXPECT_EQ(again.status, 1);
  EXPECT_TRUE(has(again.out, "ingested 2 documents: 1 stored")) << again.out;
  EXPECT_TRUE(has(again.out, "1 skipped as already stored (1 same id")) << again.out;
  EXPECT_TRUE(has(again.out, "store " + db + ": 2 documents")) << again.out;
}

}  // namespace
