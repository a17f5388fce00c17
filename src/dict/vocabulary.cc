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

}  // namespace

void upper_ascii(std::string_view word, std::string& out) {
  out.resize(word.size());
  for (size_t i = 0; i < word.size(); ++i) out[i] = upper(word[i]);
}

WordId Vocabulary::intern(std::string_view word) {
  std::string upper_word;
  upper_ascii(word, upper_word);
  auto it = ids_.find(std::string_view(upper_word));
  if (it != ids_.end()) return it->second;
  const WordId id = static_cast<WordId>(words_.size());
  words_.push_back(std::move(upper_word));
  ids_.emplace(std::string_view(words_.back()), id);
  return id;
}

WordId Vocabulary::find(std::string_view token) const {
  if (!has_lower(token)) {
    auto it = ids_.find(token);
    return it == ids_.end() ? kNoWord : it->second;
  }
  char buffer[64];
  std::string heap;
  char* out = buffer;
  if (token.size() > sizeof buffer) {
    heap.resize(token.size());
    out = heap.data();
  }
  for (size_t i = 0; i < token.size(); ++i) out[i] = upper(token[i]);
  auto it = ids_.find(std::string_view(out, token.size()));
  return it == ids_.end() ? kNoWord : it->second;
}

}  // namespace dyad
