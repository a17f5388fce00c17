// Exports of stored events in the layouts of the established datasets
// (/work/shared/reference/landscape.md §3):
//  - gdelt:   GDELT 2.0 event table, 61 TAB-separated fields, no header (as GDELT's files);
//  - icews:   ICEWS, 20 TAB-separated fields under ICEWS's header line;
//  - phoenix: the OEDA Phoenix pipeline's 26 TAB-separated fields, no header;
//  - plover:  PLOVER JSONL, one record per event that has a PLOVER category (CAMEO 01 and 02
//             have none and are left out).
// Each layout derives what it needs from the stored CAMEO code at output time: the quad class
// and Goldstein value in that dataset's convention (ICEWS and Phoenix differ from GDELT at a
// few codes), the CAMEO name (ICEWS "Event Text"), the PLOVER event, mode and quad.
// Fields dyad does not produce (tone, ADM1/ADM2 codes, ethnicity, issues) are left empty.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/event_store.h"

namespace dyad {

class Gazetteer;

enum class ExportFormat { kGdelt, kIcews, kPhoenix, kPlover };

std::optional<ExportFormat> export_format_of(std::string_view name);  // "gdelt", ...

// Country names and ISO2 codes by ISO3, for the name and FIPS columns.
class CountryTable {
 public:
  CountryTable() = default;
  // Every country (feature PCLI) of the gazetteer.
  static CountryTable from_gazetteer(const Gazetteer& gazetteer);
  void add(std::string iso3, std::string iso2, std::string name);
  std::string_view name(std::string_view iso3) const;  // empty when unknown
  std::string_view iso2(std::string_view iso3) const;

 private:
  struct Entry {
    std::string iso2, name;
  };
  std::unordered_map<std::string, Entry> by_iso3_;
};

// FIPS 10-4 country code of an ISO 3166-1 alpha-2 code ("DE" -> "GM"); empty when unknown.
std::string_view fips_of_iso2(std::string_view iso2);

// A CAMEO actor code cut into its 3-character elements: the country or international root,
// role (type) codes, religion codes and a known group.
struct ActorCode {
  std::string code;
  std::string country;      // "USA", or empty for IGO/NGO/... roots and bare roles
  std::string known_group;  // "EEC" in IGOEUREEC, "UNO"
  std::vector<std::string> roles;      // GOV, MIL, IGO...
  std::vector<std::string> religions;  // MUS, CHR...
  std::vector<std::string> elements;   // every 3-character element, in order
};
ActorCode parse_actor_code(std::string_view code);

// Column names of each tabular layout (GDELT's and Phoenix's files carry no header line).
const std::vector<std::string>& gdelt_columns();    // 61
const std::vector<std::string>& icews_columns();    // 20
const std::vector<std::string>& phoenix_columns();  // 26

// The fields of one event. `mentions` are all its mentions (Phoenix's ids/urls/sources);
// the others read only the event and its first mention.
std::vector<std::string> gdelt_fields(const StoredEvent& event, const CountryTable& countries);
std::vector<std::string> icews_fields(const StoredEvent& event, const CountryTable& countries);
std::vector<std::string> phoenix_fields(const StoredEvent& event, const std::vector<StoredMention>& mentions,
                                        const CountryTable& countries);
// One PLOVER JSON object (no newline), or nullopt when the code has no PLOVER category.
std::optional<std::string> plover_record(const StoredEvent& event, const CountryTable& countries);

// Quad class and Goldstein value of a CAMEO code in each dataset's convention.
std::optional<int> phoenix_quad_class(std::string_view code);  // 0..4, 0 = neutral (01, 02)
std::optional<double> icews_goldstein(std::string_view code);
std::optional<double> phoenix_goldstein(std::string_view code);

struct ExportStats {
  int64_t rows = 0;
  int64_t skipped = 0;  // events without a PLOVER category (plover only)
};

// Writes the events `query` selects in `format` to `out`. `header` adds the column names
// as a first line to gdelt and phoenix (icews always has it).
ExportStats write_export(EventStore& store, const EventQuery& query, ExportFormat format,
                         const CountryTable& countries, bool header, std::FILE* out);

}  // namespace dyad
