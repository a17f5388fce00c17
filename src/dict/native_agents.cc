#include "dict/native_agents.h"

#include <algorithm>

#include "dict/dictionary_lines.h"
#include "dict/english_forms.h"
#include "dict/native_format.h"

namespace dyad {

void read_native_agents(AgentDictionary& dictionary, std::string_view text, const std::string& source_name,
                        Reporter& reporter) {
  const uint32_t file = dictionary.add_source(source_name);
  NativeLines lines(text);
  NativeLine line;
  std::vector<std::pair<std::vector<std::string>, AgentPhraseKind>> phrases;
  while (lines.next(line)) {
    auto fail = [&](std::string_view at, std::string message) {
      report_native(reporter, source_name, line, at, std::move(message));
    };
    const size_t eq = line.text.find('=');
    if (eq == std::string_view::npos) {
      fail(trim(line.text), "expected 'PHRASES = CODE' (no '=')");
      continue;
    }
    const std::string_view code_text = line.text.substr(eq + 1);
    std::vector<std::string_view> parts = split_blanks(code_text);
    if (parts.empty()) {
      fail(code_text.substr(code_text.size()), "no agent code after '='");
      continue;
    }
    if (parts.size() > 1) {
      fail(parts[1], "one agent code per line; unexpected '" + std::string(parts[1]) + "'");
      continue;
    }
    std::string_view code = parts[0];
    AgentEntry entry;
    entry.placement = AgentPlacement::kSuffix;
    if (code.size() > 1 && code.back() == '~') {
      entry.placement = AgentPlacement::kPrefix;
      code.remove_suffix(1);
    } else if (code.size() > 1 && code.front() == '~') {
      code.remove_prefix(1);
    }
    if (!is_native_code(code)) {
      fail(parts[0], "bad agent code '" + std::string(parts[0]) + "' (letters and digits; CODE~ for a prefix code)");
      continue;
    }
    entry.code = std::string(code);
    entry.where = SourceRef{file, line.number};

    phrases.clear();
    for (const Field& f : split_fields(line.text.substr(0, eq), '|')) {
      if (f.empty()) {
        fail(f.text, "empty phrase");
        continue;
      }
      std::vector<std::string> words = phrase_words(f.text);
      if (words.empty()) {
        fail(f.text, "phrase '" + std::string(f.text) + "' has no words");
        continue;
      }
      if (entry.phrase.empty()) entry.phrase = std::string(f.text);
      std::vector<std::string> plurals = noun_plurals(words.back());
      phrases.emplace_back(words, AgentPhraseKind::kWritten);
      for (std::string& plural : plurals) {
        std::vector<std::string> p = words;
        p.back() = std::move(plural);
        phrases.emplace_back(std::move(p), AgentPhraseKind::kGenerated);
      }
    }
    if (phrases.empty()) continue;
    dictionary.add_agent(std::move(entry), phrases);
  }
}

void read_native_agents_file(AgentDictionary& dictionary, const std::string& path, Reporter& reporter) {
  std::string content;
  try {
    content = read_dictionary_file(path);
  } catch (const DictionaryError& e) {
    reporter.report(e);
    return;
  }
  read_native_agents(dictionary, content, path, reporter);
}

}  // namespace dyad
