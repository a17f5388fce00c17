// Fuzz target: the issue dictionary reader (dict/issue_dictionary.h), with n:/v: forms and
// `+` joins that multiply variants. Reads the input as an issues file, then counts issues in
// the input's words, checking every count is positive and every code non-empty.
#include "dict/issue_dictionary.h"
#include "fuzz/fuzz_dict.h"

namespace dyad::fuzz {

int dict_issues(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  CollectingReporter reporter;
  IssueDictionary dict;
  dict.read_text(text, kDictFile, reporter);
  dict.finish();
  check_dictionary_errors("dict_issues", reporter, text);

  const std::vector<std::string_view> words = query_words(text);
  size_t total = 0;
  for (const IssueCount& c : dict.count(words)) {
    if (c.code.empty() || c.count == 0) fail("dict_issues", "empty code or zero count");
    total += c.count;
  }
  if (total > words.size()) fail("dict_issues", "more issues than words");
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(dict_issues)
