// IssueDictionary: topic phrases counted per sentence (Phoenix.IssueCoding.txt).
//
//   <ISSUE CATEGORY="ENERGY" TYPE="ALL"> ... </ISSUE>   groups entries; the category is kept
//   phrase words [CODE]                                 an issue phrase
//   ~phrase words   ~~phrase words                      ignore phrases (no code)
// Inside a phrase: `n:word` adds the English plural (english_forms.h); `v:word` adds the
// verb forms; `a+b` is both "A B" and "A-B" (a trailing `+` joins with the next word).
// Variants multiply (pre+n:school -> PRE SCHOOL, PRE SCHOOLS, PRE-SCHOOL, PRE-SCHOOLS); an
// entry with more than 1024 variants is an error (a bound on hostile files).
//
// Counting (count): scan left to right, take the longest phrase at each position and skip
// past it. An ignore phrase consumes its tokens and counts nothing, so "olive oil" stops
// OIL from counting as energy. (PETRARCH2 takes the shortest match, and any ignore phrase
// cancels every issue of the sentence.)
// Errors (file:line): missing or malformed code, ignore phrase with a code, empty phrase,
// bad prefix, too many variants, unbalanced <ISSUE> wrappers.
//
// Lifetime: finish() after the last read_*; then read-only and thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary_error.h"
#include "dict/token_trie.h"
#include "dict/vocabulary.h"

namespace dyad {

using IssueId = uint32_t;

struct IssueEntry {
  std::string phrase;    // as written
  std::string code;      // empty for ignore phrases
  std::string category;  // from the enclosing <ISSUE CATEGORY=...>, or empty
  bool ignore = false;
  SourceRef where;
};

struct IssueCount {
  std::string_view code;
  uint32_t count = 0;
};

class IssueDictionary {
 public:
  explicit IssueDictionary(std::shared_ptr<Vocabulary> vocabulary = std::make_shared<Vocabulary>());

  void read_file(const std::string& path, Reporter& reporter);
  void read_text(std::string_view text, const std::string& source_name, Reporter& reporter);
  void finish();

  // Codes found in the tokens with their counts, in order of first appearance.
  std::vector<IssueCount> count(std::span<const WordId> tokens) const;
  std::vector<IssueCount> count(std::span<const std::string_view> tokens) const;
  TokenTrie::Match longest_match(std::span<const WordId> tokens, size_t start) const {
    return trie_.longest_match(tokens, start);
  }

  const IssueEntry& entry(IssueId id) const { return entries_[id]; }
  size_t entry_count() const { return entries_.size(); }
  size_t phrase_count() const { return trie_.phrase_count(); }
  const SourceFiles& files() const { return files_; }

 private:
  std::shared_ptr<Vocabulary> vocabulary_;
  SourceFiles files_;
  std::vector<IssueEntry> entries_;
  TokenTrie trie_;
};

}  // namespace dyad
