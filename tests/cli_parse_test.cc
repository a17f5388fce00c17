// `dyad parse` as a user runs it: exit status, one-line errors naming file and line, and the
// good documents of a bad file still processed.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct CliRun {
  int status;
  std::string out, err;
};

CliRun run_dyad(const std::string& args, const std::string& stdin_file = "") {
  auto dir = std::filesystem::temp_directory_path() / ("dyad_cli_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string out = (dir / "out").string(), err = (dir / "err").string();
  std::string cmd = std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>" + err;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  int raw = std::system(cmd.c_str());
  auto slurp = [](const std::string& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out), slurp(err)};
}

std::string write_temp(const std::string& name, const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / ("dyad_cli_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

TEST(CliParse, JsonlWithBadLinesKeepsTheGoodDocuments) {
  std::string path = write_temp(
      "feed.jsonl",
      R"({"id":"a","date":"2025-08-20","text":"Poland expelled two Russian diplomats."})" "\n"
      R"({"id":"b","date":"2025-02-30","text":"Invalid date."})" "\n"
      "{broken json\n"
      R"({"id":"c","date":"2025-08-21","text":"Iran summoned the French ambassador."})" "\n");
  CliRun r = run_dyad("parse " + path);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("# doc a sentence 0"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# doc c sentence 0"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# clause = subject Iran | verb summoned | object ambassador"), std::string::npos);
  EXPECT_NE(r.err.find(path + ":2: invalid date '2025-02-30'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":3: broken JSON"), std::string::npos) << r.err;
}

TEST(CliParse, StrictStopsAtTheFirstBadDocument) {
  std::string path = write_temp(
      "strict.jsonl",
      "{\"id\":\"a\",\"date\":\"2025-08-20\",\"text\":7}\n"
      R"({"id":"b","date":"2025-08-20","text":"Poland expelled two Russian diplomats."})" "\n");
  CliRun r = run_dyad("parse --strict " + path);
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find(":1: field 'text' must be a string"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("# doc b"), std::string::npos);
}

TEST(CliParse, EmptyAndBinaryFilesAreReportedNotCrashed) {
  std::string empty = write_temp("empty.txt", "");
  std::string junk = write_temp("junk.txt", std::string("\x7f" "ELF\0\0\x01\xff\xfe", 9));
  CliRun r = run_dyad("parse --date 2025-08-20 " + empty + " " + junk);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(empty + ": empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(junk), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(CliParse, HugeLineWithoutPunctuationFinishesWithAWarning) {
  std::string line;
  while (line.size() < 10u << 20) line += "officials gathered ";
  std::string path = write_temp("huge.txt", line + "\nPoland expelled two Russian diplomats.\n");
  CliRun r = run_dyad("parse --date 2025-08-20 " + path);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("warning"), std::string::npos);
  EXPECT_NE(r.out.find("# text = Poland expelled two Russian diplomats."), std::string::npos);
}

TEST(CliParse, StdinIsJsonlWhenItStartsWithABrace) {
  std::string path = write_temp(
      "stdin.jsonl", R"({"id":"s1","date":"2025-08-20","text":"Hungary vetoed the aid package."})" "\n");
  CliRun r = run_dyad("parse --format jsonl", path);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find(R"("doc_id":"s1")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("tree":"(ROOT (S (NP (NNP Hungary))"), std::string::npos) << r.out;
}

TEST(CliParse, ThreadsKeepInputOrderAndOutput) {
  std::string feed;
  const char* texts[] = {"Poland expelled two Russian diplomats.", "Hungary vetoed the aid package.",
                         "Iran summoned the French ambassador. Talks resumed on Monday.",
                         "Protesters blocked the main highway into the capital."};
  for (int i = 0; i < 200; ++i)
    feed += "{\"id\":\"d" + std::to_string(i) + "\",\"date\":\"2025-08-20\",\"text\":\"" +
            texts[i % 4] + "\"}\n";
  std::string path = write_temp("threads.jsonl", feed);
  CliRun one = run_dyad("parse -j 1 " + path);
  CliRun two = run_dyad("parse -j 2 " + path);
  EXPECT_EQ(one.status, 0);
  EXPECT_EQ(two.status, 0);
  EXPECT_EQ(one.out, two.out);
  EXPECT_NE(one.out.find("# doc d199 sentence 0"), std::string::npos);
}

TEST(CliParse, MissingFileIsAnErrorNamingIt) {
  CliRun r = run_dyad("parse --date 2025-08-20 /nonexistent/article.txt");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("/nonexistent/article.txt"), std::string::npos) << r.err;
}

}  // namespace
