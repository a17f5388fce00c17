// Fuzz target: clean_text() (text/cleaner.h), SentenceSplitter (text/sentence_splitter.h) and
// tokenize() (text/tokenizer.h) chained as the front end runs them. Checks the contracts:
// origin has one entry per clean byte plus one, never decreasing and inside the raw text;
// sentences are non-empty, ordered, non-overlapping, at most kMaxSentenceBytes and trimmed,
// with quote links inside the vector; tokens are non-empty, ordered and inside their sentence.
#include <memory>
#include <vector>

#include "fuzz/fuzz_targets.h"
#include "text/cleaner.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad::fuzz {

int text(const uint8_t* data, size_t size) {
  const std::string_view raw = as_text(data, size);
  const CleanedText clean = clean_text(raw);
  if (clean.origin.size() != clean.text.size() + 1) fail("text", "origin size");
  for (size_t i = 0; i < clean.origin.size(); ++i) {
    if (clean.origin[i] > raw.size()) fail("text", "origin past the raw text");
    if (i > 0 && clean.origin[i] < clean.origin[i - 1]) fail("text", "origin decreases");
  }
  if (clean.to_original(static_cast<uint32_t>(clean.text.size()) + 7) != clean.origin.back())
    fail("text", "to_original does not clamp");

  static SentenceSplitter splitter;
  std::vector<SentenceSpan> spans;
  splitter.split(clean.text, spans);
  std::vector<Token> tokens;
  uint32_t previous_end = 0;
  for (const SentenceSpan& s : spans) {
    if (s.begin >= s.end || s.end > clean.text.size()) fail("text", "empty or out-of-range sentence");
    if (s.begin < previous_end) fail("text", "sentences overlap or are out of order");
    if (s.end - s.begin > kMaxSentenceBytes) fail("text", "sentence over kMaxSentenceBytes");
    const char first = clean.text[s.begin], last = clean.text[s.end - 1];
    if (first == ' ' || first == '\n' || last == ' ' || last == '\n') fail("text", "sentence not trimmed");
    if (s.speaker < -1 || s.speaker >= static_cast<int32_t>(spans.size())) fail("text", "speaker index");
    if (s.speaker >= 0 && s.quote_group < 0) fail("text", "speaker without quote group");
    previous_end = s.end;

    tokens.clear();
    tokenize(clean.text, s.begin, s.end, tokens);
    uint32_t token_end = s.begin;
    for (const Token& t : tokens) {
      if (t.text.empty() || t.begin >= t.end) fail("text", "empty token");
      if (t.begin < token_end || t.end > s.end) fail("text", "token outside its sentence or out of order");
      token_end = t.end;
    }
  }
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(text)
