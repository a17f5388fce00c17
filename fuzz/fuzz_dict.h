// Shared checks for the dictionary fuzz targets (fuzz/dict_*_fuzz.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary_error.h"
#include "dict/dictionary_lines.h"
#include "fuzz/fuzz_targets.h"

namespace dyad::fuzz {

inline constexpr const char* kDictFile = "fuzz.txt";

// Every reported error names the fuzz file and a line inside it, in one line of text.
inline void check_dictionary_errors(const char* target, const CollectingReporter& reporter,
                                    std::string_view text) {
  size_t lines = 1;
  for (char c : text) lines += c == '\n';
  for (const DictionaryError& e : reporter.errors) {
    if (e.file() != kDictFile || e.line() > lines) fail(target, "error does not name the file and a line in it");
    if (std::string_view(e.what()).find('\n') != std::string_view::npos) fail(target, "error is not one line");
  }
}

// The input's words (split at blanks, `_`, brackets and braces), at most 256, as a sentence
// to look up: dictionary phrases then occur in it.
inline std::vector<std::string_view> query_words(std::string_view text) {
  std::vector<std::string_view> words = split_words(text, "_[]{}()\n\r");
  if (words.size() > 256) words.resize(256);
  return words;
}

}  // namespace dyad::fuzz
