// The JSONL output record of `dyad code` (design notes, "Contracts"): one event per line,
//   {"doc_id","sentence","date","source","target","code","root_code","quad_class",
//    "goldstein","plover":{"event","mode"},
//    "location":{"raw_text","name","geonameid","lat","lon","country"} or null,"text",
//    "evidence":{"source_text","target_text","verb_text","rule"}}
// CAMEO facts come from resolve/cameo_table.h; a code outside CAMEO (e.g. the WEIS-style
// codes of PETRARCH's validation dictionaries) gets null quad_class, goldstein and plover.
#pragma once

#include <string>
#include <string_view>

#include "code/event.h"
#include "resolve/place_finder.h"

namespace dyad {

struct EventContext {
  std::string_view doc_id;
  int sentence = 0;        // 0-based index of the sentence in its document
  std::string_view date;   // YYYY-MM-DD
  std::string_view text;   // the sentence
  const EventPlace* location = nullptr;  // null: "location": null
};

// Appends one JSON line (with the trailing '\n') to `out`.
void append_event_json(const CodedEvent& event, const EventContext& context, std::string& out);

}  // namespace dyad
