// `dyad validate FILE.xml [--dictionaries DIR]`: codes PETRARCH validation records from
// their given parses and compares each with its gold <EventCoding> set (source, target,
// code; `noevents` and `error` codings mean "no events"). Dictionaries are the files the
// file's <Environment> names, looked up in DIR (default: the XML file's directory), or
// every dictionary in DIR when the file has no <Environment>. Prints each failure with
// expected and actual events, a per-category table, and ends with "N passed, M failed".
#pragma once

#include <cstdio>
#include <string>

namespace dyad {

struct ValidateCommandOptions {
  std::string input;         // the records file
  std::string dictionaries;  // directory of the Environment's dictionary files
  bool quiet = false;        // only the summary lines
};

// Returns 0 when every record passed, 1 when some failed, 2 on unusable input.
int run_validate_command(const ValidateCommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
