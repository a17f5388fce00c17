// Cleans an article's raw text for sentence splitting and tokenizing, and
// remembers where every cleaned byte came from so that evidence offsets can
// be shown against the original document.
//
// clean_text() runs two stages:
//   1. characters (text/char_normalizer.h): NFC, one spelling for quotes,
//      dashes, spaces and ellipses, CRLF -> '\n', zero-width marks removed,
//      spaces collapsed, lines trimmed, blank lines removed;
//   2. lines (text/boilerplate.h): page furniture lines are dropped
//      conservatively; a line shaped like a sentence is kept.
// The result is the kept lines (paragraphs) joined by single '\n'.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct CleanedText {
  std::string text;  // cleaned text, paragraphs separated by '\n'
  // origin[i] is the byte offset in the raw input of clean byte i. A byte
  // produced by a replacement ("..." for U+2026, '\'' for U+2019, " - " for an
  // em dash) maps to the start of the raw character it replaced; the '\n'
  // between two kept paragraphs maps to the raw line break after the first.
  // origin[text.size()] is the raw offset where the last kept line ends (its
  // line break, or the end of the input), so the raw span of clean bytes
  // [b, e) is [origin[b], origin[e]) give or take trailing spaces.
  // origin.size() == text.size() + 1.
  std::vector<uint32_t> origin;

  // origin[clean_offset], with offsets past the end clamped to the end.
  uint32_t to_original(uint32_t clean_offset) const;
};

// `raw` should be valid UTF-8 (the readers guarantee it; ill-formed bytes
// become U+FFFD) and under 4 GiB.
CleanedText clean_text(std::string_view raw);

}  // namespace dyad
