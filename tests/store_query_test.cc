// Queries of the event store: each filter of `dyad query` (EventQuery), their checks
// (make_event_query), and the jsonl, tsv and csv output of the dyad binary.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/query_command.h"
#include "store/event_store.h"
#include "store_test_util.h"

namespace dyad {
namespace {

using namespace store_test;

// Eight events: ids in insertion order 1..8.
std::string make_store() {
  static std::string path;
  if (!path.empty()) return path;
  path = fresh_path("query");
  EventStore store(path);
  DocumentEvent in_moscow = event("2025-03-01", "USAGOV", "RUS", "042", 0, "The US envoy arrived in Moscow.");
  in_moscow.location = place("Moscow", 524901, 55.75, 37.62, "RUS", "RU");
  DocumentEvent in_germany = event("2025-03-05", "FRA", "DEU", "0311", 1, "France and Germany agreed, \"finally\".");
  in_germany.location = place("Germany", 0, 51.0, 10.0, "DEU", "DE", "PCLI");
  add_all(store, {document("d1", "2025-03-01", "A", "Doc one.",
                           {in_moscow, event("2025-03-02", "RUS", "USAGOV", "043", 1),
                            event("2025-03-03", "USAMIL", "RUSMIL", "190", 2)}),
                  document("d2", "2025-03-05", "B", "Doc two.",
                           {in_germany, event("2025-03-06", "RUSGOV", "UKR", "195", 2),
                            event("2025-03-07", "UKR", "RUS", "112", 3), event("2025-04-01", "CHN", "USA", "163", 4),
                            event("2025-04-02", "IRN", "ISR", "138", 5)})});
  return path;
}

std::vector<std::string> ids(const EventQuery& q) {
  EventStore store(make_store(), EventStore::Mode::kReadOnly);
  std::vector<std::string> out;
  for (const StoredEvent& e : all_events(store, q)) out.push_back(e.source + ">" + e.target + ":" + e.code);
  return out;
}

using V = std::vector<std::string>;

TEST(StoreQuery, NoFilterListsEverythingByDate) {
  EXPECT_EQ(ids({}), (V{"USAGOV>RUS:042", "RUS>USAGOV:043", "USAMIL>RUSMIL:190", "FRA>DEU:0311",
                        "RUSGOV>UKR:195", "UKR>RUS:112", "CHN>USA:163", "IRN>ISR:138"}));
}

TEST(StoreQuery, ActorMatchesSourceOrTargetByPrefix) {
  EventQuery q;
  q.actor = "USA";
  EXPECT_EQ(ids(q), (V{"USAGOV>RUS:042", "RUS>USAGOV:043", "USAMIL>RUSMIL:190", "CHN>USA:163"}));
  q.actor = "USAMIL";
  EXPECT_EQ(ids(q), (V{"USAMIL>RUSMIL:190"}));
  q.actor = "US";  // a prefix, not a word
  EXPECT_EQ(ids(q).size(), 4u);
  q.actor = "ZZZ";
  EXPECT_TRUE(ids(q).empty());
}

TEST(StoreQuery, DyadIsDirectedUnlessBothDirections) {
  EventQuery q;
  q.dyad_source = "USA";
  q.dyad_target = "RUS";
  EXPECT_EQ(ids(q), (V{"USAGOV>RUS:042", "USAMIL>RUSMIL:190"}));
  q.both_directions = true;
  EXPECT_EQ(ids(q), (V{"USAGOV>RUS:042", "RUS>USAGOV:043", "USAMIL>RUSMIL:190"}));
}

TEST(StoreQuery, CodePrefixRootAndQuad) {
  EventQuery q;
  q.code_prefix = "19";
  EXPECT_EQ(ids(q), (V{"USAMIL>RUSMIL:190", "RUSGOV>UKR:195"}));
  q = {};
  q.code_prefix = "0311";
  EXPECT_EQ(ids(q), (V{"FRA>DEU:0311"}));
  q = {};
  q.root = "04";
  EXPECT_EQ(ids(q), (V{"USAGOV>RUS:042", "RUS>USAGOV:043"}));
  q = {};
  q.quad = 4;  // 16, 18-20 under the GDELT convention
  EXPECT_EQ(ids(q), (V{"USAMIL>RUSMIL:190", "RUSGOV>UKR:195", "CHN>USA:163"}));
  q.quad = 3;
  EXPECT_EQ(ids(q), (V{"UKR>RUS:112", "IRN>ISR:138"}));
}

TEST(StoreQuery, DatesAreInclusive) {
  EventQuery q;
  q.from = "2025-03-02";
  q.to = "2025-03-06";
  EXPECT_EQ(ids(q), (V{"RUS>USAGOV:043", "USAMIL>RUSMIL:190", "FRA>DEU:0311", "RUSGOV>UKR:195"}));
  q.to = "";
  q.from = "2025-04-01";
  EXPECT_EQ(ids(q), (V{"CHN>USA:163", "IRN>ISR:138"}));
}

TEST(StoreQuery, PlaceByNameCountryOrGeonameid) {
  EventQuery q;
  q.place = "moscow";
  EXPECT_EQ(ids(q), (V{"USAGOV>RUS:042"}));
  q.place = "RUS";
  EXPECT_EQ(ids(q), (V{"USAGOV>RUS:042"}));
  q.place = "524901";
  EXPECT_EQ(ids(q), (V{"USAGOV>RUS:042"}));
  q.place = "DEU";
  EXPECT_EQ(ids(q), (V{"FRA>DEU:0311"}));
  q.place = "Paris";
  EXPECT_TRUE(ids(q).empty());
}

TEST(StoreQuery, LimitAndCombinedFilters) {
  EventQuery q;
  q.limit = 3;
  EXPECT_EQ(ids(q).size(), 3u);
  q.limit = 0;
  EXPECT_TRUE(ids(q).empty());
  q = {};
  q.actor = "RUS";
  q.quad = 4;
  q.from = "2025-03-04";
  EXPECT_EQ(ids(q), (V{"RUSGOV>UKR:195"}));
}

TEST(StoreQuery, FilterOptionsAreChecked) {
  EventQuery q;
  std::string error;
  QueryFilterOptions f;
  f.dyad = "USA,RUS";
  f.quad = 2;
  f.from = "2025-01-01";
  ASSERT_TRUE(make_event_query(f, &q, &error)) << error;
  EXPECT_EQ(q.dyad_source, "USA");
  EXPECT_EQ(q.dyad_target, "RUS");
  for (const char* bad : {"USA", "USA,", ",RUS", "USA,RUS,CHN"}) {
    f = {};
    f.dyad = bad;
    EXPECT_FALSE(make_event_query(f, &q, &error)) << bad;
    EXPECT_NE(error.find("--dyad"), std::string::npos);
  }
  f = {};
  f.quad = 5;
  EXPECT_FALSE(make_event_query(f, &q, &error));
  f = {};
  f.from = "2025-13-01";
  EXPECT_FALSE(make_event_query(f, &q, &error));
  EXPECT_NE(error.find("--from"), std::string::npos);
  f = {};
  f.to = "March";
  EXPECT_FALSE(make_event_query(f, &q, &error));
  f = {};
  f.root = "4";
  EXPECT_FALSE(make_event_query(f, &q, &error));
}

TEST(StoreQuery, PrefixUpperBound) {
  EXPECT_EQ(prefix_upper_bound("USA"), "USB");
  EXPECT_EQ(prefix_upper_bound("19"), "1:");
  EXPECT_EQ(prefix_upper_bound(""), "");
  EXPECT_EQ(prefix_upper_bound("A\xff"), "B");
}

// The dyad binary on the same store.
std::string run(const std::string& args, int* status) {
  std::string out = scratch_dir() + "/query_out.txt";
  int rc = std::system((std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>&1").c_str());
  *status = WEXITSTATUS(rc);
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(StoreQueryCli, JsonlCarriesEventCountsPlaceEvidenceAndMentions) {
  int status = 0;
  std::string out = run("query --db " + make_store() + " --dyad USA,RUS --mentions", &status);
  ASSERT_EQ(status, 0) << out;
  std::vector<std::string> rows = lines(out);
  ASSERT_EQ(rows.size(), 2u) << out;
  simdjson::dom::parser parser;
  simdjson::dom::element e = parser.parse(rows[0]);
  EXPECT_EQ(std::string_view(e["source"]), "USAGOV");
  EXPECT_EQ(std::string_view(e["code"]), "042");
  EXPECT_EQ(std::string_view(e["root_code"]), "04");
  EXPECT_EQ(int64_t(e["quad_class"]), 1);
  EXPECT_EQ(std::string_view(e["plover"]["event"]), "CONSULT");
  EXPECT_EQ(int64_t(e["num_mentions"]), 1);
  EXPECT_EQ(std::string_view(e["location"]["name"]), "Moscow");
  EXPECT_EQ(int64_t(e["location"]["geonameid"]), 524901);
  EXPECT_EQ(std::string_view(e["doc_id"]), "d1");
  EXPECT_EQ(std::string_view(e["evidence"]["rule"]), "test.verbs:1");
  EXPECT_EQ(simdjson::dom::array(e["mentions"]).size(), 1u);
  EXPECT_EQ(std::string_view(e["mentions"].at(0)["text"]), "The US envoy arrived in Moscow.");
}

TEST(StoreQueryCli, TsvAndCsvHaveAHeaderAndOneRowPerEvent) {
  int status = 0;
  std::vector<std::string> tsv = lines(run("query --db " + make_store() + " --format tsv --code 0311", &status));
  ASSERT_EQ(status, 0);
  ASSERT_EQ(tsv.size(), 2u);
  EXPECT_EQ(tsv[0],
            "id\tdate\tsource\ttarget\tcode\troot_code\tquad_class\tgoldstein\tnum_mentions\tnum_sources\t"
            "num_articles\tnum_stories\tplace\tcountry\tlat\tlon\tdoc_id\tsentence\ttext");
  EXPECT_EQ(tsv[1],
            "4\t2025-03-05\tFRA\tDEU\t0311\t03\t1\t5.2\t1\t1\t1\t1\tGermany\tDEU\t51.0000\t10.0000\td2\t1\t"
            "France and Germany agreed, \"finally\".");
  std::vector<std::string> csv = lines(run("query --db " + make_store() + " --format csv --code 0311", &status));
  ASSERT_EQ(csv.size(), 2u);
  EXPECT_EQ(csv[1],
            "4,2025-03-05,FRA,DEU,0311,03,1,5.2,1,1,1,1,Germany,DEU,51.0000,10.0000,d2,1,"
            "\"France and Germany agreed, \"\"finally\"\".\"");
  EXPECT_EQ(lines(run("query --db " + make_store() + " --format tsv --limit 2", &status)).size(), 3u);
}

TEST(StoreQueryCli, BadOptionsAndMissingStoresAreOneLineErrors) {
  int status = 0;
  std::string out = run("query --db " + make_store() + " --dyad USA", &status);
  EXPECT_EQ(status, 2);
  EXPECT_EQ(out, "dyad query: --dyad expects two actor codes, SOURCE,TARGET (got \"USA\")\n");
  out = run("query --db /nonexistent/dir/x.db", &status);
  EXPECT_EQ(status, 2);
  EXPECT_EQ(out, "dyad query: /nonexistent/dir/x.db: no such store\n");
  out = run("query --db " + make_store() + " --summary", &status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(out.find("2 documents (2 stories, 0 near-duplicates), 2 outlets, 8 events, 8 mentions, 2025-03-01 to "
                     "2025-04-02"),
            std::string::npos)
      << out;
}

}  // namespace
}  // namespace dyad
