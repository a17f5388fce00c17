#include "cli/validate_command.h"

#include <algorithm>
#include <exception>
#include <map>
#include <set>
#include <tuple>

#include "code/event_coder.h"
#include "code/record_tree.h"
#include "dict/dictionary_set.h"
#include "io/petrarch_xml.h"
#include "syntax/lemmatizer.h"
#include "syntax/ptb.h"

namespace dyad {
namespace {

using Triple = std::tuple<std::string, std::string, std::string>;

std::string describe(const std::set<Triple>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const auto& [s, t, c] : events) {
    if (!out.empty()) out += "; ";
    out += s + " " + t + " " + c;
  }
  return out;
}

std::string directory_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

int run_validate_command(const ValidateCommandOptions& options, std::FILE* out, std::FILE* err) {
  PetrarchFile file;
  try {
    file = read_petrarch_xml(options.input);
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad validate: %s\n", e.what());
    return 2;
  }
  for (const std::string& e : file.errors) std::fprintf(err, "%s\n", e.c_str());
  std::string dir = options.dictionaries.empty() ? directory_of(options.input) : options.dictionaries;

  std::shared_ptr<DictionarySet> dicts;
  try {
    CollectingReporter reporter;
    const PetrarchEnvironment& env = file.environment;
    if (env.verb_files.empty() && env.actor_files.empty()) {
      dicts = std::make_shared<DictionarySet>(load_petrarch_directory(dir, reporter));
    } else {
      std::vector<std::pair<std::string, DictionaryKind>> files;
      auto add = [&](const std::vector<std::string>& names, DictionaryKind kind) {
        for (const std::string& name : names) files.emplace_back(dir + "/" + name, kind);
      };
      add(env.verb_files, DictionaryKind::kVerbs);
      add(env.actor_files, DictionaryKind::kActors);
      add(env.agent_files, DictionaryKind::kAgents);
      add(env.discard_files, DictionaryKind::kDiscards);
      add(env.issue_files, DictionaryKind::kIssues);
      dicts = std::make_shared<DictionarySet>(load_dictionary_files(files, reporter));
    }
    if (!options.quiet)
      for (const DictionaryError& e : reporter.errors) std::fprintf(err, "warning: %s\n", e.what());
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad validate: %s\n", e.what());
    return 2;
  }
  Lemmatizer lemmatizer = Lemmatizer::load(default_wordnet_dir());
  EventCoder coder(dicts);

  size_t passed = 0, failed = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_category;  // passed, total
  SentenceCoding coding;
  for (const PetrarchRecord& record : file.records) {
    std::set<Triple> expected, actual;
    coding.events.clear();
    coding.discard.clear();
    for (const PetrarchCoding& g : record.gold)
      if (!g.noevents && g.error.empty() && !g.code.empty()) expected.emplace(g.source, g.target, g.code);
    std::string note;
    if (!record.error.empty()) {
      note = record.error;
    } else {
      try {
        Tree tree = record_tree(record, &lemmatizer);
        CoderOptions coder_options;
        coder_options.require_dyad = record.require_dyad;
        coder.code(tree, record.date, coder_options, coding);
        for (const CodedEvent& e : coding.events) actual.emplace(e.source, e.target, e.code);
        if (!coding.discard.empty()) note = "discarded, " + coding.discard;
      } catch (const PtbError& e) {
        note = options.input + ":" + std::to_string(record.line) + ": record " + record.id + ": " + e.what();
      }
    }
    bool ok = expected == actual;
    auto& cat = by_category[record.category];
    ++cat.second;
    if (ok) {
      ++passed;
      ++cat.first;
      continue;
    }
    ++failed;
    if (options.quiet) continue;
    std::fprintf(out, "FAIL %s (%s, line %u)\n  text:     %s\n  expected: %s\n  actual:   %s\n", record.id.c_str(),
                 record.category.c_str(), record.line, record.text.c_str(), describe(expected).c_str(),
                 describe(actual).c_str());
    if (!note.empty()) std::fprintf(out, "  note:     %s\n", note.c_str());
    for (const CodedEvent& e : coding.events)
      std::fprintf(out, "  event:    %s %s %s  [%s | %s | %s] %s\n", e.source.c_str(), e.target.c_str(),
                   e.code.c_str(), e.evidence.source_text.c_str(), e.evidence.verb_text.c_str(),
                   e.evidence.target_text.c_str(), e.evidence.rule.c_str());
  }
  std::fprintf(out, "by category:\n");
  for (const auto& [name, counts] : by_category)
    std::fprintf(out, "  %-10s %3zu / %3zu\n", name.c_str(), counts.first, counts.second);
  std::fprintf(out, "%zu passed, %zu failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}

}  // namespace dyad
