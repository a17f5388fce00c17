#include "dict/dictionary_set.h"

#include <algorithm>
#include <filesystem>

#include "dict/dictionary_lines.h"

namespace dyad {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

std::string_view dictionary_kind_name(DictionaryKind kind) {
  switch (kind) {
    case DictionaryKind::kVerbs: return "verbs";
    case DictionaryKind::kActors: return "actors";
    case DictionaryKind::kAgents: return "agents";
    case DictionaryKind::kDiscards: return "discards";
    case DictionaryKind::kIssues: return "issues";
  }
  return "?";
}

std::optional<DictionaryKind> dictionary_kind_of_name(std::string_view file_name) {
  const size_t slash = file_name.find_last_of('/');
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  const std::string name = lower(file_name);
  if (name.find("verb") != std::string::npos || name.starts_with("cameo")) return DictionaryKind::kVerbs;
  if (name.find("actor") != std::string::npos) return DictionaryKind::kActors;
  if (name.find("agent") != std::string::npos) return DictionaryKind::kAgents;
  if (name.find("discard") != std::string::npos) return DictionaryKind::kDiscards;
  if (name.find("issue") != std::string::npos) return DictionaryKind::kIssues;
  return std::nullopt;
}

std::optional<DictionaryKind> dictionary_kind_of_content(std::string_view text) {
  // The first line with a marker only one format uses decides; failing that, codes in
  // brackets mean actors and bare phrases mean discards.
  DictionaryLines lines(text, /*semicolon_comments=*/false);
  DictionaryLine line;
  bool any_line = false;
  bool brackets = false;
  while (lines.next(line)) {
    any_line = true;
    std::string_view t = trim(line.text);
    if (t.starts_with("---") || t.starts_with("- ") || t.front() == '&') return DictionaryKind::kVerbs;
    if (t.starts_with("<ISSUE") || t.starts_with("n:") || t.starts_with("v:")) return DictionaryKind::kIssues;
    if (t.find("[~") != std::string_view::npos || t.find("~]") != std::string_view::npos ||
        (t.front() == '!' && t.find('=') != std::string_view::npos))
      return DictionaryKind::kAgents;
    if (is_blank(line.text.front()) && t.front() == '[') return DictionaryKind::kActors;
    brackets |= t.find('[') != std::string_view::npos;
  }
  if (brackets) return DictionaryKind::kActors;
  if (any_line) return DictionaryKind::kDiscards;
  return std::nullopt;
}

DictionarySet::DictionarySet()
    : vocabulary(std::make_shared<Vocabulary>()),
      verbs(vocabulary),
      actors(vocabulary),
      agents(vocabulary),
      discards(vocabulary),
      issues(vocabulary) {}

void DictionarySet::read_file(const std::string& path, DictionaryKind kind, Reporter& reporter) {
  files.emplace_back(path, kind);
  switch (kind) {
    case DictionaryKind::kVerbs: verbs.read_file(path, reporter); break;
    case DictionaryKind::kActors: actors.read_file(path, reporter); break;
    case DictionaryKind::kAgents: agents.read_file(path, reporter); break;
    case DictionaryKind::kDiscards: discards.read_file(path, reporter); break;
    case DictionaryKind::kIssues: issues.read_file(path, reporter); break;
  }
}

void DictionarySet::finish(Reporter& reporter) {
  verbs.finish(reporter);
  actors.finish();
  agents.finish();
  discards.finish();
  issues.finish();
}

DictionarySet load_petrarch_directory(const std::string& dir) {
  ThrowingReporter reporter;
  return load_petrarch_directory(dir, reporter);
}

DictionarySet load_petrarch_directory(const std::string& dir, Reporter& reporter) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> paths;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file()) continue;
    if (lower(e.path().extension().string()) != ".txt") continue;
    paths.push_back(e.path().string());
  }
  if (ec) reporter.report(DictionaryError(dir, 0, "cannot read dictionary directory: " + ec.message()));
  std::sort(paths.begin(), paths.end());
  std::vector<std::pair<std::string, DictionaryKind>> files;
  for (const std::string& path : paths) {
    std::optional<DictionaryKind> kind = dictionary_kind_of_name(path);
    if (!kind) {
      std::string content;
      try {
        content = read_dictionary_file(path);
      } catch (const DictionaryError& e) {
        reporter.report(e);
        continue;
      }
      kind = dictionary_kind_of_content(content);
    }
    if (!kind) {
      reporter.report(DictionaryError(path, 0, "cannot tell which kind of dictionary this is; "
                                               "name it *verbs*, *actors*, *agents*, *discards* or *issue*"));
      continue;
    }
    files.emplace_back(path, *kind);
  }
  auto has = [&](DictionaryKind k) {
    return std::any_of(files.begin(), files.end(), [&](const auto& f) { return f.second == k; });
  };
  if (!ec && !has(DictionaryKind::kVerbs))
    reporter.report(DictionaryError(dir, 0, "no verbs dictionary (*verbs*.txt or CAMEO*.txt)"));
  if (!ec && !has(DictionaryKind::kActors))
    reporter.report(DictionaryError(dir, 0, "no actors dictionary (*actors*.txt)"));
  return load_dictionary_files(files, reporter);
}

DictionarySet load_dictionary_files(const std::vector<std::pair<std::string, DictionaryKind>>& files,
                                    Reporter& reporter) {
  DictionarySet set;
  for (const auto& [path, kind] : files) set.read_file(path, kind, reporter);
  set.finish(reporter);
  return set;
}

}  // namespace dyad
