// Vocabulary: interns upper-cased word tokens as dense 32-bit ids.
//
// All dictionaries of a DictionarySet share one Vocabulary, so a sentence's tokens are
// looked up once (find) and every trie, synset and verb index then works on WordIds.
// Matching is case-insensitive on whole tokens: words are upper-cased (ASCII letters
// only; other bytes, e.g. UTF-8 sequences, are kept as they are) when interned and
// when looked up.
//
// Thread safety: intern() mutates and is for loading only. After loading, a Vocabulary
// is read-only and find()/word() may be called from any number of threads.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

using WordId = uint32_t;
inline constexpr WordId kNoWord = 0xffffffffu;  // a token the vocabulary does not know

// Upper-cases ASCII letters of `word` into `out` (replacing its content).
void upper_ascii(std::string_view word, std::string& out);

class Vocabulary {
 public:
  Vocabulary() = default;
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  // Returns the id of `word` (upper-cased first), adding it when new. `word` must be non-empty.
  WordId intern(std::string_view word);

  // Returns the id of `token` compared case-insensitively, or kNoWord. Does not allocate
  // for tokens up to 64 bytes.
  WordId find(std::string_view token) const;

  // The upper-case spelling of an interned word. Valid while the Vocabulary lives.
  std::string_view word(WordId id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  // Open addressing with linear probing: find() is on the coder's hot path (one or two
  // lookups per token), where std::unordered_map's node chasing cost 14% of coding time.
  struct Slot {
    WordId id = kNoWord;
    uint32_t tag = 0;  // high hash bits, so most mismatches skip the string compare
  };
  WordId find_upper(std::string_view upper_word, uint64_t hash) const;
  void grow();

  std::deque<std::string> words_;  // deque: stable addresses
  std::vector<Slot> slots_;        // size a power of two, at most half full

};

}  // namespace dyad
