// `dyad timeline --db PATH --dyad A,B [--by day|week|month] [--both-directions]
//  [--from D] [--to D] [--format table|tsv] [--plot FILE.svg]`: per period, the dyad's events
// by quad class and the sum and mean of their Goldstein values (store/timeline.h), as a
// table on `out`; --plot also draws it as an SVG file (store/svg_plot.h).
#pragma once

#include <cstdio>
#include <string>

#include "cli/query_command.h"

namespace dyad {

struct TimelineCommandOptions {
  std::string db;
  QueryFilterOptions filters;  // --dyad is required; the other filters narrow it
  std::string by = "day";
  std::string format = "table";
  std::string plot;            // SVG file to write, empty for none
};

int run_timeline_command(const TimelineCommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
