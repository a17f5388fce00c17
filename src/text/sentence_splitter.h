// SentenceSplitter: cleaned article text -> sentence spans (byte offsets).
//
// Input is text from clean_text() (text/cleaner.h): UTF-8, NFC, straight
// quotes, paragraphs separated by '\n'. Text must be under 2 GiB.
//
// How sentences are found:
//   1. ICU's en_US sentence BreakIterator, wrapped by a FilteredBreakIterator
//      that never breaks after a title abbreviation ("Lt. Col. Omar",
//      "Brig. Gen. Smith"; text/abbreviations.h). A '\n' is always a break,
//      so a headline without final punctuation is a sentence of its own.
//   2. A repair pass joins two neighbouring ICU sentences of one paragraph
//      when the break is known to be wrong:
//      - after a number prefix followed by a digit: "No. 10", "Vol. 3";
//      - after e.g./i.e./vs./cf./approx. and after a title ICU missed;
//      - after a may-end abbreviation (U.S. Inc. Co. Jr. a.m. etc. Sept.), an
//        acronym with periods ("D.C."), or an initial ("John F. Kennedy"),
//        UNLESS the next word is a sentence starter: a
//        capitalised closed-class word (The, He, But, In, However, ...) or an
//        opening quote. So "sanctions on the U.S. The ministry said" is two
//        sentences, while "the U.S. Navy" and "U.S. President Trump" stay
//        whole. The cost of this heuristic: "in the U.S. Iran said" is not
//        split (a name after U.S. is read as part of the same sentence).
//      - after '?' or '!' (with closing quotes) when a lowercase word follows:
//        He asked "why?" and left. / "Why?" asked the minister.
//      - between a closing quote and its attribution: "We are ready."
//        Lukashenko said. (a short sentence with a speech verb in its first
//        four words).
//   3. A sentence longer than kMaxSentenceBytes is cut at its last space
//      before the limit, so later stages have a bounded cost per sentence.
//
// Quotes spanning sentences: a quotation (straight double quotes) that holds
// several sentences gives all of them one quote_group, and `speaker` names the
// sentence with the attribution: text outside the quotes with a speech verb
// ("X said", "X told Y", "said X", "according to X") or a colon before the
// quote ("Lukashenko added: \"..."), searched in the closing sentence (after
// the quote), then the opening one (before the quote), then the sentence
// before (outside its own quotes: "\"...,\" he said. \"A. B.\""), then the one
// after when it opens with the attribution ("Pezeshkian asked ..."). A quotation left
// open at the end of a paragraph continues when the next paragraph opens with
// a quote (the news convention for multi-paragraph quotes); otherwise it ends
// with its paragraph.
//
// Threads: a SentenceSplitter holds an ICU iterator and buffers and must be
// used by one thread at a time; create one per thread. Construction clones a
// process-wide prototype iterator built once, on first use (loading ICU's
// rules and the filter), so creating a splitter per thread or per batch is
// cheap: about 0.3 us (bench/text_bench.cc, BM_ConstructSplitter). The constructor throws
// std::runtime_error when ICU's break data cannot be loaded.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace dyad {

struct SentenceSpan {
  uint32_t begin = 0, end = 0;  // byte offsets into the text, trimmed of surrounding whitespace
  // Sentences inside one quotation that spans several sentences share an id
  // (0, 1, ... in order of the quotations in the text); -1 otherwise.
  int32_t quote_group = -1;
  // For sentences in a quote_group: index (into the returned vector) of the
  // sentence that names the speaker, in the group or adjacent to it; -1 when
  // none was found or the sentence is in no group.
  int32_t speaker = -1;
};

// Longer sentences are cut (at a space when there is one).
constexpr uint32_t kMaxSentenceBytes = 4096;

class SentenceSplitter {
 public:
  // How text is handed to ICU. kUtf16 converts once per text and maps
  // boundaries back to UTF-8 offsets; kUtf8Text gives ICU a UText over the
  // UTF-8 bytes. Both give the same sentences; kUtf16 is faster (see
  // bench/text_bench.cc).
  enum class Input { kUtf16, kUtf8Text };

  explicit SentenceSplitter(Input input = Input::kUtf16);
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // The sentences of `text`, in order, non-empty and non-overlapping.
  std::vector<SentenceSpan> split(std::string_view text);
  // Same, reusing `out`'s storage (cleared first).
  void split(std::string_view text, std::vector<SentenceSpan>& out);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace dyad
