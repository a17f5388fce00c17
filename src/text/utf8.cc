#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace dyad {

namespace {

// True when the 8 bytes at `p` are all ASCII; lets long English text skip
// the per-byte state machine.
inline bool eight_ascii(const unsigned char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

bool is_valid_utf8(std::string_view text, size_t* bad_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && eight_ascii(s + i)) {
      i += 8;
      continue;
    }
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length = 0;
    // The bounds of the second byte are what exclude overlongs, surrogates
    // and code points past U+10FFFF.
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) second_min = 0xA0;
      if (c == 0xED) second_max = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) second_min = 0x90;
      if (c == 0xF4) second_max = 0x8F;
    }
    bool ok = length != 0 && i + length <= n && s[i + 1] >= second_min && s[i + 1] <= second_max;
    for (size_t k = 2; ok && k < length; ++k) ok = is_continuation(s[i + k]);
    if (!ok) {
      if (bad_offset != nullptr) *bad_offset = i;
      return false;
    }
    i += length;
  }
  return true;
}

size_t find_nul_byte(std::string_view text) {
  const void* hit = std::memchr(text.data(), '\0', text.size());
  if (hit == nullptr) return std::string_view::npos;
  return static_cast<const char*>(hit) - text.data();
}

}  // namespace dyad
