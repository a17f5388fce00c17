// Bad input never crashes or hangs the readers, each problem is reported once
// as "file:line: message", and the good documents around it are still read.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "io/document_reader.h"
#include "io/html_text.h"
#include "text/cleaner.h"
#include "io_test_util.h"

namespace dyad {
namespace {

using testing_io::read_all;
using testing_io::ReadResult;
using testing_io::ScratchDir;

const std::string kGood1 = R"({"id":"g1","date":"2025-08-20","text":"Belarus and Iran signed a roadmap."})";
const std::string kGood2 = R"({"id":"g2","date":"2025-08-21","text":"Iran summoned the British envoy."})";

// Reads a JSONL file made of kGood1, `bad_line`, kGood2 and checks that the
// two good documents survive and exactly one error names line 2.
ReadError read_with_one_bad_line(const std::string& bad_line, const ReadOptions& options = {}) {
  ScratchDir dir;
  const std::string path = dir.write("feed.jsonl", kGood1 + "\n" + bad_line + "\n" + kGood2 + "\n");
  const ReadResult result = read_all(path, options);
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.documents.size(), 2u);
  if (result.documents.size() == 2) {
    EXPECT_EQ(result.documents[0].id, "g1");
    EXPECT_EQ(result.documents[1].id, "g2");
    EXPECT_EQ(result.documents[1].line, 3u);
  }
  EXPECT_EQ(result.errors.size(), 1u);
  if (result.errors.empty()) return {};
  EXPECT_EQ(result.errors[0].file, path);
  EXPECT_EQ(result.errors[0].line, 2u);
  EXPECT_EQ(result.errors[0].to_string().rfind(path + ":2: ", 0), 0u) << result.errors[0].to_string();
  return result.errors[0];
}

TEST(BadJsonlTest, BrokenJsonAmongGoodLines) {
  for (const char* broken : {R"({"id":"x","date":"2025-08-20","text":"unterminated)", R"({"id":"x",})",
                             R"({"id" "x"})", "not json at all", R"({"id":"x","date":"2025-08-20","text":"t"} trailing)"}) {
    EXPECT_EQ(read_with_one_bad_line(broken).message.rfind("broken JSON: ", 0), 0u) << broken;
  }
}

TEST(BadJsonlTest, LineThatIsNotAnObject) {
  EXPECT_EQ(read_with_one_bad_line(R"(["id","date","text"])").message, "line is not a JSON object");
  EXPECT_EQ(read_with_one_bad_line("42").message, "line is not a JSON object");
}

TEST(BadJsonlTest, MissingFields) {
  EXPECT_EQ(read_with_one_bad_line(R"({"date":"2025-08-20","text":"t"})").message, "missing field 'id'");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","text":"t"})").message, "missing field 'date'");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"2025-08-20"})").message, "missing field 'text'");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":null,"text":"t"})").message,
            "field 'date' must be a string");  // null only stands for absent in optional fields
}

TEST(BadJsonlTest, WrongFieldTypes) {
  EXPECT_EQ(read_with_one_bad_line(R"({"id":7,"date":"2025-08-20","text":"t"})").message,
            "field 'id' must be a string");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":20250820,"text":"t"})").message,
            "field 'date' must be a string");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"2025-08-20","text":["a","b"]})").message,
            "field 'text' must be a string");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"2025-08-20","text":"t","title":{"a":1}})").message,
            "field 'title' must be a string");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"2025-08-20","text":"t","url":false})").message,
            "field 'url' must be a string");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"2025-08-20","text":"t","source":1.5})").message,
            "field 'source' must be a string");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"","date":"2025-08-20","text":"t"})").message,
            "field 'id' must not be empty");
}

TEST(BadJsonlTest, InvalidDates) {
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"2025-02-30","text":"t"})").message,
            "invalid date '2025-02-30' (want YYYY-MM-DD)");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"2023-02-29","text":"t"})").message,
            "invalid date '2023-02-29' (want YYYY-MM-DD)");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"20/08/2025","text":"t"})").message,
            "invalid date '20/08/2025' (want YYYY-MM-DD)");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"","text":"t"})").message,
            "invalid date '' (want YYYY-MM-DD)");
  const std::string long_date(200, '9');
  const ReadError error = read_with_one_bad_line(R"({"id":"x","date":")" + long_date + R"(","text":"t"})");
  EXPECT_LT(error.message.size(), 80u);  // the bad value is quoted, not dumped
}

TEST(BadJsonlTest, InvalidUtf8IsReportedWithItsColumn) {
  const std::string line = std::string(R"({"id":"x","date":"2025-08-20","text":"caf)") + "\xC3\x28" + R"("})";
  EXPECT_EQ(read_with_one_bad_line(line).message, "invalid UTF-8 at column 42");
  EXPECT_EQ(read_with_one_bad_line(R"({"id":"x","date":"2025-08-20","text":"\xFF"})" + std::string("\xFF")).message,
            "invalid UTF-8 at column 45");
}

TEST(BadJsonlTest, BinaryJunkLine) {
  std::string junk = "\x7F" "ELF";
  junk += std::string("\x02\x01\x01\x00\x00\x00\x00\x00", 8);
  for (int i = 0; i < 200; ++i) junk.push_back(static_cast<char>((i * 37) % 256 == '\n' ? 1 : (i * 37) % 256));
  EXPECT_EQ(read_with_one_bad_line(junk).message, "binary data: NUL byte at column 8");
}

TEST(BadJsonlTest, OverlongLineIsSkippedAndTheNextLineIsRead) {
  // 10 MB on one line with no punctuation, over a 1 MB limit.
  const std::string huge = "{\"id\":\"big\",\"date\":\"2025-08-20\",\"text\":\"" + std::string(10 << 20, 'a') + "\"}";
  ReadOptions options;
  options.max_document_bytes = 1 << 20;
  EXPECT_EQ(read_with_one_bad_line(huge, options).message, "line exceeds 1048576 bytes");
}

TEST(BadJsonlTest, TenMegabyteLineUnderTheDefaultLimitIsRead) {
  ScratchDir dir;
  const std::string text(10 << 20, 'a');
  const std::string path = dir.write("big.jsonl", R"({"id":"big","date":"2025-08-20","text":")" + text + "\"}\n");
  const ReadResult result = read_all(path);
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text.size(), text.size());
}

TEST(BadJsonlTest, FileOfOnlyBadLinesReportsEachOne) {
  ScratchDir dir;
  const std::string path = dir.write("bad.jsonl", "{\n{\"id\":1}\n\n[]\n");
  const ReadResult result = read_all(path);
  EXPECT_TRUE(result.ok);
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.errors.size(), 3u);
  EXPECT_EQ(result.errors[0].line, 1u);
  EXPECT_EQ(result.errors[1].to_string(), path + ":2: field 'id' must be a string");
  EXPECT_EQ(result.errors[2].to_string(), path + ":4: line is not a JSON object");
}

TEST(BadFileTest, EmptyFiles) {
  ScratchDir dir;
  for (const char* name : {"empty.jsonl", "empty.txt", "empty.html", "blank.txt", "blank.jsonl"}) {
    const std::string content = std::string(name).rfind("blank", 0) == 0 ? " \n\r\n\t\n" : "";
    const std::string path = dir.write(name, content);
    ReadOptions options;
    options.date = "2025-08-20";
    const ReadResult result = read_all(path, options);
    EXPECT_TRUE(result.ok) << name;
    EXPECT_TRUE(result.documents.empty()) << name;
    ASSERT_EQ(result.errors.size(), 1u) << name;
    EXPECT_EQ(result.errors[0].to_string(), path + ": empty file");
  }
}

TEST(BadFileTest, MissingFileAndDirectory) {
  ScratchDir dir;
  const ReadResult missing = read_all(dir.path("nowhere.jsonl"));
  EXPECT_FALSE(missing.ok);
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_EQ(missing.errors[0].to_string(), dir.path("nowhere.jsonl") + ": cannot open: No such file or directory");

  dir.write("sub.txt", "");
  std::filesystem::remove(dir.path("sub.txt"));
  std::filesystem::create_directory(dir.path("sub.txt"));
  const ReadResult directory = read_all(dir.path("sub.txt"));
  EXPECT_FALSE(directory.ok);
  ASSERT_EQ(directory.errors.size(), 1u);
  EXPECT_EQ(directory.errors[0].message, "cannot open: is a directory");
}

TEST(BadFileTest, TextWithoutDate) {
  ScratchDir dir;
  const std::string path = dir.write("story.txt", "Protesters marched in Tbilisi.\n");
  const ReadResult result = read_all(path);
  EXPECT_TRUE(result.ok);
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].to_string(),
            path + ": no date: pass --date YYYY-MM-DD or name the file with its date (news-2025-08-20.txt)");
}

TEST(BadFileTest, TextDatedByItsFileName) {
  ScratchDir dir;
  const std::string dated = dir.write("tbilisi-protest-2024-11-30.txt", "Protesters marched in Tbilisi.\n");
  const ReadResult result = read_all(dated);
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].date, "2024-11-30");
  ReadOptions options;
  options.date = "2025-01-02";
  EXPECT_EQ(read_all(dated, options).documents.at(0).date, "2025-01-02");  // --date wins
  // Not a calendar date, or part of a longer number: no date.
  const std::string invalid = dir.write("report-2024-02-30.txt", "Text.\n");
  EXPECT_EQ(read_all(invalid).documents.size(), 0u);
  const std::string longer = dir.write("id12024-11-30.txt", "Text.\n");
  EXPECT_EQ(read_all(longer).documents.size(), 0u);
}

TEST(BadFileTest, HtmlWithoutDateOrText) {
  ScratchDir dir;
  const std::string no_date = dir.write("page.html", "<html><body><p>Talks ended.</p></body></html>");
  EXPECT_EQ(read_all(no_date).error_strings(), std::vector<std::string>{no_date + ": no date: pass --date YYYY-MM-DD or name the file with its date "
                                                                "(news-2025-08-20.txt)"});
  ReadOptions options;
  options.date = "2025-08-20";
  const ReadResult with_option = read_all(no_date, options);
  ASSERT_EQ(with_option.documents.size(), 1u);
  EXPECT_EQ(with_option.documents[0].date, "2025-08-20");  // the fallback

  const std::string no_text = dir.write("shell.html", "<html><head><script>app()</script></head><body></body></html>");
  EXPECT_EQ(read_all(no_text, options).error_strings(), std::vector<std::string>{no_text + ": no text found in HTML"});
}

TEST(BadFileTest, InvalidDateOption) {
  ScratchDir dir;
  const std::string path = dir.write("story.txt", "Text.");
  ReadOptions options;
  options.date = "2025-02-30";
  EXPECT_EQ(read_all(path, options).error_strings(),
            std::vector<std::string>{path + ": invalid --date '2025-02-30' (want YYYY-MM-DD)"});
}

TEST(BadFileTest, InvalidUtf8InTextAndHtmlNamesTheLine) {
  ScratchDir dir;
  ReadOptions options;
  options.date = "2025-08-20";
  const std::string txt = dir.write("latin1.txt", "First line.\nCaf\xE9 au lait in Minsk.\n");
  EXPECT_EQ(read_all(txt, options).error_strings(), std::vector<std::string>{txt + ":2: invalid UTF-8 at column 4"});
  const std::string html = dir.write("latin1.html", "<p>\xE9t\xE9</p>");
  EXPECT_EQ(read_all(html, options).error_strings(), std::vector<std::string>{html + ":1: invalid UTF-8 at column 4"});
}

TEST(BadFileTest, BinaryJunkInTextFile) {
  ScratchDir dir;
  std::string junk = "PK\x03\x04";
  junk += std::string("\x14\x00\x06\x00", 4);
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>(i % 251));
  ReadOptions options;
  options.date = "2025-08-20";
  const std::string path = dir.write("archive.txt", junk);
  const ReadResult result = read_all(path, options);
  EXPECT_TRUE(result.ok);
  EXPECT_TRUE(result.documents.empty());
  EXPECT_EQ(result.error_strings(), std::vector<std::string>{path + ":1: binary data: NUL byte at column 6"});
  // Junk with a sniffed format (no extension) is handled the same way.
  const std::string sniffed = dir.write("blob", junk);
  EXPECT_EQ(read_all(sniffed, options).errors.size(), 1u);
}

TEST(BadFileTest, TextDocumentOverTheLimit) {
  ScratchDir dir;
  ReadOptions options;
  options.date = "2025-08-20";
  options.max_document_bytes = 1000;
  const std::string path = dir.write("long.txt", std::string(5000, 'x'));
  EXPECT_EQ(read_all(path, options).error_strings(), std::vector<std::string>{path + ": document exceeds 1000 bytes"});
}

TEST(BadFileTest, TenMegabyteTextLineWithoutPunctuationIsOneDocument) {
  ScratchDir dir;
  std::string text;
  while (text.size() < (10u << 20)) text += "sanctions ";
  ReadOptions options;
  options.date = "2025-08-20";
  const ReadResult result = read_all(dir.write("one-line.txt", text), options);
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text.size(), text.size());
}

// A cheap stand-in for fuzzing: random byte damage to a real page and a real
// JSONL feed must never crash the readers or break the cleaner's offset map.
TEST(BadInputMutationTest, DamagedInputNeverBreaksTheReaders) {
  std::ifstream in(std::string(DYAD_TEST_DATA) + "/articles/share_bar.html", std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string page = buffer.str();
  ASSERT_FALSE(page.empty());
  const std::string feed = kGood1 + "\n" + kGood2 + "\n";
  std::mt19937 random(20250820);
  ScratchDir dir;
  for (int round = 0; round < 300; ++round) {
    std::string html = page, jsonl = feed;
    for (std::string* text : {&html, &jsonl}) {
      const int edits = 1 + static_cast<int>(random() % 20);
      for (int e = 0; e < edits; ++e) {
        const size_t at = random() % text->size();
        switch (random() % 3) {
          case 0: (*text)[at] = static_cast<char>(random() % 256); break;
          case 1: text->erase(at, random() % 40); break;
          default: text->insert(at, 1, "<>&;\"{}\\\n#"[random() % 10]); break;
        }
        if (text->empty()) text->push_back('<');
      }
    }
    const HtmlPage extracted = extract_html(html);
    const CleanedText clean = clean_text(extracted.text);
    ASSERT_EQ(clean.origin.size(), clean.text.size() + 1);
    for (uint32_t offset : clean.origin) ASSERT_LE(offset, extracted.text.size());

    size_t seen = 0;
    const ReadResult result = read_all(dir.write("damaged.jsonl", jsonl));
    EXPECT_TRUE(result.ok);
    for (const ReadError& error : result.errors) {
      EXPECT_GT(error.line, 0u) << error.to_string();
      ++seen;
    }
    // Every non-blank line is either a document or an error, never both or neither.
    size_t non_blank_lines = 0;
    std::stringstream lines(jsonl);
    for (std::string line; std::getline(lines, line);)
      non_blank_lines += line.find_first_not_of(" \t\r\f\v") != std::string::npos;
    EXPECT_EQ(result.documents.size() + seen, non_blank_lines);
  }
}

}  // namespace
}  // namespace dyad
