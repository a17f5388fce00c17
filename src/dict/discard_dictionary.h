// DiscardDictionary: phrases whose presence discards a sentence, or a whole story (`+`).
//
// Format (Phoenix.discards.txt): one phrase per line, words separated by blanks or `_`;
// a leading `+` marks a story-level discard. Matching is on whole upper-cased tokens
// anywhere in the token sequence, the last tokens included (PETRARCH2 misses a phrase
// at the very end of the text, and skips the token after a failed partial match).
// Errors (file:line): a line with no words.
//
// Lifetime: finish() after the last read_*; then read-only and thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary_error.h"
#include "dict/token_trie.h"
#include "dict/vocabulary.h"

namespace dyad {

using DiscardId = uint32_t;

struct DiscardEntry {
  std::string phrase;  // upper-case words joined by blanks
  bool story_level = false;
  SourceRef where;
};

struct DiscardHit {
  DiscardId entry = 0;
  uint32_t start = 0;   // first token of the match
  uint32_t length = 0;  // tokens matched
};

struct DiscardScan {
  std::optional<DiscardHit> story;     // first story-level match, if any
  std::optional<DiscardHit> sentence;  // first sentence-level match, if any
};

class DiscardDictionary {
 public:
  explicit DiscardDictionary(std::shared_ptr<Vocabulary> vocabulary = std::make_shared<Vocabulary>());

  void read_file(const std::string& path, Reporter& reporter);
  void read_text(std::string_view text, const std::string& source_name, Reporter& reporter);
  void finish();

  // Leftmost matches; at one position the longest phrase wins.
  DiscardScan scan(std::span<const WordId> tokens) const;
  DiscardScan scan(std::span<const std::string_view> tokens) const;

  const DiscardEntry& entry(DiscardId id) const { return entries_[id]; }
  size_t entry_count() const { return entries_.size(); }
  size_t story_level_count() const;
  const SourceFiles& files() const { return files_; }

 private:
  template <typename WordAt>
  DiscardScan scan_by(size_t size, WordAt&& word_at) const;

  std::shared_ptr<Vocabulary> vocabulary_;
  SourceFiles files_;
  std::vector<DiscardEntry> entries_;
  TokenTrie trie_;
};

}  // namespace dyad
