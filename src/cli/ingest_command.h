// `dyad ingest --db PATH [options] [FILE...]`: codes documents (as `dyad code` does, on -j
// threads, in input order) and stores them with their events in the event store
// (store/event_store.h), one transaction per --batch documents.
// Documents the store already holds (same id or same text) are skipped before coding, so a
// re-run over the same files changes nothing, and a re-run after a killed ingest completes
// it. Dictionaries: the same options as `dyad code`; with none, dyad's default dictionaries.
// Prints what was stored and a summary of the store on `out`.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "cli/dictionary_options.h"

namespace dyad {

struct IngestCommandOptions {
  std::string db;                   // --db
  std::vector<std::string> inputs;  // files; empty or "-" means stdin
  std::string date;                 // --date for .txt/.html
  DictionaryOptions dictionaries;
  bool strict = false;
  bool quiet = false;
  unsigned threads = 0;             // -j: 0 = one per core
  int batch = 1000;                 // documents per transaction
};

struct StoreSummary;

// The store's totals, quad classes and top dyads, a few lines for people.
void print_store_summary(const std::string& path, const StoreSummary& summary, std::FILE* out);

// Returns 0, 1 when some document was bad, 2 when the store or dictionaries failed.
int run_ingest_command(const IngestCommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
