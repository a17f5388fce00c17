#include "dict/agent_dictionary.h"

#include "dict/dictionary_lines.h"
#include "dict/english_forms.h"

namespace dyad {
namespace {

std::string join_words(std::string_view text) {
  std::string out;
  for (std::string_view w : split_words(text, "_")) {
    if (!out.empty()) out.push_back(' ');
    for (char c : w) out.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c);
  }
  return out;
}

}  // namespace

AgentDictionary::AgentDictionary(std::shared_ptr<Vocabulary> vocabulary)
    : vocabulary_(std::move(vocabulary)) {}

void AgentDictionary::read_file(const std::string& path, Reporter& reporter) {
  read_dictionary_into(*this, path, reporter);
}

void AgentDictionary::add_phrase(std::string_view text, AgentId id, AgentPhraseKind kind) {
  std::vector<WordId> ids;
  for (std::string_view w : split_words(text, "_")) ids.push_back(vocabulary_->intern(w));
  add_phrase_ids(ids, id, kind);
}

void AgentDictionary::add_phrase_ids(std::span<const WordId> ids, AgentId id, AgentPhraseKind kind) {
  if (ids.empty()) return;
  trie_.insert(ids, id);
  AgentEntry& entry = agents_[id];
  if (entry.phrase_count == 0) entry.first_phrase = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back(PhraseRecord{static_cast<uint32_t>(phrase_words_.size()),
                                  static_cast<uint32_t>(ids.size()), kind});
  phrase_words_.insert(phrase_words_.end(), ids.begin(), ids.end());
  ++entry.phrase_count;
}

AgentId AgentDictionary::add_agent(
    AgentEntry entry, std::span<const std::pair<std::vector<std::string>, AgentPhraseKind>> phrases) {
  const AgentId id = static_cast<AgentId>(agents_.size());
  entry.first_phrase = static_cast<uint32_t>(phrases_.size());
  entry.phrase_count = 0;
  agents_.push_back(std::move(entry));
  std::vector<WordId> ids;
  for (const auto& [words, kind] : phrases) {
    ids.clear();
    for (const std::string& w : words) ids.push_back(vocabulary_->intern(w));
    add_phrase_ids(ids, id, kind);
  }
  return id;
}

std::vector<AgentPhrase> AgentDictionary::phrases(AgentId id) const {
  std::vector<AgentPhrase> out;
  const AgentEntry& e = agents_[id];
  for (uint32_t k = 0; k < e.phrase_count; ++k) {
    const PhraseRecord& r = phrases_[e.first_phrase + k];
    out.push_back(AgentPhrase{{phrase_words_.data() + r.first_word, r.word_count}, r.kind});
  }
  return out;
}

// A bound on one entry's substitution product, against hostile files; real entries have a few.
constexpr size_t kMaxExpansions = 1024;

void AgentDictionary::read_text(std::string_view text, const std::string& source_name,
                                Reporter& reporter) {
  const uint32_t file = files_.add(source_name);
  DictionaryLines lines(text, /*semicolon_comments=*/false);
  DictionaryLine line;
  auto fail = [&](const std::string& message) {
    reporter.report(DictionaryError(source_name, line.number, message));
  };
  while (lines.next(line)) {
    std::string_view t = trim(line.text);
    // Substitution set: !NAME! = A, B, C
    if (t.front() == '!' && t.find('=') != std::string_view::npos) {
      const size_t eq = t.find('=');
      std::string_view name = trim(t.substr(0, eq));
      if (name.size() < 3 || name.back() != '!' || name.substr(1, name.size() - 2).find('!') != std::string_view::npos) {
        fail("substitution set name must look like !NAME!");
        continue;
      }
      std::vector<std::string> items;
      for (std::string_view item : split_words(t.substr(eq + 1), ",")) items.emplace_back(item);
      if (items.empty()) {
        fail("substitution set " + std::string(name) + " has no items");
        continue;
      }
      substitutions_[std::string(name)] = std::move(items);
      continue;
    }
    const size_t brace = t.find('{');
    const size_t bracket = t.find('[');
    if (bracket == std::string_view::npos) {
      fail("agent entry without a [CODE]");
      continue;
    }
    std::string_view phrase = trim(t.substr(0, std::min(brace, bracket)));
    if (split_words(phrase, "_").empty()) {  // "" or "_": no word to pluralise or match
      fail("agent entry without a phrase");
      continue;
    }
    // Plurals.
    bool explicit_plurals = false;
    std::vector<std::string_view> plurals;
    if (brace != std::string_view::npos && brace < bracket) {
      const size_t close = t.find('}', brace);
      if (close == std::string_view::npos || close > bracket) {
        fail("'{' without a closing '}' before the code");
        continue;
      }
      if (!trim(t.substr(close + 1, bracket - close - 1)).empty()) {
        fail("unexpected text between '}' and '['");
        continue;
      }
      explicit_plurals = true;
      plurals = split_words(t.substr(brace + 1, close - brace - 1), "");
    }
    // Code.
    std::vector<std::string_view> groups;
    std::string problem = split_bracket_groups(t.substr(bracket), groups);
    if (!problem.empty()) {
      fail("agent code: " + problem);
      continue;
    }
    if (groups.size() != 1) {
      fail("agent entry needs exactly one [CODE], found " + std::to_string(groups.size()));
      continue;
    }
    std::string_view code = groups[0];
    AgentEntry entry;
    entry.where = SourceRef{file, line.number};
    const bool lead = !code.empty() && code.front() == '~';
    const bool trail = !code.empty() && code.back() == '~';
    if (lead == trail) {
      fail("agent code '" + std::string(code) + "' must be ~CODE (suffix) or CODE~ (prefix)");
      continue;
    }
    code = trim(lead ? code.substr(1) : code.substr(0, code.size() - 1));
    if (code.empty() || code.find_first_of(" \t~") != std::string_view::npos) {
      fail("malformed agent code '" + std::string(groups[0]) + "'");
      continue;
    }
    entry.code = std::string(code);
    entry.placement = lead ? AgentPlacement::kSuffix : AgentPlacement::kPrefix;

    // Expand substitution sets (cartesian product over every !SET! in the phrase).
    std::vector<std::string> expansions{std::string()};
    bool substituted = false;
    bool bad = false;
    for (size_t i = 0; i < phrase.size();) {
      if (phrase[i] != '!') {
        for (auto& e : expansions) e.push_back(phrase[i]);
        ++i;
        continue;
      }
      const size_t close = phrase.find('!', i + 1);
      if (close == std::string_view::npos) {
        fail("unclosed substitution marker '!' in '" + std::string(phrase) + "'");
        bad = true;
        break;
      }
      std::string_view name = phrase.substr(i, close - i + 1);
      auto set = substitutions_.find(name);
      if (set == substitutions_.end()) {
        fail("unknown substitution set " + std::string(name));
        bad = true;
        break;
      }
      std::vector<std::string> next;
      for (const auto& e : expansions)
        for (const auto& item : set->second) next.push_back(e + item);
      expansions = std::move(next);
      if (expansions.size() > kMaxExpansions) {  // "!A!!A!!A!..." grows exponentially
        fail("more than " + std::to_string(kMaxExpansions) + " substitution expansions");
        bad = true;
        break;
      }
      substituted = true;
      i = close + 1;
    }
    if (bad) continue;
    const AgentId id = static_cast<AgentId>(agents_.size());
    entry.phrase = join_words(expansions.front());
    agents_.push_back(std::move(entry));
    for (const auto& e : expansions) add_phrase(e, id, AgentPhraseKind::kWritten);
    if (explicit_plurals) {
      for (std::string_view p : plurals) add_phrase(p, id, AgentPhraseKind::kPlural);
    } else if (!substituted) {
      std::vector<std::string_view> words = split_words(phrase, "_");
      std::string head;
      upper_ascii(words.back(), head);
      for (const std::string& plural : noun_plurals(head)) {
        std::string text;
        for (size_t k = 0; k + 1 < words.size(); ++k) text.append(words[k]).push_back(' ');
        add_phrase(text + plural, id, AgentPhraseKind::kGenerated);
      }
    }
  }
}

void AgentDictionary::finish() { trie_.freeze(); }

AgentMatch AgentDictionary::longest_match(std::span<const WordId> tokens, size_t start) const {
  auto m = trie_.longest_match(tokens, start);
  return AgentMatch{m.length, m.payloads};
}

AgentMatch AgentDictionary::longest_match(std::span<const std::string_view> tokens, size_t start) const {
  auto m = trie_.longest_match(tokens, start, *vocabulary_);
  return AgentMatch{m.length, m.payloads};
}

std::span<const AgentId> AgentDictionary::find(std::string_view phrase) const {
  std::vector<WordId> ids;
  for (std::string_view w : split_words(phrase, "_")) {
    ids.push_back(vocabulary_->find(w));
    if (ids.back() == kNoWord) return {};
  }
  return trie_.find(ids);
}

}  // namespace dyad
