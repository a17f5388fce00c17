// `dyad code`: JSONL events from PETRARCH XML records with the Phoenix dictionaries (read
// from ../shared, skipped when absent), raw text with dyad's own dictionaries, and the
// one-line error for a missing dictionary directory.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include "temp_path.h"

namespace {

const std::string kShared = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2";

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int run(const std::string& args, std::string* out, std::string* err) {
  std::string o = dyad::temp_path("code_out.txt"), e = dyad::temp_path("code_err.txt");
  int rc = std::system((std::string(DYAD_BINARY) + " " + args + " >" + o + " 2>" + e).c_str());
  *out = slurp(o);
  *err = slurp(e);
  return WEXITSTATUS(rc);
}

TEST(CodeCli, GigaWordRecordsGiveJsonlEventsWithEvidence) {
  std::string records = kShared + "/text/GigaWord.sample.PETR.xml";
  if (!std::filesystem::exists(records)) GTEST_SKIP() << "no " << records;
  std::string out, err;
  int rc = run("code -q --dictionaries " + kShared + "/dictionaries/phoenix " + records, &out, &err);
  EXPECT_EQ(rc, 0) << err;
  std::istringstream lines(out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    ++n;
    for (const char* key : {"\"doc_id\":", "\"sentence\":", "\"date\":\"20", "\"source\":", "\"target\":",
                            "\"code\":\"", "\"root_code\":", "\"quad_class\":", "\"goldstein\":", "\"plover\":",
                            "\"location\":null", "\"text\":", "\"evidence\":{\"source_text\":", "\"rule\":\"CAMEO.2.0.txt:"})
      EXPECT_NE(line.find(key), std::string::npos) << key << " missing in " << line;
  }
  EXPECT_GT(n, 40);
  // "held talks with": HOLD's "* TALKS [046:046]" gives both directions; the record id
  // AFP0808020905_1 is story AFP0808020905, sentence 1.
  EXPECT_NE(out.find(R"("doc_id":"AFP0808020905","sentence":1,"date":"2008-08-06","source":"LBNGOV","target":"USAMIL","code":"046")"),
            std::string::npos);
  EXPECT_NE(out.find(R"("source":"USAMIL","target":"LBNGOV","code":"046")"), std::string::npos);
}

TEST(CodeCli, RawTextIsCodedWithDyadsOwnDictionariesAndDatedAndPlaced) {
  // No --dictionaries: data/dict. The visit happened "on Tuesday" before the article's date,
  // in Minsk; "he" in the next sentence is the Iranian president.
  std::string path = dyad::temp_path("visit.txt");
  std::ofstream(path) << "Iranian President Masoud Pezeshkian arrived in Minsk on Tuesday.\n"
                         "He held talks with Belarusian President Alexander Lukashenko.\n";
  std::string out, err;
  int rc = run("code -q --date 2025-08-21 " + path, &out, &err);
  EXPECT_EQ(rc, 0) << err;
  EXPECT_NE(out.find(R"("sentence":0,"date":"2025-08-19","source":"IRNGOV","target":"BLR","code":"042")"),
            std::string::npos) << out;
  EXPECT_NE(out.find(R"("location":{"raw_text":"Minsk","name":"Minsk")"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("sentence":1,"date":"2025-08-21","source":"IRNGOV","target":"BLRGOV","code":"04)"),
            std::string::npos) << out;
  EXPECT_NE(out.find(R"("rule":"04-consult.verbs:)"), std::string::npos) << out;
}

TEST(CodeCli, BelarusIranExampleArticle) {
  // ../shared/examples (test input only): the visit is dated 2025-08-19 and placed in Minsk,
  // "The Iranian leader" is IRNGOV, "he" (sentence 1) is Lukashenko, "his meeting" is the
  // Iranian president's, and nothing comes from the boilerplate (the Zapad-2025 headline).
  std::string article = std::string(DYAD_SHARED_DIR) + "/examples/belarus-iran-2025-08-20.txt";
  if (!std::filesystem::exists(article)) GTEST_SKIP() << "no " << article;
  std::string out, err;
  int rc = run("code -q --date 2025-08-20 " + article, &out, &err);
  EXPECT_EQ(rc, 0) << err;
  EXPECT_NE(out.find(R"("date":"2025-08-19","source":"IRNGOV","target":"BLR","code":"042")"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("location":{"raw_text":"Minsk","name":"Minsk")"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("sentence":1,"date":"2025-08-19","source":"BLRGOV","target":"IRNGOV","code":"04)"),
            std::string::npos) << out;
  EXPECT_NE(out.find(R"("source":"IRNGOV","target":"BLRGOV","code":"040")"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("sentence":0,"date":"2025-08-20","source":"BLRGOV","target":"IRN","code":"03)"),
            std::string::npos) << out;
  EXPECT_EQ(out.find("Zapad"), std::string::npos) << out;
  EXPECT_EQ(out.find("Read more"), std::string::npos) << out;
}

TEST(CodeCli, ReportUnknownCountsActorsNoDictionaryKnows) {
  std::string path = dyad::temp_path("unknown.txt");
  std::ofstream(path) << "The Zorvak Liberation Front attacked a police station in Mali.\n"
                         "Mali accused the Zorvak Liberation Front of the attack.\n"
                         "Russia criticised France.\n";
  std::string out, err;
  int rc = run("code -q --report-unknown --date 2025-03-01 " + path, &out, &err);
  EXPECT_EQ(rc, 0) << err;
  EXPECT_NE(err.find("       2  Zorvak Liberation Front"), std::string::npos) << err;
  EXPECT_EQ(err.find("Russia"), std::string::npos) << err;  // known actors are not reported
  EXPECT_NE(out.find(R"("source":"RUS","target":"FRA","code":"11)"), std::string::npos) << out;
}

TEST(CodeCli, MissingDictionaryDirectoryIsAClearError) {
  std::string out, err;
  int rc = run("code --dictionaries /nonexistent/dir --date 2025-08-20 " + std::string(DYAD_TEST_DATA) +
                   "/nonexistent.txt",
               &out, &err);
  EXPECT_EQ(rc, 2);
  EXPECT_NE(err.find("/nonexistent/dir"), std::string::npos) << err;
  EXPECT_TRUE(out.empty());
}

}  // namespace
