// Fuzz target: the date expression resolver (resolve/date_expression.h).
//
// Input layout: bytes 0-1 pick the document year (1..9999), byte 2 the month, byte 3 the day
// (1..28, so every document date is real), byte 4 a seed for the tags; the rest is sentence
// text, tokenized with tokenize() and tagged by a tiny rule lexicon (will -> MD, said -> VBD,
// ...) with the seed choosing tags for the other words, so the fuzzer explores tag sequences.
// Checks: a resolved date is a real calendar date, its token span lies inside the sentence,
// its text is non-empty; the fallback is the document date.
#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "fuzz/fuzz_targets.h"
#include "resolve/date_expression.h"
#include "text/tokenizer.h"

namespace dyad::fuzz {
namespace {

Pos lexicon_tag(const std::string& lower) {
  if (lower == "will" || lower == "shall" || lower == "'ll" || lower == "wo" || lower == "may" || lower == "can")
    return Pos::MD;
  if (lower == "said" || lower == "was" || lower == "were" || lower == "met" || lower == "told") return Pos::VBD;
  if (lower == "is" || lower == "'s") return Pos::VBZ;
  if (lower == "are" || lower == "'re") return Pos::VBP;
  if (lower == "to") return Pos::TO;
  if (lower == "," ) return Pos::Comma;
  if (lower == "." || lower == "!" || lower == "?") return Pos::Period;
  if (lower == ":" || lower == ";") return Pos::Colon;
  if (lower == "on" || lower == "in" || lower == "since" || lower == "of" || lower == "by") return Pos::IN;
  if (lower == "the" || lower == "a" || lower == "an" || lower == "this" || lower == "last" || lower == "next")
    return Pos::DT;
  return Pos::X;
}

constexpr Pos kOtherTags[] = {Pos::NNP, Pos::NN, Pos::VBD, Pos::VB, Pos::MD, Pos::CD,
                              Pos::JJ,  Pos::IN, Pos::VBN, Pos::VBG, Pos::RB, Pos::Comma};

}  // namespace

int date_expression(const uint8_t* data, size_t size) {
  if (size < 5) return 0;
  using namespace std::chrono;
  const unsigned year_bits = data[0] | (unsigned(data[1]) << 8);
  const year_month_day document{year(1 + int(year_bits % 9999)), month(1 + data[2] % 12),
                                day(1 + data[3] % 28)};
  const uint8_t seed = data[4];
  const std::string_view text = as_text(data + 5, size - 5);

  std::vector<Token> tokens;
  tokenize(text, 0, static_cast<uint32_t>(text.size()), tokens);
  if (tokens.size() > 512) tokens.resize(512);
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    t.lemma = t.text;
    std::transform(t.lemma.begin(), t.lemma.end(), t.lemma.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
    t.tag = lexicon_tag(t.lemma);
    if (t.tag == Pos::X)
      t.tag = kOtherTags[(std::hash<std::string>{}(t.text) + seed + i * (seed >> 4)) % std::size(kOtherTags)];
    if (t.lemma == "said" || t.lemma == "told") t.lemma = t.lemma == "said" ? "say" : "tell";
    if (t.tag == Pos::VBD && (t.lemma == "was" || t.lemma == "were")) t.lemma = "be";
  }

  (void)is_future_clause(tokens);
  const std::optional<ResolvedDate> found = find_event_date(tokens, document);
  if (found) {
    if (!found->date.ok()) fail("date_expression", "resolved date is not a real date");
    if (found->first_token < 0 || found->first_token > found->last_token ||
        found->last_token >= static_cast<int32_t>(tokens.size()))
      fail("date_expression", "token span outside the sentence");
    if (found->text.empty()) fail("date_expression", "empty expression text");
    const std::string iso = format_iso_date(found->date);
    if (int(found->date.year()) >= 1 && int(found->date.year()) <= 9999 && parse_iso_date(iso) != found->date)
      fail("date_expression", "format/parse round trip");
  }
  const ResolvedDate resolved = event_date_or_document_date(tokens, document);
  if (!found && (resolved.date != document || resolved.first_token != -1)) fail("date_expression", "fallback");
  (void)parse_iso_date(text);
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(date_expression)
