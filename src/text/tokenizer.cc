#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include <array>
#include <cstring>
#include <optional>

#include "text/abbreviations.h"
#include "text/quote_role.h"

namespace dyad {

namespace {

enum : uint8_t { kSpace = 1, kUpper = 2, kLower = 4, kDigit = 8, kHigh = 16 };

constexpr std::array<uint8_t, 256> make_classes() {
  std::array<uint8_t, 256> t{};
  for (char c : std::string_view(" \t\n\r\f\v")) t[static_cast<unsigned char>(c)] = kSpace;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (int c = 0x80; c < 0x100; ++c) t[c] = kHigh;
  return t;
}
constexpr std::array<uint8_t, 256> kClass = make_classes();

inline uint8_t cls(char c) { return kClass[static_cast<unsigned char>(c)]; }
inline bool is_space(char c) { return cls(c) & kSpace; }
inline bool is_alpha(char c) { return cls(c) & (kUpper | kLower); }
inline bool is_upper(char c) { return cls(c) & kUpper; }
inline bool is_lower(char c) { return cls(c) & kLower; }
inline bool is_digit(char c) { return cls(c) & kDigit; }
inline bool is_ascii_alnum(char c) { return cls(c) & (kUpper | kLower | kDigit); }
// Unlike strchr, never matches the NUL byte.
inline bool in_set(std::string_view set, char c) { return set.find(c) != std::string_view::npos; }

// What a non-ASCII character is to the tokenizer.
enum class WideKind { kWord, kCurrency, kSpace, kSymbol };

// Decodes the character at text[i] (a byte >= 0x80); *length gets its size,
// 1 for an ill-formed byte (which counts as a symbol).
WideKind classify_wide(std::string_view text, uint32_t i, uint32_t end, uint32_t* length) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char c = s[i];
  uint32_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > end) {
    *length = 1;
    return WideKind::kSymbol;
  }
  char32_t cp = c & (0x7F >> n);
  for (uint32_t k = 1; k < n; ++k) {
    if ((s[i + k] & 0xC0) != 0x80) {
      *length = 1;
      return WideKind::kSymbol;
    }
    cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  *length = n;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK: case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return WideKind::kWord;
    case U_CURRENCY_SYMBOL:
      return WideKind::kCurrency;
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR: case U_FORMAT_CHAR:
      return WideKind::kSpace;
    default:
      return WideKind::kSymbol;
  }
}

class Scanner {
 public:
  Scanner(std::string_view text, uint32_t end, std::vector<Token>& out) : text_(text), end_(end), out_(out) {}

  void run(uint32_t p) {
    while (p < end_) {
      if (is_space(text_[p])) {
        ++p;
        continue;
      }
      uint32_t q = p;
      bool maybe_address = false;  // an '@' or ':' inside, or a "www." start
      for (; q < end_ && !is_space(text_[q]); ++q) maybe_address |= text_[q] == '@' || text_[q] == ':';
      if (!maybe_address && q - p > 4) {
        uint32_t b = p;
        while (b < q && in_set("\"'([{<", text_[b])) ++b;
        maybe_address = q - b > 4 && (text_[b] | 0x20) == 'w' &&
                        (text_.compare(b, 4, "www.") == 0 || text_.compare(b, 4, "WWW.") == 0);
      }
      if (!maybe_address || !scan_url_or_email(p, q)) scan_chunk(p, q);
      p = q;
    }
  }

 private:
  void emit(uint32_t b, uint32_t e) { emit_as(b, e, text_.substr(b, e - b)); }
  void emit_as(uint32_t b, uint32_t e, std::string_view surface) {
    Token& t = out_.emplace_back();
    t.text.assign(surface.data(), surface.size());
    t.begin = b;
    t.end = e;
  }

  // A whitespace-delimited chunk holding a URL or e-mail address: leading and
  // trailing punctuation are tokenized as usual, the address is one token.
  bool scan_url_or_email(uint32_t p, uint32_t q) {
    if (q - p < 5) return false;
    uint32_t b = p, e = q;
    while (b < e && in_set("\"'([{<", text_[b])) ++b;
    while (e > b && in_set(".,;:!?\"')]}>", text_[e - 1])) --e;
    if (b >= e) return false;
    const std::string_view core = text_.substr(b, e - b);
    bool address = false;
    if (size_t s = core.find("://"); s != std::string_view::npos && s > 0 && s + 3 < core.size()) {
      address = true;
      for (size_t k = 0; k < s; ++k) address &= is_alpha(core[k]);
    } else if (core.size() > 4 && (core.compare(0, 4, "www.") == 0 || core.compare(0, 4, "WWW.") == 0)) {
      address = true;
    } else if (size_t a = core.find('@'); a != std::string_view::npos && a > 0) {
      // local@domain.tld: a dot after the '@' with a letter after it.
      const size_t dot = core.find('.', a + 1);
      address = dot != std::string_view::npos && dot > a + 1 && dot + 1 < core.size() && is_alpha(core[dot + 1]);
      for (size_t k = 0; address && k < core.size(); ++k) {
        const char c = core[k];
        address = is_ascii_alnum(c) || in_set("._%+-", c) || (k == a);
      }
    }
    if (!address) return false;
    scan_chunk(p, b);
    emit(b, e);
    scan_chunk(e, q);
    return true;
  }

  // Tokens of text[p, q), a run without ASCII whitespace.
  void scan_chunk(uint32_t p, const uint32_t q) {
    const uint32_t chunk_begin = p;
    while (p < q) {
      const char c = text_[p];
      const char next = p + 1 < q ? text_[p + 1] : '\0';
      if (is_ascii_alnum(c)) {
        p = scan_word(p, p, q);
        continue;
      }
      if (static_cast<unsigned char>(c) >= 0x80) {
        uint32_t length;
        switch (classify_wide(text_, p, q, &length)) {
          case WideKind::kWord:
            p = scan_word(p, p, q);
            break;
          case WideKind::kCurrency:
            if (p + length < q && is_digit(text_[p + length])) {
              p = scan_word(p, p + length, q);
            } else {
              emit(p, p + length);
              p += length;
            }
            break;
          case WideKind::kSpace:
            p += length;
            break;
          case WideKind::kSymbol:
            emit(p, p + length);
            p += length;
            break;
        }
        continue;
      }
      switch (c) {
        case '"': {
          QuoteRole role = double_quote_role(text_, p);
          if (role == QuoteRole::kAmbiguous) role = quotes_seen_ % 2 == 0 ? QuoteRole::kOpening : QuoteRole::kClosing;
          ++quotes_seen_;
          emit_as(p, p + 1, role == QuoteRole::kOpening ? "``" : "''");
          ++p;
          break;
        }
        case '\'': {
          if (p == chunk_begin && is_digit(next)) {
            // '90s, '25: an elided century.
            uint32_t e = p + 1;
            while (e < q && is_digit(text_[e])) ++e;
            if (e < q && text_[e] == 's') ++e;
            emit(p, e);
            p = e;
            break;
          }
          const bool after_word = p > chunk_begin && !in_set("([{\"", text_[p - 1]);
          if (after_word && (next == 's' || next == 'S') && (p + 2 >= q || !is_alpha(text_[p + 2]))) {
            emit(p, p + 2);  // a possessive after an abbreviation or a number: the E.U.'s, the 1990's
            p += 2;
            break;
          }
          const bool opens = !after_word && is_alpha(next);
          emit_as(p, p + 1, opens ? "`" : "'");
          ++p;
          break;
        }
        case '.':
        case '-': {
          if (c == '-' && is_digit(next) && (p == chunk_begin || text_[p - 1] == '(')) {
            p = scan_word(p, p + 1, q);  // a negative number
            break;
          }
          uint32_t e = p + 1;
          while (e < q && text_[e] == c) ++e;
          emit(p, e);  // ".", "...", "-", "--"
          p = e;
          break;
        }
        case '$':
        case '#':
        case '@': {
          const bool joins = c == '$' ? is_digit(next) : is_ascii_alnum(next);
          if (joins) {
            p = scan_word(p, p + 1, q);  // $2.5, #hashtag, @handle
          } else {
            emit(p, p + 1);
            ++p;
          }
          break;
        }
        default:
          emit(p, p + 1);
          ++p;
      }
    }
  }

  // True when nothing but closing quotes and brackets follows text[i] in the span.
  bool only_closers_after(uint32_t i) const {
    for (uint32_t k = i + 1; k < end_; ++k)
      if (!is_space(text_[k]) && !in_set("\"')]}", text_[k])) return false;
    return true;
  }

  // True when the first non-space character after text[i] in the span is a lowercase letter.
  bool lowercase_follows(uint32_t i) const {
    uint32_t k = i + 1;
    while (k < end_ && is_space(text_[k])) ++k;
    return k < end_ && is_lower(text_[k]);
  }

  // True when the first non-space character after text[i] in the span is a digit.
  bool digit_follows(uint32_t i) const {
    uint32_t k = i + 1;
    while (k < end_ && is_space(text_[k])) ++k;
    return k < end_ && is_digit(text_[k]);
  }

  // The period at text[e] ends the word text[p, e): does the token keep it?
  // Returns the token's end (e + 1 to keep it, e to leave it).
  uint32_t period_after_word(uint32_t p, uint32_t e, uint32_t q) const {
    if (std::optional<AbbreviationKind> kind = find_abbreviation(text_.substr(p, e + 1 - p))) {
      // "No. 10" but "Iran said No."
      if (*kind != AbbreviationKind::kNumberPrefix || digit_follows(e)) return e + 1;
      return e;
    }
    const uint32_t length = e - p;
    if (length == 1 && is_upper(text_[p]) && !only_closers_after(e)) return e + 1;  // initial
    if (length <= 5 && e + 1 == q && lowercase_follows(e)) {
      bool letters = true;
      for (uint32_t k = p; k < e; ++k) letters &= is_alpha(text_[k]);
      if (letters) return e + 1;  // "Calif. lawmakers"
    }
    return e;
  }

  // Scans a word, number, abbreviation or address token that starts at
  // `start` and whose word characters start at `p`; emits it (split into
  // clitics when needed) and returns where scanning continues.
  uint32_t scan_word(uint32_t start, uint32_t p, const uint32_t q) {
    uint32_t e = p;
    uint32_t segment = p;  // start of the last hyphen-separated part: "D-Va." looks up "Va."
    bool has_apostrophe = false;
    while (true) {
      while (e < q) {
        const char c = text_[e];
        if (is_ascii_alnum(c)) {
          ++e;
          continue;
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
          uint32_t length;
          if (classify_wide(text_, e, q, &length) == WideKind::kWord) {
            e += length;
            continue;
          }
        }
        break;
      }
      if (e >= q || e == p) break;
      const char c = text_[e];
      const char prev = text_[e - 1];
      const char next = e + 1 < q ? text_[e + 1] : '\0';
      if (c == '-' && (is_ascii_alnum(next) || static_cast<unsigned char>(next) >= 0x80)) {
        ++e;  // military-technical, Zapad-2025, 2024-25
        segment = e;
        continue;
      }
      if ((c == '.' || c == ':' || c == '/') && is_digit(prev) && is_digit(next)) {
        ++e;  // 3.5, 19:30, 24/7
        continue;
      }
      if (c == ',' && is_digit(prev) && e + 3 < q && is_digit(next) && is_digit(text_[e + 2]) &&
          is_digit(text_[e + 3]) && (e + 4 >= q || !is_digit(text_[e + 4]))) {
        ++e;  // 1,200
        continue;
      }
      if (c == '&' && is_upper(prev) && is_upper(next)) {
        ++e;  // AT&T, S&P
        continue;
      }
      if (c == '\'' && is_alpha(prev) && is_alpha(next)) {
        has_apostrophe = true;  // Iran's, didn't, O'Brien: split below
        ++e;
        continue;
      }
      if (c == '%' && is_digit(prev)) {
        ++e;
        break;
      }
      if (c == '.') {
        if (e - segment == 1 && is_alpha(prev) && e + 2 < q && is_alpha(next) && text_[e + 2] == '.') {
          // A dotted acronym: U.S., a.m., e.g., J.R.R.
          uint32_t last_dot = e + 2;
          while (last_dot + 2 < q && is_alpha(text_[last_dot + 1]) && text_[last_dot + 2] == '.') last_dot += 2;
          e = last_dot + 1;
          if (e + 1 < q && text_[e] == '-' && is_ascii_alnum(text_[e + 1])) {
            ++e;  // U.S.-led
            segment = e;
            continue;
          }
          break;
        }
        e = period_after_word(segment, e, q);
        break;
      }
      break;
    }
    emit_word(start, e, has_apostrophe);
    return e;
  }

  // Emits text[b, e), splitting an English clitic off its end.
  void emit_word(uint32_t b, uint32_t e, bool has_apostrophe) {
    if (has_apostrophe && e - b >= 3) {
      auto lower = [&](uint32_t i) { return static_cast<char>(text_[i] | 0x20); };
      uint32_t split = e;
      if (e - b >= 4 && text_[e - 2] == '\'' && lower(e - 3) == 'n' && lower(e - 1) == 't') {
        split = e - 3;  // did|n't, ca|n't, wo|n't
      } else if (text_[e - 2] == '\'' && (lower(e - 1) == 's' || lower(e - 1) == 'd' || lower(e - 1) == 'm')) {
        split = e - 2;  // Iran|'s, he|'d, I|'m
      } else if (text_[e - 3] == '\'' && ((lower(e - 2) == 'r' && lower(e - 1) == 'e') ||
                                          (lower(e - 2) == 'v' && lower(e - 1) == 'e') ||
                                          (lower(e - 2) == 'l' && lower(e - 1) == 'l'))) {
        split = e - 3;  // they|'re, we|'ve, it|'ll
      }
      if (split != e && split > b) {
        emit(b, split);
        emit(split, e);
        return;
      }
    }
    emit(b, e);
  }

  std::string_view text_;
  uint32_t end_;
  std::vector<Token>& out_;
  int quotes_seen_ = 0;
};

}  // namespace

void tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (begin >= end) return;
  Scanner(text, end, out).run(begin);
}

}  // namespace dyad
