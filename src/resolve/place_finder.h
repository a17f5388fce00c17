// The place of an event: the gazetteer place attached to the event's own clause.
//
// Given a parsed sentence and the event's verb, the finder looks, in this order, at
//  1. locative PPs inside the verb's own VP ("arrived in Minsk", "talks at the Kremlin in
//     Moscow"), not descending into embedded clauses;
//  2. locative PPs elsewhere in the clause ("In Minsk, Lukashenko met ...", "Protesters in
//     Minsk clashed ...");
//  3. the object of a verb of movement or attack ("visited Minsk", "shelled Kharkiv").
// Prepositions rank in/at/near/outside/... before to/into/toward before from; a shallower
// PP before a nested one; then the one closest to the verb. Within a PP only the object and
// its "of" chain count ("on the outskirts of Kyiv"), not other nested PPs ("in talks with
// Iran" names no place). A name must be tagged NNP/NNPS and is ignored when it modifies a
// following noun or name, as part of an actor or organisation ("the Minsk government",
// "the Kyiv Post"); "in Moscow 's Red Square" is still a place, "to Iran 's Supreme Leader"
// is not (a possessive counts only after in/at/near...). When a sentence's parse splits the
// clause so that none of the above finds a place, the whole sentence is searched, except
// embedded SBARs and comma-set participles ("the envoy, speaking from Geneva, ...").
// Several names in one PP: a town before a region before a country ("Minsk, Belarus" ->
// Minsk); a country or region named beside the town picks among its candidates ("Paris,
// Texas"), else the actors' countries (preferred_iso3) and population (Gazetteer::best).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "resolve/gazetteer.h"
#include "syntax/tree.h"

namespace dyad {

struct EventPlace {
  std::string raw_text;      // as written: "Minsk", "Washington , D.C."
  std::string name;          // the gazetteer's name: "Minsk", "Washington, D.C."
  int64_t geonameid = 0;     // 0 for countries and hand-written regions
  double lat = 0;
  double lon = 0;
  std::string country_iso3;  // "BLR"
  std::string country_iso2;  // "BY"
  std::string feature;       // PPLC, PPLA, PPL..., PCLI (country), RGN (region)
  int32_t first_token = -1;  // token span of raw_text in the sentence
  int32_t last_token = -1;
  PlaceId place = 0;
};

// `verb_token` is the event's verb (a token index of `tree`), or -1 for the main clause's verb
// (syntax/clause.h). `preferred_iso3` are the ISO3 country codes of the event's actors.
// nullopt when the clause names no gazetteer place.
std::optional<EventPlace> find_event_place(const Tree& tree, int32_t verb_token,
                                           const Gazetteer& gazetteer,
                                           std::span<const std::string> preferred_iso3 = {});

}  // namespace dyad
