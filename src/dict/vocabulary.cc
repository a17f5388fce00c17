#include "dict/vocabulary.h"

#include <cstring>

namespace dyad {
namespace {

inline char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

bool has_lower(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

// A fast 64-bit hash of short strings: 8-byte words folded with a multiply-xorshift mix.
uint64_t hash_bytes(std::string_view s) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}

}  // namespace

void upper_ascii(std::string_view word, std::string& out) {
  out.resize(word.size());
  for (size_t i = 0; i < word.size(); ++i) out[i] = upper(word[i]);
}

WordId Vocabulary::find_upper(std::string_view upper_word, uint64_t hash) const {
  if (slots_.empty()) return kNoWord;
  const size_t mask = slots_.size() - 1;
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == kNoWord) return kNoWord;
    if (slot.tag == tag && words_[slot.id] == upper_word) return slot.id;
  }
}

void Vocabulary::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == kNoWord) continue;
    size_t i = hash_bytes(words_[slot.id]) & mask;
    while (slots_[i].id != kNoWord) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

WordId Vocabulary::intern(std::string_view word) {
  std::string upper_word;
  upper_ascii(word, upper_word);
  const uint64_t hash = hash_bytes(upper_word);
  WordId found = find_upper(upper_word, hash);
  if (found != kNoWord) return found;
  if ((words_.size() + 1) * 2 > slots_.size()) grow();
  const WordId id = static_cast<WordId>(words_.size());
  words_.push_back(std::move(upper_word));
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].id != kNoWord) i = (i + 1) & mask;
  slots_[i] = Slot{id, static_cast<uint32_t>(hash >> 32)};
  return id;
}

WordId Vocabulary::find(std::string_view token) const {
  if (!has_lower(token)) return find_upper(token, hash_bytes(token));
  char buffer[64];
  std::string heap;
  char* out = buffer;
  if (token.size() > sizeof buffer) {
    heap.resize(token.size());
    out = heap.data();
  }
  for (size_t i = 0; i < token.size(); ++i) out[i] = upper(token[i]);
  std::string_view upper_token(out, token.size());
  return find_upper(upper_token, hash_bytes(upper_token));
}

}  // namespace dyad
