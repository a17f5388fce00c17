// DictionarySet: every dictionary the coder needs, sharing one Vocabulary, loaded once
// and then shared read-only by all threads (hold it as std::shared_ptr<const DictionarySet>).
//
// load_petrarch_directory(dir) reads the PETRARCH-format files of a directory, sorted by
// name, choosing each file's reader by its name as PETRARCH's default config names them:
//   *verbs*.txt or CAMEO*.txt -> verbs      *actors*.txt -> actors (any number of files)
//   *agents*.txt -> agents                  *discards*.txt -> discards
//   *issue*.txt -> issues                   (all case-insensitive)
// and by content when the name does not tell (dictionary_kind_of_content: `---`/`- `
// lines -> verbs, <ISSUE or n:/v: -> issues, [~X] or !SET! = -> agents, indented [X] or
// any [X] -> actors, bare phrases without any [ ] -> discards). Files that are
// not .txt are ignored; a .txt file whose kind cannot be told is an error, as is a
// directory with no verbs or no actors file.
// Errors throw DictionaryError ("file:line: message") unless a Reporter is given, in which
// case every error of every file is reported and loading goes on.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/actor_dictionary.h"
#include "dict/agent_dictionary.h"
#include "dict/dictionary_error.h"
#include "dict/discard_dictionary.h"
#include "dict/issue_dictionary.h"
#include "dict/verb_dictionary.h"
#include "dict/vocabulary.h"

namespace dyad {

enum class DictionaryKind { kVerbs, kActors, kAgents, kDiscards, kIssues };

std::string_view dictionary_kind_name(DictionaryKind kind);  // "verbs", "actors", ...
std::optional<DictionaryKind> dictionary_kind_of_name(std::string_view file_name);
std::optional<DictionaryKind> dictionary_kind_of_content(std::string_view text);

struct DictionarySet {
  DictionarySet();
  DictionarySet(DictionarySet&&) = default;
  DictionarySet& operator=(DictionarySet&&) = default;
  DictionarySet(const DictionarySet&) = delete;
  DictionarySet& operator=(const DictionarySet&) = delete;

  std::shared_ptr<Vocabulary> vocabulary;  // shared by all members below
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardDictionary discards;
  IssueDictionary issues;
  std::vector<std::pair<std::string, DictionaryKind>> files;  // in load order

  // Adds one file to the dictionary of `kind`. Call finish() after the last file.
  void read_file(const std::string& path, DictionaryKind kind, Reporter& reporter);
  void finish(Reporter& reporter);
};

DictionarySet load_petrarch_directory(const std::string& dir);
DictionarySet load_petrarch_directory(const std::string& dir, Reporter& reporter);

// Loads explicitly named files; each element is (path, kind).
DictionarySet load_dictionary_files(const std::vector<std::pair<std::string, DictionaryKind>>& files,
                                    Reporter& reporter);

}  // namespace dyad
