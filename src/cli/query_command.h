// `dyad query --db PATH [filters] [--format jsonl|tsv|csv] [--limit N] [--mentions]`:
// stored events, ordered by date, one per line or row. Filters (store/event_store.h,
// EventQuery): --actor CODE (source or target, by prefix), --dyad A,B (source A, target B,
// by prefix; --both-directions adds B,A), --code PREFIX, --root NN, --quad 1..4,
// --from/--to YYYY-MM-DD (inclusive), --place NAME|ISO3|GEONAMEID. --summary prints the
// store's totals instead of events. The filter options are shared with timeline and export.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "store/event_store.h"

namespace dyad {

struct QueryFilterOptions {
  std::string actor, dyad, code, root, from, to, place;
  bool both_directions = false;
  int quad = 0;
  int64_t limit = -1;
};

// Checks the options and fills `query`; on bad input returns false with `error` set to a
// one-line message naming the option.
bool make_event_query(const QueryFilterOptions& filters, EventQuery* query, std::string* error);

struct QueryCommandOptions {
  std::string db;
  QueryFilterOptions filters;
  std::string format = "jsonl";
  bool mentions = false;  // jsonl: every mention of each event
  bool summary = false;
};

// Appends the JSON line of `event` (with `mentions` when given) to `out`.
void append_stored_event_json(const StoredEvent& event, const std::vector<StoredMention>* mentions,
                              std::string& out);

int run_query_command(const QueryCommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
