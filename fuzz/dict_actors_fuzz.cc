// Fuzz target: the actor dictionary reader (dict/actor_dictionary.h). Reads the input as an
// actors file, finishes it, then matches the input's own words at a few dates, checking that
// matches stay inside the sentence and roles belong to a matched entry.
#include "dict/actor_dictionary.h"
#include "dict/date.h"
#include "fuzz/fuzz_dict.h"

namespace dyad::fuzz {

int dict_actors(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  CollectingReporter reporter;
  ActorDictionary dict;
  dict.read_text(text, kDictFile, reporter);
  dict.finish();
  check_dictionary_errors("dict_actors", reporter, text);

  const std::vector<std::string_view> words = query_words(text);
  for (Date date : {Date::from_ymd(1995, 1, 1), Date::from_ymd(2025, 8, 20), Date::min(), Date::max()}) {
    for (size_t i = 0; i < words.size(); ++i) {
      const ActorMatch m = dict.longest_match(words, i, date);
      if (!m) continue;
      if (i + m.length > words.size() || m.entries.empty()) fail("dict_actors", "match outside the sentence");
      for (ActorEntryId e : m.entries) {
        if (e >= dict.entry_count()) fail("dict_actors", "entry id");
        for (std::string_view code : dict.codes_at(e, date)) (void)code.size();
      }
      if (m.role != nullptr && m.role != dict.role_at(m.entries, date)) fail("dict_actors", "role differs from role_at");
    }
  }
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(dict_actors)
