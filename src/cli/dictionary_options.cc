#include "cli/dictionary_options.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "dict/default_dictionaries.h"
#include "dict/native_directory.h"

namespace dyad {

std::shared_ptr<const DictionarySet> load_dictionaries(const DictionaryOptions& options, bool strict, bool quiet,
                                                       std::FILE* err) {
  if (!options.directory.empty() && !std::filesystem::is_directory(options.directory))
    throw std::runtime_error(options.directory + ": no such dictionary directory");
  for (const auto* paths : {&options.verbs, &options.actors, &options.agents, &options.discards, &options.issues})
    for (const std::string& path : *paths)
      if (!std::filesystem::is_regular_file(path)) throw std::runtime_error(path + ": no such dictionary file");
  CollectingReporter reporter;
  std::shared_ptr<DictionarySet> set;
  bool singles = !(options.verbs.empty() && options.actors.empty() && options.agents.empty() &&
                   options.discards.empty() && options.issues.empty());
  if (options.uses_defaults()) {
    set = std::make_shared<DictionarySet>(load_default_dictionaries(reporter));
  } else if (!singles) {
    set = std::make_shared<DictionarySet>(load_dictionary_directory(options.directory, reporter));
  } else {
    std::vector<std::pair<std::string, DictionaryKind>> files;
    if (!options.directory.empty()) {
      // Single files override the directory's files of their kind.
      DictionarySet probe = load_petrarch_directory(options.directory, reporter);
      for (const auto& [path, kind] : probe.files) files.emplace_back(path, kind);
    }
    auto add = [&](const std::vector<std::string>& paths, DictionaryKind kind) {
      if (paths.empty()) return;
      files.erase(std::remove_if(files.begin(), files.end(), [&](const auto& f) { return f.second == kind; }),
                  files.end());
      for (const std::string& p : paths) files.emplace_back(p, kind);
    };
    add(options.verbs, DictionaryKind::kVerbs);
    add(options.actors, DictionaryKind::kActors);
    add(options.agents, DictionaryKind::kAgents);
    add(options.discards, DictionaryKind::kDiscards);
    add(options.issues, DictionaryKind::kIssues);
    set = std::make_shared<DictionarySet>(load_dictionary_files(files, reporter));
  }
  if (!quiet)
    for (const DictionaryError& e : reporter.errors) std::fprintf(err, "warning: %s\n", e.what());
  if (strict && !reporter.errors.empty()) throw reporter.errors.front();
  return set;
}

}  // namespace dyad
