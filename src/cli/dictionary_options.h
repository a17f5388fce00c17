// The dictionary options every coding command shares (code, ingest): dyad's own default
// dictionaries (data/dict, docs/dictionaries.md) unless --dictionaries DIR (PETRARCH or
// native files, told apart by name and content) or single PETRARCH files are given; a
// single file replaces the directory's files of its kind.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "dict/dictionary_set.h"

namespace dyad {

struct DictionaryOptions {
  std::string directory;  // --dictionaries DIR
  std::vector<std::string> verbs, actors, agents, discards, issues;  // single files
  bool uses_defaults() const {
    return directory.empty() && verbs.empty() && actors.empty() && agents.empty() && discards.empty() &&
           issues.empty();
  }
};

// Loads the dictionaries. Entry errors are printed as warnings on `err` (unless `quiet`) and
// loading goes on; with `strict` the first one is thrown as DictionaryError. A missing file
// or directory throws.
std::shared_ptr<const DictionarySet> load_dictionaries(const DictionaryOptions& options, bool strict, bool quiet,
                                                       std::FILE* err);

}  // namespace dyad
