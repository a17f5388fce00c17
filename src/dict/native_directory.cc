#include "dict/native_directory.h"

#include <algorithm>
#include <filesystem>

#include "dict/native_actors.h"
#include "dict/native_agents.h"
#include "dict/native_verbs.h"

namespace dyad {

std::optional<DictionaryKind> native_kind_of_name(std::string_view path) {
  const size_t dot = path.find_last_of("./");
  if (dot == std::string_view::npos || path[dot] != '.') return std::nullopt;
  const std::string_view ext = path.substr(dot + 1);
  if (ext == "actors") return DictionaryKind::kActors;
  if (ext == "agents") return DictionaryKind::kAgents;
  if (ext == "verbs") return DictionaryKind::kVerbs;
  return std::nullopt;
}

std::vector<std::pair<std::string, DictionaryKind>> list_native_directory(const std::string& dir, Reporter& reporter) {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::string, DictionaryKind>> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    std::string path = it->path().string();
    if (auto kind = native_kind_of_name(path)) files.emplace_back(std::move(path), *kind);
  }
  if (ec) reporter.report(DictionaryError(dir, 0, "cannot read dictionary directory: " + ec.message()));
  std::sort(files.begin(), files.end());
  return files;
}

bool is_native_directory(const std::string& dir) {
  CollectingReporter ignored;
  return !list_native_directory(dir, ignored).empty();
}

void read_native_file(DictionarySet& set, const std::string& path, DictionaryKind kind, Reporter& reporter) {
  set.files.emplace_back(path, kind);
  switch (kind) {
    case DictionaryKind::kActors: read_native_actors_file(set.actors, path, reporter); break;
    case DictionaryKind::kAgents: read_native_agents_file(set.agents, path, reporter); break;
    case DictionaryKind::kVerbs: read_native_verbs_file(set.verbs, path, reporter); break;
    default:
      reporter.report(DictionaryError(path, 0, "dyad's own format has no " +
                                                   std::string(dictionary_kind_name(kind)) + " dictionaries"));
  }
}

DictionarySet load_native_files(const std::vector<std::pair<std::string, DictionaryKind>>& files, Reporter& reporter) {
  DictionarySet set;
  for (const auto& [path, kind] : files) read_native_file(set, path, kind, reporter);
  set.finish(reporter);
  return set;
}

DictionarySet load_native_directory(const std::string& dir, Reporter& reporter) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    reporter.report(DictionaryError(dir, 0, "not a dictionary directory"));
    DictionarySet empty;
    empty.finish(reporter);
    return empty;
  }
  auto files = list_native_directory(dir, reporter);
  auto has = [&](DictionaryKind k) {
    return std::any_of(files.begin(), files.end(), [&](const auto& f) { return f.second == k; });
  };
  if (!has(DictionaryKind::kActors)) reporter.report(DictionaryError(dir, 0, "no actors dictionary (*.actors)"));
  if (!has(DictionaryKind::kVerbs)) reporter.report(DictionaryError(dir, 0, "no verbs dictionary (*.verbs)"));
  return load_native_files(files, reporter);
}

DictionarySet load_native_directory(const std::string& dir) {
  ThrowingReporter reporter;
  return load_native_directory(dir, reporter);
}

DictionarySet load_dictionary_directory(const std::string& dir, Reporter& reporter) {
  if (is_native_directory(dir)) return load_native_directory(dir, reporter);
  return load_petrarch_directory(dir, reporter);
}

}  // namespace dyad
