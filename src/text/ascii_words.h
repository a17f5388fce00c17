// Case-insensitive comparison of a token against lowercase ASCII words, for the closed word
// lists of the resolvers ("on", "last", "Tuesday"). No allocation.
#pragma once

#include <initializer_list>
#include <string_view>

namespace dyad {

// True when `text` equals `lower` ignoring ASCII case; `lower` must be lowercase.
inline bool equals_word(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

inline bool equals_any_word(std::string_view text, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (equals_word(text, w)) return true;
  return false;
}

}  // namespace dyad
