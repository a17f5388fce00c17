// `dyad parse`: prints each sentence's tokens (tag, lemma, byte offsets), its main-clause
// subject/verb/object heads and its bracketed tree, for people checking what the front end saw.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace dyad {

struct ParseCommandOptions {
  std::vector<std::string> inputs;  // files; empty or "-" means stdin
  std::string date;                 // --date for .txt/.html inputs
  std::string format = "text";      // text | jsonl
  bool strict = false;              // stop at the first bad document
  bool quiet = false;               // no warnings on stderr
  unsigned threads = 0;             // -j: 0 means one per core
};

// Returns the process exit status: 0, or 1 when any document was bad or skipped.
int run_parse_command(const ParseCommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
