#include "io/document_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

#include "io/html_text.h"
#include "io_test_util.h"

namespace dyad {
namespace {

using testing_io::read_all;
using testing_io::ScratchDir;

TEST(ReadErrorTest, FormatsFileAndLine) {
  EXPECT_EQ((ReadError{"news.jsonl", 7, "missing field 'date'"}.to_string()), "news.jsonl:7: missing field 'date'");
  EXPECT_EQ((ReadError{"a.txt", 0, "empty file"}.to_string()), "a.txt: empty file");
}

TEST(DocumentReaderTest, ReadsJsonlDocumentsWithAllFields) {
  ScratchDir dir;
  const std::string path = dir.write(
      "news.jsonl",
      "{\"id\":\"a1\",\"date\":\"2025-08-20\",\"text\":\"Lukashenko met Pezeshkian in Minsk.\","
      "\"title\":\"Belarus and Iran\",\"url\":\"https://example.org/a1\",\"source\":\"Example\",\"extra\":[1,2]}\n"
      "\n"
      "   \n"
      "{\"id\":\"a2\",\"date\":\"2025-08-21T10:00:00Z\",\"text\":\"Caf\\u00e9 talks \\\"ended\\\".\",\"title\":null}\r\n"
      "{\"text\":\"last line without newline\",\"date\":\"2024-02-29\",\"id\":\"a3\"}");
  const auto result = read_all(path);
  EXPECT_TRUE(result.ok);
  EXPECT_TRUE(result.errors.empty());
  ASSERT_EQ(result.documents.size(), 3u);
  const Document& a1 = result.documents[0];
  EXPECT_EQ(a1.id, "a1");
  EXPECT_EQ(a1.date, "2025-08-20");
  EXPECT_EQ(a1.text, "Lukashenko met Pezeshkian in Minsk.");
  EXPECT_EQ(a1.title, "Belarus and Iran");
  EXPECT_EQ(a1.url, "https://example.org/a1");
  EXPECT_EQ(a1.source, "Example");
  EXPECT_EQ(a1.origin, path);
  EXPECT_EQ(a1.line, 1u);
  const Document& a2 = result.documents[1];
  EXPECT_EQ(a2.date, "2025-08-21");  // date part of the ISO date-time
  EXPECT_EQ(a2.text, "Caf\xC3\xA9 talks \"ended\".");
  EXPECT_EQ(a2.title, "");  // null means absent
  EXPECT_EQ(a2.line, 4u);   // blank lines still count
  EXPECT_EQ(result.documents[2].line, 5u);
  EXPECT_EQ(result.documents[2].id, "a3");
}

TEST(DocumentReaderTest, ReadsPlainTextArticleWithDateFromOptions) {
  ScratchDir dir;
  const std::string path = dir.write("belarus-iran.txt", "\xEF\xBB\xBFLukashenko met Pezeshkian.\nSecond paragraph.\n");
  ReadOptions options;
  options.date = "2025-08-20";
  const auto result = read_all(path, options);
  EXPECT_TRUE(result.ok);
  ASSERT_TRUE(result.errors.empty()) << result.error_strings()[0];
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].id, "belarus-iran");
  EXPECT_EQ(result.documents[0].date, "2025-08-20");
  EXPECT_EQ(result.documents[0].text, "Lukashenko met Pezeshkian.\nSecond paragraph.\n");  // BOM removed
  EXPECT_EQ(result.documents[0].title, "");
  EXPECT_EQ(result.documents[0].line, 0u);
}

TEST(DocumentReaderTest, HtmlMetadataAndText) {
  const std::string path = std::string(DYAD_TEST_DATA) + "/articles/share_bar.html";
  ReadOptions options;
  options.date = "1999-01-01";  // the page's own date wins
  const auto result = read_all(path, options);
  ASSERT_EQ(result.documents.size(), 1u);
  const Document& doc = result.documents[0];
  EXPECT_EQ(doc.id, "share_bar");
  EXPECT_EQ(doc.date, "2025-03-02");
  EXPECT_EQ(doc.title, "Georgian police detain opposition leaders as thousands rally in Tbilisi");
  EXPECT_EQ(doc.url, "https://ledger.example/world/georgia-protests-tbilisi");
  EXPECT_EQ(doc.source, "The Caucasus Ledger");
  EXPECT_EQ(doc.text.find("dataLayer"), std::string::npos);   // script
  EXPECT_EQ(doc.text.find("margin"), std::string::npos);      // style
  EXPECT_EQ(doc.text.find("enable JavaScript"), std::string::npos);  // noscript
  EXPECT_EQ(doc.text.find("visa-free"), std::string::npos);   // aside
  EXPECT_EQ(doc.text.find("We use cookies"), std::string::npos);  // outside <article>
  EXPECT_NE(doc.text.find("\xE2\x80\x9C" "foreign agents\xE2\x80\x9D & vowed"), std::string::npos);
}

TEST(HtmlTextTest, TitleDateAndUrlFallbacks) {
  const HtmlPage page = extract_html(
      "<html><head><title>  Iran &amp; Oman\n talks </title>"
      "<link rel=\"alternate canonical\" href=\"https://x.example/c\"></head>"
      "<body><p>Text <b>bold</b>and&nbsp;more</p><time datetime=\"2025-13-01\">bad</time>"
      "<span itemprop=\"datePublished\" content=\"2025-06-01T08:00:00Z\"></span>"
      "<time datetime='2025-05-30'>May 30</time></body></html>");
  EXPECT_EQ(page.title, "Iran & Oman talks");
  EXPECT_EQ(page.url, "https://x.example/c");
  EXPECT_EQ(page.date, "2025-06-01");  // itemprop ranks above <time>
  EXPECT_EQ(page.text.substr(0, 9), "Text bold");
}

TEST(HtmlTextTest, DateFromEachMetaName) {
  for (const char* meta : {"<meta property=\"article:published_time\" content=\"2025-08-20T10:00:00Z\">",
                           "<meta property=\"og:published_time\" content=\"2025-08-20\">",
                           "<meta name=\"date\" content=\"2025-08-20\">",
                           "<meta name=\"pubdate\" content=\"2025-08-20\">",
                           "<meta name=\"DC.date\" content=\"2025-08-20\">",
                           "<meta itemprop=\"datePublished\" content=\"2025-08-20\">",
                           "<time datetime=\"2025-08-20T16:37\">Aug 20</time>"}) {
    const HtmlPage page = extract_html(std::string("<head>") + meta + "</head><body><p>x</p></body>");
    EXPECT_EQ(page.date, "2025-08-20") << meta;
  }
}

TEST(HtmlTextTest, BlocksBreakLinesAndFurnitureIsDropped) {
  const HtmlPage page = extract_html(
      "<body><nav>Home World</nav><h1>Title</h1><div>First <i>para</i>\n  graph.</div>"
      "<ul><li>one</li><li>two</li></ul>line<br>break<form><input value=x>Search</form>"
      "<!-- a comment <p>hidden</p> --><pre>keep\n  lines</pre><p>1 < 2 and 3 > 2</p>"
      "<footer>(c) footer</footer></body>");
  EXPECT_EQ(page.text, "Title\nFirst para graph.\none\ntwo\nline\nbreak\nkeep\nlines\n1 < 2 and 3 > 2");
}

TEST(HtmlTextTest, UnclosedFurnitureEndsAtBody) {
  const HtmlPage page = extract_html("<body><header>Site<p>Story text.</p></body>");
  EXPECT_EQ(page.text, "");
  const HtmlPage unclosed_script = extract_html("<p>Before</p><script>var a = '<p>'");
  EXPECT_EQ(unclosed_script.text, "Before");
}

TEST(HtmlTextTest, DecodesEntities) {
  EXPECT_EQ(decode_html_entities("&amp;&lt;&gt;&quot;&#39;&#x2014;&#8217;&mdash;&hellip;&eacute;"),
            "&<>\"'\xE2\x80\x94\xE2\x80\x99\xE2\x80\x94\xE2\x80\xA6\xC3\xA9");
  EXPECT_EQ(decode_html_entities("AT&T &unknown; &copy=2 &#0; &#xD800; &#99999999;"),
            "AT&T &unknown; &copy=2 \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
  EXPECT_EQ(decode_html_entities("&amp without semicolon &"), "& without semicolon &");
}

// Runs read_documents("-") with `input` on standard input.
testing_io::ReadResult read_stdin(const std::string& input, const ReadOptions& options) {
  int fds[2];
  EXPECT_EQ(::pipe(fds), 0);
  const int saved_stdin = ::dup(0);
  ::dup2(fds[0], 0);
  ::close(fds[0]);
  std::thread writer([&] {
    size_t written = 0;
    while (written < input.size()) {
      const ssize_t n = ::write(fds[1], input.data() + written, input.size() - written);
      if (n <= 0) break;
      written += n;
    }
    ::close(fds[1]);
  });
  auto result = testing_io::read_all("-", options);
  writer.join();
  ::dup2(saved_stdin, 0);
  ::close(saved_stdin);
  std::clearerr(stdin);
  return result;
}

TEST(DocumentReaderTest, StdinIsJsonlWhenItStartsWithABrace) {
  const auto result = read_stdin(
      "\n  {\"id\":\"s1\",\"date\":\"2025-01-02\",\"text\":\"One.\"}\n{broken\n"
      "{\"id\":\"s2\",\"date\":\"2025-01-03\",\"text\":\"Two.\"}\n",
      {});
  EXPECT_TRUE(result.ok);
  ASSERT_EQ(result.documents.size(), 2u);
  EXPECT_EQ(result.documents[0].id, "s1");
  EXPECT_EQ(result.documents[0].origin, "-");
  EXPECT_EQ(result.documents[0].line, 2u);
  EXPECT_EQ(result.documents[1].line, 4u);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].file, "<stdin>");
  EXPECT_EQ(result.errors[0].line, 3u);
}

TEST(DocumentReaderTest, StdinIsPlainTextOtherwise) {
  ReadOptions options;
  options.date = "2025-02-03";
  const auto result = read_stdin("Protesters marched in Belgrade.\n{not json}\n", options);
  EXPECT_TRUE(result.ok);
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].id, "stdin");
  EXPECT_EQ(result.documents[0].date, "2025-02-03");
  EXPECT_EQ(result.documents[0].text, "Protesters marched in Belgrade.\n{not json}\n");
}

TEST(DocumentReaderTest, UnknownExtensionIsSniffed) {
  ScratchDir dir;
  const auto jsonl = read_all(dir.write("feed.json", "{\"id\":\"j\",\"date\":\"2025-01-02\",\"text\":\"T.\"}\n"));
  ASSERT_EQ(jsonl.documents.size(), 1u);
  EXPECT_EQ(jsonl.documents[0].id, "j");
  ReadOptions options;
  options.date = "2025-01-02";
  const auto text = read_all(dir.write("story.md", "Plain story."), options);
  ASSERT_EQ(text.documents.size(), 1u);
  EXPECT_EQ(text.documents[0].id, "story");
}

TEST(DocumentReaderTest, StreamsLargeJsonlWithoutSurprises) {
  ScratchDir dir;
  std::string content;
  for (int i = 0; i < 20000; ++i)
    content += "{\"id\":\"d" + std::to_string(i) + "\",\"date\":\"2025-08-20\",\"text\":\"Sentence number " +
               std::to_string(i) + " of a long feed.\"}\n";
  size_t count = 0, last_line = 0;
  std::vector<ReadError> errors;
  EXPECT_TRUE(read_documents(
      dir.write("big.jsonl", content), {},
      [&](Document&& doc) {
        ++count;
        last_line = doc.line;
      },
      [&](const ReadError& e) { errors.push_back(e); }));
  EXPECT_EQ(count, 20000u);
  EXPECT_EQ(last_line, 20000u);
  EXPECT_TRUE(errors.empty());
}

TEST(DocumentReaderTest, ExampleArticlesReadCleanly) {
  const std::string examples = std::string(DYAD_SOURCE_DIR) + "/examples";
  const auto jsonl = read_all(examples + "/articles.jsonl");
  EXPECT_TRUE(jsonl.ok);
  EXPECT_TRUE(jsonl.errors.empty()) << jsonl.error_strings()[0];
  EXPECT_GE(jsonl.documents.size(), 3u);
  size_t text_files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(examples)) {
    if (entry.path().extension() != ".txt") continue;
    ++text_files;
    ReadOptions options;
    options.date = "2025-08-20";
    const auto result = read_all(entry.path().string(), options);
    EXPECT_TRUE(result.errors.empty()) << entry.path();
    ASSERT_EQ(result.documents.size(), 1u) << entry.path();
    // The JSONL file holds the same article under the same id.
    bool found = false;
    for (const Document& doc : jsonl.documents) found = found || doc.id == result.documents[0].id;
    EXPECT_TRUE(found) << result.documents[0].id;
  }
  EXPECT_EQ(text_files, jsonl.documents.size());
}

}  // namespace
}  // namespace dyad
