#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>

#include "text/abbreviations.h"
#include "text/quote_role.h"

namespace dyad {

namespace {

constexpr uint32_t kNoPos = std::numeric_limits<uint32_t>::max();

inline bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Letters, digits and every byte of a non-ASCII character: what words are made of.
inline bool is_word_byte(char c) {
  return is_lower(c) || is_upper(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// ---- word lists for the repair pass and for attribution ------------------------------------

// Capitalised closed-class words that begin sentences and are not names, so a
// period before them ends a sentence even after "U.S." or "Inc.".
constexpr auto kSentenceStarters = std::to_array<std::string_view>({
    "A",        "According", "After",    "All",       "Also",      "Although", "An",
    "And",      "Another",   "As",       "At",        "Because",   "Before",   "Both",
    "But",      "By",        "Despite",  "During",    "Each",      "Earlier",  "Every",
    "For",      "From",      "Furthermore", "He",     "Her",       "Here",     "His",
    "How",      "However",   "I",        "If",        "In",        "Instead",  "It",
    "Its",      "Last",      "Later",    "Many",      "Meanwhile", "Moreover", "Most",
    "My",       "Nevertheless", "Next",  "Nor",       "Now",       "On",       "Once",
    "Or",       "Our",       "She",      "Since",     "So",        "Some",     "Still",
    "Such",     "That",      "The",      "Their",     "Then",      "There",    "These",
    "They",     "This",      "Those",    "Though",    "To",        "Under",    "Unless",
    "We",       "What",      "When",     "Where",     "While",     "Who",      "Why",
    "Yet",
});

// Verbs (and "according") that attribute a quotation to a speaker.
constexpr auto kSpeechVerbs = std::to_array<std::string_view>({
    "according", "acknowledged", "added",    "adds",      "admitted",  "announced",
    "argued",    "asked",        "asks",     "claimed",   "commented", "concluded",
    "confirmed", "continued",    "declared", "emphasised", "emphasized", "explained",
    "insisted",  "noted",        "observed", "posted",    "recalled",  "remarked",
    "replied",   "reported",     "responded", "said",     "say",       "says",
    "stated",    "stressed",     "suggested", "tell",     "tells",     "told",
    "tweeted",   "underlined",   "urged",    "warned",    "wrote",     "writes",
    "reiterated", "insists",  "shouted",   "quipped",  "cautioned", "vowed",     "promised",
    "conceded",  "countered",
});

bool is_sentence_starter(std::string_view word) {
  return std::find(kSentenceStarters.begin(), kSentenceStarters.end(), word) != kSentenceStarters.end();
}

// Every word of every sentence is checked: a binary search in a sorted copy, after a length
// test that rejects most words at once.
bool is_speech_verb(std::string_view word) {
  static const auto sorted = [] {
    auto words = kSpeechVerbs;
    std::sort(words.begin(), words.end());
    return words;
  }();
  static const auto [shortest, longest] = [] {
    size_t lo = SIZE_MAX, hi = 0;
    for (std::string_view w : kSpeechVerbs) lo = std::min(lo, w.size()), hi = std::max(hi, w.size());
    return std::pair<size_t, size_t>(lo, hi);
  }();
  if (word.size() < shortest || word.size() > longest) return false;
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

// Calls fn(word) for each word (run of letters, digits, apostrophes inside
// words, non-ASCII) in text[begin, end) until fn returns false.
template <class Fn>
void for_each_word(std::string_view text, uint32_t begin, uint32_t end, Fn&& fn) {
  uint32_t i = begin;
  while (i < end) {
    while (i < end && !is_word_byte(text[i])) ++i;
    uint32_t j = i;
    while (j < end && (is_word_byte(text[j]) || (text[j] == '\'' && j + 1 < end && is_word_byte(text[j + 1]))))
      ++j;
    if (j > i && !fn(text.substr(i, j - i))) return;
    i = j;
  }
}

// True when text[begin, end) has a speech verb or "according to".
bool has_speech_verb(std::string_view text, uint32_t begin, uint32_t end) {
  bool found = false;
  for_each_word(text, begin, end, [&](std::string_view w) {
    found = is_speech_verb(w);
    return !found;
  });
  return found;
}

bool contains_char(std::string_view text, uint32_t begin, uint32_t end, char c) {
  return begin < end && std::memchr(text.data() + begin, c, end - begin) != nullptr;
}

// True when text[begin, end) (trimmed) ends with ':'.
bool ends_with_colon(std::string_view text, uint32_t begin, uint32_t end) {
  while (end > begin && is_space(text[end - 1])) --end;
  return end > begin && text[end - 1] == ':';
}

// A sentence that opens by attributing the quotation before it: a speech
// verb among its first four words, no quotes of its own, and at most
// `max_words` words. ("Lukashenko told Pezeshkian." "said Belarusian
// President Alexander Lukashenko.")
bool opens_with_attribution(std::string_view text, uint32_t begin, uint32_t end, int max_words) {
  if (contains_char(text, begin, end, '"')) return false;
  int words = 0;
  bool verb_early = false;
  for_each_word(text, begin, end, [&](std::string_view w) {
    if (words < 4 && is_speech_verb(w)) verb_early = true;
    return ++words <= max_words;
  });
  return verb_early && words <= max_words;
}

// Short enough to be only an attribution, so it joins the quote before it.
constexpr int kMaxAttributionWords = 9;

// ---- the repair pass --------------------------------------------------------------------

struct Span {
  uint32_t begin, end;
};

// The whitespace-delimited word ending at text[end - 1], without opening
// brackets or quotes in front of it.
std::string_view word_ending_at(std::string_view text, uint32_t begin, uint32_t end) {
  uint32_t i = end;
  while (i > begin && !is_space(text[i - 1]) && text[i - 1] != '(' && text[i - 1] != '"' &&
         text[i - 1] != '[')
    --i;
  return text.substr(i, end - i);
}

// "U.S.", "D.C.", "J.R.R.": letters each followed by a period, at least two.
bool is_dotted_acronym(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!(is_upper(w[i]) || is_lower(w[i])) || w[i + 1] != '.') return false;
  return true;
}

// True when the sentence at text[begin..] visibly starts a new sentence: an
// opening quote or bracket, or a sentence-starter word.
bool starts_new_sentence(std::string_view text, uint32_t begin, uint32_t end) {
  const char c = text[begin];
  if (c == '"' || c == '(' || c == '[' || c == '\'') return true;
  uint32_t j = begin;
  while (j < end && (is_upper(text[j]) || is_lower(text[j]))) ++j;
  return is_sentence_starter(text.substr(begin, j - begin));
}

// Whether ICU's break between sentences a and b (same paragraph) is wrong.
bool should_join(std::string_view text, Span a, Span b) {
  const char first = text[b.begin];
  char last = text[a.end - 1];
  if (last == '.') {
    const std::string_view w = word_ending_at(text, a.begin, a.end);
    if (w.size() < 2 || w[w.size() - 2] == '.') {
      // An ellipsis ("said...") or a lone period, unless it is an acronym: "U.S.".
      if (!is_dotted_acronym(w)) return false;
    }
    if (std::optional<AbbreviationKind> kind = find_abbreviation(w)) {
      switch (*kind) {
        case AbbreviationKind::kTitle:
        case AbbreviationKind::kNeverFinal:
          return true;
        case AbbreviationKind::kNumberPrefix:
          return is_digit(first);
        case AbbreviationKind::kMaybeFinal:
          return !starts_new_sentence(text, b.begin, b.end);
      }
    }
    if (is_dotted_acronym(w)) return !starts_new_sentence(text, b.begin, b.end);
    // An initial joins a name: "John F. Kennedy", "led by J. R. R. Tolkien".
    if (w.size() == 2 && is_upper(w[0])) return !starts_new_sentence(text, b.begin, b.end);
    return false;
  }
  // Terminal punctuation, possibly followed by closing quotes and brackets.
  uint32_t p = a.end;
  bool closes_quote = false;
  while (p > a.begin && (text[p - 1] == '"' || text[p - 1] == ')' || text[p - 1] == ']' ||
                         text[p - 1] == '\'')) {
    closes_quote |= text[p - 1] == '"';
    --p;
  }
  if (p == a.begin) return false;
  last = text[p - 1];
  if (last != '.' && last != '?' && last != '!') return false;
  // ICU breaks after '?' and '!' even before a lowercase word: He asked "why?" and left.
  if (is_lower(first)) return true;
  return closes_quote && opens_with_attribution(text, b.begin, b.end, kMaxAttributionWords);
}

// ---- ICU ----------------------------------------------------------------------------------

// Length of the UTF-8 sequence at s[i] (n bytes in all); 1 for an ill-formed
// byte, which the UTF-16 conversion turns into one U+FFFD. The converter and
// the offset mapper both use this, so they agree on every byte.
inline uint32_t sequence_length(const unsigned char* s, size_t n, size_t i, char32_t* cp) {
  const unsigned char c = s[i];
  auto cont = [&](size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *cp = (char32_t(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    const char32_t v = (char32_t(c & 0x0F) << 12) | (char32_t(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
      *cp = v;
      return 3;
    }
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    const char32_t v = (char32_t(c & 0x07) << 18) | (char32_t(s[i + 1] & 0x3F) << 12) |
                       (char32_t(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    if (v >= 0x10000 && v <= 0x10FFFF) {
      *cp = v;
      return 4;
    }
  }
  *cp = 0xFFFD;
  return 1;
}

// True when the 8 bytes at `p` are all ASCII.
inline bool eight_ascii(const unsigned char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

std::unique_ptr<icu::BreakIterator> build_prototype() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en_US"), status));
  if (U_FAILURE(status) || !sentences)
    throw std::runtime_error(std::string("SentenceSplitter: cannot create ICU sentence iterator: ") +
                             u_errorName(status));
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  if (U_FAILURE(status) || !builder)
    throw std::runtime_error(std::string("SentenceSplitter: cannot create ICU break filter: ") +
                             u_errorName(status));
  // Only titles: ICU matches an entry as a suffix of the word before the
  // break ("forest." would match "est."), so lowercase and may-end entries
  // are left to the repair pass, which looks at whole words.
  for (const Abbreviation& a : news_abbreviations())
    if (a.kind == AbbreviationKind::kTitle)
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(a.text), status);
  std::unique_ptr<icu::BreakIterator> filtered(builder->build(sentences.release(), status));
  if (U_FAILURE(status) || !filtered)
    throw std::runtime_error(std::string("SentenceSplitter: cannot build ICU break filter: ") +
                             u_errorName(status));
  return filtered;
}

// Built once, then only cloned. ICU documents clone() of a const iterator as
// safe, but the lock costs nothing next to the clone and removes the doubt.
std::unique_ptr<icu::BreakIterator> clone_prototype() {
  static const std::unique_ptr<icu::BreakIterator> prototype = build_prototype();
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<icu::BreakIterator> copy(prototype->clone());
  if (!copy) throw std::runtime_error("SentenceSplitter: cannot clone the ICU sentence iterator");
  return copy;
}

}  // namespace

struct SentenceSplitter::State {
  std::unique_ptr<icu::BreakIterator> iterator;
  Input input;
  std::vector<char16_t> utf16;   // reused across texts
  std::vector<uint32_t> breaks;  // ICU boundaries as UTF-8 offsets, without 0
  std::vector<Span> spans;

  void collect_breaks(std::string_view text);
  void collect_breaks_utf16(std::string_view text);
  void collect_breaks_utf8(std::string_view text);
};

void SentenceSplitter::State::collect_breaks(std::string_view text) {
  breaks.clear();
  if (input == Input::kUtf16)
    collect_breaks_utf16(text);
  else
    collect_breaks_utf8(text);
}

void SentenceSplitter::State::collect_breaks_utf16(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (utf16.size() < n) utf16.resize(n);  // never more units than bytes
  char16_t* out = utf16.data();
  size_t units = 0;
  bool ascii_only = true;
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n && eight_ascii(s + i)) {
      for (size_t k = 0; k < 8; ++k) out[units + k] = s[i + k];
      units += 8;
      i += 8;
      continue;
    }
    if (s[i] < 0x80) {
      out[units++] = s[i++];
      continue;
    }
    ascii_only = false;
    char32_t cp;
    i += sequence_length(s, n, i, &cp);
    if (cp >= 0x10000) {
      out[units++] = static_cast<char16_t>(0xD7C0 + (cp >> 10));
      out[units++] = static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
    } else {
      out[units++] = static_cast<char16_t>(cp);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, reinterpret_cast<const UChar*>(out), static_cast<int64_t>(units), &status);
  iterator->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    throw std::runtime_error(std::string("SentenceSplitter: ICU setText failed: ") + u_errorName(status));
  }
  // Boundaries come in increasing order, so one forward walk maps them all.
  size_t u8 = 0;
  int32_t u16 = 0;
  for (int32_t b = iterator->first(); b != icu::BreakIterator::DONE; b = iterator->next()) {
    if (b == 0) continue;
    if (ascii_only) {
      breaks.push_back(static_cast<uint32_t>(b));
      continue;
    }
    while (u16 < b) {
      if (u16 + 8 <= b && u8 + 8 <= n && eight_ascii(s + u8)) {
        u8 += 8;
        u16 += 8;
        continue;
      }
      if (s[u8] < 0x80) {
        ++u8;
        ++u16;
        continue;
      }
      char32_t cp;
      const uint32_t length = sequence_length(s, n, u8, &cp);
      u8 += length;
      u16 += cp >= 0x10000 ? 2 : 1;
    }
    breaks.push_back(static_cast<uint32_t>(u8));
  }
  utext_close(&ut);
}

void SentenceSplitter::State::collect_breaks_utf8(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  iterator->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    throw std::runtime_error(std::string("SentenceSplitter: ICU setText failed: ") + u_errorName(status));
  }
  for (int32_t b = iterator->first(); b != icu::BreakIterator::DONE; b = iterator->next())
    if (b != 0) breaks.push_back(static_cast<uint32_t>(b));
  utext_close(&ut);
}

SentenceSplitter::SentenceSplitter(Input input) : state_(std::make_unique<State>()) {
  state_->iterator = clone_prototype();
  state_->input = input;
}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

std::vector<SentenceSpan> SentenceSplitter::split(std::string_view text) {
  std::vector<SentenceSpan> out;
  split(text, out);
  return out;
}

namespace {

bool newline_between(std::string_view text, uint32_t a_end, uint32_t b_begin) {
  return contains_char(text, a_end, b_begin, '\n');
}

// Appends [begin, end) trimmed, cut into pieces of at most kMaxSentenceBytes.
void append_capped(std::string_view text, uint32_t begin, uint32_t end, std::vector<SentenceSpan>& out) {
  while (begin < end) {
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    if (begin == end) return;
    if (end - begin <= kMaxSentenceBytes) {
      out.push_back(SentenceSpan{begin, end});
      return;
    }
    uint32_t cut = begin + kMaxSentenceBytes;
    uint32_t at = cut;
    while (at > begin && !is_space(text[at])) --at;
    if (at > begin) {
      cut = at;
    } else {
      // No space at all: cut at a character boundary.
      while (cut > begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    uint32_t piece_end = cut;
    while (piece_end > begin && is_space(text[piece_end - 1])) --piece_end;
    out.push_back(SentenceSpan{begin, piece_end});
    begin = cut;
  }
}

struct Quotation {
  int32_t open_sentence;
  int32_t close_sentence;
  uint32_t open_pos;   // offset of the opening '"'
  uint32_t close_pos;  // offset of the closing '"', kNoPos when it ended with its paragraph
};

struct QuoteScan {
  std::vector<Quotation> quotations;
  // Per sentence: its text outside quotation marks has a speech verb, or a
  // part of it ends with ':' ("Lukashenko added:").
  std::vector<uint8_t> attributes;
};

bool attributes_speech(std::string_view text, uint32_t begin, uint32_t end) {
  return has_speech_verb(text, begin, end) || ends_with_colon(text, begin, end);
}

// Finds the quotations of the text, sentence by sentence.
QuoteScan find_quotations(std::string_view text, const std::vector<SentenceSpan>& sentences) {
  QuoteScan scan;
  const int32_t count = static_cast<int32_t>(sentences.size());
  scan.attributes.assign(count, 0);
  bool inside = false;
  bool skip_continuation_quote = false;  // the '"' opening a paragraph that continues a quotation
  Quotation current{};
  for (int32_t s = 0; s < count; ++s) {
    const SentenceSpan& span = sentences[s];
    uint32_t outside_from = span.begin;  // start of the current stretch outside quotes
    for (uint32_t i = span.begin; i < span.end; ++i) {
      const void* hit = std::memchr(text.data() + i, '"', span.end - i);
      if (!hit) break;
      i = static_cast<uint32_t>(static_cast<const char*>(hit) - text.data());
      if (skip_continuation_quote) {
        skip_continuation_quote = false;
        continue;
      }
      const QuoteRole role = double_quote_role(text, i);
      if (!inside) {
        if (role == QuoteRole::kClosing) continue;  // stray: 12" pipe, or a missed opening
        scan.attributes[s] |= attributes_speech(text, outside_from, i);
        current = Quotation{s, s, i, kNoPos};
        inside = true;
      } else if (role == QuoteRole::kOpening) {
        // The previous quotation never closed; this one starts afresh.
        current.close_sentence = s;
        scan.quotations.push_back(current);
        current = Quotation{s, s, i, kNoPos};
      } else {
        current.close_sentence = s;
        current.close_pos = i;
        scan.quotations.push_back(current);
        inside = false;
        outside_from = i + 1;
      }
    }
    if (!inside) scan.attributes[s] |= attributes_speech(text, outside_from, span.end);
    const bool paragraph_ends = s + 1 == count || newline_between(text, span.end, sentences[s + 1].begin);
    if (inside && paragraph_ends) {
      if (s + 1 < count && text[sentences[s + 1].begin] == '"') {
        skip_continuation_quote = true;  // "...end of paragraph\n"Next paragraph of the same quote
      } else {
        current.close_sentence = s;
        scan.quotations.push_back(current);
        inside = false;
      }
    }
  }
  return scan;
}

// The sentence naming the speaker of quotation q, or -1.
int32_t find_speaker(std::string_view text, const std::vector<SentenceSpan>& sentences, const QuoteScan& scan,
                     const Quotation& q) {
  const SentenceSpan& close = sentences[q.close_sentence];
  if (q.close_pos != kNoPos && has_speech_verb(text, q.close_pos + 1, close.end)) return q.close_sentence;
  const SentenceSpan& open = sentences[q.open_sentence];
  if (attributes_speech(text, open.begin, q.open_pos)) return q.open_sentence;
  // "We are ready," he said. "We are willing. We will act."
  if (q.open_sentence > 0 && scan.attributes[q.open_sentence - 1]) return q.open_sentence - 1;
  if (q.close_sentence + 1 < static_cast<int32_t>(sentences.size())) {
    const int32_t s = q.close_sentence + 1;
    const SentenceSpan& after = sentences[s];
    if (!newline_between(text, close.end, after.begin) &&
        opens_with_attribution(text, after.begin, after.end, std::numeric_limits<int>::max()))
      return s;
  }
  return -1;
}

void assign_quote_groups(std::string_view text, std::vector<SentenceSpan>& sentences) {
  int32_t next_group = 0;
  const QuoteScan scan = find_quotations(text, sentences);
  for (const Quotation& q : scan.quotations) {
    if (q.open_sentence == q.close_sentence) continue;
    const int32_t group = next_group++;
    for (int32_t s = q.open_sentence; s <= q.close_sentence; ++s)
      if (sentences[s].quote_group < 0) sentences[s].quote_group = group;
    const int32_t speaker = find_speaker(text, sentences, scan, q);
    for (int32_t s = q.open_sentence; s <= q.close_sentence; ++s)
      if (sentences[s].quote_group == group) sentences[s].speaker = speaker;
  }
}

}  // namespace

void SentenceSplitter::split(std::string_view text, std::vector<SentenceSpan>& out) {
  out.clear();
  if (text.size() >= (size_t{1} << 31))
    throw std::length_error("SentenceSplitter: text of 2 GiB or more");
  if (text.empty()) return;
  State& st = *state_;
  st.collect_breaks(text);

  // ICU sentences, trimmed; empty ones (blank space) vanish.
  st.spans.clear();
  uint32_t start = 0;
  for (uint32_t b : st.breaks) {
    uint32_t begin = start, end = b;
    start = b;
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    if (begin < end) st.spans.push_back(Span{begin, end});
  }

  // Repair pass: join across wrong breaks, never across a paragraph.
  size_t i = 0;
  while (i < st.spans.size()) {
    Span joined = st.spans[i++];
    while (i < st.spans.size() && !newline_between(text, joined.end, st.spans[i].begin) &&
           should_join(text, joined, st.spans[i])) {
      joined.end = st.spans[i++].end;
    }
    append_capped(text, joined.begin, joined.end, out);
  }

  assign_quote_groups(text, out);
}

}  // namespace dyad
