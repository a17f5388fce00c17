// The character-level half of text cleaning: Unicode NFC, then one spelling
// for each kind of quote, dash and space, with the byte offset in the raw
// input kept for every output byte.
//
// Mapping (after NFC):
//   ' (U+2018 U+2019 U+201A U+201B U+2039 U+203A U+02BC)        -> '
//   " (U+201C U+201D U+201E U+201F U+00AB U+00BB)               -> "
//   hyphens, figure and en dashes, minus (U+2010-U+2013 U+2212)   -> -
//   em dash, horizontal bar (U+2014 U+2015 U+2E3A U+2E3B)         -> " - "
//     An em dash separates clauses ("our peoples—the Iranian") and never
//     joins words, so it becomes a spaced hyphen and the tokenizer sees two
//     words; an en dash usually joins ("Russia–Belarus", "2019–2021") and
//     keeps its neighbours together.
//   ellipsis U+2026                                              -> ...
//   tab, other C0/C1 controls, NBSP and the Unicode spaces        -> ' '
//   CR, CRLF, NEL, U+2028, U+2029                                -> '\n'
//   zero-width and bidi marks, soft hyphen, BOM                   -> removed
//   ill-formed UTF-8 (not expected; readers reject it)            -> U+FFFD
// Runs of spaces become one space; lines are trimmed; empty lines vanish, so
// the output is non-empty lines joined by single '\n', without a final one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct OffsetText {
  std::string text;
  // origin[i] is the raw byte offset of text[i]; origin[text.size()] is the
  // raw offset just past the last character that produced output.
  std::vector<uint32_t> origin;
};

// `raw` must be under 4 GiB (offsets are 32-bit).
OffsetText normalize_characters(std::string_view raw);

}  // namespace dyad
