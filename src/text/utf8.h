// UTF-8 validation for untrusted input.
//
// is_valid_utf8() accepts exactly the well-formed UTF-8 of the Unicode standard
// (table 3-7): no overlong forms, no surrogates (U+D800..U+DFFF), nothing above
// U+10FFFF, no truncated sequence at the end. NUL bytes are valid UTF-8; readers
// that reject binary junk check for them separately.
#pragma once

#include <cstddef>
#include <string_view>

namespace dyad {

// Returns true when `text` is well-formed UTF-8. Otherwise returns false and,
// if `bad_offset` is not null, stores the byte offset where the first
// ill-formed sequence starts.
bool is_valid_utf8(std::string_view text, size_t* bad_offset = nullptr);

// Byte offset of the first NUL in `text`, or std::string_view::npos.
size_t find_nul_byte(std::string_view text);

}  // namespace dyad
