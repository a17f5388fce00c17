// Shared pieces of dyad's own dictionary format (docs/dictionaries.md): logical lines,
// fields with their columns, phrases as dyad's tokenizer splits them, codes and dates.
//
// - A `#` starts a comment when it begins the line or follows a blank ("C#" is a word).
//   A UTF-8 byte-order mark and `\r` line ends are removed; blank lines are skipped.
// - Columns are 1-based and count characters (UTF-8 code points) of the physical line,
//   so an editor's column matches.
// - Phrases are tokenized exactly like sentences (text/tokenizer.h): "Iran's" is two
//   tokens, "U.S." and "al-Shabaab" one each. Words are upper-cased (ASCII letters) for
//   the case-insensitive Vocabulary.
// - Codes are ASCII letters and digits; `---` (where a reader allows it) means "no code".
// - Dates are YYYY-MM-DD, YYYY-MM (the whole month) or YYYY (the whole year); a range
//   FROM..TO includes both ends, FROM.. and ..TO are open.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/date.h"
#include "dict/dictionary_error.h"

namespace dyad {

struct NativeLine {
  std::string_view text;  // the physical line up to its comment, right-trimmed
  uint32_t number = 0;    // 1-based

  // column_of(text, part), walking from the last answer, so that asking for nearby parts
  // in turn costs about one pass over the line (a 1 MB line of patterns stays linear).
  uint32_t column(std::string_view part) const;
  mutable size_t cached_offset = 0;
  mutable uint32_t cached_column = 1;
};

class NativeLines {
 public:
  explicit NativeLines(std::string_view content);  // `content` must outlive this object
  bool next(NativeLine& line);

 private:
  std::string_view rest_;
  uint32_t number_ = 0;
};

// A trimmed piece of a line, as a view into the line (so its column can be computed).
struct Field {
  std::string_view text;
  bool empty() const { return text.empty(); }
};

// 1-based character column of `part` (a view into `line`, or just past its end).
uint32_t column_of(std::string_view line, std::string_view part);

// Splits `s` at every `separator`, trimming each piece; empty pieces are kept (with a
// position: an empty piece's view sits where it would start).
std::vector<Field> split_fields(std::string_view s, char separator);

// Blank-separated words of `s`, as views.
std::vector<std::string_view> split_blanks(std::string_view s);

// The tokens of `phrase` as dyad's tokenizer splits a sentence, upper-cased.
std::vector<std::string> phrase_words(std::string_view phrase);
// The same, with each token's byte offset in `phrase`.
void phrase_tokens(std::string_view phrase, std::vector<std::string>& words, std::vector<uint32_t>& offsets);

bool is_native_code(std::string_view code);  // one or more ASCII letters or digits

// Parses a date (YYYY-MM-DD, YYYY-MM, YYYY); `first` is its first day, `after` the day after
// its last. Returns an error message, empty on success.
std::string parse_native_date(std::string_view text, Date& first, Date& after);

// Parses FROM..TO, FROM.., ..TO into [begin, end) (end exclusive). Error message or empty.
std::string parse_native_range(std::string_view text, Date& begin, Date& end);

// Writes [begin, end) as a native range ("2009-01-20..2017-01-19", "2024-07-28..",
// "..1999-12-31"); empty for an unbounded interval.
std::string format_native_range(Date begin, Date end);

// Reports `message` at the column of `at` (a view into line.text).
void report_native(Reporter& reporter, const std::string& file, const NativeLine& line,
                   std::string_view at, std::string message);

}  // namespace dyad
