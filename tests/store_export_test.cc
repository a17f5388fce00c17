// Exports against the layouts of /work/shared/reference/landscape.md §3: GDELT 2.0 (61
// fields), ICEWS (20), Phoenix (26) and PLOVER JSONL; each dataset's quad and Goldstein
// conventions; actor codes cut into country, roles and groups; the dyad export command.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "store/exports.h"
#include "store_test_util.h"

namespace dyad {
namespace {

using namespace store_test;

CountryTable countries() {
  CountryTable t;
  t.add("DEU", "DE", "Germany");
  t.add("RUS", "RU", "Russia");
  t.add("USA", "US", "United States");
  t.add("UKR", "UA", "Ukraine");
  t.add("SDN", "SD", "Sudan");
  return t;
}

// Events: 1 USAGOV->RUS 042 in Berlin (two mentions, two outlets), 2 SDNREB->SDN 190
// (no place), 3 IGOEUREEC->UKR 020 (no PLOVER category), 4 CHRMED... see below.
std::string make_store() {
  static std::string path;
  if (!path.empty()) return path;
  path = fresh_path("export");
  EventStore store(path);
  DocumentEvent visit = event("2025-03-01", "USAGOV", "RUS", "042", 0, "The US envoy went to Berlin.");
  visit.location = place("Berlin", 2950159, 52.5244, 13.4105, "DEU", "DE");
  DocumentEvent attack = event("2025-03-02", "SDNREB", "SDN", "190", 2, "Rebels attacked.");
  attack.location = place("Sudan", 0, 15.5, 32.5, "SDN", "SD", "PCLI");
  add_all(store, {document("doc-1", "2025-03-01", "Reuters", "First text.",
                           {visit, attack, event("2025-03-03", "IGOEUREEC", "UKR", "020", 4),
                            event("2025-03-04", "UKRMED", "RUSMILCHR", "163", 5)},
                           "https://example.com/1"),
                  document("doc-2", "2025-03-01", "AFP", "Second text.",
                           {event("2025-03-01", "USAGOV", "RUS", "042", 3)}, "https://afp.example/2")});
  return path;
}

std::vector<StoredEvent> events() {
  EventStore store(make_store(), EventStore::Mode::kReadOnly);
  return all_events(store);
}

TEST(StoreExport, ActorCodesSplitIntoCountryRolesReligionAndGroup) {
  ActorCode a = parse_actor_code("USAGOV");
  EXPECT_EQ(a.country, "USA");
  EXPECT_EQ(a.roles, std::vector<std::string>{"GOV"});
  a = parse_actor_code("NGAREBMUS");
  EXPECT_EQ(a.country, "NGA");
  EXPECT_EQ(a.roles, std::vector<std::string>{"REB"});
  EXPECT_EQ(a.religions, std::vector<std::string>{"MUS"});
  a = parse_actor_code("IGOEUREEC");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.roles, std::vector<std::string>{"IGO"});
  EXPECT_EQ(a.known_group, "EEC");
  a = parse_actor_code("---GOV");
  EXPECT_EQ(a.country, "---");
  a = parse_actor_code("GOV");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.roles, std::vector<std::string>{"GOV"});
  EXPECT_TRUE(parse_actor_code("").elements.empty());
}

TEST(StoreExport, FipsCodesDifferFromIsoWhereFipsSaysSo) {
  EXPECT_EQ(fips_of_iso2("DE"), "GM");
  EXPECT_EQ(fips_of_iso2("GB"), "UK");
  EXPECT_EQ(fips_of_iso2("RU"), "RS");
  EXPECT_EQ(fips_of_iso2("RS"), "RI");  // Serbia
  EXPECT_EQ(fips_of_iso2("CN"), "CH");
  EXPECT_EQ(fips_of_iso2("FR"), "FR");
  EXPECT_EQ(fips_of_iso2(""), "");
}

TEST(StoreExport, QuadAndGoldsteinPerConvention) {
  EXPECT_EQ(phoenix_quad_class("010"), 0);
  EXPECT_EQ(phoenix_quad_class("020"), 0);
  EXPECT_EQ(phoenix_quad_class("036"), 1);
  EXPECT_EQ(phoenix_quad_class("0874"), 2);
  EXPECT_EQ(phoenix_quad_class("090"), 3);  // GDELT: 2
  EXPECT_EQ(phoenix_quad_class("163"), 3);  // GDELT: 4
  EXPECT_EQ(phoenix_quad_class("145"), 4);  // GDELT: 3
  EXPECT_EQ(phoenix_quad_class("999"), std::nullopt);
  EXPECT_EQ(icews_goldstein("016"), -5.0);
  EXPECT_EQ(icews_goldstein("164"), -6.5);
  EXPECT_EQ(icews_goldstein("042"), 1.9);
  EXPECT_EQ(phoenix_goldstein("016"), 3.4);
  EXPECT_EQ(phoenix_goldstein("163"), -6.5);
  EXPECT_EQ(phoenix_goldstein("0313"), 4.0);  // missing from Phoenix's scale: the root's value
  EXPECT_EQ(phoenix_goldstein("190"), -10.0);
}

TEST(StoreExport, GdeltRowsHaveTheGdelt2Columns) {
  // §3.1: 5 id/date + 2 x 10 actor + 10 event attributes + 3 x 8 geography + 2 provenance.
  const std::vector<std::string>& c = gdelt_columns();
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(std::vector<std::string>(c.begin(), c.begin() + 5),
            (std::vector<std::string>{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}));
  EXPECT_EQ(c[5], "Actor1Code");
  EXPECT_EQ(c[14], "Actor1Type3Code");
  EXPECT_EQ(c[15], "Actor2Code");
  EXPECT_EQ(std::vector<std::string>(c.begin() + 25, c.begin() + 35),
            (std::vector<std::string>{"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"}));
  EXPECT_EQ(std::vector<std::string>(c.begin() + 51, c.begin() + 59),
            (std::vector<std::string>{"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                                      "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
                                      "ActionGeo_FeatureID"}));
  EXPECT_EQ(c[59], "DATEADDED");
  EXPECT_EQ(c[60], "SOURCEURL");

  std::vector<StoredEvent> ev = events();
  std::vector<std::string> f = gdelt_fields(ev[0], countries());
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[1], "20250301");
  EXPECT_EQ(f[2], "202503");
  EXPECT_EQ(f[3], "2025");
  EXPECT_EQ(f[4], "2025.1644");  // day 60 of 365
  EXPECT_EQ(f[5], "USAGOV");
  EXPECT_EQ(f[6], "USAGOV WORDS");
  EXPECT_EQ(f[7], "USA");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[15], "RUS");
  EXPECT_EQ(f[17], "RUS");
  EXPECT_EQ(f[25], "1");
  EXPECT_EQ(f[26], "042");
  EXPECT_EQ(f[27], "042");
  EXPECT_EQ(f[28], "04");
  EXPECT_EQ(f[29], "1");
  EXPECT_EQ(f[30], "1.9");
  EXPECT_EQ(f[31], "2");
  EXPECT_EQ(f[32], "2");
  EXPECT_EQ(f[33], "2");
  EXPECT_EQ(f[35], "0");  // actors are not geolocated
  EXPECT_EQ(f[51], "4");  // world city
  EXPECT_EQ(f[52], "Berlin, Germany");
  EXPECT_EQ(f[53], "GM");  // FIPS, not ISO
  EXPECT_EQ(f[56], "52.5244");
  EXPECT_EQ(f[57], "13.4105");
  EXPECT_EQ(f[58], "2950159");
  EXPECT_EQ(f[59].size(), 14u);
  EXPECT_EQ(f[60], "https://example.com/1");
  // A country-level place: type 1, FIPS as ADM1 and feature id, as GDELT writes them.
  f = gdelt_fields(ev[1], countries());
  EXPECT_EQ(f[51], "1");
  EXPECT_EQ(f[52], "Sudan");
  EXPECT_EQ(f[53], "SU");
  EXPECT_EQ(f[54], "SU");
  EXPECT_EQ(f[29], "4");
  EXPECT_EQ(f[25], "0");
  // Known group and type of an IGO.
  f = gdelt_fields(ev[2], countries());
  EXPECT_EQ(f[7], "");
  EXPECT_EQ(f[8], "EEC");
  EXPECT_EQ(f[12], "IGO");
  EXPECT_EQ(f[51], "0");
}

TEST(StoreExport, IcewsRowsHaveTheIcewsColumns) {
  EXPECT_EQ(icews_columns(),
            (std::vector<std::string>{"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
                                      "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
                                      "Target Country", "Story ID", "Sentence Number", "Publisher", "City",
                                      "District", "Province", "Country", "Latitude", "Longitude"}));
  std::vector<StoredEvent> ev = events();
  std::vector<std::string> f = icews_fields(ev[0], countries());
  ASSERT_EQ(f.size(), 20u);
  EXPECT_EQ(f[1], "2025-03-01");
  EXPECT_EQ(f[2], "USAGOV words");
  EXPECT_EQ(f[3], "Government");
  EXPECT_EQ(f[4], "United States");
  EXPECT_EQ(f[5], "Make a visit");  // the CAMEO name, not the code
  EXPECT_EQ(f[6], "042");
  EXPECT_EQ(f[7], "1.9");
  EXPECT_EQ(f[10], "Russia");
  EXPECT_EQ(f[11], "doc-1");
  EXPECT_EQ(f[12], "1");  // ICEWS counts sentences from 1
  EXPECT_EQ(f[13], "Reuters");
  EXPECT_EQ(f[14], "Berlin");
  EXPECT_EQ(f[17], "Germany");
  EXPECT_EQ(f[18], "52.5244");
  f = icews_fields(ev[3], countries());
  EXPECT_EQ(f[3], "Media");
  EXPECT_EQ(f[9], "Military");
  EXPECT_EQ(f[7], "-8.0");
}

TEST(StoreExport, PhoenixRowsHaveThePhoenixFields) {
  const std::vector<std::string>& c = phoenix_columns();
  ASSERT_EQ(c.size(), 26u);
  EXPECT_EQ(c.front(), "id");
  EXPECT_EQ(c[15], "quad_class");
  EXPECT_EQ(c.back(), "sources");
  EventStore store(make_store(), EventStore::Mode::kReadOnly);
  std::vector<StoredEvent> ev = all_events(store);
  std::vector<std::string> f = phoenix_fields(ev[0], store.mentions(ev[0].id), countries());
  ASSERT_EQ(f.size(), 26u);
  EXPECT_EQ(f[1], "20250301");
  EXPECT_EQ(f[2], "2025");
  EXPECT_EQ(f[3], "3");
  EXPECT_EQ(f[4], "1");
  EXPECT_EQ(f[5], "USAGOV");
  EXPECT_EQ(f[6], "USA");
  EXPECT_EQ(f[7], "GOV");
  EXPECT_EQ(f[13], "042");
  EXPECT_EQ(f[14], "04");
  EXPECT_EQ(f[15], "1");
  EXPECT_EQ(f[20], "Berlin");
  EXPECT_EQ(f[22], "Germany");
  EXPECT_EQ(f[23], "doc-1;doc-2");
  EXPECT_EQ(f[24], "https://example.com/1;https://afp.example/2");
  EXPECT_EQ(f[25], "Reuters;AFP");
  f = phoenix_fields(ev[2], store.mentions(ev[2].id), countries());
  EXPECT_EQ(f[15], "0");  // 020 is neutral in Phoenix
  f = phoenix_fields(ev[3], store.mentions(ev[3].id), countries());
  EXPECT_EQ(f[10], "RUS");
  EXPECT_EQ(f[11], "MIL");
  EXPECT_EQ(f[12], "CHR");
  EXPECT_EQ(f[15], "3");     // 16 is verbal conflict in Phoenix
  EXPECT_EQ(f[16], "-6.5");  // Phoenix's Goldstein for 163
}

TEST(StoreExport, PloverRecordsAreJsonWithTheRequiredFields) {
  std::vector<StoredEvent> ev = events();
  std::optional<std::string> r = plover_record(ev[0], countries());
  ASSERT_TRUE(r.has_value());
  simdjson::dom::parser parser;
  simdjson::dom::element e = parser.parse(*r);
  EXPECT_EQ(std::string_view(e["id"]), "dyad-1");
  EXPECT_EQ(std::string_view(e["date"]), "2025-03-01");
  EXPECT_EQ(std::string_view(e["event"]), "CONSULT");
  EXPECT_EQ(std::string_view(e["mode"]), "visit");
  EXPECT_EQ(int64_t(e["quad_code"]), 1);
  EXPECT_EQ(std::string_view(e["actor"].at(0)["code"]), "USAGOV");
  EXPECT_EQ(std::string_view(e["actor"].at(0)["country"]), "USA");
  EXPECT_EQ(std::string_view(e["actor"].at(0)["sector"].at(0)), "GOV");
  EXPECT_EQ(std::string_view(e["recipient"].at(0)["country"]), "RUS");
  EXPECT_EQ(std::string_view(e["event_loc"]["resolved_place"]), "Berlin");
  EXPECT_EQ(std::string_view(e["event_loc"]["country_code"]), "DEU");
  EXPECT_EQ(int64_t(e["event_loc"]["geonameid"]), 2950159);
  EXPECT_EQ(int64_t(e["event_loc"]["resolution"]), 4);
  EXPECT_EQ(std::string_view(e["event_text"]), "The US envoy went to Berlin.");
  EXPECT_EQ(std::string_view(e["cameo_code"]), "042");
  // CAMEO 02 has no PLOVER category.
  EXPECT_FALSE(plover_record(ev[2], countries()).has_value());
  // PLOVER's MED is medical: CAMEO's media become JRN.
  r = plover_record(ev[3], countries());
  ASSERT_TRUE(r.has_value());
  e = parser.parse(*r);
  EXPECT_EQ(std::string_view(e["actor"].at(0)["sector"].at(0)), "JRN");
  EXPECT_EQ(std::string_view(e["event"]), "COERCE");
  EXPECT_TRUE(e["event_loc"].is_null());
}

std::vector<std::string> run_lines(const std::string& args) {
  std::string out = scratch_dir() + "/export_out.txt";
  int rc = std::system((std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>/dev/null").c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 0) << args;
  std::ifstream in(out);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

size_t tabs(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\t')); }

TEST(StoreExportCli, EachFormatWritesItsLayout) {
  std::string db = " --db " + make_store();
  std::vector<std::string> gdelt = run_lines("export --format gdelt" + db);
  ASSERT_EQ(gdelt.size(), 4u);
  for (const std::string& row : gdelt) EXPECT_EQ(tabs(row), 60u) << row;
  EXPECT_EQ(run_lines("export --format gdelt --header" + db).front().substr(0, 22), "GLOBALEVENTID\tSQLDATE\t");
  std::vector<std::string> icews = run_lines("export --format icews" + db);
  ASSERT_EQ(icews.size(), 5u);
  EXPECT_EQ(icews[0].substr(0, 19), "Event ID\tEvent Date");
  for (const std::string& row : icews) EXPECT_EQ(tabs(row), 19u) << row;
  std::vector<std::string> phoenix = run_lines("export --format phoenix --code 19" + db);
  ASSERT_EQ(phoenix.size(), 1u);
  EXPECT_EQ(tabs(phoenix[0]), 25u);
  std::vector<std::string> plover = run_lines("export --format plover" + db);
  EXPECT_EQ(plover.size(), 3u);  // 020 left out
  simdjson::dom::parser parser;
  for (const std::string& row : plover) {
    simdjson::dom::element e;
    ASSERT_EQ(parser.parse(row).get(e), simdjson::SUCCESS) << row;
    for (const char* key : {"id", "date", "actor", "event"}) EXPECT_FALSE(e[key].error()) << key;
  }
}

}  // namespace
}  // namespace dyad
