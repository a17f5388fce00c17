// `dyad ingest` end to end with the PETRARCH Phoenix dictionaries (from ../shared, skipped
// when absent): re-ingesting changes nothing, a syndicated copy from another outlet adds
// mentions and no events, and an ingest killed with SIGKILL leaves a consistent store that a
// re-run completes to exactly what one clean run stores.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "store_test_util.h"

namespace dyad {
namespace {

using namespace store_test;

const std::string kDictionaries = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2/dictionaries/phoenix";
const std::string kExamples = std::string(DYAD_SOURCE_DIR) + "/examples";

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int run(const std::string& args, std::string* out) {
  std::string o = scratch_dir() + "/ingest_out.txt";
  int rc = std::system((std::string(DYAD_BINARY) + " " + args + " >" + o + " 2>&1").c_str());
  *out = slurp(o);
  return WEXITSTATUS(rc);
}

std::string ingest_args(const std::string& db) { return "ingest -q -j 2 --db " + db + " --dictionaries " + kDictionaries; }

// Everything the store holds that a re-run could change, in a stable order.
std::string digest(const std::string& db) {
  return sql_scalar(db, "SELECT count(*) FROM documents") + " documents, " +
         sql_scalar(db, "SELECT count(*) FROM mentions") + " mentions\n" +
         sql_scalar(db,
                    "SELECT group_concat(k, '\n') FROM (SELECT date||' '||source||' '||target||' '||code||' '||"
                    "num_mentions||' '||num_sources||' '||num_articles||' '||num_stories||' '||is_root||' '||"
                    "coalesce(place_name,'-') AS k FROM events ORDER BY date, source, target, code)") +
         "\n" +
         sql_scalar(db,
                    "SELECT group_concat(k, '\n') FROM (SELECT d.doc_id||' story='||s.doc_id||' mentions='||"
                    "d.mention_count AS k FROM documents d JOIN documents s ON s.id=d.story ORDER BY d.doc_id)");
}

// Counts that must agree in any consistent store.
void expect_consistent(const std::string& db) {
  EXPECT_EQ(sql_scalar(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(sql_scalar(db, "SELECT total(num_mentions) = (SELECT count(*) FROM mentions) FROM events"), "1");
  EXPECT_EQ(sql_scalar(db, "SELECT count(*) FROM events WHERE num_mentions < 1 OR first_mention IS NULL"), "0");
  EXPECT_EQ(sql_scalar(db,
                       "SELECT count(*) FROM documents d WHERE mention_count <> "
                       "(SELECT count(*) FROM mentions m WHERE m.document=d.id)"),
            "0");
  EXPECT_EQ(sql_scalar(db,
                       "SELECT count(*) FROM events e WHERE num_articles <> "
                       "(SELECT count(DISTINCT document) FROM mentions m WHERE m.event=e.id)"),
            "0");
}

TEST(StoreIngest, ReingestingTheSameArticlesChangesNothing) {
  if (!std::filesystem::exists(kDictionaries)) GTEST_SKIP() << "no " << kDictionaries;
  std::string db = fresh_path("reingest");
  std::string out;
  ASSERT_EQ(run(ingest_args(db) + " " + kExamples + "/articles.jsonl", &out), 0) << out;
  EXPECT_NE(out.find("ingested 5 documents: 5 stored"), std::string::npos) << out;
  std::string first = digest(db);
  EXPECT_NE(first.find("5 documents"), std::string::npos);
  expect_consistent(db);

  ASSERT_EQ(run(ingest_args(db) + " " + kExamples + "/articles.jsonl", &out), 0) << out;
  EXPECT_NE(out.find("0 stored"), std::string::npos) << out;
  EXPECT_NE(out.find("5 skipped as already stored (5 same id, 0 same text); 0 mentions, 0 new events"),
            std::string::npos)
      << out;
  // The same article as a .txt file (its id is the file stem, as in articles.jsonl).
  ASSERT_EQ(run(ingest_args(db) + " --date 2025-08-20 " + kExamples + "/state-visit-2025-08-20.txt", &out), 0)
      << out;
  EXPECT_NE(out.find("1 skipped as already stored"), std::string::npos) << out;
  EXPECT_EQ(digest(db), first);
}

TEST(StoreIngest, TheSameStoryFromTwoOutletsIsMentionsNotEvents) {
  if (!std::filesystem::exists(kDictionaries)) GTEST_SKIP() << "no " << kDictionaries;
  std::string wire_text = wire_story();
  auto json_line = [](const std::string& id, const std::string& date, const std::string& outlet,
                      const std::string& text) {
    std::string escaped;
    for (char c : text) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
    return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"source\":\"" + outlet + "\",\"text\":\"" + escaped +
           "\"}\n";
  };
  std::string one = fresh_path("one_outlet") + ".jsonl", two = fresh_path("two_outlets") + ".jsonl";
  std::ofstream(one) << json_line("wire-1", "2025-08-22", "Wire Agency", wire_text);
  std::ofstream(two) << json_line("wire-1", "2025-08-22", "Wire Agency", wire_text)
                     << json_line("paper-7", "2025-08-23", "Daily Paper", syndicated_copy());
  std::string db_one = fresh_path("one_outlet"), db_two = fresh_path("two_outlets"), out;
  ASSERT_EQ(run(ingest_args(db_one) + " " + one, &out), 0) << out;
  ASSERT_EQ(run(ingest_args(db_two) + " " + two, &out), 0) << out;
  EXPECT_NE(out.find("(near-duplicates of a stored story: 1)"), std::string::npos) << out;
  std::string events = sql_scalar(db_one, "SELECT count(*) FROM events");
  ASSERT_GT(std::stoi(events), 0);
  EXPECT_EQ(sql_scalar(db_two, "SELECT count(*) FROM events"), events);
  EXPECT_EQ(sql_scalar(db_two, "SELECT count(*) FROM events WHERE num_mentions=2 AND num_sources=2 AND "
                               "num_articles=2 AND num_stories=1"),
            events);
  EXPECT_EQ(sql_scalar(db_two, "SELECT d.doc_id FROM documents c JOIN documents d ON d.id=c.duplicate_of "
                               "WHERE c.doc_id='paper-7'"),
            "wire-1");
  expect_consistent(db_two);
}

// Documents with coded events: five sentences between varying countries, every tenth a
// syndicated copy of the one before (other outlet, a day later, a first line added), every
// 25th the same text as an earlier one under a new id.
std::string write_corpus(int n) {
  static const char* kCountries[] = {"France", "Germany", "Russia", "China",   "Iran",    "Israel", "Egypt",
                                     "Turkey", "Japan",   "India",  "Pakistan", "Brazil", "Mexico", "Kenya",
                                     "Nigeria", "Ukraine", "Poland", "Syria",   "Iraq",    "Sudan"};
  static const char* kSentences[] = {
      "%s accused %s of violating the agreement.", "%s expelled two diplomats from %s.",
      "%s signed a trade agreement with %s.", "%s condemned the attack by %s.", "%s imposed sanctions on %s.",
      "Troops from %s attacked positions held by %s.", "%s promised humanitarian aid to %s."};
  uint64_t state = 12345;
  auto next = [&](uint64_t m) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % m;
  };
  std::string path = fresh_path("corpus") + ".jsonl";
  std::ofstream out(path);
  std::vector<std::string> texts;
  char buf[256];
  for (int i = 0; i < n; ++i) {
    std::string text, date = "2025-03-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(1 + i % 28);
    std::string outlet = "outlet" + std::to_string(i % 7);
    if (i % 10 == 9) {
      text = "From our wire service\\n" + texts.back();
      size_t p = text.find(" the ");
      if (p != std::string::npos) text.replace(p, 5, " that ");
      outlet = "reprinter";
    } else if (i % 25 == 24) {
      text = texts[texts.size() - 3];
    } else {
      for (int k = 0; k < 5; ++k) {
        const char* a = kCountries[next(20)];
        const char* b = kCountries[next(20)];
        std::snprintf(buf, sizeof buf, kSentences[next(7)], a, b);
        text += std::string(buf) + " ";
      }
      text += "Officials said talks number " + std::to_string(i) + " would continue.";
    }
    texts.push_back(text);
    out << "{\"id\":\"doc" << i << "\",\"date\":\"" << date << "\",\"source\":\"" << outlet << "\",\"text\":\""
        << text << "\"}\n";
  }
  return path;
}

TEST(StoreIngest, KilledIngestLeavesAConsistentStoreAndTheRerunCompletesIt) {
  if (!std::filesystem::exists(kDictionaries)) GTEST_SKIP() << "no " << kDictionaries;
  const int n = 4000;
  std::string corpus = write_corpus(n);
  std::string clean = fresh_path("clean"), killed = fresh_path("killed"), out;

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(DYAD_BINARY, DYAD_BINARY, "ingest", "-q", "-j", "2", "--batch", "50", "--db", killed.c_str(),
          "--dictionaries", kDictionaries.c_str(), corpus.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill it once some batches are committed.
  int stored = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    std::string count = std::filesystem::exists(killed) ? sql_scalar(killed, "SELECT count(*) FROM documents") : "";
    if (!count.empty() && count[0] >= '0' && count[0] <= '9') stored = std::stoi(count);
    if (stored >= 200) break;
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) FAIL() << "ingest ended before it could be killed: " << status;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGKILL);

  int after_kill = std::stoi(sql_scalar(killed, "SELECT count(*) FROM documents"));
  EXPECT_GE(after_kill, 200);
  EXPECT_LT(after_kill, n) << "the ingest finished before the kill; make the corpus larger";
  expect_consistent(killed);

  ASSERT_EQ(run(ingest_args(killed) + " " + corpus, &out), 0) << out;
  EXPECT_NE(out.find("skipped as already stored"), std::string::npos);
  ASSERT_EQ(run(ingest_args(clean) + " " + corpus, &out), 0) << out;
  expect_consistent(killed);
  std::string want = digest(clean), got = digest(killed);
  EXPECT_EQ(got.substr(0, got.find('\n')), want.substr(0, want.find('\n')));
  EXPECT_TRUE(got == want) << "stores differ after resuming";
  // Copies and repeated texts were recognised in both.
  EXPECT_EQ(sql_scalar(clean, "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            std::to_string(n / 10));
  // Repeated texts (every 25th, unless it is a copy: every 50th) were skipped.
  EXPECT_EQ(sql_scalar(clean, "SELECT count(*) FROM documents"), std::to_string(n - (n / 25 - n / 50)));
}

}  // namespace
}  // namespace dyad
