// Loading dyad's own dictionaries (docs/dictionaries.md) into a DictionarySet.
//
// The kind of a file is told by its extension: `.actors`, `.agents`, `.verbs`. A directory
// is loaded file by file in name order; files with other extensions (README, notes) are
// ignored, and so are subdirectories. A directory without any `.actors` or any `.verbs`
// file is an error, as for PETRARCH directories, since the coder needs both.
// Errors go to the Reporter ("file:line:column: message"); the throwing overload stops at
// the first. The result is finished (DictionarySet::finish) and read-only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary_set.h"

namespace dyad {

// kActors, kAgents or kVerbs for a native file name, nullopt otherwise.
std::optional<DictionaryKind> native_kind_of_name(std::string_view path);

// The native dictionary files of `dir`, sorted by name (unreadable dir -> reporter).
std::vector<std::pair<std::string, DictionaryKind>> list_native_directory(const std::string& dir, Reporter& reporter);

// True when `dir` holds at least one native dictionary file.
bool is_native_directory(const std::string& dir);

// Adds one native file to the dictionary of `kind` (kActors, kAgents or kVerbs) and records
// it in set.files. Call set.finish() after the last file.
void read_native_file(DictionarySet& set, const std::string& path, DictionaryKind kind, Reporter& reporter);

DictionarySet load_native_files(const std::vector<std::pair<std::string, DictionaryKind>>& files, Reporter& reporter);
DictionarySet load_native_directory(const std::string& dir, Reporter& reporter);
DictionarySet load_native_directory(const std::string& dir);

// A directory of either format: native when it holds native files, else PETRARCH.
DictionarySet load_dictionary_directory(const std::string& dir, Reporter& reporter);

}  // namespace dyad
