// AgentDictionary: common nouns that qualify an actor ("police", "foreign minister"),
// PETRARCH format (Phoenix.agents.txt).
//
//   PHRASE [~CODE]            suffix agent: its code follows the actor's (USA + ~GOV = USAGOV)
//   PHRASE [CODE~]            prefix agent: its code precedes the actor's (EGY + NGO~ = NGOEGY);
//                             PETRARCH2 emits these as "NGO---"; dyad keeps the placement.
//   PHRASE {PLURAL ...} [..]  explicit plurals;  PHRASE {} [..]  no plural
//   !SET! = A, B, C           substitution set; PHRASE!SET! expands to PHRASEA, PHRASEB, ...
//                             (textual splice, as in CONGRESS!PERSON! -> CONGRESSMAN); phrases
//                             with substitutions get no generated plural.
// Phrase words are separated by `_` or blanks. Without `{}` a plural is generated on the
// last word with English rules (english_forms.h), not PETRARCH2's (HELICOPTERSES).
// Errors (file:line): missing or empty code, a code with no `~` or with `~` on both sides,
// unknown or malformed substitution sets, unbalanced braces/brackets, text after the code.
//
// Lifetime: finish() after the last read_*; then read-only and thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary_error.h"
#include "dict/token_trie.h"
#include "dict/vocabulary.h"

namespace dyad {

using AgentId = uint32_t;

enum class AgentPlacement : uint8_t {
  kSuffix,  // [~GOV]: appended after the actor code
  kPrefix,  // [IGO~]: placed before the actor code
};

struct AgentEntry {
  std::string phrase;  // as written (first expansion), words joined by blanks
  std::string code;    // without the `~`
  AgentPlacement placement = AgentPlacement::kSuffix;
  SourceRef where;
};

struct AgentMatch {
  uint32_t length = 0;
  std::span<const AgentId> agents;  // file order; agents[0] is the primary reading
  explicit operator bool() const { return length != 0; }
};

class AgentDictionary {
 public:
  explicit AgentDictionary(std::shared_ptr<Vocabulary> vocabulary = std::make_shared<Vocabulary>());

  void read_file(const std::string& path, Reporter& reporter);
  void read_text(std::string_view text, const std::string& source_name, Reporter& reporter);
  void finish();

  AgentMatch longest_match(std::span<const WordId> tokens, size_t start) const;
  AgentMatch longest_match(std::span<const std::string_view> tokens, size_t start) const;
  std::span<const AgentId> find(std::string_view phrase) const;  // exact phrase, any case

  const AgentEntry& agent(AgentId id) const { return agents_[id]; }
  size_t agent_count() const { return agents_.size(); }
  size_t phrase_count() const { return trie_.phrase_count(); }  // incl. plurals and expansions
  const TokenTrie& trie() const { return trie_; }
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  const SourceFiles& files() const { return files_; }

 private:
  void add_phrase(std::string_view text, AgentId id);

  std::shared_ptr<Vocabulary> vocabulary_;
  SourceFiles files_;
  std::vector<AgentEntry> agents_;
  std::map<std::string, std::vector<std::string>, std::less<>> substitutions_;
  TokenTrie trie_;
};

}  // namespace dyad
