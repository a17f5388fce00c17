// tokenize(): Penn-style tokens of one sentence, with byte offsets.
//
// A hand-written byte-level scanner over UTF-8; no allocation besides the
// tokens' own strings (short ones fit in std::string's inline buffer).
//
// Conventions (Penn Treebank, with the differences noted):
//   - clitics split: Iran's -> Iran 's; countries' -> countries ';
//     didn't -> did n't; can't -> ca n't; won't -> wo n't; they're -> they 're;
//     also 've 'll 'd 'm. Other apostrophes stay inside: O'Brien.
//   - abbreviations keep their period: U.S. Gen. Sept. Inc. a.m. e.g. (the
//     list in text/abbreviations.h, any dotted acronym "D.C.", and a word of
//     up to five letters whose period is followed by a lowercase word:
//     "Calif. lawmakers"); initials keep theirs: "John F. Kennedy" -> F.
//     A number prefix keeps its period only before a number: "No. 10" but
//     "Iran said No." -> No .
//     At the end of a sentence an abbreviation keeps its period and no extra
//     "." token is made ("sanctions on the U.S." ends with the token U.S.);
//     a final initial gives its period back ("Plan B." -> B .).
//   - numbers, money and percentages are single tokens (unlike Penn, which
//     splits $ and %): 3.5 1,200 $2.5 2.5% 2024-25 19:30 24/7 '90s -5
//   - hyphenated words are single tokens: military-technical Zapad-2025
//     Russia-Belarus U.S.-led; a free-standing "-" or "--" is its own token.
//   - punctuation is split: , ; : ? ! ( ) [ ] { } and "..." as one token.
//   - double quotes become `` (opening) and '' (closing) in Token::text,
//     judged from the neighbours (text/quote_role.h); a single quote opening
//     a word becomes `. Offsets always point at the original bytes.
//   - URLs (scheme:// or www.) and e-mail addresses are single tokens.
//   - non-ASCII letters, marks and digits are word characters; non-ASCII
//     punctuation and symbols are tokens of their own; a currency sign before
//     a digit starts a money token (EUR sign, pound sign).
// Token::tag stays Pos::X and Token::lemma empty.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/tree.h"

namespace dyad {

// Appends the tokens of text[begin, end) to `out`; Token::begin/end are byte
// offsets in `text` (the caller maps them to the original document). `end` is
// clamped to text.size(); nothing is appended when begin >= end.
// `text` is the whole cleaned text, so that a quote at `begin` can be judged
// by the character before it.
void tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out);

}  // namespace dyad
