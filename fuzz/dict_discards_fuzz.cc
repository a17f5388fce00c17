// Fuzz target: the discard dictionary reader (dict/discard_dictionary.h). Reads the input as a
// discards file, then scans the input's words, checking hits lie inside the sentence, name
// real entries, and are of the right level.
#include "dict/discard_dictionary.h"
#include "fuzz/fuzz_dict.h"

namespace dyad::fuzz {

int dict_discards(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  CollectingReporter reporter;
  DiscardDictionary dict;
  dict.read_text(text, kDictFile, reporter);
  dict.finish();
  check_dictionary_errors("dict_discards", reporter, text);

  const std::vector<std::string_view> words = query_words(text);
  const DiscardScan scan = dict.scan(words);
  for (const auto* hit : {&scan.story, &scan.sentence}) {
    if (!*hit) continue;
    const DiscardHit& h = **hit;
    if (h.entry >= dict.entry_count() || h.length == 0 || size_t(h.start) + h.length > words.size())
      fail("dict_discards", "hit outside the sentence");
    if (dict.entry(h.entry).story_level != (hit == &scan.story)) fail("dict_discards", "hit of the wrong level");
  }
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(dict_discards)
