// DictionaryLines: the logical lines of a PETRARCH-style dictionary file, comments removed.
//
// Comment rules shared by every reader (dyad's, not PETRARCH2's quirks):
//  - `<!-- ... -->` is a comment wherever it appears, and may span several lines.
//    (PETRARCH2 stops loading verb patterns after a line starting `<!`; dyad does not.)
//  - A line whose first non-blank characters are `<!` but not `<!--` (e.g. `<! -- x -->`)
//    is a comment line.
//  - `#` starts a comment running to the end of the line, except inside [ ] where it is
//    part of a code (the validation verbs use the TABARI code [###]).
//  - Optionally `;` also starts a comment (TABARI's comment character; the verbs reader
//    enables it because CAMEO.2.0.txt has lines like `SCRAP {...};shan 8/30/93`).
// A UTF-8 byte-order mark and `\r` line ends are removed. Blank lines are skipped.
// Returned text is right-trimmed, keeps its leading blanks (actor code lines are indented),
// and is valid until the next call to next().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary_error.h"

namespace dyad {

struct DictionaryLine {
  std::string_view text;
  uint32_t number = 0;  // 1-based physical line
  std::string_view comment;  // the `#` comment of this line, trimmed (may be empty)
};

class DictionaryLines {
 public:
  // `content` must outlive this object.
  DictionaryLines(std::string_view content, bool semicolon_comments);
  bool next(DictionaryLine& line);

 private:
  std::string_view rest_;
  uint32_t number_ = 0;
  bool semicolon_comments_;
  bool in_block_comment_ = false;
  std::string scratch_;
};

// Reads a whole file; throws DictionaryError(path, 0, ...) when it cannot be read.
std::string read_dictionary_file(const std::string& path);

// Reads `path` and hands its text to `dictionary.read_text`; an unreadable file goes to
// `reporter` instead. Every dictionary's read_file is this.
template <typename Dictionary, typename Reporter>
void read_dictionary_into(Dictionary& dictionary, const std::string& path, Reporter& reporter) {
  std::string content;
  try {
    content = read_dictionary_file(path);
  } catch (const DictionaryError& e) {
    reporter.report(e);
    return;
  }
  dictionary.read_text(content, path, reporter);
}

// Small text helpers for the readers.
std::string_view trim(std::string_view s);
bool is_blank(char c);
// Splits on blanks and on any character in `extra_separators`, dropping empty pieces.
std::vector<std::string_view> split_words(std::string_view s, std::string_view extra_separators);

}  // namespace dyad

namespace dyad {

// Splits "[A] [B C]" into the trimmed contents {"A", "B C"}. Returns an error message
// (empty on success) when anything but blanks lies outside brackets, or brackets nest
// or do not close.
std::string split_bracket_groups(std::string_view s, std::vector<std::string_view>& contents);

}  // namespace dyad
