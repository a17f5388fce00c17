// CodedEvent: one (source, target, event code) triple coded from a sentence, with the
// evidence that produced it, so every output line can say *why* it was coded.
#pragma once

#include <cstdint>
#include <string>

namespace dyad {

// Half-open token range [begin, end) in the sentence's Tree::tokens; empty when begin == end.
struct TokenSpan {
  int32_t begin = 0;
  int32_t end = 0;
  bool empty() const { return begin >= end; }
};

struct EventEvidence {
  std::string source_text;  // the words the source code came from
  std::string target_text;
  std::string verb_text;    // the verb (with particles) or the pattern's words
  std::string rule;         // dictionary entry that fired, "CAMEO.2.0.txt:1234"
};

struct CodedEvent {
  std::string source;  // actor code, e.g. "IRNCOP"; "---" for an uncoded actor
  std::string target;
  std::string code;    // event code as written in the dictionary ("064", "0841")
  TokenSpan source_span, target_span, verb_span;
  EventEvidence evidence;

  bool same_triple(const CodedEvent& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
};

}  // namespace dyad
