// The news abbreviation list shared by the sentence splitter and the tokenizer.
//
// Entries are spelled with their final period and matched case-sensitively
// ("Gen." is a title, "gen." is not listed). The list is compiled in, so no
// file is read at run time. Every entry has a kind that tells the splitter
// whether a sentence may end after it:
//   kTitle         precedes a name and never ends a sentence: Mr. Gen. Lt. Sen.
//                  These are the only entries handed to ICU's break filter.
//   kNumberPrefix  precedes a number: "No. 10", "Vol. 3"; ends a sentence when
//                  no digit follows ("Iran said No. The ...").
//   kNeverFinal    lowercase Latin and the like, followed by more of the same
//                  sentence: e.g. i.e. vs. cf. approx.
//   kMaybeFinal    may end a sentence: U.S. Inc. Co. Ltd. Jr. a.m. etc. Sept.
//                  The splitter ends the sentence only when the next word is a
//                  sentence starter (see sentence_splitter.h).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace dyad {

enum class AbbreviationKind : uint8_t { kTitle, kNumberPrefix, kNeverFinal, kMaybeFinal };

struct Abbreviation {
  std::string_view text;  // with the final period: "U.S.", "Gen."
  AbbreviationKind kind;
};

// All entries, sorted by text (byte order).
std::span<const Abbreviation> news_abbreviations();

// The kind of `word`, which must include its final period ("Sept."), or
// nullopt when it is not listed.
std::optional<AbbreviationKind> find_abbreviation(std::string_view word);

}  // namespace dyad
