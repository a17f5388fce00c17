// Which way a straight double quote faces, judged from its neighbours.
// Shared by the tokenizer (`` and '') and the sentence splitter (quotations).
#pragma once

#include <cstddef>
#include <string_view>

namespace dyad {

enum class QuoteRole { kOpening, kClosing, kAmbiguous };

// The role of the '"' at text[pos]. Opening: at the start of the text or after
// whitespace or an opening bracket, and followed by a non-space. Closing: after
// a non-space and followed by whitespace, the end, or punctuation. Anything
// else (spaces on both sides, letters on both sides) is ambiguous and the
// caller decides by counting.
inline QuoteRole double_quote_role(std::string_view text, size_t pos) {
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  const bool after_gap = pos == 0 || space(text[pos - 1]) || text[pos - 1] == '(' ||
                         text[pos - 1] == '[' || text[pos - 1] == '{';
  const bool before_gap = pos + 1 >= text.size() || space(text[pos + 1]);
  if (after_gap && !before_gap) return QuoteRole::kOpening;
  if (!after_gap && before_gap) return QuoteRole::kClosing;
  if (!after_gap) {
    const char next = text[pos + 1];
    const bool next_is_punct = next == '.' || next == ',' || next == ';' || next == ':' ||
                               next == '?' || next == '!' || next == ')' || next == ']' ||
                               next == '}' || next == '\'' || next == '"' || next == '-';
    if (next_is_punct) return QuoteRole::kClosing;
  }
  return QuoteRole::kAmbiguous;
}

}  // namespace dyad
