// `dyad dict`: work on dictionaries (docs/dictionaries.md).
//
//   dyad dict lint [FILE|DIR ...]
//     Reads every dictionary named (default: dyad's own, default_dictionary_dir()); native
//     files by extension (.actors .agents .verbs, read together so sets may be shared
//     between files), PETRARCH .txt files by name or content (read together likewise). A
//     directory is read as native when it holds native files, else as PETRARCH .txt files.
//     Native verb codes must be CAMEO event codes. Prints every error as
//     "file:line[:column]: message", one line per file with its entries and errors, and a
//     summary line; exit 1 when there is any error, 2 when nothing could be read.
//   dyad dict convert --from petrarch IN OUT
//     IN is a PETRARCH file or directory; OUT a native file (its extension must match the
//     kind) or a directory (created; each input becomes NAME.actors/.agents/.verbs, NAME
//     being the input's name without .txt). What the native format cannot say is listed on
//     stderr as "file:line: message". Discard and issue dictionaries have no native form
//     and are skipped with a note. Exit 1 when the input had errors (the output is still
//     written), 2 when nothing could be converted.
//   dyad dict explain PHRASE [--date YYYY-MM-DD] [--dictionaries DIR]
//     The entries that match the phrase's tokens: actors (longest name at each token, its
//     roles and the code at the date), agents, verb and noun triggers with their patterns
//     (marked when the phrase's words fit them), each with file:line. The date defaults to
//     today. DIR may hold native or PETRARCH dictionaries. Exit 1 when nothing matches.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace dyad {

struct DictLintOptions {
  std::vector<std::string> paths;  // files or directories; empty = the default dictionaries
};

struct DictConvertOptions {
  std::string from = "petrarch";
  std::string input, output;
};

struct DictExplainOptions {
  std::string phrase;
  std::string date;          // YYYY-MM-DD; empty = today
  std::string dictionaries;  // empty = the default dictionaries
};

int run_dict_lint(const DictLintOptions& options, std::FILE* out, std::FILE* err);
int run_dict_convert(const DictConvertOptions& options, std::FILE* out, std::FILE* err);
int run_dict_explain(const DictExplainOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
