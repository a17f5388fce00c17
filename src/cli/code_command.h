// `dyad code [options] [FILE...]`: events from documents, one JSON line per event
// (code/event_json.h), or --format tsv/csv/text (code/document_event_formats.h). PETRARCH XML records (.xml) are coded from their given parses
// (lemmas added by WordNet); .txt/.html/.jsonl/stdin go through the front end
// (syntax/document_parser.h). Dictionaries: dyad's own (data/dict) unless --dictionaries DIR
// and/or single files --verbs/--actors/--agents/--discards/--issues (cli/dictionary_options.h).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "cli/dictionary_options.h"

namespace dyad {

struct CodeCommandOptions {
  std::vector<std::string> inputs;  // files; empty or "-" means stdin
  std::string date;                 // --date for .txt/.html
  std::string format = "jsonl";    // jsonl, tsv, csv, text
  DictionaryOptions dictionaries;
  bool strict = false;
  bool quiet = false;
  bool report_unknown = false;      // print unknown capitalised actors, counted, on stderr
  unsigned threads = 0;             // -j: 0 = one per core
};

// Returns 0, 1 when some document or record was bad, 2 when nothing could be coded.
int run_code_command(const CodeCommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
