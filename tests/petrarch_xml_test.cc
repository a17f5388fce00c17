// PETRARCH XML record reading: environment, configs, codings, and broken records that
// are reported with file:line while the rest are still read.
#include <gtest/gtest.h>

#include <filesystem>

#include "io/petrarch_xml.h"

namespace dyad {
namespace {

constexpr const char* kXml = R"(<Validation>
<!-- a comment with <Sentence> inside that must be skipped -->
<Environment>
  <Verbfile>V.txt</Verbfile> <Actorfile>A.txt</Actorfile>
  <Include>valid DEMO ERROR</Include>
</Environment>
<Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"/>
<Text>
Arnor is about to
restore ties &amp; more.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))</Parse>
</Sentence>
<Config option="require_dyad" value="True"></Config>
<Sentence date="1995x101" id="BAD-01" category="ERROR">
<EventCoding noevents="True"></EventCoding>
<Text>x</Text><Parse>(ROOT (S (NP (NN x))))</Parse>
</Sentence>
<Sentence date = "20080804" id ="AFP_4" source = "AFP" sentence = "True">
<EventCoding error="sentencediscard"></EventCoding>
<Text>y</Text>
</Sentence>
<Sentence date="20080805" id="LAST" category="DEMO">
<Text>z</Text><Parse>(S (NP (NN z)))</Parse>
</Sentence>
</Sentences></Validation>
)";

TEST(PetrarchXml, ReadsEnvironmentRecordsAndConfigs) {
  PetrarchFile f = parse_petrarch_xml(kXml, "t.xml");
  EXPECT_EQ(f.environment.verb_files, std::vector<std::string>{"V.txt"});
  EXPECT_EQ(f.environment.actor_files, std::vector<std::string>{"A.txt"});
  EXPECT_EQ(f.environment.include, (std::vector<std::string>{"valid", "DEMO", "ERROR"}));
  ASSERT_EQ(f.records.size(), 4u);
  const PetrarchRecord& r = f.records[0];
  EXPECT_EQ(r.id, "DEMO-00");
  EXPECT_EQ(r.category, "DEMO");
  EXPECT_EQ(r.date.to_iso(), "1995-01-01");
  EXPECT_EQ(r.text, "Arnor is about to restore ties & more.");
  EXPECT_NE(r.parse.find("(NNP Arnor)"), std::string::npos);
  ASSERT_EQ(r.gold.size(), 2u);
  EXPECT_EQ(r.gold[1].source, "GON");
  EXPECT_EQ(r.gold[0].code, "064");
  EXPECT_FALSE(r.require_dyad);
  EXPECT_TRUE(r.error.empty());
  EXPECT_EQ(r.line, 9u);
}

TEST(PetrarchXml, BrokenRecordsNameFileAndLineAndReadingGoesOn) {
  PetrarchFile f = parse_petrarch_xml(kXml, "t.xml");
  ASSERT_EQ(f.records.size(), 4u);
  EXPECT_EQ(f.records[1].error, "t.xml:19: record BAD-01 has a bad date \"1995x101\"");
  EXPECT_TRUE(f.records[1].require_dyad);
  EXPECT_TRUE(f.records[1].gold[0].noevents);
  // Blanks around '=' are accepted; a record without <Parse> is an error.
  EXPECT_EQ(f.records[2].id, "AFP_4");
  EXPECT_EQ(f.records[2].gold[0].error, "sentencediscard");
  EXPECT_EQ(f.records[2].error, "t.xml:23: record AFP_4 has no <Parse>");
  EXPECT_TRUE(f.records[3].error.empty());
  EXPECT_EQ(f.records[3].date.to_iso(), "2008-08-05");
}

TEST(PetrarchXml, UnclosedRecordAtEndIsReported) {
  PetrarchFile f = parse_petrarch_xml("<Sentences>\n<Sentence date=\"20010101\" id=\"X\">\n<Text>a</Text>",
                                      "u.xml");
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].error, "u.xml:2: record X has no </Sentence>");
}

TEST(PetrarchXml, StreamingGivesTheSameRecordsInOrderAndCanStop) {
  const PetrarchFile whole = parse_petrarch_xml(kXml, "t.xml");
  std::vector<PetrarchRecord> streamed;
  const PetrarchFile rest = parse_petrarch_xml(kXml, "t.xml", [&](PetrarchRecord&& r) {
    streamed.push_back(std::move(r));
    return true;
  });
  EXPECT_TRUE(rest.records.empty());
  EXPECT_EQ(rest.environment.include, whole.environment.include);
  ASSERT_EQ(streamed.size(), whole.records.size());
  for (size_t i = 0; i < streamed.size(); ++i) {
    EXPECT_EQ(streamed[i].id, whole.records[i].id);
    EXPECT_EQ(streamed[i].line, whole.records[i].line);
    EXPECT_EQ(streamed[i].error, whole.records[i].error);
    EXPECT_EQ(streamed[i].require_dyad, whole.records[i].require_dyad);
    EXPECT_EQ(streamed[i].parse, whole.records[i].parse);
  }
  // Returning false stops at that record: nothing after it is handed on.
  std::vector<std::string> ids;
  parse_petrarch_xml(kXml, "t.xml", [&](PetrarchRecord&& r) {
    ids.push_back(r.id);
    return ids.size() < 2;
  });
  EXPECT_EQ(ids, (std::vector<std::string>{"DEMO-00", "BAD-01"}));
  // <Sentence> tags only: not <Sentences>, and the one in the comment is counted (an estimate).
  EXPECT_EQ(count_petrarch_records(kXml), 5u);
  EXPECT_EQ(petrarch_file_name("a/b/c.xml"), "c.xml");
  EXPECT_EQ(petrarch_file_name("c.xml"), "c.xml");
}

TEST(PetrarchXml, ReadsTheUnitTestFile) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/peer/petrarch2/text/PETR.UnitTest.records.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  PetrarchFile f = read_petrarch_xml(path);
  EXPECT_EQ(f.records.size(), 284u);
  size_t codings = 0;
  for (const PetrarchRecord& r : f.records) codings += r.gold.size();
  EXPECT_EQ(codings, 385u);
  EXPECT_EQ(f.environment.verb_files, std::vector<std::string>{"PETR.Validate.verbs.txt"});
}

}  // namespace
}  // namespace dyad
