// `dyad code --format`: the tsv, csv and text layouts of an event (code/document_event_formats.h)
// and the same events through the command line in every format.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "code/document_event_formats.h"
#include "temp_path.h"

namespace dyad {
namespace {

DocumentEvent visit_event() {
  DocumentEvent e;
  e.event.source = "IRNGOV";
  e.event.target = "BLR";
  e.event.code = "042";
  e.event.evidence = {"Iranian President Masoud Pezeshkian", "Minsk", "arrived", "04-consult.verbs:36"};
  e.sentence = 2;
  e.date = "2025-08-19";
  e.date_text = "on Tuesday";
  EventPlace minsk;
  minsk.raw_text = minsk.name = "Minsk";
  minsk.geonameid = 625144;
  minsk.lat = 53.9;
  minsk.lon = 27.56667;
  minsk.country_iso3 = "BLR";
  e.location = minsk;
  e.text = "Iranian President Masoud Pezeshkian arrived in Minsk on Tuesday, \"for talks\".";
  return e;
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

TEST(EventFormats, TsvRowHasAFieldForEveryHeaderColumn) {
  std::string header = document_event_header(EventFormat::kTsv), row;
  append_document_event(visit_event(), "belarus-iran", EventFormat::kTsv, row);
  ASSERT_EQ(row.back(), '\n');
  header.pop_back();
  row.pop_back();
  std::vector<std::string> names = split(header, '\t'), fields = split(row, '\t');
  ASSERT_EQ(names.size(), fields.size());
  auto field = [&](const std::string& name) {
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return fields[i];
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(field("doc_id"), "belarus-iran");
  EXPECT_EQ(field("sentence"), "2");
  EXPECT_EQ(field("code"), "042");
  EXPECT_EQ(field("root_code"), "04");
  EXPECT_EQ(field("quad_class"), "1");
  EXPECT_EQ(field("goldstein"), "1.9");
  EXPECT_EQ(field("plover_event"), "CONSULT");
  EXPECT_EQ(field("place"), "Minsk");
  EXPECT_EQ(field("country"), "BLR");
  EXPECT_EQ(field("lat"), "53.90000");
  EXPECT_EQ(field("date_text"), "on Tuesday");
  EXPECT_EQ(field("rule"), "04-consult.verbs:36");
}

TEST(EventFormats, CsvQuotesFieldsWithCommasAndQuotes) {
  std::string row;
  append_document_event(visit_event(), "belarus-iran", EventFormat::kCsv, row);
  EXPECT_NE(row.find(R"("Iranian President Masoud Pezeshkian arrived in Minsk on Tuesday, ""for talks"".")"),
            std::string::npos)
      << row;
  EXPECT_EQ(document_event_header(EventFormat::kCsv).substr(0, 16), "doc_id,sentence,");
}

TEST(EventFormats, TextIsTheEventThenItsEvidence) {
  std::string text;
  append_document_event(visit_event(), "belarus-iran", EventFormat::kText, text);
  EXPECT_EQ(text,
            "2025-08-19  IRNGOV -> BLR  042 Make a visit  [Minsk, BLR]\n"
            "    Iranian President Masoud Pezeshkian / arrived / Minsk / on Tuesday   "
            "(belarus-iran #2, 04-consult.verbs:36)\n");
  EXPECT_TRUE(document_event_header(EventFormat::kText).empty());
}

TEST(EventFormats, UnknownFormatNameIsRefused) {
  EventFormat f;
  EXPECT_TRUE(parse_event_format("text", &f));
  EXPECT_EQ(f, EventFormat::kText);
  EXPECT_FALSE(parse_event_format("xml", &f));
}

std::string run_dyad(const std::string& args) {
  const std::string out = dyad::temp_path("formats_out.txt");
  int rc = std::system((std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>/dev/null").c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 0) << args;
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

size_t count_lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST(EventFormats, EveryFormatCarriesTheSameEventsOfTheExampleArticles) {
  const std::string articles = std::string(DYAD_TEST_DATA) + "/../../examples/articles.jsonl";
  const std::string jsonl = run_dyad("code -q -j1 " + articles);
  const std::string tsv = run_dyad("code -q -j1 --format tsv " + articles);
  const std::string text = run_dyad("code -q -j1 --format text " + articles);
  ASSERT_GT(count_lines(jsonl), 5u);
  EXPECT_EQ(count_lines(tsv), count_lines(jsonl) + 1);  // the header
  EXPECT_EQ(count_lines(text), 2 * count_lines(jsonl));
  // The state visit's arrival, as every format writes it.
  EXPECT_NE(jsonl.find(R"("source":"KAZGOV","target":"JPN","code":"042")"), std::string::npos);
  EXPECT_NE(tsv.find("KAZGOV\tJPN\t042\t04\t1\t"), std::string::npos);
  EXPECT_NE(text.find("KAZGOV -> JPN  042 Make a visit  [Tokyo, JPN]"), std::string::npos) << text;
}

}  // namespace
}  // namespace dyad
