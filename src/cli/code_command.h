// `dyad code [options] [FILE...]`: events from documents, one JSON line per event
// (code/event_json.h). PETRARCH XML records (.xml) are coded from their given parses
// (lemmas added by WordNet); .txt/.html/.jsonl/stdin go through the front end
// (syntax/document_parser.h). Dictionaries: --dictionaries DIR (PETRARCH format, every
// dictionary file in DIR) and/or single files --verbs/--actors/--agents/--discards/--issues.
// dyad's own default dictionaries do not exist yet, so one of these is required.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace dyad {

struct CodeCommandOptions {
  std::vector<std::string> inputs;  // files; empty or "-" means stdin
  std::string date;                 // --date for .txt/.html
  std::string format = "jsonl";
  std::string dictionaries;         // --dictionaries DIR
  std::vector<std::string> verbs, actors, agents, discards, issues;  // single files
  bool strict = false;
  bool quiet = false;
  unsigned threads = 0;             // -j: 0 = one per core
};

// Returns 0, 1 when some document or record was bad, 2 when nothing could be coded.
int run_code_command(const CodeCommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
