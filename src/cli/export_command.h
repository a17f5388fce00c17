// `dyad export --db PATH --format gdelt|icews|phoenix|plover [filters] [--header]`: stored
// events in the layouts of GDELT 2.0, ICEWS, Phoenix or PLOVER JSONL (store/exports.h),
// filtered like `dyad query`. Country names and FIPS codes come from the gazetteer.
#pragma once

#include <cstdio>
#include <string>

#include "cli/query_command.h"

namespace dyad {

struct ExportCommandOptions {
  std::string db;
  std::string format;
  QueryFilterOptions filters;
  bool header = false;  // column names first (icews always has them)
};

int run_export_command(const ExportCommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
